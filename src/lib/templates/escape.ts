/** User text is text: these make it safe in HTML and inert in Markdown. */

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => htmlEntities[c] ?? c);

/**
 * Escapes text so that Markdown shows it as typed: inline markers and raw HTML are backslash-escaped,
 * and a line that would start a heading, list or quote starts with an escaped marker.
 */
export const escapeMarkdown = (text: string): string =>
	text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/^(\s*)([#+-]|\d+[.)])(?=\s|$)/gm, '$1\\$2');
