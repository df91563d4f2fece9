import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { generateSite } from '../../src/generate/write-pages.ts';
import { loadPlaybook } from '../../src/lib/content/load-playbook.ts';
import { pageRegistry } from '../../src/lib/page-registry.ts';
import { copyContent, loadError } from '../support/content-copy.ts';
import { root } from '../support/playbook.ts';

/** The generated Markdown of a page in a locale (`prefix` '' for the default one). */
const pageOf = (site: ReturnType<typeof generateSite>, prefix: string, id: string) =>
	[...site.files.entries()].find(([file]) => file.replace(/(\/index)?\.md$/, '') === [prefix, id].filter(Boolean).join('/'))?.[1];

describe('extending the playbook with content only', () => {
	it('renders inline Markdown in the print-all intro, a block of HTML in a Markdown page, and shows its characters as written', () => {
		const copy = copyContent();
		copy.edit('en/checklists.yaml', (t) =>
			t.replace(/^ {2}intro: .*$/m, '  intro: Print **all** of them for Q&A <day one>, see [the stages](page:lifecycle).'),
		);
		// A published translation links the same pages.
		copy.edit('zh-cn/checklists.yaml', (t) => t.replace(/^( {2}intro: .*)$/m, '$1参见[各个阶段](page:lifecycle)。'));
		const site = generateSite(loadPlaybook({ dir: copy.dir, draft: false }).playbook, '/');
		const intro = pageOf(site, '', 'checklists/print-all')!
			.split('\n')
			.find((line) => line.includes('pb-screen-only'))!;
		expect(intro).toBe(
			'<p class="pb-screen-only">Print <strong>all</strong> of them for Q&amp;A &lt;day one&gt;, see <a href="/lifecycle/">the stages</a>.</p>',
		);
	});

	it('turns a sixth stage, added to both locales with its prose and checklist, into pages linked from the overview', () => {
		const copy = copyContent();
		const stage = {
			en: ['Offboarding', 'Hand the work back cleanly', 'Handover'],
			'zh-cn': ['结束合作', '干净利落地交还工作', '交接'],
		} as const;
		for (const [code, [name, purpose, focus]] of Object.entries(stage)) {
			copy.edit(`${code}/models/lifecycle.yaml`, (t) =>
				t
					.replace('names:\n', `names:\n  offboarding: ${name}\n`)
					.concat(`  offboarding:\n    purpose: ${purpose}\n    focus:\n      - id: handover\n        text: ${focus}\n`),
			);
			const prose = copy.read(`${code}/pages/lifecycle.yaml`);
			const retention = /^ {2}retention_growth:\n((?: {4}.*\n|\n)*)/m.exec(prose)![1]!;
			copy.edit(`${code}/pages/lifecycle.yaml`, (t) => t.replace(/^next_step:/m, `  offboarding:\n${retention}next_step:`));
			copy.edit(
				`${code}/checklists.yaml`,
				(t) =>
					`${t}  - id: offboarding\n    title: ${name}\n    description: ${purpose}\n    stage: offboarding\n    groups:\n      - from: lifecycle/offboarding/focus\n`,
			);
		}
		const { playbook } = loadPlaybook({ dir: copy.dir, draft: false });
		const site = generateSite(playbook, '/');
		expect(site.todos).toEqual([]);
		expect(pageOf(site, '', 'lifecycle/offboarding')).toContain('title: "Offboarding"');
		expect(pageOf(site, 'zh-cn', 'lifecycle/offboarding')).toContain('- <span data-pb-source="">交接</span>');
		expect(pageOf(site, '', 'lifecycle')).toContain('[Offboarding](/lifecycle/offboarding/)');
		expect(pageOf(site, '', 'lifecycle/pre-close')).toContain('Stage 1 of 6.');
		expect(pageOf(site, 'zh-cn', 'checklists/offboarding')).toBeDefined();
	});

	it('builds a new published locale from its folder, its locales.yaml entry and its interface strings alone', () => {
		const copy = copyContent();
		cpSync(join(copy.dir, 'en'), join(copy.dir, 'fr'), { recursive: true });
		// The generator has no French wording of its own: the locale brings its interface strings and /quality/ page.
		copy.write('fr.json', readFileSync(join(root, 'src/wording/en.json'), 'utf8'));
		copy.write('fr/pages/quality.yaml', readFileSync(join(root, 'src/wording/en/pages/quality.yaml'), 'utf8'));
		copy.edit('locales.yaml', (t) => `${t}  - code: fr\n    label: Français\n    lang: fr\n    status: published\n`);
		const { playbook } = loadPlaybook({ dir: copy.dir, draft: false });
		const site = generateSite(playbook, '/');
		for (const page of pageRegistry(playbook)) expect(pageOf(site, 'fr', page.id), page.id).toBeDefined();
		expect(pageOf(site, 'fr', 'lifecycle')).toContain('(/fr/lifecycle/pre-close/)');
	});

	it('names the file a published locale lacks', () => {
		const copy = copyContent();
		cpSync(join(copy.dir, 'en'), join(copy.dir, 'fr'), { recursive: true });
		copy.write('fr.json', readFileSync(join(root, 'src/wording/en.json'), 'utf8')).remove('fr/models/lifecycle.yaml');
		copy.write('fr/pages/quality.yaml', readFileSync(join(root, 'src/wording/en/pages/quality.yaml'), 'utf8'));
		copy.edit('locales.yaml', (t) => `${t}  - code: fr\n    label: Français\n    lang: fr\n`);
		expect(loadError(copy.dir)).toMatch(/fr\/models\/lifecycle\.yaml \(locale fr\)\n {2}the file is missing\n {4}Fix: create it/);
	});

	it('gives a draft locale only the pages whose content it has, the others falling back to the default locale', () => {
		const copy = copyContent();
		// The page's prose refers to facts ({fact:reply-time}), so the facts come along with it.
		for (const file of ['site.yaml', 'facts.yaml', 'models/communication.yaml', 'pages/communication.yaml'])
			copy.write(`fr/${file}`, copy.read(`en/${file}`));
		copy.edit('locales.yaml', (t) => `${t}  - code: fr\n    label: Français\n    lang: fr\n    status: draft\n`);
		const { playbook } = loadPlaybook({ dir: copy.dir, draft: false });
		const site = generateSite(playbook, '/');
		const french = site.pages.filter((p) => p.locale === 'fr').map((p) => p.id);
		expect(french).toEqual(['communication']);
	});
});

describe('finishing a fresh import', () => {
	const vendor = join(root, 'examples/vendor/playbook');
	/** The vendor playbook with checklists.yaml and templates.yaml cut back to their prose: no lists. */
	function withoutLists(output: Record<string, string> | undefined) {
		const copy = copyContent(vendor);
		for (const code of ['en', 'zh-cn']) {
			const checklists = parse(copy.read(`${code}/checklists.yaml`)) as Record<string, unknown>;
			delete checklists['checklists'];
			copy.write(`${code}/checklists.yaml`, stringify(checklists));
			const templates = parse(copy.read(`${code}/templates.yaml`)) as Record<string, unknown>;
			for (const key of ['templates', 'shared', 'email']) delete templates[key];
			if (output) templates['output'] = { intro: output[code], next_step: templates['next_step'] };
			copy.write(`${code}/templates.yaml`, stringify(templates));
			// Its pages link the vendor playbook's own extra checklists and templates, which are gone with the lists.
			for (const page of readdirSync(join(copy.dir, code, 'pages')))
				copy.write(
					`${code}/pages/${page}`,
					copy
						.read(`${code}/pages/${page}`)
						.replace(/templates\/(escalation-email|selection-brief)/g, 'templates/vendor-summary')
						.replace(/checklists\/(exit|review)\b/g, 'checklists/kickoff'),
				);
		}
		return copy;
	}

	it('keeps the generated checklists and template when the files give only their prose, the template’s intro and next step from output', () => {
		const intro = { en: 'Sum up one vendor for your manager.', 'zh-cn': '为你的上级概括一家供应商的情况。' };
		const { playbook } = loadPlaybook({ dir: withoutLists(intro).dir, draft: false });
		const site = generateSite(playbook, '/');
		// Nothing in either file is left to write: the index prose came from the files, the template's intro from output.
		expect(site.todos.filter((t) => /(checklists|templates)\.yaml$/.test(t.file))).toEqual([]);
		for (const code of ['en', 'zh-cn'] as const) {
			const content = playbook.byLocale[code]!;
			expect(content.checklists?.checklists.map((c) => c.id)).toEqual(['quality', 'due-diligence', 'contract-setup', 'kickoff']);
			expect(content.checklists?.intro).toMatch(/./);
			expect(content.templates?.templates.map((t) => [t.id, t.intro])).toEqual([['vendor-summary', intro[code]]]);
		}
	});

	it('asks for the generated template’s intro and next step under output, fields an editor can write', () => {
		const { playbook } = loadPlaybook({ dir: withoutLists(undefined).dir, draft: true });
		const asked = generateSite(playbook, '/').todos.filter((t) => t.file.endsWith('templates.yaml'));
		expect(asked.map((t) => [t.locale, t.field])).toEqual([
			['en', 'output.intro'],
			['en', 'output.next_step'],
			['zh-cn', 'output.intro'],
			['zh-cn', 'output.next_step'],
		]);
	});

	it('refuses output.intro beside a list of templates, saying where the intro goes', () => {
		const copy = copyContent(vendor).edit('en/templates.yaml', (t) => `${t}output:\n  intro: Not for a listed template.\n`);
		expect(loadError(copy.dir)).toMatch(/templates\.yaml.*\(locale en\)[\s\S]*output[\s\S]*write the intro on each template instead/);
	});
});
