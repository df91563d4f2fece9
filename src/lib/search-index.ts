/**
 * Pagefind never indexes the text inside a `<label>` (nor `<form>`, `<nav>`, `<footer>`), yet checklist
 * items and template fields are labels readers search for. Such a label carries its text a second time in
 * an attribute that `data-pagefind-index-attrs` names: Pagefind adds that value to the enclosing element's
 * text, once, and still skips the label's own content, so nothing is indexed twice.
 */
export const searchTextAttribute = 'data-search-text';

/**
 * The attributes that make a label's text searchable, for spreading onto a `<label>` in a component.
 *
 * @param text what the reader sees in the label (without text in another language); whitespace is collapsed
 */
export const searchableLabel = (text: string): Record<string, string> => ({
	'data-pagefind-index-attrs': searchTextAttribute,
	[searchTextAttribute]: text.replace(/\s+/g, ' ').trim(),
});
