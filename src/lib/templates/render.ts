import type { Block, Doc } from './document.ts';
import { escapeHtml, escapeMarkdown } from './escape.ts';

/*
 * HTML that survives a paste into Gmail and desktop Outlook (which renders with Word): every style is
 * inline on every element, no classes or <style>, no flex, grid or float; the one layout table sets the
 * font on its cell, and every element repeats it because Word does not inherit it reliably.
 */
const font = "font-family:Arial,Helvetica,'PingFang SC','Hiragino Sans GB','Microsoft YaHei',sans-serif;color:#1f2328;";
const styles = {
	h1: `${font}margin:0 0 8px;font-size:22px;line-height:1.3;font-weight:bold;`,
	h2: `${font}margin:20px 0 8px;font-size:18px;line-height:1.3;font-weight:bold;`,
	p: `${font}margin:0 0 10px;font-size:15px;line-height:1.5;`,
	muted: `${font}margin:0 0 16px;font-size:14px;line-height:1.5;color:#57606a;`,
	tight: `${font}margin:0;font-size:15px;line-height:1.5;`,
	strong: `${font}font-weight:bold;`,
	list: `${font}margin:0 0 10px;padding:0 0 0 24px;font-size:15px;line-height:1.5;`,
	li: `${font}margin:0 0 4px;font-size:15px;line-height:1.5;`,
	td: `${font}padding:0;font-size:15px;line-height:1.5;`,
};

function htmlBlock(block: Block): string {
	const e = escapeHtml;
	switch (block.type) {
		case 'heading':
			return `<h${block.level} style="${block.level === 1 ? styles.h1 : styles.h2}">${e(block.text)}</h${block.level}>`;
		case 'paragraph':
			if (block.strong) return `<p style="${styles.p}margin-bottom:4px;"><strong style="${styles.strong}">${e(block.text)}</strong></p>`;
			return `<p style="${block.muted ? styles.muted : block.tight ? styles.tight : styles.p}">${e(block.text)}</p>`;
		case 'list': {
			const tag = block.ordered ? 'ol' : 'ul';
			return `<${tag} style="${styles.list}">${block.items.map((item) => `<li style="${styles.li}">${e(item)}</li>`).join('')}</${tag}>`;
		}
	}
}

/** The body as email-safe HTML (the subject is not part of it). */
export const toHtml = (doc: Doc): string =>
	`<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%" style="border-collapse:collapse;max-width:640px;"><tr><td style="${styles.td}">${doc.blocks.map(htmlBlock).join('')}</td></tr></table>`;

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
