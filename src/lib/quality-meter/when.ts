/**
 * Whether a next step says when: a date or a weekday, in English or Chinese. Pure; used by the templates'
 * quality meter (src/lib/templates/quality.ts) as people type.
 *
 * Counts: weekdays ("Friday", "Fri", "next Tuesday", 周五, 星期三, 下周三, 礼拜一); a day of a month
 * ("12 May", "May 12th", "the 3rd of June", 12月4日, 十二月四号, 5月底); numeric dates ("2026-12-04",
 * "2026/12/4", "4/12", "4.12.2026", 2026年12月4日); today / tomorrow (今天, 明天, 后天); the end of a
 * day, week or month ("end of the week", "EOD", 月底, 本周末); and limits counted from now ("within five
 * working days", "in 2 weeks", 三个工作日内, 两天内). A month or "next week" alone does not count: it
 * names no day anyone can be held to.
 */
export function namesDate(text: string): boolean {
	return patterns.some((pattern) => pattern.test(text));
}

const weekday = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)day`;
const weekdayShort = String.raw`(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?`;
const month = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const dayNumber = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const count = String.raw`(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)`;
const hanNumber = '[0-9一二两三四五六七八九十]';

const patterns: readonly RegExp[] = [
	// English weekdays, whole words; the short forms only capitalised, so "sat" or "wed" in a sentence do not count.
	new RegExp(String.raw`(?<![A-Za-z])${weekday}s?(?![A-Za-z])`, 'i'),
	new RegExp(String.raw`(?<![A-Za-z])${weekdayShort}(?![A-Za-z])`),
	// "12 May", "3rd of June", "May 12", "June 3rd".
	new RegExp(String.raw`(?<![A-Za-z\d])${dayNumber}\s+(?:of\s+)?${month}(?![A-Za-z])`, 'i'),
	new RegExp(String.raw`(?<![A-Za-z])${month}\s+${dayNumber}(?![\d])`, 'i'),
	// 2026-12-04, 2026/12/4, 4/12, 4/12/26, 4.12.2026.
	/(?<!\d)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)/,
	/(?<![\d/])\d{1,2}\/\d{1,2}(?:\/\d{2,4})?(?![\d/])/,
	/(?<![\d.])\d{1,2}\.\d{1,2}\.\d{2,4}(?![\d.])/,
	/(?<![A-Za-z])(?:today|tonight|tomorrow|end of (?:the )?(?:day|week|month|quarter)|EOD|EOW|COB)(?![A-Za-z])/i,
	new RegExp(
		String.raw`(?<![A-Za-z])(?:within|in)\s+(?:the\s+next\s+)?${count}\s+(?:working\s+|business\s+)?(?:days?|weeks?|hours?)(?![A-Za-z])`,
		'i',
	),
	// Chinese: 周五, 星期三, 礼拜一, 下周三, 本周末.
	/(?:周|星期|礼拜)[一二三四五六日天末]/,
	// 12月4日, 十二月四号, 2026年12月4日, 5月底 / 月末 / 月中 / 月初.
	new RegExp(`${hanNumber}{1,3}月(?:${hanNumber}{1,3}[日号]|底|末|中旬|初)`),
	/(?:今天|今晚|明天|明早|后天|本月底|月底前|年底前)/,
	// 三个工作日内, 两天内, 2 周内, 48 小时内.
	new RegExp(`${hanNumber}{1,3}\\s*个?\\s*(?:工作日|天|日|周|星期|小时)(?:之?内|以内)`),
];
