import type { Block, Doc } from './document.ts';
import { box, EMAIL_WIDTH, fontStyle, textSize } from './email-style.ts';
import { escapeHtml, escapeMarkdown } from './escape.ts';

/*
 * HTML that survives a paste into Gmail and desktop Outlook (which renders with Word): every style is
 * inline on every element, no classes or <style>, no flex, grid or float; the one layout table sets the
 * width and font on its cell, and every element repeats font and language because Word does not inherit
 * them reliably. What Word keeps of CSS is in email-style.ts.
 */
function stylesFor(lang: string) {
	const font = `${fontStyle(lang)}color:#1f2328;`;
	return {
		h1: `${font}${box('margin', [0, 0, 8, 0])}${textSize(22, 1.3)}font-weight:bold;`,
		h2: `${font}${box('margin', [20, 0, 8, 0])}${textSize(18, 1.3)}font-weight:bold;`,
		p: `${font}${box('margin', [0, 0, 10, 0])}${textSize(15, 1.5)}`,
		label: `${font}${box('margin', [0, 0, 4, 0])}${textSize(15, 1.5)}`,
		muted: `${font}${box('margin', [0, 0, 16, 0])}${textSize(14, 1.5)}color:#57606a;`,
		tight: `${font}${box('margin', [0, 0, 0, 0])}${textSize(15, 1.5)}`,
		strong: `${font}font-weight:bold;`,
		list: `${font}${box('margin', [0, 0, 10, 0])}${box('padding', [0, 0, 0, 24])}${textSize(15, 1.5)}`,
		li: `${font}${box('margin', [0, 0, 4, 0])}${textSize(15, 1.5)}`,
		td: `${font}${box('padding', [0, 0, 0, 0])}${textSize(15, 1.5)}`,
	};
}
type Styles = ReturnType<typeof stylesFor>;

function htmlBlock(block: Block, styles: Styles, lang: string): string {
	const e = escapeHtml;
	const attrs = (style: string) => `lang="${e(lang)}" style="${style}"`;
	switch (block.type) {
		case 'heading':
			return `<h${block.level} ${attrs(block.level === 1 ? styles.h1 : styles.h2)}>${e(block.text)}</h${block.level}>`;
		case 'paragraph':
			if (block.strong) return `<p ${attrs(styles.label)}><strong style="${styles.strong}">${e(block.text)}</strong></p>`;
			return `<p ${attrs(block.muted ? styles.muted : block.tight ? styles.tight : styles.p)}>${e(block.text)}</p>`;
		case 'list': {
			const tag = block.ordered ? 'ol' : 'ul';
			return `<${tag} ${attrs(styles.list)}>${block.items.map((item) => `<li style="${styles.li}">${e(item)}</li>`).join('')}</${tag}>`;
		}
	}
}

/**
 * The body as email-safe HTML (the subject is not part of it), in the document's language: `lang` on
 * every block so that browsers draw Chinese punctuation in its Chinese form and Word spells it as Chinese.
 */
export function toHtml(doc: Doc): string {
	const styles = stylesFor(doc.lang);
	const lang = escapeHtml(doc.lang);
	// `width` for Word, which ignores max-width; max-width for phones, whose mail apps honour it.
	return `<table role="presentation" lang="${lang}" cellpadding="0" cellspacing="0" border="0" width="${EMAIL_WIDTH}" style="width:${EMAIL_WIDTH}px;max-width:100%;border-collapse:collapse;"><tr><td lang="${lang}" style="${styles.td}">${doc.blocks.map((block) => htmlBlock(block, styles, doc.lang)).join('')}</td></tr></table>`;
}

/** Plain text: a label sits right above its text, signature lines stay together; other blocks are separated by a blank line. */
export function toText(doc: Doc): string {
	let out = '';
	doc.blocks.forEach((block, index) => {
		const text =
			block.type === 'list' ? block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${item}`).join('\n') : block.text;
		const previous = doc.blocks[index - 1];
		const close = (previous?.type === 'paragraph' && previous.strong) || (block.type === 'paragraph' && block.tight);
		out += index === 0 ? text : `${close ? '\n' : '\n\n'}${text}`;
	});
	return `${out}\n`;
}

/** Markdown; an email starts with its subject as the heading. Every text is escaped. */
export function toMarkdown(doc: Doc): string {
	const e = escapeMarkdown;
	const parts = doc.subject === undefined ? [] : [`# ${e(doc.subject)}`];
	for (const block of doc.blocks) {
		if (block.type === 'heading') parts.push(`${block.level === 1 ? '#' : '##'} ${e(block.text)}`);
		else if (block.type === 'list') parts.push(block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${e(item)}`).join('\n'));
		else parts.push(block.strong ? `**${e(block.text)}**` : e(block.text));
	}
	return `${parts.join('\n\n')}\n`;
}
