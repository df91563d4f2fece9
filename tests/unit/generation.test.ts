import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { generateSite } from '../../src/generate/write-pages.ts';
import { loadPlaybook } from '../../src/lib/content/load-playbook.ts';
import { pageRegistry } from '../../src/lib/page-registry.ts';
import { contentOf, playbook, root } from '../support/playbook.ts';
import { frontmatterOf, renderPage } from '../support/render-markdown.ts';
import { componentEnd, componentMarker, sheetMarker } from '../../src/schemas/page-shells.ts';

const site = generateSite(playbook, '/');
/** The generated file of a page in a locale. */
const fileOf = (prefix: string, id: string) =>
	[...site.files.entries()].find(
		([file]) =>
			file.replace(/(\/index)?\.md$/, '') === [prefix, id].filter(Boolean).join('/') ||
			(id === '' && file === `${prefix ? `${prefix}/` : ''}index.md`),
	)?.[1];

describe('the client playbook, generated', () => {
	it('writes every page of the registry in every locale, and nothing is left to write', () => {
		for (const locale of playbook.locales)
			for (const entry of pageRegistry(playbook)) expect(fileOf(locale.prefix, entry.id), `${locale.code} /${entry.id}`).toBeDefined();
		expect(site.todos).toEqual([]);
	});

	it('gives every section the same anchor in every locale, so a language switch keeps the reader on it', () => {
		for (const entry of pageRegistry(playbook)) {
			const [main, ...others] = playbook.locales.map((l) => site.pages.find((p) => p.id === entry.id && p.locale === l.code)!);
			for (const other of others) expect([...other.anchors], `/${other.locale}/${entry.id}`).toEqual([...main!.anchors]);
		}
		const stage = site.pages.find((p) => p.id === 'lifecycle/onboarding' && p.locale === 'zh-cn')!;
		expect([...stage.anchors]).toEqual(['tools', 'focus', 'scripts', 'buyer-contact-mismatch', ...playbook.quality.ids]);
	});

	it('keeps links made with a section heading’s text working beside its stable anchor', () => {
		const tree = renderPage(fileOf('zh-cn', 'lifecycle/onboarding')!);
		const heading = select('h2#context', tree)!;
		expect(select('span.pb-anchor', heading)?.properties['id']).toBe('客户类型与关系背景');
	});

	it('ends every stage and framework page with the next step, after one section per quality-check item', () => {
		for (const entry of pageRegistry(playbook).filter((p) => p.kind === 'stage' || p.kind === 'framework')) {
			const tree = renderPage(fileOf('', entry.id)!);
			const ids = selectAll('h2', tree).map((h) => h.properties['id']);
			expect(ids.slice(-playbook.quality.ids.length), entry.id).toEqual([...playbook.quality.ids]);
		}
	});

	it('marks the source’s own words as quotes (data-pb-source), and our words around them not', () => {
		const zh = contentOf('zh-cn');
		const tree = renderPage(fileOf('zh-cn', 'principles')!);
		const quotes = selectAll('[data-pb-source]', tree).map((el) => toString(el));
		for (const item of zh.skill!.rules.items) expect(quotes).toContain(item.text);
		for (const item of zh.skill!.quality_check.items) expect(quotes).toContain(item.text);
		// Our heading and context for each list are not quotes.
		const rules = select('h2#rules', tree)!;
		expect(select('[data-pb-source]', rules)).toBeUndefined();
		expect(quotes.join('\n')).not.toContain(zh.pages.principles!.rules!.context!.slice(0, 10));
		// A source item as a heading keeps its text, its text anchor and its place in the table of contents.
		const pattern = select('h3#buyer-user-mismatch', renderPage(fileOf('zh-cn', 'failure-patterns')!))!;
		expect(toString(pattern)).toBe('买家和日常利益相关者想要不同的东西');
		expect(select('[data-pb-source]', pattern)).toBeDefined();
		expect(select('span.pb-anchor', pattern)?.properties['id']).toBe('买家和日常利益相关者想要不同的东西');
	});

	it('writes a checklist’s own page as Markdown with the sheet named in its frontmatter (no MDX module per checklist)', () => {
		const files = [...site.files.keys()];
		expect(files).toContain('checklists/onboarding.md');
		expect(files).toContain('zh-cn/checklists/onboarding.md');
		expect(frontmatterOf(site.files.get('checklists/onboarding.md')!)['checklist']).toEqual({
			id: 'onboarding',
			alt: 'zh-cn',
			dense: true,
		});
		expect(frontmatterOf(site.files.get('zh-cn/checklists/quality.md')!)['checklist']).toEqual({ id: 'quality', alt: 'en' });
		const tree = renderPage(site.files.get('checklists/onboarding.md')!);
		expect(selectAll('.pb-group[data-kind] li.task-list-item', tree).length).toBeGreaterThan(20);
	});

	it('writes print-all as Markdown: every sheet’s boxes after its marker, the sheets listed in its frontmatter in the same order', () => {
		for (const { prefix, code } of playbook.locales) {
			const dir = prefix ? `${prefix}/checklists/` : 'checklists/';
			const file = site.files.get(`${dir}print-all.md`)!;
			const own = [...site.files.keys()].filter(
				(f) => f.startsWith(dir) && !f.slice(dir.length).includes('/') && !/(index|print-all)\.md$/.test(f),
			);
			const sheets = (frontmatterOf(file)['checklists'] as { sheets: { id: string }[] }).sheets;
			expect(sheets.map((s) => s.id).sort()).toEqual(own.map((f) => f.replace(/.*\//, '').replace('.md', '')).sort());
			const parts = file.split(sheetMarker).slice(1);
			expect(parts).toHaveLength(sheets.length);
			// Each part holds that sheet's own groups (their headings' ids start with the sheet's id), and nothing of another.
			parts.forEach((part, n) => {
				const ids = selectAll('h3[id]', renderPage(part)).map((h) => String(h.properties['id']));
				for (const id of ids) expect(id.startsWith(`${sheets[n]!.id}-`), `${code} ${sheets[n]!.id}: ${id}`).toBe(true);
			});
		}
	});

	it('writes no MDX: the lifecycle overview and the templates name their components, each at a marker in the body', () => {
		// One MDX entry in the docs collection makes Astro render every page with head propagation (README, Build time).
		expect([...site.files.keys()].filter((f) => !f.endsWith('.md'))).toEqual([]);
		for (const { prefix, code } of playbook.locales) {
			const overview = site.files.get(`${prefix ? `${prefix}/` : ''}lifecycle/index.md`)!;
			expect(frontmatterOf(overview)['components'], code).toEqual([{ name: 'lifecycle-diagram' }, { name: 'stage-check' }]);
			// The diagram after the intro, the self-check after its own heading and intro, before the list of stages.
			const [intro, afterDiagram, afterCheck] = overview.replace(/^---\n[\s\S]*?\n---\n/, '').split(componentMarker);
			expect(intro, code).not.toMatch(/^## /m);
			expect(afterDiagram, code).toMatch(/^## .* \\\{#which-stage\\\}$/m);
			expect(afterCheck, code).toMatch(/^## .* \\\{#stages\\\}$/m);
			const template = site.files.get(`${prefix ? `${prefix}/` : ''}templates/status-update.md`)!;
			expect(frontmatterOf(template)['components'], code).toEqual([{ name: 'template-form', id: 'status-update' }]);
			expect(template.split(componentMarker), code).toHaveLength(2);
			// Where the page is read without its form (llms-full.txt), a list of the form's fields stands for it.
			const outline = template.split(componentMarker)[1]!.split(componentEnd)[0]!;
			const fields = contentOf(code)
				.templates!.templates.find((t) => t.id === 'status-update')!
				.sections.flatMap((section) => section.fields);
			expect(outline.match(/^- \*\*/gm), code).toHaveLength(fields.length);
			expect(outline, code).not.toMatch(/^#/m);
		}
	});

	it('writes the workspace page as Markdown, its intro in the body and what it lists in its frontmatter', () => {
		const page = site.files.get('zh-cn/workspace.md')!;
		const view = frontmatterOf(page)['workspace'] as { locale: string; groups: { items: { path: string }[] }[] };
		expect(view.locale).toBe('zh-cn');
		expect(view.groups.flatMap((g) => g.items.map((i) => i.path))).toContain('checklists/onboarding/');
		expect(page).not.toContain('import ');
	});

	it('shows each failure pattern with the responses that answer it and each response with the patterns it answers', () => {
		const tree = renderPage(fileOf('', 'failure-patterns')!);
		const pattern = select('h3#scope-misunderstood', tree)!;
		expect(toString(pattern)).toBe('Scope was never truly understood');
		const links = selectAll('a', tree).map((a) => String(a.properties['href']));
		expect(links).toContain('/failure-patterns/#reclarify-goals');
		expect(links).toContain('/failure-patterns/#scope-misunderstood');
	});
});

describe('any playbook folder, generated', () => {
	const shapes = loadPlaybook({ dir: `${root}tests/fixtures/shapes-playbook`, draft: true }).playbook;
	const generated = generateSite(shapes, '/');
	const page = (id: string) => renderPage([...generated.files.entries()].find(([file]) => file.replace(/(\/index)?\.md$/, '') === id)![1]);

	it('makes a page for each model and each stage of the lifecycle-shaped model, whatever their names', () => {
		expect(pageRegistry(shapes).map((p) => p.id)).toEqual(
			expect.arrayContaining([
				'',
				'principles',
				'boundaries',
				'process',
				'process/select',
				'process/onboard',
				'escalation',
				'terms',
				'checklists',
				'checklists/quality',
				'checklists/select',
				'checklists/onboard',
				'templates',
				'templates/vendor-brief',
				'quality',
			]),
		);
	});

	it('shows a map of records with text fields as a table, one row per entry', () => {
		const table = select('table', page('escalation'))!;
		expect(selectAll('th', table).map((th) => toString(th).trim())).toEqual(['', 'Trigger', 'Owner', 'Respond within']);
		expect(selectAll('tbody tr', table).map((tr) => selectAll('td', tr).map((td) => toString(td)))).toEqual([
			['Level 1', 'A missed delivery date', 'Vendor manager', '1 working day'],
			['Level 2', 'Two missed dates | or more', 'Head of purchasing', 'Same day'],
		]);
	});

	it('gives each table row the anchor that links to its entry point at (#level-1 for escalation/level_1)', () => {
		const rows = selectAll('table tbody tr', page('escalation'));
		expect(rows.map((tr) => select('td [id]', tr)?.properties['id'])).toEqual(['level-1', 'level-2']);
	});

	it('shows a map of text as named items and a map of maps as headings with named items, the key itself where no name is given', () => {
		const tree = page('terms');
		expect(toString(select('h2#definitions', tree)!)).toBe('Definitions');
		expect(selectAll('h2#definitions + ul li', tree).map((li) => toString(li))).toEqual([
			'The promised service level'.replace(/^/, 'sla: '),
			'exit: How the contract ends',
		]);
		expect(toString(select('h3#gold', tree)!)).toBe('gold');
		expect(toString(select('h3#gold + ul li', tree)!)).toBe('response: 1 hour');
	});

	it('shows every value as written, even one that looks like Markdown, HTML or an expression', () => {
		const stage = page('process/select');
		const text = toString(stage);
		expect(text).toContain('# Not a heading: pick <b>one</b> {vendor} & move on');
		expect(selectAll('h1, b, blockquote, ol, hr', stage)).toEqual([]);
		expect(selectAll('#checks + ul li, h2#checks ~ ul li', stage).map((li) => toString(li))).toEqual(
			expect.arrayContaining(['> not a quote', '1. not a list']),
		);
		expect(toString(page('process/onboard'))).toContain('---');
	});

	it('shows a "to be written" note, naming file and field, for each piece of missing prose in a draft build', () => {
		expect(generated.todos.length).toBeGreaterThan(10);
		const notes = selectAll('[data-pb-draft]', page('process/select')).map((n) => toString(n));
		expect(notes).toEqual(
			expect.arrayContaining([expect.stringMatching(/^To be written: stages\.select\.sections\.context in .*en\/pages\/process\.yaml$/)]),
		);
		expect(frontmatterOf([...generated.files.entries()].find(([f]) => f === 'process/select.md')![1])['title']).toBe('Select');
	});
});
