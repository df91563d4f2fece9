import { describe, expect, it } from 'vitest';
import { namesDate } from '../../src/lib/quality-meter/when';
import { namesOwner } from '../../src/lib/quality-meter/who';
import { saysSomething } from '../../src/lib/quality-meter/substance';
import { findVague } from '../../src/lib/quality-meter/vague';
import { compileMeterWords, meterWords, parseMeterWords } from '../../src/lib/quality-meter/words';
import type { TemplateDef } from '../../src/lib/templates/definition';
import { coverage, hasNextStep, vagueWords } from '../../src/lib/templates/quality';
import { loadErrorAfter } from '../support/content-copy.ts';
import { contentOf, templateOf } from '../support/playbook.ts';

const words = { en: meterWords(contentOf('en').words), zh: meterWords(contentOf('zh-cn').words) };
const rules = { en: compileMeterWords(words.en), zh: compileMeterWords(words.zh) };
const [en, zh] = [{ code: 'en' }, { code: 'zh-cn' }];
const template = (id: string, locale = en): TemplateDef => templateOf(locale.code, id);

describe('a next step names a date or a weekday', () => {
	it.each([
		'We send it on Friday',
		'Dana calls them next Tuesday',
		'by Fri. at noon',
		'by 12 May',
		'on the 3rd of June',
		'May 12th',
		'2026-12-04',
		'by 4/12',
		'within five working days',
		'in 2 weeks',
		'tomorrow morning',
		'by the end of the week',
	])('in English: “%s”', (text) => expect(namesDate(text, rules.en.when)).toBe(true));

	it.each(['周五前', '下周三开会', '星期一上午', '12月4日', '十二月四号', '2026年12月4日', '5月底前', '三个工作日内', '两天内', '明天'])(
		'in Chinese: “%s”',
		(text) => expect(namesDate(text, rules.zh.when)).toBe(true),
	);

	it.each(['soon', 'ASAP', 'next week', 'in May', 'we sat down with the team', 'version 2.0'])(
		'not in “%s”, which names no day anyone can be held to',
		(text) => expect(namesDate(text, rules.en.when)).toBe(false),
	);

	it.each(['尽快', '下周', '过段时间', '五月', '版本 2.0'])('not in “%s”, which names no day anyone can be held to', (text) =>
		expect(namesDate(text, rules.zh.when)).toBe(false),
	);
});

describe('a next step names an owner', () => {
	it.each([
		'We send the plan by Friday',
		"I'll call the sponsor",
		'Dana sends the plan',
		'Dana will confirm',
		'Send the plan to Dana',
		'The delivery lead confirms the scope',
		'Owner: the support desk',
		'@dana confirms',
		'Acme signs the change request',
	])('in English: “%s”', (text) => expect(namesOwner(text, rules.en.owner)).toBe(true));

	it.each([
		'我们周五前发出方案',
		'由张伟周五前发出方案',
		'张伟负责，周五前完成',
		'王总周三确认',
		'小李明天发报价',
		'项目经理周五前确认范围',
		'请 Dana 周五确认',
		'负责人：李娜',
	])('in Chinese: “%s”', (text) => expect(namesOwner(text, rules.zh.owner)).toBe(true));

	it.each(['Send the plan by Friday', 'Call the client on Monday', 'Review plans by Friday', 'Confirm scope', 'Friday: send the plan'])(
		'not in “%s”, an order to nobody in particular',
		(text) => expect(namesOwner(text, rules.en.owner)).toBe(false),
	);

	it.each(['周五前发出方案', '尽快确认范围', '由于时间紧，周五前完成', '小程序周五上线', '关于总体方案，周五前确认', '日常工作周五前完成'])(
		'not in “%s”, an order to nobody in particular',
		(text) => expect(namesOwner(text, rules.zh.owner)).toBe(false),
	);
});

describe('a field says something', () => {
	it('needs two words, or four Chinese characters, once placeholders are taken out', () => {
		const placeholders = [...words.en.placeholders, ...words.zh.placeholders];
		expect(saysSomething('Shipped', placeholders)).toBe(false);
		expect(saysSomething('Shipped v2 to staging', placeholders)).toBe(true);
		expect(saysSomething('TBD later', placeholders)).toBe(false);
		expect(saysSomething('完成', placeholders)).toBe(false);
		expect(saysSomething('完成报告', placeholders)).toBe(true);
		expect(saysSomething('待定待补充', placeholders)).toBe(false);
	});
});

describe('vague words in a draft', () => {
	it('are found as the gate finds them, each with the playbook’s suggestion', () => {
		const found = findVague('We will reply asap, or as soon as possible, and reason with them soon.', words.en.vague);
		expect(found.map((f) => [f.text, f.word.word])).toEqual([
			['asap', 'ASAP'],
			['as soon as possible', 'as soon as possible'],
			['soon', 'soon'],
		]);
		expect(found[0]!.word.suggestion).toMatch(/date or a weekday/);
		expect(findVague('我们会尽快确认，等等', words.zh.vague).map((f) => f.text)).toEqual(['尽快', '等等']);
	});

	it('have a suggestion for every word of both locales in src/wording/<code>/words.yaml', () => {
		for (const [locale, list] of Object.entries(words)) {
			expect(list.vague.length, locale).toBeGreaterThan(5);
			for (const { word, suggestion } of list.vague) expect(suggestion, `${locale}: ${word}`).toMatch(/\S{4}/);
		}
		expect(words.zh.vague.map((v) => v.suggestion).join('')).not.toMatch(/[A-Za-z]{2}/);
	});

	it('are listed field by field, once each, with the field’s label', () => {
		const def = template('status-update');
		const found = vagueWords(def, { 'what-is-next': 'Send it ASAP, asap, soon.', 'what-happened': 'Done, etc.' }, words.en);
		expect(found.map((f) => [f.label, f.text])).toEqual([
			['What happened', 'etc.'],
			['What is next', 'ASAP'],
			['What is next', 'soon'],
		]);
	});
});

describe('the word lists', () => {
	it('fail to load when a vague word has no suggestion, saying where and how to fix it', () => {
		const message = loadErrorAfter('zh-cn/words.yaml', (text) => `${text}vague:\n  - word: 大概\n`);
		expect(message).toMatch(/zh-cn\/words\.yaml:\d+:\d+ \(locale zh-cn\)\n {2}vague\[0\] \(大概\)\.suggest: is missing/);
	});

	it('fail to load with a misspelt list instead of silently turning a check off', () => {
		const message = loadErrorAfter('en/words.yaml', (text) => text.replace('owners:', 'ownres:'));
		expect(message).toMatch(/en\/words\.yaml:\d+:1 \(locale en\)\n {2}ownres: unknown field — did you mean “owners”\?/);
	});

	it('fail to load when a playbook’s own meter pattern does not compile or misses its example', () => {
		const broken = loadErrorAfter('en/words.yaml', (text) => `${text}when:\n  - pattern: '(by noon'\n    examples: [by noon]\n`);
		expect(broken).toMatch(/en\/words\.yaml:\d+:\d+ \(locale en\)\n {2}when\[0\]\.pattern: is not a valid regular expression/);
		const missed = loadErrorAfter('zh-cn/words.yaml', (text) => `${text}when:\n  - pattern: '中午前'\n    examples: [中午之前]\n`);
		expect(missed).toMatch(
			/zh-cn\/words\.yaml:\d+:\d+ \(locale zh-cn\)\n {2}when\[0\]\.examples\[0\]: "中午之前" is not matched by the pattern; correct the pattern or the example/,
		);
	});

	it('let a playbook teach the meter a new way to say when', () => {
		const own = meterWords({ ...contentOf('en').words, when: [{ pattern: 'by noon', case: false, examples: ['by noon'] }] });
		expect(namesDate('Dana sends it by noon', compileMeterWords(own).when)).toBe(true);
		expect(namesDate('Dana sends it by noon', rules.en.when)).toBe(false);
	});
});

describe('the quality meter', () => {
	const states = (items: ReturnType<typeof coverage>) => Object.fromEntries(items.map((c) => [c.id, c.state]));
	const reasonOf = (items: ReturnType<typeof coverage>, id: string) => items.find((c) => c.id === id)?.reason;

	it('does not count a one-word field, and says so with the field’s label', () => {
		const items = coverage(template('status-update'), { 'what-happened': 'Shipped' }, words.en);
		expect(states(items)).toMatchObject({ context: 'missing', recommendations: 'na' });
		expect(reasonOf(items, 'context')).toEqual({ code: 'one-word', field: 'What happened' });
		expect(reasonOf(items, 'success')).toEqual({ code: 'empty', field: 'What matters' });
	});

	it('counts any choice from a list, however short', () => {
		const summary = template('client-summary');
		const stage = summary.sections[0]!.fields.find((f) => f.id === 'current-stage')!;
		const items = coverage(summary, { 'current-stage': stage.options![0]! }, words.en);
		expect(states(items)['context']).toBe('covered');
	});

	it('counts a field that says something', () => {
		const items = coverage(template('status-update'), { 'what-happened': 'Shipped the reporting module to staging' }, words.en);
		expect(states(items)['context']).toBe('covered');
	});

	it('counts a next step only with an owner and a date, and says which is missing', () => {
		const def = template('status-update');
		const judge = (text: string) => coverage(def, { 'what-is-next': text }, words.en);
		expect(reasonOf(judge('Send the revised plan ASAP'), 'next-step')).toEqual({ code: 'no-owner-no-date', field: 'What is next' });
		expect(reasonOf(judge('Send the revised plan by Friday'), 'next-step')).toEqual({ code: 'no-owner', field: 'What is next' });
		expect(reasonOf(judge('We send the revised plan soon'), 'next-step')).toEqual({ code: 'no-date', field: 'What is next' });
		expect(states(judge('We send the revised plan by Friday'))['next-step']).toBe('covered');
		// The same field also covers scope, where saying something is enough.
		expect(states(judge('Send the revised plan ASAP'))['scope']).toBe('covered');
	});

	it('judges a Chinese draft by the Chinese lists', () => {
		const def = template('status-update', zh);
		const label = def.sections.flatMap((s) => s.fields).find((f) => f.id === 'what-is-next')!.label;
		expect(reasonOf(coverage(def, { 'what-is-next': '尽快发出修改后的方案' }, words.zh), 'next-step')).toEqual({
			code: 'no-owner-no-date',
			field: label,
		});
		expect(states(coverage(def, { 'what-is-next': '我们下周三前发出修改后的方案' }, words.zh))['next-step']).toBe('covered');
	});

	it('counts a rated pattern as covering risks and recommendations in the risk audit, and asks for a rating otherwise', () => {
		const audit = template('risk-audit');
		const rated = coverage(audit, { 'vague-rhythm.likelihood': '2', 'vague-rhythm.impact': '2' }, words.en);
		expect(states(rated)).toMatchObject({ risks: 'covered', recommendations: 'covered' });
		expect(reasonOf(coverage(audit, {}, words.en), 'recommendations')).toMatchObject({ code: expect.stringMatching(/empty|not-rated/) });
	});

	it('still lets a draft with any next step be copied without the warning', () => {
		const def = template('status-update');
		expect(hasNextStep(def, {})).toBe(false);
		expect(hasNextStep(def, { 'what-is-next': ' -- ' })).toBe(false);
		expect(hasNextStep(def, { 'what-is-next': '周五发报价' })).toBe(true);
	});

	it('reads its word lists from the page, and empty lists from a broken attribute', () => {
		expect(parseMeterWords(JSON.stringify(words.zh))).toEqual(words.zh);
		const none = { vague: [], owners: [], placeholders: [], when: [], who: [], notNames: [] };
		expect(parseMeterWords('{not json')).toEqual(none);
		expect(parseMeterWords(JSON.stringify({ vague: [{ word: 1 }], owners: 'x', when: [{ source: 3 }] }))).toEqual(none);
	});

	it('drops a pattern that does not compile instead of stopping the meter', () => {
		const broken = { ...words.en, when: [{ source: '(unclosed', flags: 'iu' }, ...words.en.when] };
		expect(compileMeterWords(broken).when).toHaveLength(words.en.when.length);
	});
});
