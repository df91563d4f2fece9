import type { CalendarAnswer, CalendarAsk } from '../lib/calendar/request';
import { onDraft } from './draft-event';

/**
 * `<pb-calendar>`: "Add to calendar" on the templates whose `calendar` block asks for it (templates.yaml). While
 * the person writes, the template's relationship type preselects the matching rhythm, until they pick one
 * themselves. Pressing the button starts the calendar writer (a worker: src/lib/calendar/calendar-worker.ts) with
 * the form's values and the page's wording, then downloads the iCalendar file it answers with and says so.
 * Nothing leaves the browser. Hidden without JavaScript.
 */
class CalendarExport extends HTMLElement {
	/** Set once the person picks a rhythm: from then on the relationship type no longer moves it. */
	#picked = false;

	connectedCallback(): void {
		const form = this.closest('pb-template-form');
		const control = <T extends HTMLElement = HTMLInputElement>(name: string) => this.querySelector<T>(`[data-cal="${name}"]`);
		const field = (name: string) => form?.querySelector<HTMLInputElement>(`.pb-tpl__form [name="${name}"]`);
		const select = control<HTMLSelectElement>('cadence');
		select?.addEventListener('change', () => (this.#picked = true));
		control('add')?.addEventListener('click', () => {
			const ask: CalendarAsk = {
				cadence: select?.value ?? '',
				date: field(this.dataset['dateField'] ?? '')?.value ?? '',
				time: control('time')?.value ?? '',
				milestones: control<HTMLTextAreaElement>('milestones')?.value ?? '',
				client: field(this.dataset['nameField'] ?? '')?.value ?? '',
				lang: this.dataset['lang'] ?? 'en',
				template: this.dataset['template'] ?? '',
				dataset: { ...this.dataset },
			};
			void write(ask).then((answer) => {
				if (answer.file) {
					const url = URL.createObjectURL(new Blob([answer.file.text], { type: 'text/calendar;charset=utf-8' }));
					Object.assign(document.createElement('a'), { href: url, download: answer.file.name }).click();
					setTimeout(() => URL.revokeObjectURL(url), 1000);
				}
				if (answer.focusDate) field(this.dataset['dateField'] ?? '')?.focus();
				const status = control('status');
				if (!status) return;
				status.dataset['tone'] = answer.warning ? 'warning' : '';
				// Re-announce a repeated message: screen readers skip an unchanged live region.
				status.textContent = '';
				requestAnimationFrame(() => (status.textContent = answer.message));
			});
		});
		if (form && select)
			onDraft(form, (_def, values) => {
				const relationship = values['relationship-type'] ?? '';
				const option = [...select.options].find((o) => o.dataset['relationship'] === relationship);
				if (option && !this.#picked && relationship) select.value = option.value;
			});
		this.hidden = false;
	}
}

/** The writer's answer; "failed" when the worker could not run (an old page after an update, say). */
function write(ask: CalendarAsk): Promise<CalendarAnswer> {
	const failed: CalendarAnswer = { message: ask.dataset['msgFailed'] ?? '', warning: true, focusDate: false };
	return new Promise((resolve) => {
		try {
			const worker = new Worker(new URL('../lib/calendar/calendar-worker.ts', import.meta.url), { type: 'module' });
			const done = (answer: CalendarAnswer) => {
				worker.terminate();
				resolve(answer);
			};
			worker.addEventListener('message', (event: MessageEvent<CalendarAnswer>) => done(event.data));
			worker.addEventListener('error', () => done(failed));
			worker.postMessage(ask);
		} catch {
			resolve(failed);
		}
	});
}

customElements.define('pb-calendar', CalendarExport);
