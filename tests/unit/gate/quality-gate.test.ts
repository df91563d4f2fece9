import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registrationScript } from '../../../src/lib/offline/registration.ts';
import { readSitePage } from '../../../src/gate/site-page.ts';
import { clientConfig, fixture, siteCopy, stage, violationsOf, withoutSection, zhStage } from './support';

describe('the quality gate on a correct site', () => {
	it('finds nothing wrong and skips the not-found page with its reason', () => {
		const result = siteCopy().check();
		expect(result.violations).toEqual([]);
		expect(result.pages.map((p) => p.path).sort()).toEqual([
			'/boundaries/',
			'/lifecycle/pre-close/',
			'/zh-cn/boundaries/',
			'/zh-cn/lifecycle/pre-close/',
		]);
		expect(result.exceptions).toEqual([
			{ path: '/404.html', reason: expect.stringContaining('not-found page') },
			{ path: '/zh-cn/404/', reason: expect.stringContaining('not-found page') },
		]);
	});

	it('reads a page the same from its file’s bytes as from its text', () => {
		// The gate decodes only the head and <main> of a page's bytes: a Chinese page shows a wrong cut at once.
		const bytes = readFileSync(`${fixture('gate-site')}zh-cn/lifecycle/pre-close/index.html`);
		const fromBytes = readSitePage(bytes, '/zh-cn/lifecycle/pre-close/', clientConfig().locales);
		expect(fromBytes).toEqual(readSitePage(bytes.toString('utf8'), '/zh-cn/lifecycle/pre-close/', clientConfig().locales));
		expect(fromBytes.title).toMatch(/[\u4e00-\u9fff]/);
		expect(fromBytes.sections.length).toBeGreaterThan(5);
	});

	it('reads a hand-written page as a reader sees it: not a template’s content, past an inline SVG, entities decoded', () => {
		// Read as parse5 read it, when the gate used it.
		const html = [
			'<!doctype html><html lang="en"><head><title>Risk &amp; reward</title><meta name="description" content="A&nbsp;page"></head>',
			'<body><main><div class="sl-markdown-content">',
			'<h2 id="risks">Risks</h2><p>First paragraph</p><ul><li>Scope &lt;creep&gt;</li></ul>',
			'<p><svg viewBox="0 0 10 10"><title>Chart</title><path d="M0 0"/><circle r="1"/></svg> After the chart, <a href="/risks/">read on</a>.</p>',
			'<template id="row"><a id="in-template" href="/nowhere/">Not on the page</a></template>',
			'<h2 id="next-step">Next step<template><b>Hidden</b></template></h2><p>Call the client.</p>',
			'</div></main></body></html>',
		].join('');
		const page = readSitePage(html, '/guide/', clientConfig().locales);
		expect(page.title).toBe('Risk & reward');
		expect(page.description).toBe('A page');
		expect(page.links).toEqual(['/risks/']);
		expect([...page.anchors]).toEqual(['risks', 'row', 'next-step']);
		expect(page.sections.map((section) => [section.heading, section.text, section.links, section.media])).toEqual([
			['Risks', 'First paragraph Scope <creep> Chart After the chart, read on .', 1, 1],
			['Next step', 'Call the client.', 0, 0],
		]);
		expect(page.text).toContain('After the chart, read on');
		expect(page.text).not.toMatch(/Not on the page|Hidden/);
	});

	it('reads the title of a page without a head, as Astro writes its redirect pages', () => {
		const html =
			'<!doctype html><title>Redirecting to: /guide/</title><meta http-equiv="refresh" content="0;url=/guide/"><body><a href="/guide/">/guide/</a></body>';
		const page = readSitePage(html, '/old-guide/', clientConfig().locales);
		expect(page.title).toBe('Redirecting to: /guide/');
	});

	it('holds a stage page to all seven items and the boundaries page to the next step only', () => {
		const pages = Object.fromEntries(
			siteCopy()
				.check()
				.pages.map((p) => [p.path, p.items]),
		);
		expect(Object.values(pages['/lifecycle/pre-close/']!)).toEqual(Array(7).fill('pass'));
		expect(pages['/boundaries/']).toMatchObject({ context: 'n/a', risks: 'n/a', 'next-step': 'pass' });
	});
});

describe('the quality gate on a broken page', () => {
	it('fails a page whose next step was removed', () => {
		const result = siteCopy()
			.edit(stage, (html) => withoutSection(html, 'next-step'))
			.check();
		expect(violationsOf(result, 'next-step-missing')).toEqual([
			'/lifecycle/pre-close/: No section headed “Next step”: the page must end with one concrete next step.',
		]);
		expect(result.pages.find((p) => p.path === '/lifecycle/pre-close/')?.items['next-step']).toBe('fail');
	});

	it('fails a next step that is not the last section', () => {
		const result = siteCopy()
			.edit(stage, (html) =>
				html.replace(
					'</div></div></div></main>',
					'<div class="sl-heading-wrapper level-h2"><h2 id="notes">Notes</h2></div><p>More.</p></div></div></div></main>',
				),
			)
			.check();
		expect(violationsOf(result, 'next-step-not-last')).toEqual([
			'/lifecycle/pre-close/: “Next step” is followed by “Notes”: the next step must be the last section.',
		]);
	});

	it('fails a next step with neither a link nor an owner', () => {
		const result = siteCopy()
			.edit(stage, (html) => html.replace('<p>Owner: Account lead</p>', '').replace(/<p>→ <a href="\/boundaries\/">[^<]*<\/a><\/p>/, ''))
			.check();
		expect(violationsOf(result, 'next-step-incomplete')).toEqual([expect.stringContaining('has neither a link nor an owner')]);
	});

	it('fails a stage page that dropped a section, in its language and against its translation', () => {
		const result = siteCopy()
			.edit(stage, (html) => withoutSection(html, 'roles'))
			.check();
		expect(violationsOf(result, 'quality-section-missing')).toEqual([
			'/lifecycle/pre-close/: No section headed “Roles and ownership”: a stage page answers this item of the quality check.',
		]);
		expect(violationsOf(result, 'locale-section-mismatch')).toEqual([
			expect.stringMatching(/^\/zh-cn\/lifecycle\/pre-close\/: Its 8 sections do not match the 7 of \/lifecycle\/pre-close\//),
		]);
	});

	it('does not call a draft locale’s page showing the default locale’s text a different set of sections', () => {
		const site = siteCopy();
		site.write(zhStage, readFileSync(join(site.dir, stage)));
		const draft = clientConfig();
		draft.locales = draft.locales.map((l) => (l.id === 'zh-cn' ? { ...l, draft: true } : l));
		const mismatches = (findings: { rule: string }[]) => findings.filter((f) => f.rule === 'locale-section-mismatch');
		const asDraft = site.check(draft);
		expect([...mismatches(asDraft.violations), ...mismatches(asDraft.allowed)]).toEqual([]);
		// A published locale's page must have its own headings: English ones are a mismatch.
		expect(violationsOf(site.check(), 'locale-section-mismatch')).toEqual([expect.stringContaining('/zh-cn/lifecycle/pre-close/')]);
	});

	it('recognises a Chinese section by its Chinese heading', () => {
		const result = siteCopy()
			.edit(zhStage, (html) => withoutSection(html, 'risks'))
			.check();
		expect(violationsOf(result, 'quality-section-missing')).toEqual([expect.stringContaining('No section headed “风险与摩擦点”')]);
	});

	it('fails a section left empty', () => {
		const result = siteCopy()
			.edit(stage, (html) => html.replace(/(<h2 id="success">[\s\S]*?<\/div>\n)<p>[\s\S]*?<\/p>\n/, '$1'))
			.check();
		expect(violationsOf(result, 'empty-section')).toEqual([
			'/lifecycle/pre-close/: The section “Success from the client’s perspective” has nothing under its heading.',
		]);
	});

	it('fails English left on a Chinese page', () => {
		const result = siteCopy()
			.edit(zhStage, (html) => html.replace('<li>期望设定</li>', '<li>Expectation setting</li>'))
			.check();
		expect(violationsOf(result, 'untranslated-english')).toEqual([
			'/zh-cn/lifecycle/pre-close/: Latin-script text “Expectation”, “setting” on a page in zh-CN, in “Expectation setting”',
		]);
	});

	it('allows code, proper names and text marked as English on a Chinese page', () => {
		const result = siteCopy()
			.edit(zhStage, (html) =>
				html.replace(
					'<li>期望设定</li>',
					'<li>期望设定：用 Gmail 或 Outlook 发送 <code>status-update</code>，附上 <span lang="en">Client Summary</span></li>',
				),
			)
			.check();
		expect(result.violations).toEqual([]);
	});

	it('fails Chinese on an English page, and an English aria-label on a Chinese one', () => {
		const result = siteCopy()
			.edit(stage, (html) => html.replace('<li>Expectation setting</li>', '<li>Expectation setting 期望设定</li>'))
			.edit(zhStage, (html) => html.replace('<li>期望设定</li>', '<li><a href="#_top" aria-label="Back to top">期望设定</a></li>'))
			.check();
		expect(violationsOf(result, 'stray-chinese')).toEqual([
			'/lifecycle/pre-close/: CJK text “期望设定” on a page in en, in “Expectation setting 期望设定”',
		]);
		expect(violationsOf(result, 'untranslated-english')).toEqual([
			'/zh-cn/lifecycle/pre-close/: Latin-script text “Back”, “to”, “top” on a page in zh-CN, in “Back to top”',
		]);
	});

	it('fails a link to a page that does not exist and a link to a missing anchor', () => {
		const result = siteCopy()
			.edit(stage, (html) => html.replace('→ <a href="/boundaries/">', '→ <a href="/architecture/">'))
			.edit(zhStage, (html) => html.replace('href="/zh-cn/lifecycle/pre-close/#_top"', 'href="/zh-cn/lifecycle/pre-close/#没有这一节"'))
			.check();
		expect(violationsOf(result, 'broken-link')).toEqual(['/lifecycle/pre-close/: “/architecture/” leads to no page of the built site.']);
		expect(violationsOf(result, 'broken-anchor')).toEqual([
			'/zh-cn/lifecycle/pre-close/: “/zh-cn/lifecycle/pre-close/#没有这一节”: /zh-cn/lifecycle/pre-close/ has no heading or element with the id “没有这一节”.',
		]);
	});

	it('fails a broken link that a component renders outside the Markdown', () => {
		const diagram = '<figure class="pb-lifecycle not-content"><ol><li><a href="/lifecycle/renewal/">Renewal</a></li></ol></figure>';
		const result = siteCopy()
			.edit(stage, (html) =>
				html.replace(
					'<div class="sl-heading-wrapper level-h2"><h2 id="focus">',
					`${diagram}<div class="sl-heading-wrapper level-h2"><h2 id="focus">`,
				),
			)
			.check();
		expect(violationsOf(result, 'broken-link')).toEqual([
			'/lifecycle/pre-close/: “/lifecycle/renewal/” leads to no page of the built site.',
		]);
	});

	it("fails Starlight's English heading-anchor label left on a Chinese page", () => {
		const result = siteCopy()
			.edit(zhStage, (html) => html.replaceAll('本节链接：', 'Section titled '))
			.check();
		expect(violationsOf(result, 'untranslated-english')[0]).toBe(
			'/zh-cn/lifecycle/pre-close/: Latin-script text “Section”, “titled” on a page in zh-CN, in “Section titled 重点”',
		);
	});

	it('fails a translation whose sections come in another order', () => {
		const swap = (html: string) => {
			const [start, middle, end] = ['scope', 'roles', 'risks'].map((id) =>
				html.indexOf(`<div class="sl-heading-wrapper level-h2"><h2 id="${id}">`),
			);
			expect([start, middle, end], 'the sections to swap').not.toContain(-1);
			return html.slice(0, start) + html.slice(middle, end) + html.slice(start, middle) + html.slice(end);
		};
		const result = siteCopy().edit(zhStage, swap).check();
		expect(violationsOf(result, 'locale-section-mismatch')).toEqual([expect.stringContaining('角色与职责 / 范围、时间与沟通')]);
		expect(violationsOf(result, 'quality-section-missing')).toEqual([]);
	});

	it('fails "ASAP" and other vague promises, in both languages', () => {
		const result = siteCopy()
			.edit(stage, (html) => html.replace('<p>Owner: Account lead</p>', '<p>Owner: Account lead, who replies ASAP.</p>'))
			.edit(zhStage, (html) => html.replace('<li>期望设定</li>', '<li>期望设定，尽快完成</li>'))
			.check();
		expect(violationsOf(result, 'vague-language')).toEqual([
			'/lifecycle/pre-close/: Vague wording “ASAP” in “Owner: Account lead, who replies ASAP.”',
			'/zh-cn/lifecycle/pre-close/: Vague wording “尽快” in “期望设定，尽快完成”',
		]);
	});

	it('reports a vague phrase listed as deliberate as allowed, not as a violation', () => {
		const config = clientConfig();
		config.allow.push({ page: '/lifecycle/pre-close/', phrase: 'reviews as needed', reason: 'Quoted from the source.' });
		const result = siteCopy()
			.edit(stage, (html) => html.replace('<li>Expectation setting</li>', '<li>Expectation setting, with reviews as needed</li>'))
			.check(config);
		expect(result.violations).toEqual([]);
		expect(result.allowed).toEqual([
			expect.objectContaining({ rule: 'vague-language', page: '/lifecycle/pre-close/', allowed: 'Quoted from the source.' }),
		]);
	});

	it('fails placeholder text', () => {
		const result = siteCopy()
			.edit(stage, (html) => html.replace('<li>Expectation setting</li>', '<li>TODO: expectation setting</li>'))
			.edit(zhStage, (html) => html.replace('<li>期望设定</li>', '<li>期望设定（待定）</li>'))
			.check();
		expect(violationsOf(result, 'placeholder-text')).toEqual([
			'/lifecycle/pre-close/: Placeholder “TODO” in “TODO: expectation setting”',
			'/zh-cn/lifecycle/pre-close/: Placeholder “待定” in “期望设定（待定）”',
		]);
	});

	it('fails a page that exists in one language only', () => {
		const result = siteCopy().remove('zh-cn/boundaries').check();
		expect(violationsOf(result, 'locale-missing-page')).toEqual([
			'/boundaries/: There is no zh-CN version of this page: /zh-cn/boundaries/ is missing.',
		]);
	});

	it('fails a content page that ships JavaScript of its own', () => {
		const result = siteCopy()
			.write('_astro/Extra.js', `console.log(${JSON.stringify(randomBytes(2048).toString('base64'))});`)
			.edit(stage, (html) => html.replace('</head>', '<script type="module" src="/_astro/Extra.js"></script></head>'))
			.check();
		expect(violationsOf(result, 'js-budget')).toEqual([
			expect.stringMatching(
				/^\/lifecycle\/pre-close\/: Ships 2\.\d KB gzip of its own JavaScript; a stage page may ship none: \/_astro\/Extra\.js \(2\.\d KB\)\.$/,
			),
		]);
	});

	it('counts the modules a page script imports, and holds a checklist to 3 KB', () => {
		const page = (lang: string) =>
			`<!DOCTYPE html><html lang="${lang}"><head><title>${lang === 'en' ? 'Checklist' : '检查清单'}</title><link rel="stylesheet" href="/_astro/starlight.css"><script type="module" src="/_astro/starlight.js"></script><script type="module" src="/_astro/Checklist.js"></script></head><body><main><div class="sl-markdown-content"><p>${lang === 'en' ? 'Tick' : '勾选'}</p></div></main></body></html>`;
		// Random bytes do not compress: about 2.4 KB gzip, over the old 2 KB budget and under the 3 KB one.
		const site = siteCopy()
			.write('_astro/Checklist.js', 'import"./checklist-core.js";')
			.write('_astro/checklist-core.js', `export const x=${JSON.stringify(randomBytes(2400).toString('base64'))};`)
			.write('checklists/quality/index.html', page('en'))
			.write('zh-cn/checklists/quality/index.html', page('zh-CN'));
		expect(site.check().violations).toEqual([]);
		site.write('_astro/checklist-core.js', `export const x=${JSON.stringify(randomBytes(3600).toString('base64'))};`);
		expect(violationsOf(site.check(), 'js-budget')).toEqual([
			expect.stringMatching(
				/^\/checklists\/quality\/: Ships 3\.[5-9] KB gzip of its own JavaScript; a checklist page may ship 3\.0 KB: \/_astro\/Checklist\.js \(0\.\d KB\), \/_astro\/checklist-core\.js \(3\.[5-9] KB\)\.$/,
			),
			expect.stringMatching(/^\/zh-cn\/checklists\/quality\/: Ships/),
		]);
	});

	it('holds a template page to 10 KB of its own JavaScript', () => {
		const page = (lang: string) =>
			`<!DOCTYPE html><html lang="${lang}"><head><title>${lang === 'en' ? 'Template' : '模板'}</title><link rel="stylesheet" href="/_astro/starlight.css"><script type="module" src="/_astro/starlight.js"></script><script type="module" src="/_astro/TemplateForm.js"></script></head><body><main><div class="sl-markdown-content"><p>${lang === 'en' ? 'Fill in' : '填写'}</p></div></main></body></html>`;
		const site = siteCopy()
			.write('_astro/TemplateForm.js', `export const x=${JSON.stringify(randomBytes(9000).toString('base64'))};`)
			.write('templates/status-update/index.html', page('en'))
			.write('zh-cn/templates/status-update/index.html', page('zh-CN'));
		expect(site.check().violations).toEqual([]);
		site.write('_astro/TemplateForm.js', `export const x=${JSON.stringify(randomBytes(11000).toString('base64'))};`);
		expect(violationsOf(site.check(), 'js-budget')).toEqual([
			expect.stringMatching(
				/^\/templates\/status-update\/: Ships 10\.[5-9] KB gzip of its own JavaScript; a template page may ship 10\.0 KB/,
			),
			expect.stringMatching(/^\/zh-cn\/templates\/status-update\/: Ships/),
		]);
	});

	describe('the service worker registration', () => {
		const registration = (code: string) => `<script data-pb-offline>${code}</script>`;
		const everyPage = ['boundaries/index.html', 'zh-cn/boundaries/index.html', stage, zhStage];
		/** The site with a registration script in every page's head, as a build writes it. */
		const registered = (code = registrationScript('/')) => {
			const site = siteCopy();
			for (const page of everyPage) site.edit(page, (html) => html.replace('</head>', `${registration(code)}</head>`));
			return site;
		};

		it('is counted apart, so a content page that carries it and nothing else passes', () => {
			const result = registered().check();
			expect(result.violations).toEqual([]);
			const weight = result.pages.find((p) => p.path === '/boundaries/')?.weight;
			expect(weight).toMatchObject({ js: 0, registration: expect.any(Number) });
			expect(weight?.registration).toBeGreaterThan(50);
		});

		it('still fails a content page that ships any other script beside it', () => {
			const result = registered()
				.edit(stage, (html) => html.replace('</head>', '<script>console.log("tracking")</script></head>'))
				.check();
			expect(violationsOf(result, 'js-budget')).toEqual([
				expect.stringMatching(
					/^\/lifecycle\/pre-close\/: Ships 0\.\d KB gzip of its own JavaScript; a stage page may ship none: inline script/,
				),
			]);
		});

		it('fails a registration script that has grown past its own budget', () => {
			const result = registered(`var x=${JSON.stringify(randomBytes(1024).toString('base64'))}`).check();
			expect(violationsOf(result, 'js-budget').sort()).toEqual(
				[...everyPage]
					.sort()
					.map((file) =>
						expect.stringMatching(
							new RegExp(
								`^/${file.replace('index.html', '')}: Ships a service worker registration of 1\\.\\d KB gzip; it may take 0\\.5 KB`,
							),
						),
					),
			);
		});

		it('does not count an unmarked script as the registration', () => {
			const result = siteCopy()
				.edit(stage, (html) => html.replace('</head>', `<script>${registrationScript('/')}</script></head>`))
				.check();
			expect(violationsOf(result, 'js-budget')).toEqual([expect.stringMatching(/^\/lifecycle\/pre-close\/: Ships/)]);
		});
	});

	it('holds a page added by hand to a closing next step, wherever it lives', () => {
		// The page registry says which page is a stage; a page it does not list is a content page, even under /lifecycle/.

		const html = (lang: string, title: string) =>
			`<!DOCTYPE html><html lang="${lang}"><head><title>${title}</title><link rel="stylesheet" href="/_astro/starlight.css"><script type="module" src="/_astro/starlight.js"></script></head><body><main><h1 id="_top">${title}</h1><div class="sl-markdown-content"><p>${title}</p></div></main></body></html>`;
		const result = siteCopy()
			.write('lifecycle/renewal/index.html', html('en', 'Renewal'))
			.write('zh-cn/lifecycle/renewal/index.html', html('zh-CN', '续约'))
			.check();
		expect(result.pages.find((p) => p.path === '/lifecycle/renewal/')?.profile).toBe('content');
		expect(violationsOf(result, 'quality-section-missing')).toEqual([]);
		expect(violationsOf(result, 'next-step-missing')).toEqual([
			expect.stringMatching(/^\/lifecycle\/renewal\//),
			expect.stringMatching(/^\/zh-cn\/lifecycle\/renewal\//),
		]);
	});

	it('reads the Chinese not-found page for its words: an English paragraph on it fails', () => {
		const result = siteCopy()
			.edit('zh-cn/404/index.html', (html) =>
				html.replace('<p><a href="/zh-cn/">', '<p>This page is not available in your language yet.</p><p><a href="/zh-cn/">'),
			)
			.check();
		expect(violationsOf(result, 'untranslated-english')).toEqual([expect.stringMatching(/^\/zh-cn\/404\/: Latin-script text “This”/)]);
		expect(result.exceptions.map((e) => e.path)).toContain('/zh-cn/404/');
	});

	it('fails a page that still shows a "to be written" note', () => {
		const note = '<p class="pb-draft" data-pb-draft>To be written: stages.pre_close.sections.roles in content/en/pages/lifecycle.yaml</p>';
		const result = siteCopy()
			.edit(stage, (html) => html.replace('<li>Expectation setting</li>', `<li>Expectation setting</li></ul>${note}<ul>`))
			.check();
		expect(violationsOf(result, 'to-be-written')).toEqual([
			'/lifecycle/pre-close/: To be written: stages.pre_close.sections.roles in content/en/pages/lifecycle.yaml',
		]);
	});
});
