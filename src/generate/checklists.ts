import type { Playbook } from '../lib/content/load-playbook';
import { checklistSheets, type Sheet, type SheetGroup } from '../lib/checklists';
import type { PlaybookModels } from '../schemas/models';
import type { GeneratedPage } from './generated-page';
import { blocks, frontmatter, href, inline, link, type RenderContext } from './markdown';

/** The other language a checklist prints alongside for bilingual teams. */
interface Alternate {
	lang: string;
	models: PlaybookModels;
	context: RenderContext;
}

/**
 * The language bilingual sheets add: the reference locale for every other locale, and the second
 * locale for the reference one.
 */
export function alternateOf(playbook: Playbook, localeId: string, base: string): Alternate | undefined {
	const [reference, second] = playbook.locales;
	const other = localeId === reference?.id ? second : reference;
	const models = other && playbook.byLocale[other.id];
	return other && models ? { lang: other.lang, models, context: { locale: other, base } } : undefined;
}

/** `/checklists/`, one page per checklist and `/checklists/print-all/`. */
export function checklistPages(models: PlaybookModels, context: RenderContext, alternate?: Alternate): GeneratedPage[] {
	const sheets = checklistSheets(models);
	const altSheets = alternate ? checklistSheets(alternate.models) : [];
	const { checklists } = models;
	const order = (n: number) => ({ order: n });
	const count = sheets.length;

	const index: GeneratedPage = {
		id: 'checklists',
		body: blocks(
			frontmatter({ title: checklists.page.title, description: checklists.page.description, sidebar: order(0) }),
			inline(checklists.intro, context),
			sheets
				.map(
					(sheet) =>
						`- ${checklists.labels.named.replace('{name}', link(sheet.title, href(`checklists/${sheet.id}`, context))).replace('{text}', () => inline(sheet.description, context))}`,
				)
				.join('\n'),
			`**→ ${link(checklists.print_all.link_label, href('checklists/print-all', context))}**`,
		),
	};

	const single = sheets.map((sheet, n): GeneratedPage => ({
		id: `checklists/${sheet.id}`,
		body: blocks(
			frontmatter({ title: sheet.title, description: sheet.description, tableOfContents: false, sidebar: order(n + 1) }),
			imports,
			`<ChecklistSet altLang=${attr(alternate?.lang)}>`,
			sheetMdx(sheet, altSheets[n], models, context, alternate, 'h1'),
			'</ChecklistSet>',
		),
	}));

	const printAll: GeneratedPage = {
		id: 'checklists/print-all',
		body: blocks(
			frontmatter({
				title: checklists.print_all.title,
				description: checklists.print_all.description,
				tableOfContents: false,
				sidebar: order(count + 1),
			}),
			imports,
			`<p class="pb-screen-only">${inline(checklists.print_all.intro, context)}</p>`,
			`<ChecklistSet altLang=${attr(alternate?.lang)}>`,
			...sheets.map((sheet, n) => sheetMdx(sheet, altSheets[n], models, context, alternate, 'h2')),
			'</ChecklistSet>',
		),
	};

	return [index, ...single, printAll];
}

const imports = [
	"import ChecklistSet from '~/components/ChecklistSet.astro';",
	"import ChecklistSheet from '~/components/ChecklistSheet.astro';",
].join('\n');

/** A JSX attribute value: JSON is valid JavaScript, so any text is safe inside `{…}`. */
const attr = (value: unknown): string => (value === undefined ? '{undefined}' : `{${JSON.stringify(value)}}`);

/** One sheet: the component with its header, and the items as a Markdown task list in its slot. */
function sheetMdx(
	sheet: Sheet,
	alt: Sheet | undefined,
	models: PlaybookModels,
	context: RenderContext,
	alternate: Alternate | undefined,
	heading: 'h1' | 'h2',
): string {
	const labels = models.checklists.labels;
	const altProps =
		alt && alternate
			? { lang: alternate.lang, title: alt.title, header: alt.header, labels: alternate.models.checklists.labels }
			: undefined;
	const props = {
		id: sheet.id,
		title: sheet.title,
		header: sheet.header,
		labels,
		path: href(`checklists/${sheet.id}`, context),
		heading,
		alt: altProps,
	};
	const open = `<ChecklistSheet ${Object.entries(props)
		.map(([key, value]) => `${key}=${attr(value)}`)
		.join(' ')}>`;
	const level = heading === 'h1' ? '##' : '###';
	const groups = sheet.groups.map((group, g) => groupMdx(group, alt?.groups[g], level, labels, context, alternate));
	return blocks(open, ...groups, '</ChecklistSheet>').trimEnd();
}

function groupMdx(
	group: SheetGroup,
	alt: SheetGroup | undefined,
	level: string,
	labels: PlaybookModels['checklists']['labels'],
	context: RenderContext,
	alternate: Alternate | undefined,
): string {
	const altText = (text: string | undefined) =>
		text && alternate
			? ` <span class="pb-alt" lang="${alternate.lang}" data-pagefind-ignore>${inline(text, alternate.context)}</span>`
			: '';
	const items = group.items.map((item, i) => {
		const altItem = alt?.items[i];
		const responses = item.links?.length
			? ` <span class="pb-task-refs" data-task-note>→ ${labels.named.replace('{name}', inline(labels.response, context)).replace('{text}', () => item.links!.map((l) => link(l.text, href(l.page, context))).join(' · '))}</span>`
			: '';
		return `- [ ] ${inline(item.text, context)}${altText(altItem?.text)}${responses}`;
	});
	// The other language's heading follows the heading rather than sitting in it, so that anchors, the
	// table of contents and the heading's accessible name stay in the page's language.
	const altHeading =
		alt?.heading && alternate
			? `<p class="pb-alt pb-alt--heading" lang="${alternate.lang}" data-pagefind-ignore>${inline(alt.heading, alternate.context)}</p>`
			: undefined;
	return blocks(
		group.heading && `${level} ${inline(group.heading, context)}`,
		altHeading,
		group.compact ? `<div class="pb-compact">\n\n${items.join('\n')}\n\n</div>` : items.join('\n'),
	).trimEnd();
}
