import { describe, expect, it } from 'vitest';
import { allFields, type TemplateDef, type Values } from '../../src/lib/templates/definition';
import { buildDoc, fill, formatDate, textBlocks } from '../../src/lib/templates/document';
import { escapeHtml, escapeMarkdown } from '../../src/lib/templates/escape';
import { fileName, mailto, MAILTO_LIMIT } from '../../src/lib/templates/mailto';
import { fontStyle } from '../../src/lib/templates/email-style';
import { toHtml, toMarkdown, toText } from '../../src/lib/templates/render';
import { templateOf, ui } from '../support/playbook';

const template = (id: string, locale = 'en'): TemplateDef => templateOf(locale, id);
const probe = '<img src=x onerror="window.__pwned=1"><script>alert(1)</script>';

describe('template output', () => {
	it('leaves empty fields and sections out of a document, and says first that an internal one is not to be sent', () => {
		const doc = buildDoc(template('client-summary'), { 'client-name': 'Acme', 'desired-outcome': 'Fewer churned users' });
		expect(toText(doc)).toBe(
			`${ui('en', 'pb.templates.internal')}\nClient Summary: Acme\n\nPrepared by [Your name], [Your company], [Date]\n\nDesired Outcome\nFewer churned users\n`,
		);
	});

	it('fills placeholders, shows an empty one as its label and formats dates in the page language', () => {
		const def = template('status-update');
		expect(fill(def.title, def, { topic: 'Reporting', status: 'At risk', date: '2026-03-05', 'decide-by': '2026-03-11' })).toBe(
			'Reporting: At risk, update of March 5, 2026, decisions needed by March 11, 2026',
		);
		expect(fill(def.title, def, {})).toBe('[Topic]: [Status], update of [Date], decisions needed by [Decisions needed by]');
		expect(formatDate('2026-03-05', 'zh-CN')).toBe('2026年3月5日');
		expect(formatDate('next Friday', 'en')).toBe('next Friday');
	});

	it('turns lines starting with a bullet into a list and other lines into paragraphs', () => {
		expect(textBlocks('Intro\n- one\n* two\n\nAfter')).toEqual([
			{ type: 'paragraph', text: 'Intro' },
			{ type: 'list', ordered: false, items: ['one', 'two'] },
			{ type: 'paragraph', text: 'After' },
		]);
	});

	it('writes an email as greeting, opening, labelled parts, ending, closing and signature, with the subject apart', () => {
		const values: Values = {
			'client-name': 'Acme',
			recipient: 'Dana',
			'your-name': 'Lee',
			company: 'North',
			topic: 'Reporting',
			date: '2026-03-05',
			'decide-by': '2026-03-11',
			'what-happened': 'Shipped the report.',
			'what-is-next': 'Review on Friday, Lee.',
		};
		const def = template('status-update');
		const doc = buildDoc(def, values);
		expect(doc.subject).toBe('Reporting: [Status], update of March 5, 2026, decisions needed by March 11, 2026');
		expect(toText(doc)).toBe(
			'Hello Dana,\n\nHere is our update for the period up to March 5, 2026.\n\nWhat happened\nShipped the report.\n\nWhat is next\nReview on Friday, Lee.\n\n' +
				'Please send the decisions above by March 11, 2026. If anything here does not match what you see, reply to this email or call me before then.\n\n' +
				'Best regards,\nLee\nNorth\n',
		);
		// The topic and the dates fill the subject and the sentences; they are not parts of the body themselves.
		expect(toText(doc)).not.toContain('Reporting');
		expect(toMarkdown(doc).split('\n')[0]).toBe('# Reporting: \\[Status\\], update of March 5, 2026, decisions needed by March 11, 2026');
	});

	it('offers the choices a template writes for a select, such as the status of an update', () => {
		const status = template('status-update')
			.sections.flatMap((s) => s.fields)
			.find((f) => f.id === 'status')!;
		expect(status.control).toBe('select');
		expect(status.options).toEqual(['On track', 'At risk', 'Off track']);
		expect(
			template('status-update', 'zh-cn')
				.sections.flatMap((s) => s.fields)
				.find((f) => f.id === 'status')!.options,
		).toHaveLength(3);
	});

	it('writes Chinese emails with the Chinese greeting and closing', () => {
		const doc = buildDoc(template('welcome-email', 'zh-cn'), { recipient: '王经理', 'next-step': '周五上午十点开启动会。' });
		const text = toText(doc);
		expect(text.startsWith('王经理，您好：')).toBe(true);
		expect(text).toContain('顺祝商祺！');
	});
});

describe('email-safe HTML', () => {
	const def = template('risk-audit');
	const values: Values = Object.fromEntries(allFields(def).map((f) => [f.id, `${probe}\n- ${probe}`]));
	values['scope-misunderstood.likelihood'] = '3';
	values['scope-misunderstood.impact'] = '2';
	const html = toHtml(buildDoc(def, values));

	it('escapes what the user typed', () => {
		expect(html).not.toContain('<img');
		expect(html).not.toContain('<script');
		expect(html).toContain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;');
		expect(escapeHtml(`"'&<>`)).toBe('&quot;&#39;&amp;&lt;&gt;');
	});

	it('uses only tags mail clients keep, each with its own inline style and font', () => {
		const tags = [...html.matchAll(/<([a-z0-9]+)(\s[^>]*)?>/g)];
		expect(new Set(tags.map((t) => t[1]))).toEqual(new Set(['table', 'tr', 'td', 'h1', 'h2', 'p', 'strong', 'ul', 'ol', 'li']));
		for (const [tag, name, attrs = ''] of tags) {
			if (name === 'tr') continue;
			expect(attrs, tag).toMatch(/style="[^"]*"/);
			if (name !== 'table') expect(attrs, tag).toContain('font-family:');
		}
		expect(html).not.toMatch(/class=|<style|<link|display:\s*(flex|grid)|float:/);
	});

	it('writes margins, paddings and line heights in a form Word keeps: longhand, every value in pixels', () => {
		const declarations = [...html.matchAll(/style="([^"]*)"/g)].flatMap((m) => m[1]!.split(';').filter(Boolean));
		const named = (pattern: RegExp) => declarations.filter((d) => pattern.test(d.split(':')[0]!));
		expect(named(/^(margin|padding)$/)).toEqual([]);
		expect(named(/^(margin|padding)-(top|right|bottom|left)$/).length).toBeGreaterThan(10);
		for (const d of named(/^(margin|padding)-|^line-height$/)) expect(d).toMatch(/:\d+px$/);
	});

	it('gives the text width as a table width Word keeps, not only as max-width', () => {
		expect(html).toMatch(/^<table [^>]*width="640"[^>]*style="width:640px;max-width:100%;/);
	});

	it('names Word’s East Asian font for the email’s language, after a Latin font and before every CJK region’s fonts', () => {
		const chinese = toHtml(buildDoc(template('status-update', 'zh-cn'), { 'what-happened': '完成了报告。' }));
		expect(chinese).toContain("mso-fareast-font-family:'Microsoft YaHei';");
		const stack = /font-family:([^;]*);/.exec(chinese)![1]!.split(',');
		expect(stack[0]).toBe('Arial');
		expect(stack.at(-1)).toBe('sans-serif');
		for (const family of ["'Microsoft YaHei'", "'PingFang SC'", "'Microsoft JhengHei'", "'PingFang TC'", "'Yu Gothic'", "'Malgun Gothic'"])
			expect(stack).toContain(family);
		expect(fontStyle('ja')).toMatch(/^font-family:Arial,Helvetica,'Yu Gothic',.*mso-fareast-font-family:'Yu Gothic';$/);
		expect(fontStyle('zh-TW')).toContain("mso-fareast-font-family:'Microsoft JhengHei';");
		expect(fontStyle('ko-KR')).toContain("mso-fareast-font-family:'Malgun Gothic';");
	});

	it('marks the table and every block with the language of the template', () => {
		const chinese = toHtml(buildDoc(template('welcome-email', 'zh-cn'), { recipient: '王经理' }));
		const blocks = [...chinese.matchAll(/<(table|td|h1|h2|p|ul|ol)\s[^>]*>/g)];
		expect(blocks.length).toBeGreaterThan(3);
		for (const [tag] of blocks) expect(tag).toContain('lang="zh-CN"');
		expect(html).toContain('lang="en"');
	});

	it('puts the ranked risk assessment into the output', () => {
		expect(html).toContain('Top risks');
		expect(html).toContain('Scope was never truly understood (likelihood High, impact Medium: score 6 of 9)');
		expect(html).toContain('Responses to apply first');
	});
});

describe('Markdown', () => {
	it('escapes markup so the text reads as typed', () => {
		expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
		expect(escapeMarkdown('<b>*x*</b> [a](b)')).toBe('\\<b\\>\\*x\\*\\</b\\> \\[a\\](b)');
	});
});

describe('mailto', () => {
	it('encodes the subject and the plain-text body with CRLF line breaks', () => {
		const { href, tooLong } = mailto('Acme: update & next', 'Line one\nLine two');
		expect(href).toBe('mailto:?subject=Acme%3A%20update%20%26%20next&body=Line%20one%0D%0ALine%20two');
		expect(tooLong).toBe(false);
	});

	it('flags a link past the safe length', () => {
		const long = mailto('s', 'x'.repeat(MAILTO_LIMIT));
		expect(long.tooLong).toBe(true);
		expect(long.length).toBeGreaterThan(MAILTO_LIMIT);
	});

	it('names downloads after the template, client and date, keeping any script', () => {
		expect(fileName('status-update', 'Acme Corp.', '2026-03-05')).toBe('status-update-acme-corp-2026-03-05.md');
		expect(fileName('escalation', '华北分公司', '')).toBe('escalation-华北分公司.md');
		expect(fileName('escalation', 'A very long client name that goes on and on and on', '2026-03-05')).toBe(
			'escalation-a-very-long-client-name-that-goes-on-and-2026-03-05.md',
		);
	});
});
