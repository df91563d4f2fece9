import { readLint } from '../gate/config';
import { pageProfiles, type QualityItem, qualityItems } from '../gate/page-profiles';
import type { PlaybookModels } from '../schemas/models';
import type { GeneratedPage } from './generated-page';
import { blocks, frontmatter, inline, type RenderContext } from './markdown';
import { nextStepSection } from './sections';

/** A content id of content/quality (`next-step`) as its heading key in content/site (`next_step`). */
const headingOf = (models: PlaybookModels, item: QualityItem) =>
	models.site.sections[item.replace(/-/g, '_') as keyof PlaybookModels['site']['sections']];

const kb = (bytes: number) => `${Number((bytes / 1024).toFixed(1))} KB`;
const code = (text: string) => `\`${text.replace(/`/g, '')}\``;

/**
 * `/quality/`: what the quality gate checks, for content editors — the source's checklist, which pages
 * answer which items (from the gate's page profiles), every rule with its fix, and the word lists.
 */
export function qualityPage(models: PlaybookModels, context: RenderContext): GeneratedPage {
	const gate = models['quality-gate'];
	const { coverage, rules, words } = gate;
	// The word lists are project configuration, not per-locale content: read them where the gate does.
	const lint = readLint();
	const wording = { placeholders: lint.placeholders?.[context.locale.id] ?? [], vague: lint.vague?.[context.locale.id] ?? [] };

	const checklist = models.quality.items
		.map((item, index) => {
			const heading = qualityItems.includes(item.id as QualityItem) ? headingOf(models, item.id as QualityItem) : undefined;
			return `${index + 1}. ${heading ? `**${inline(heading, context)}**: ` : ''}${inline(item.text, context)}`;
		})
		.join('\n');

	const itemsOf = (items: readonly QualityItem[]) =>
		items.length === qualityItems.length
			? coverage.all_items
			: items.length === 0
				? coverage.no_items
				: items.map((i) => headingOf(models, i)).join(' · ');
	// A list rather than a table: four columns do not fit a phone.
	const coverageList = coverage.profiles
		.map((text) => {
			const profile = pageProfiles.find((p) => p.id === text.id)!;
			const budget = `${coverage.budget.js} ${kb(profile.budget.js)} · ${coverage.budget.css} ${kb(profile.budget.css)}`;
			return [
				`- **${inline(text.name, context)}**: ${inline(text.pages, context)}`,
				`  - ${coverage.labels.items}: ${inline(itemsOf(profile.items), context)}`,
				`  - ${coverage.labels.budget}: ${budget}`,
			].join('\n');
		})
		.join('\n');

	const ruleBlocks = rules.items.map((rule) =>
		blocks(
			`### ${inline(rule.title, context)}`,
			`${code(rule.id)}: ${inline(rule.explanation, context)}`,
			`**${rules.labels.fix}:** ${inline(rule.fix, context)}`,
		).trimEnd(),
	);

	const list = (terms: readonly string[]) => terms.map(code).join(' · ');
	// The phrase and the page are quoted as code: they are literal, in the language of the page they are on.
	const allowed = (lint.allow ?? []).map(
		(entry) => `- ${code(entry.phrase)}: [${code(entry.page)}](${context.base}${entry.page.replace(/^\//, '')})`,
	);

	return {
		id: 'quality',
		body: blocks(
			frontmatter({ title: gate.page.title, description: gate.page.description, sidebar: { order: 1 } }),
			...gate.intro.map((p) => inline(p, context)),
			`## ${gate.checklist.heading}`,
			inline(gate.checklist.lead, context),
			checklist,
			`## ${coverage.heading}`,
			inline(coverage.lead, context),
			coverageList,
			inline(coverage.exceptions, context),
			`## ${rules.heading}`,
			inline(rules.lead, context),
			...ruleBlocks,
			`## ${words.heading}`,
			inline(words.lead, context),
			`**${inline(words.placeholders, context)}** ${list(wording.placeholders)}`,
			`**${inline(words.vague, context)}** ${list(wording.vague)}`,
			`**${inline(words.names, context)}** ${list(lint.proper_names ?? [])}`,
			allowed.length > 0 && `**${inline(words.allowed, context)}**`,
			allowed.length > 0 && allowed.join('\n'),
			`## ${gate.run.heading}`,
			...gate.run.paragraphs.map((p) => inline(p, context)),
			nextStepSection(gate.next_step, models, context),
		),
	};
}
