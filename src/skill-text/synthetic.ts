/**
 * A generated skill text of any size, for the benchmark (`npm run bench`): a valid playbook whose
 * lifecycle-shaped model has `stages` stages, plus other models of every shape the importer infers.
 */

/** Options of {@link syntheticSkill}. */
export interface SyntheticOptions {
	/** Stages of the lifecycle model (one page each when built). At least 1. */
	stages: number;
	/** Models in all, the lifecycle included. At least 1. */
	models: number;
	/**
	 * Locale codes of the halves, in order (default `['en', 'zh-cn']`). `en` and `zh-cn` get English and Chinese;
	 * any other code gets the English text marked with the code, so import it with `--locales`.
	 */
	locales?: readonly string[] | undefined;
}

/** The words of one language: every line of the text comes from here. */
interface Phrasebook {
	quoted: boolean;
	name: string;
	intro: string[];
	heading: (section: string) => string;
	lead: (section: string) => string;
	item: (list: string, n: number) => string;
	model: (n: number) => string;
	text: (what: string, n: number, m?: number) => string;
}

const sectionsEn: Record<string, [string, string]> = {
	triggers: ['Trigger Conditions', 'Use this skill when the user needs to:'],
	phrases: ['', 'Also trigger when the user says things like:'],
	core: ['Core Principle', ''],
	does: ['What This Skill Does', 'This skill helps:'],
	outputs: ['Default Outputs', 'Depending on the request, produce one or more of the following:'],
	rules: ['Response Rules', 'When responding:'],
	format: ['Synthetic Output Format', 'Synthetic Summary'],
	boundaries: ['Boundaries', ''],
	quality: ['Quality Check Before Delivering', ''],
};
const sectionsZh: Record<string, [string, string]> = {
	triggers: ['触发条件', '当用户需要以下内容时,使用此技能:'],
	phrases: ['', '当用户说出类似以下话语时,也应触发:'],
	core: ['核心原则', ''],
	does: ['这项技能的用途', '这项技能有助于:'],
	outputs: ['默认输出', '根据请求,生成以下一项或多项内容:'],
	rules: ['响应规则', '回应时:'],
	format: ['合成输出格式', '合成摘要'],
	boundaries: ['边界', ''],
	quality: ['交付前的质量检查', ''],
};

const english: Phrasebook = {
	quoted: true,
	name: 'Synthetic',
	intro: ['A synthetic playbook made to measure the build.', 'Every item is generated, and every page has the same parts.'],
	heading: (section) => sectionsEn[section]?.[0] ?? section,
	lead: (section) => sectionsEn[section]?.[1] ?? section,
	item: (list, n) => `${list} item ${n} of the synthetic playbook`,
	model: (n) => (n === 1 ? 'Synthetic Lifecycle' : `Synthetic Area ${n}`),
	text: (what, n, m) => `The ${what} of part ${n}${m === undefined ? '' : ` in area ${m}`}, written out in a full sentence.`,
};

const chinese: Phrasebook = {
	quoted: false,
	name: '合成',
	intro: ['一个为衡量构建而生成的合成手册。', '每一项都是生成的,每个页面都有相同的部分。'],
	heading: (section) => sectionsZh[section]?.[0] ?? section,
	lead: (section) => sectionsZh[section]?.[1] ?? section,
	item: (list, n) => `合成手册中${listNamesZh[list] ?? list}的第 ${n} 项`,
	model: (n) => (n === 1 ? '合成生命周期' : `合成领域 ${n}`),
	text: (what, n, m) => `${m === undefined ? '' : `第 ${m} 个领域中`}第 ${n} 部分的${listNamesZh[what] ?? what},用完整的句子写出。`,
};
const listNamesZh: Record<string, string> = {
	Need: '需求',
	Output: '产出',
	principle: '原则',
	boundary: '边界',
	Phrase: '话语',
	Help: '帮助',
	Rule: '规则',
	Field: '字段',
	Check: '检查',
	Focus: '重点',
	purpose: '目的',
	element: '要素',
	question: '问题',
	trigger: '触发条件',
	owner: '负责人',
	output: '产出',
};

function marked(code: string): Phrasebook {
	const tag = (text: string): string => `${text} (${code})`;
	return {
		...english,
		name: tag(english.name),
		intro: english.intro.map(tag),
		item: (list, n) => tag(english.item(list, n)),
		text: (what, n, m) => `${english.text(what, n, m).replace(/\.$/, '')} (${code}).`,
	};
}

/** The model's dict lines: model 1 is the lifecycle; the others cycle through record, numbered, map-of-records shapes. */
function dictLines(book: Phrasebook, n: number, stages: number): string[] {
	const q = (text: string): string => (book.quoted ? JSON.stringify(text) : text);
	const list = (key: string, items: string[], last: boolean): string[] => [
		`${q(key)}: [`,
		...items.map((item, index) => `${q(item)}${index === items.length - 1 ? '' : ','}`),
		`]${last ? '' : ','}`,
	];
	const three = [1, 2, 3];
	const name = n === 1 ? 'SYNTHETIC_LIFECYCLE' : `SYNTHETIC_AREA_${n}`;
	const body: string[] = [];
	const kind = n === 1 ? 'lifecycle' : (['record', 'numbered', 'levels'] as const)[(n - 2) % 3];
	const entries = kind === 'lifecycle' ? stages : 3;
	for (let i = 1; i <= entries; i++) {
		const last = i === entries;
		if (kind === 'lifecycle' || kind === 'numbered') {
			const key = kind === 'lifecycle' ? `stage_${i}_phase_${i}` : `step_${i}_part_${i}`;
			body.push(`${q(key)}: {`, `${q('purpose')}: ${q(book.text('purpose', i, n))},`);
			body.push(
				...list(
					'focus',
					three.map((f) => book.item('Focus', f + 3 * (i - 1))),
					true,
				),
				`}${last ? '' : ','}`,
			);
		} else if (kind === 'levels') {
			body.push(`${q(`level_${'abc'[i - 1] ?? i}`)}: {`, `${q('trigger')}: ${q(book.text('trigger', i, n))},`);
			body.push(`${q('owner')}: ${q(book.text('owner', i, n))}`, `}${last ? '' : ','}`);
		}
	}
	if (kind === 'record') {
		body.push(`${q('elements')}: {`);
		three.forEach((i) => body.push(`${q(`element_${i}`)}: ${q(book.text('element', i, n))}${i === 3 ? '' : ','}`));
		body.push(
			'},',
			...list(
				'questions',
				three.map((i) => book.text('question', i, n)),
				true,
			),
		);
	}
	return [book.model(n), '~~~python', `${name} = {`, ...body, '}', '~~~'];
}

function half(book: Phrasebook, options: SyntheticOptions): string[] {
	const items = (list: string, count: number): string[] =>
		Array.from({ length: count }, (_, i) => `${i === 0 ? '- - ' : '- '}${book.item(list, i + 1)}`);
	const phrase = (text: string): string => (book.quoted ? `"${text}"` : text);
	return [
		book.name,
		...book.intro,
		book.heading('triggers'),
		book.lead('triggers'),
		...items('Need', 4),
		book.lead('phrases'),
		...Array.from({ length: 3 }, (_, i) => `${i === 0 ? '- - ' : '- '}${phrase(book.item('Phrase', i + 1))}`),
		book.heading('core'),
		book.text('principle', 1),
		book.heading('does'),
		book.lead('does'),
		...items('Help', 4),
		book.heading('outputs'),
		book.lead('outputs'),
		...[1, 2, 3].flatMap((i) => [`- ${i}. ${book.item('Output', i).replace(/[.。]$/, '')}`, book.text('output', i)]),
		book.heading('rules'),
		book.lead('rules'),
		...items('Rule', 4),
		...Array.from({ length: Math.max(1, options.models) }, (_, i) => dictLines(book, i + 1, Math.max(1, options.stages))).flat(),
		book.heading('format'),
		book.lead('format'),
		...items('Field', 5).map((line) => `${line}:`),
		book.heading('boundaries'),
		book.text('boundary', 1),
		book.heading('quality'),
		...items('Check', 7).map((line) => line.replace(/^(- (?:- )?)/, '$1[ ] ')),
	];
}

/**
 * A skill text with one half per locale, each a complete playbook in the source's layout, whose first model
 * (`SYNTHETIC_LIFECYCLE`: id `lifecycle` once there are two models or more, since ids drop the prefix all
 * names share) has `stages` numbered stages. Returns the text, ending in a newline.
 */
export function syntheticSkill(options: SyntheticOptions): string {
	const locales = options.locales ?? ['en', 'zh-cn'];
	const books = locales.map((code) => (code === 'en' ? english : code === 'zh-cn' ? chinese : marked(code)));
	return `${books.flatMap((book) => half(book, options)).join('\n')}\n`;
}
