import { pageProfiles } from '../playbook/page-kinds.ts';
import type { GeneratedPage } from './generated-page.ts';
import { blocks, frontmatter, heading, href, labelled, md, quote } from './markdown.ts';
import type { RenderContext } from './render-context.ts';
import { nextStepSection, sectionHeading } from './sections.ts';

const kb = (bytes: number) => `${Number((bytes / 1024).toFixed(1))} KB`;
const code = (text: string) => `\`${text.replace(/`/g, '')}\``;

/**
 * `/quality/`: what the quality gate checks, for content editors — the playbook's own quality check, which
 * kinds of page answer which items, every rule with its fix, and the word lists of this locale.
 */
export function qualityPage(context: RenderContext): GeneratedPage | undefined {
	const gate = context.content.pages.quality;
	const skill = context.content.skill;
	if (!gate || !skill) return undefined;
	const { coverage, rules, words } = gate;
	const { nextStep } = context.playbook.quality;
	const colon = context.t('pb.colon');

	const checklist = skill.quality_check.items
		.map((item, index) => `${index + 1}. **${sectionHeading(item.id, context, 'quality')}**${colon}${quote(item.text, context)}`)
		.join('\n');
	const itemsOf = (need: 'all' | 'next-step' | 'none') =>
		need === 'all' ? coverage.all_items : need === 'none' ? coverage.no_items : sectionHeading(nextStep, context, 'quality');
	// A list rather than a table: four columns do not fit a phone.
	const coverageList = coverage.profiles
		.map((text) => {
			const profile = pageProfiles[text.id];
			const budget = `${coverage.budget.js} ${kb(profile.budget.js)} · ${coverage.budget.css} ${kb(profile.budget.css)}`;
			return [
				`- **${md(text.name, context)}**${colon}${md(text.pages, context)}`,
				`  - ${coverage.labels.items}${colon}${md(itemsOf(profile.sections), context)}`,
				`  - ${coverage.labels.budget}${colon}${budget}`,
			].join('\n');
		})
		.join('\n');
	const ruleBlocks = rules.items.map((rule) =>
		blocks(
			heading(3, md(rule.title, context), rule.id),
			`${code(rule.id)}${colon}${md(rule.explanation, context)}`,
			labelled(md(rules.labels.fix, context), md(rule.fix, context), context),
		).trimEnd(),
	);
	const list = (terms: readonly string[]) => terms.map(code).join(' · ');
	const { words: lists } = context.content;
	// The phrase is quoted as code: it is literal, in the language of the page it is on.
	const allowed = lists.allow.map(
		(entry) => `- ${code(entry.phrase)}${colon}[${code(entry.page)}](${href(entry.page.replace(/^\/|\/$/g, ''), context)})`,
	);
	const glossary = lists.glossary.map((g) => `- **${md(g.term, context)}**${colon}${list(g.avoid)}`);
	return {
		id: 'quality',
		body: blocks(
			frontmatter({ title: gate.page.title, description: gate.page.description, sidebar: { order: 1 } }),
			...gate.intro.map((p) => md(p, context)),
			heading(2, md(gate.checklist.heading, context), 'checklist'),
			md(gate.checklist.lead, context),
			checklist,
			heading(2, md(coverage.heading, context), 'coverage'),
			md(coverage.lead, context),
			coverageList,
			md(coverage.exceptions, context),
			heading(2, md(rules.heading, context), 'rules'),
			md(rules.lead, context),
			...ruleBlocks,
			heading(2, md(words.heading, context), 'words'),
			md(words.lead, context),
			labelled(md(words.placeholders, context), list(lists.placeholders), context),
			labelled(md(words.vague, context), list(lists.vague.map((v) => v.word)), context),
			lists.proper_names.length > 0 && labelled(md(words.names, context), list(lists.proper_names), context),
			glossary.length > 0 && `**${md(words.glossary, context)}**`,
			glossary.length > 0 && glossary.join('\n'),
			allowed.length > 0 && `**${md(words.allowed, context)}**`,
			allowed.length > 0 && allowed.join('\n'),
			heading(2, md(gate.run.heading, context), 'run'),
			...gate.run.paragraphs.map((p) => md(p, context)),
			nextStepSection(gate.next_step, context, { file: 'src/wording', field: 'next_step', page: 'quality' }),
		),
	};
}
