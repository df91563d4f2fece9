import type { CalendarReply, CalendarRequest } from '../lib/calendar/request';
import { type CalendarWording, calendarWordingKeys } from '../lib/calendar/wording';
import { fileName } from '../lib/templates/mailto';
import { onDraft } from './draft-event';

/**
 * `<pb-calendar>`: "Add to calendar" on the communication framework and status update templates. Sends
 * the chosen rhythm, the template's date and client to the calendar writer (a worker, started on the
 * first press so the page's own JavaScript stays small), then downloads the iCalendar file it returns.
 * Nothing leaves the browser. Wording comes from `data-msg-*` attributes rendered on the server.
 */
class CalendarExport extends HTMLElement {
	#form: Element | null = null;
	/** Set once the person picks a rhythm: from then on the relationship type no longer moves it. */
	#picked = false;

	connectedCallback(): void {
		this.#form = this.closest('pb-template-form');
		this.#control('cadence')?.addEventListener('change', () => (this.#picked = true));
		this.#control('add')?.addEventListener('click', () => void this.#add());
		if (this.#form) onDraft(this.#form, (_def, values) => this.#follow(values['relationship-type'] ?? ''));
		this.hidden = false;
	}

	#control = <T extends HTMLElement = HTMLInputElement>(name: string) => this.querySelector<T>(`[data-cal="${name}"]`);
	#field = (name: string) => this.#form?.querySelector<HTMLInputElement>(`.pb-tpl__form [name="${name}"]`) ?? null;
	#msg = (key: string) => this.dataset[`msg${key[0]!.toUpperCase()}${key.slice(1)}`] ?? '';

	/** The communication framework's relationship type picks the matching rhythm of the playbook. */
	#follow(relationship: string): void {
		const select = this.#control<HTMLSelectElement>('cadence');
		const option = select && [...select.options].find((o) => o.dataset['relationship'] === relationship);
		if (option && !this.#picked && relationship) select.value = option.value;
	}

	async #add(): Promise<void> {
		const client = this.#field('client-name')?.value ?? '';
		const date = this.#field('date')?.value ?? '';
		const request: CalendarRequest = {
			cadence: this.#control<HTMLSelectElement>('cadence')?.value ?? '',
			date,
			time: this.#control('time')?.value ?? '',
			milestones: this.#control<HTMLTextAreaElement>('milestones')?.value ?? '',
			client,
			lang: this.dataset['lang'] ?? 'en',
			wording: Object.fromEntries(calendarWordingKeys.map((key) => [key, this.#msg(key)])) as CalendarWording,
		};
		const reply = await write(request);
		if (!reply) return this.#say(this.#msg('failed'), true);
		if (!reply.ok) {
			if (reply.problem === 'noDate') this.#field('date')?.focus();
			return this.#say(this.#msg(reply.problem).replace('{value}', reply.problem === 'badDate' ? reply.value : ''), true);
		}
		const name = fileName(this.dataset['template'] ?? 'calendar', client, date, 'ics');
		const url = URL.createObjectURL(new Blob([reply.text], { type: 'text/calendar;charset=utf-8' }));
		Object.assign(document.createElement('a'), { href: url, download: name }).click();
		setTimeout(() => URL.revokeObjectURL(url), 1000);
		this.#say(this.#msg('done').replace('{file}', name).replace('{count}', String(reply.count)));
	}

	#say(message: string, warning = false): void {
		const status = this.#control('status');
		if (!status) return;
		status.dataset['tone'] = warning ? 'warning' : '';
		// Re-announce a repeated message: screen readers skip an unchanged live region.
		status.textContent = '';
		requestAnimationFrame(() => (status.textContent = message));
	}
}

/** The writer's reply, or undefined when the worker could not run (an old page after an update, say). */
function write(request: CalendarRequest): Promise<CalendarReply | undefined> {
	return new Promise((resolve) => {
		try {
			const worker = new Worker(new URL('../lib/calendar/calendar-worker.ts', import.meta.url), { type: 'module' });
			const done = (reply?: CalendarReply) => {
				worker.terminate();
				resolve(reply);
			};
			worker.addEventListener('message', (event: MessageEvent<CalendarReply>) => done(event.data));
			worker.addEventListener('error', () => done());
			worker.postMessage(request);
		} catch {
			resolve(undefined);
		}
	});
}

customElements.define('pb-calendar', CalendarExport);
