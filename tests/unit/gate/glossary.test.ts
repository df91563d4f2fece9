import { describe, expect, it } from 'vitest';
import { SOURCE_ATTRIBUTE } from '../../../src/lib/text/source-quote.ts';
import { clientConfig, siteCopy, stage, violationsOf, zhStage } from './support';

/** The client playbook's gate configuration with a glossary entry per locale, whatever the content's glossary holds. */
function withGlossary() {
	const config = clientConfig();
	config.wording['zh-cn']!.glossary = [
		{ term: '决策者', avoid: ['拍板人', '拍板的人'], source: 'decision-maker' },
		{ term: '可交付成果', avoid: ['交付成果'], source: 'deliverable' },
	];
	config.wording.en!.glossary = [{ term: 'decision-maker', avoid: ['decision maker'], source: 'decision-maker' }];
	return config;
}

const quote = (text: string) => `<span ${SOURCE_ATTRIBUTE}="">${text}</span>`;

describe('the glossary rule', () => {
	it('fails a page that uses a variant the glossary avoids, naming the page, the variant and the term to write', () => {
		const result = siteCopy()
			.edit(zhStage, (html) => html.replace('<li>期望设定</li>', '<li>期望设定，先确认谁是拍板人</li>'))
			.edit(stage, (html) => html.replace('<li>Expectation setting</li>', '<li>Expectation setting with the decision maker</li>'))
			.check(withGlossary());
		expect(violationsOf(result, 'glossary')).toEqual([
			"/lifecycle/pre-close/: “decision maker” in “Expectation setting with the decision maker”: write “decision-maker” (decision-maker), the glossary's term",
			"/zh-cn/lifecycle/pre-close/: “拍板人” in “期望设定，先确认谁是拍板人”: write “决策者” (decision-maker), the glossary's term",
		]);
		expect(result.pages.find((p) => p.path === '/zh-cn/lifecycle/pre-close/')?.otherViolations).toBe(1);
	});

	it('passes the same page when the variant stands in the source’s own words, quoted on the page', () => {
		const result = siteCopy()
			.edit(zhStage, (html) => html.replace('<li>期望设定</li>', `<li>${quote('期望设定，先确认谁是拍板人')}</li>`))
			.edit(stage, (html) =>
				html.replace('<li>Expectation setting</li>', `<li>${quote('Expectation setting with the decision maker')}</li>`),
			)
			.check(withGlossary());
		expect(result.violations).toEqual([]);
	});

	it('reads a heading and a paragraph without their quoted parts, and holds our words around a quote', () => {
		const result = siteCopy()
			.edit(zhStage, (html) =>
				html
					.replace('</span>重点</h2>', `</span>重点：${quote('拍板人')}</h2>`)
					.replace('<li>期望设定</li>', `<li>拍板的人：${quote('期望设定，问过拍板人')}</li>`),
			)
			.check(withGlossary());
		expect(violationsOf(result, 'glossary')).toEqual([
			"/zh-cn/lifecycle/pre-close/: “拍板的人” in “拍板的人：”: write “决策者” (decision-maker), the glossary's term",
		]);
	});

	it('does not count a variant inside the preferred term itself', () => {
		const result = siteCopy()
			.edit(zhStage, (html) => html.replace('<li>期望设定</li>', '<li>期望设定：列出每一项可交付成果</li>'))
			.check(withGlossary());
		expect(result.violations).toEqual([]);
	});

	it('reports a use listed as deliberate (words.yaml `allow`) as allowed, not as a violation', () => {
		const config = withGlossary();
		config.allow.push({ page: '/zh-cn/lifecycle/pre-close/', phrase: '“拍板人”', reason: 'Quoting a client’s own words.' });
		const result = siteCopy()
			.edit(zhStage, (html) => html.replace('<li>期望设定</li>', '<li>客户自己说的“拍板人”</li>'))
			.check(config);
		expect(result.violations).toEqual([]);
		expect(result.allowed).toEqual([
			expect.objectContaining({ rule: 'glossary', page: '/zh-cn/lifecycle/pre-close/', allowed: 'Quoting a client’s own words.' }),
		]);
	});
});
