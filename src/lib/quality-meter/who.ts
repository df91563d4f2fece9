/**
 * Whether a next step names who does it, in English or Chinese. Pure; used by the templates' quality meter.
 * A pragmatic reading, not a grammar: it counts
 * - the writer or the reader as the doer: I, we, you (and I'll, we're…); 我, 我们, 咱们, 你, 你们, 您;
 * - a role from the playbook's list (content/quality-gate/lint.yaml `owners`: "delivery lead", 项目经理…);
 * - an explicit assignment: "Owner: …", "@dana", 负责人：…, 由张伟…, 张伟负责 / 牵头;
 * - a person's name: a capitalised word that is not the first of its sentence and not a weekday or month
 *   ("Send the plan to Dana"), or a first word followed by a verb that has a subject ("Dana sends…",
 *   "Dana will…", "Dana to…"), unless that word is a common order ("Send", "Call"); in Chinese, a Latin
 *   name, a surname with a title (王总, 李经理, 张老师) or 小王 / 老张. A Chinese full name on its own
 *   (张伟周五发) is not recognised: write 由张伟… or 张伟负责.
 * Imperatives with no subject ("Send the plan by Friday") do not count: the meter asks who sends it.
 */
export function namesOwner(text: string, roles: readonly string[]): boolean {
	if (pronoun.test(text) || hanPronoun.test(text) || assignment.test(text) || hanAssignment.test(text) || hanTitle.test(text)) return true;
	if (roles.some((role) => containsWord(text, role))) return true;
	return namesPerson(text);
}

const pronoun = /(?<![A-Za-z'])(?:I|we|you)(?:'(?:ll|m|re|ve|d))?(?![A-Za-z'])/i;
const hanPronoun = /我们|咱们|你们|[我您你]/;
const assignment = /(?<![A-Za-z])(?:owner|owned by|assigned to|responsible)\s*[:：]?\s*\S|@[\p{L}\p{N}_]/iu;
// 由 as the doer, not 由于 ("because"); 负责 / 牵头 after a name or role.
const hanAssignment = /由(?!于)[\p{Script=Han}A-Za-z]|[\p{Script=Han}A-Za-z]{2,4}(?:负责|牵头)|负责人\s*[:：]/u;
// Surnames that start most Chinese names, without those that also begin everyday words (周五, 于是,
// 日常, 程序, 方案, 任务…), so 小王 / 王总 read as people and 小程序 / 关于总体 do not.
const surnames =
	'王李张刘陈杨黄赵吴徐孙胡朱林何郭罗梁宋郑谢韩唐冯董萧曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎潘杜戴钟汪姜姚谭廖邹熊陆郝崔邱秦侯邵孟雷汤尹赖龚';
const hanTitle = new RegExp(`[${surnames}](?:总(?![结体计额共是之数和值量])|经理|老师)|[小老][${surnames}]`, 'u');
// A Latin name written in Chinese text: "Dana 周五前发报价", "请 Dana 确认".
const latinNameInHan = /\p{Lu}\p{Ll}+\s*\p{Script=Han}|\p{Script=Han}\s*\p{Lu}\p{Ll}+/u;

const notNames = new Set(
	[
		'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun',
		'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec',
		'the a an and or but by on in at to for of with from next this that these those then after before until please',
	]
		.join(' ')
		.split(' '),
);
// Verbs a step usually opens with when it gives an order to nobody in particular.
const imperatives = new Set(
	'send call book share confirm review prepare draft schedule write agree ask set update plan meet check follow put get make hold run email invite start finish deliver present discuss decide sign add fix move close open reply arrange organise organize align walk'.split(
		' ',
	),
);
const subjectVerb = /^(?:will|'ll|to|shall|can|must|should|is|are|has|\p{Ll}+s)$/u;

/** A capitalised word that reads as a name: not opening its sentence (unless a verb follows), not a date word. */
function namesPerson(text: string): boolean {
	if (latinNameInHan.test(text)) return true;
	for (const match of text.matchAll(/(?<!\p{L})(\p{Lu}[\p{Ll}'’-]+)(?:\s+([\p{L}']+))?/gu)) {
		const word = match[1]!.toLowerCase();
		if (notNames.has(word)) continue;
		const before = text.slice(0, match.index).trimEnd();
		const opensSentence = before === '' || /[.!?:;\n\-–—•*]$/.test(before);
		if (!opensSentence) return true;
		if (!imperatives.has(word) && match[2] && subjectVerb.test(match[2].toLowerCase())) return true;
	}
	return false;
}

/** A listed term as a whole word (Latin) or anywhere (Chinese), ignoring case. */
function containsWord(text: string, term: string): boolean {
	const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return /[A-Za-z]/.test(term) ? new RegExp(`(?<![A-Za-z])${escaped}s?(?![A-Za-z])`, 'i').test(text) : text.includes(term);
}
