/**
 * The attribute that marks the source's own words on a built page: every item, heading and paragraph of the
 * skill and its models that the generator quotes (src/generate/markdown.ts `quote`). The quality gate reads
 * the page without them where a rule is about our wording and not the source's (the glossary): the source's
 * items stay word for word, so a variant the glossary avoids may stand in a quote, never in our own prose.
 */
export const SOURCE_ATTRIBUTE = 'data-pb-source';
