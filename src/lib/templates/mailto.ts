/**
 * Mail apps cut `mailto:` links somewhere between 1,600 and 2,000 characters, and some drop the whole
 * body; past this length the page copies the text instead of opening a truncated message.
 */
export const MAILTO_LIMIT = 1800;

/** A `mailto:` link with a subject and a plain-text body (RFC 6068: CRLF line breaks, percent-encoded). */
export function mailto(subject: string, body: string, limit = MAILTO_LIMIT): { href: string; length: number; tooLong: boolean } {
	const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
	const href = `mailto:?subject=${encode(subject)}&body=${encode(body)}`;
	return { href, length: href.length, tooLong: href.length > limit };
}

/** A download name: `status-update-acme-2026-03-05.md`; letters of any script are kept, long names cut. */
export function fileName(id: string, client: string, date: string, extension = 'md'): string {
	const slug = (part: string) =>
		part
			.toLowerCase()
			.replace(/[^\p{L}\p{N}]+/gu, '-')
			.replace(/^-+|-+$/g, '');
	return `${[id, slug(client).slice(0, 40).replace(/-$/, ''), slug(date)].filter(Boolean).join('-')}.${extension}`;
}
