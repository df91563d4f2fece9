import { isStarted, progressOf } from '../lib/workspace/progress';
import { SHARED } from '../lib/workspace/record';
import { clients, displayName, onChange, select, selected } from '../lib/workspace/store';
import {
	applyImport,
	exportClients,
	exportFileName,
	lastEdited,
	planImport,
	readWorkspaceFile,
	recordsOf,
	problemMessage,
} from '../lib/workspace/transfer';
import { FILE_VERSION, type WorkspaceFile } from '../lib/workspace/schema';
import type { WorkspaceView } from '../lib/workspace/view';
import './client-picker';

type PageData = Pick<WorkspaceView, 'locale' | 'locales' | 'nameField'> & { summary?: string };

/**
 * `<pb-workspace>`: fills the workspace page with what this browser holds for the selected client
 * (Client Summary, progress and last edit of every template and checklist, also in other languages),
 * and exports and imports clients as files. A file is checked whole (transfer.ts) and its effect shown
 * before anything is written; a refused file changes nothing. Names and values are set as text only.
 */
class Workspace extends HTMLElement {
	#data!: PageData;
	#pending: WorkspaceFile | undefined;

	connectedCallback(): void {
		this.#data = JSON.parse(this.dataset['view'] ?? '{}') as PageData;
		this.addEventListener('click', (event) => {
			const target = (event.target as Element).closest<HTMLElement>('[data-export], [data-import]');
			if (target?.dataset['export']) this.#export(target.dataset['export'] === 'one');
			if (target?.dataset['import']) this.#confirm(target.dataset['import'] === 'yes');
		});
		this.#input().addEventListener('change', () => void this.#read());
		onChange(() => this.#render());
		this.#render();
	}

	#msg = (key: string, values: Record<string, string | number> = {}): string =>
		(this.getAttribute(`data-msg-${key}`) ?? '').replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
	#input = () => this.querySelector<HTMLInputElement>('input[type="file"]')!;
	#date = (t: number) => new Intl.DateTimeFormat(this.dataset['lang'], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(t));

	#say(message: string, tone = ''): void {
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		status.dataset['tone'] = tone;
		status.textContent = message;
	}

	#render(): void {
		const records = recordsOf(selected());
		const { locale, locales, summary } = this.#data;
		const own = summary ? records.get(`${locale}.${summary}`) : undefined;
		let filled = 0;
		for (const dd of this.querySelectorAll<HTMLElement>('[data-field]')) {
			dd.textContent = own?.values[dd.dataset['field'] ?? ''] ?? '';
			filled += Number(!!dd.textContent.trim());
		}
		const empty = this.querySelector<HTMLElement>('[data-summary-empty]');
		if (empty) empty.hidden = filled > 0;

		for (const row of this.querySelectorAll<HTMLElement>('tr[data-record]')) {
			const { record = '', path = '', fields, boxes } = row.dataset;
			const need = { fields: fields?.split(' ') ?? [], boxes: Number(boxes ?? 0) };
			const stored = records.get(`${locale}.${record}`);
			const state = progressOf(stored, need);
			const cell = row.querySelector<HTMLElement>('[data-state]')!;
			cell.textContent = this.#msg(state.toLowerCase());
			cell.dataset['state'] = state;
			row.querySelector('[data-time]')!.textContent = isStarted(stored) ? this.#date(stored!.t) : '';
			const also = row.querySelector<HTMLElement>('[data-also]')!;
			also.replaceChildren(
				...locales.slice(1).flatMap((other) => {
					const elsewhere = records.get(`${other.id}.${record}`);
					return isStarted(elsewhere) ? this.#alsoIn(other, `${other.base}${path}`, progressOf(elsewhere, need)) : [];
				}),
			);
		}
	}

	/**
	 * "Also in <language>: <status>" as the locale words it (`{language}`, `{state}`): the language's name in its own
	 * language, the status a link to that page. A space before it parts it from another language's.
	 */
	#alsoIn(other: PageData['locales'][number], href: string, state: string): Node[] {
		const [before = '', rest = ''] = this.#msg('alsoin').split('{language}');
		const [between = '', after = ''] = rest.split('{state}');
		const name = Object.assign(document.createElement('span'), { lang: other.lang, textContent: other.label });
		const link = Object.assign(document.createElement('a'), { href, textContent: this.#msg(state.toLowerCase()) });
		return [document.createTextNode(` ${before}`), name, document.createTextNode(between), link, document.createTextNode(after)];
	}

	#export(one: boolean): void {
		const id = selected();
		const file = exportClients(one ? [id] : undefined);
		const name = exportFileName(
			one
				? displayName(
						clients().find((c) => c.id === id),
						this.#msg('unnamed'),
						this.#data.nameField,
					)
				: undefined,
		);
		const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, '\t')], { type: 'application/json' }));
		Object.assign(document.createElement('a'), { href: url, download: name }).click();
		setTimeout(() => URL.revokeObjectURL(url), 1000);
		this.#say(this.#msg('exported', { file: name }));
	}

	async #read(): Promise<void> {
		const chosen = this.#input().files?.[0];
		this.#plan(undefined);
		if (!chosen) return;
		const limit = Number(this.dataset['limit']);
		const mb = (bytes: number) =>
			new Intl.NumberFormat(this.dataset['lang'], { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1048576);
		let text = '';
		try {
			// A file over the limit is refused by its size, without reading it.
			if (chosen.size <= limit) text = await chosen.text();
		} catch {
			return this.#say(this.#msg('errread'), 'error');
		}
		const result = readWorkspaceFile(text, chosen.size);
		if (!result.ok) {
			const { problem } = result;
			const values = {
				size: mb(chosen.size),
				limit: mb(limit),
				version: problem.kind === 'newer' ? problem.version : '',
				supported: FILE_VERSION,
				path: problem.kind === 'invalid' ? problem.path : '',
			};
			return this.#say(this.#msg(problemMessage[problem.kind].toLowerCase(), values), 'error');
		}
		this.#say('');
		this.#plan(result.file);
	}

	/** Shows what the file would add or replace, and keeps it until the user says yes or no. */
	#plan(file: WorkspaceFile | undefined): void {
		this.#pending = file;
		const panel = this.querySelector<HTMLElement>('[data-plan]')!;
		panel.hidden = !file;
		if (!file) return;
		const { adds, replaces } = planImport(file);
		const unnamed = this.#msg('unnamed');
		const item = (text: string) => Object.assign(document.createElement('li'), { textContent: text });
		const edited = (client: WorkspaceFile['clients'][number]) => this.#date(lastEdited(client, Object.values(client.records)));
		panel.querySelector('[data-plan-list]')!.replaceChildren(
			...replaces.map(({ incoming, existing }) =>
				item(
					this.#msg('importreplaces', {
						name: displayName(existing, unnamed, this.#data.nameField),
						mine: this.#date(lastEdited(existing, recordsOf(existing.id).values())),
						theirs: edited(incoming),
					}),
				),
			),
			...adds.map((client) =>
				item(
					this.#msg('importadds', {
						name: client.name || client.records[SHARED]?.values[this.#data.nameField] || unnamed,
						theirs: edited(client),
					}),
				),
			),
		);
		panel.querySelector<HTMLElement>('[data-import="yes"]')!.focus();
	}

	#confirm(yes: boolean): void {
		const file = this.#pending;
		this.#plan(undefined);
		this.#input().value = '';
		if (!file || !yes) return this.#say(this.#msg('importcancelled'));
		if (!applyImport(file)) return this.#say(this.#msg('errfull'), 'error');
		if (file.clients[0]) select(file.clients[0].id);
		this.#say(this.#msg('imported', { count: file.clients.length }));
	}
}

customElements.define('pb-workspace', Workspace);
