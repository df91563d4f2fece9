/*
 * Inline styles for copied emails that survive Gmail and desktop Outlook, which renders mail with Word's
 * HTML engine. Word drops what it cannot read rather than guessing, so these styles only use what it keeps:
 * - margins and paddings longhand, every value with a unit: Word drops a shorthand with a unitless `0`
 *   (`margin:20px 0 8px`) and falls back to its own paragraph spacing;
 * - one Latin font first, then the East Asian fonts of each region: Word keeps only the first family of
 *   `font-family`, so it learns the East Asian font from `mso-fareast-font-family` instead;
 * - line heights in pixels: Word reads a unitless `line-height` as a multiple of its own single line
 *   spacing, which is taller than the font size, so lines drift apart;
 * - the width as `width` (Word ignores `max-width`; browsers apply `max-width` so phones still fit).
 */

/** The widest the text runs, in CSS pixels: a comfortable line in a reading pane. */
export const EMAIL_WIDTH = 640;

/** East Asian fonts by region; the email's own language goes first. Each region: Windows, macOS, then Noto. */
const eastAsianFonts = {
	hans: ['Microsoft YaHei', 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC'],
	hant: ['Microsoft JhengHei', 'PingFang TC', 'Noto Sans CJK TC'],
	ja: ['Yu Gothic', 'Hiragino Sans', 'Noto Sans CJK JP'],
	ko: ['Malgun Gothic', 'Apple SD Gothic Neo', 'Noto Sans CJK KR'],
} as const;
type Region = keyof typeof eastAsianFonts;

/** The East Asian region of a BCP-47 tag; Simplified Chinese for every other language. */
function regionOf(lang: string): Region {
	const tag = lang.toLowerCase();
	if (/^zh-(tw|hk|mo|hant)/.test(tag)) return 'hant';
	if (tag.startsWith('ja')) return 'ja';
	if (tag.startsWith('ko')) return 'ko';
	return 'hans';
}

const quote = (family: string) => (/\s/.test(family) ? `'${family}'` : family);

/** `font-family` (Latin, then every East Asian region, the email's own first) and Word's East Asian font. */
export function fontStyle(lang: string): string {
	const region = regionOf(lang);
	const regions = [region, ...(Object.keys(eastAsianFonts) as Region[]).filter((r) => r !== region)];
	const families = ['Arial', 'Helvetica', ...regions.flatMap((r) => eastAsianFonts[r]), 'sans-serif'];
	return `font-family:${families.map(quote).join(',')};mso-fareast-font-family:${quote(eastAsianFonts[region][0])};`;
}

/** A box side list (top, right, bottom, left) in pixels as four longhand declarations. */
export const box = (property: 'margin' | 'padding', [top, right, bottom, left]: readonly [number, number, number, number]): string =>
	`${property}-top:${top}px;${property}-right:${right}px;${property}-bottom:${bottom}px;${property}-left:${left}px;`;

/** Font size and line height in whole pixels, the line height as `ratio` times the size. */
export const textSize = (size: number, ratio: number): string => `font-size:${size}px;line-height:${Math.round(size * ratio)}px;`;
