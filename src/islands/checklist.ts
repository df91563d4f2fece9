import { parseStored, storage, storeKey, type StoredChecklist } from './checklist-store.ts';

/**
 * `<pb-checklist>`: keeps the ticks and fields of every sheet inside it (`[data-store]`) in this
 * browser, per checklist and locale, and wires the Print and Reset buttons. The page works and prints
 * without it; it only adds memory and the two buttons.
 */
class PbChecklist extends HTMLElement {
	#status: HTMLElement | null = null;

	connectedCallback(): void {
		this.#status = this.querySelector('[role="status"]');
		let done = 0;
		let total = 0;
		for (const sheet of this.#sheets()) {
			const stored = parseStored(this.#read(sheet));
			if (stored) this.#apply(sheet, stored);
			const boxes = this.#boxes(sheet);
			done += stored ? boxes.filter((box) => box.checked).length : 0;
			total += boxes.length;
		}
		if (done > 0) this.#say(this.dataset['restored'], done, total);

		this.addEventListener('input', (event) => this.#save(event));
		this.addEventListener('change', (event) => this.#save(event));
		for (const button of this.querySelectorAll<HTMLButtonElement>('[data-action]')) {
			button.hidden = false;
			button.addEventListener('click', () => (button.dataset['action'] === 'print' ? window.print() : this.#reset()));
		}
	}

	#sheets = (): HTMLElement[] => [...this.querySelectorAll<HTMLElement>('[data-store]')];

	#boxes = (sheet: HTMLElement): HTMLInputElement[] => [
		...sheet.querySelectorAll<HTMLInputElement>('.task-list-item input[type="checkbox"]'),
	];

	#fields = (sheet: HTMLElement): (HTMLInputElement | HTMLTextAreaElement)[] => [
		...sheet.querySelectorAll<HTMLInputElement>('input[type="text"][name], textarea[name]'),
	];

	#key = (sheet: HTMLElement): string => storeKey(this.dataset['locale'] ?? '', sheet.dataset['store'] ?? '');

	#read(sheet: HTMLElement): string | null {
		try {
			return storage()?.getItem(this.#key(sheet)) ?? null;
		} catch {
			return null;
		}
	}

	#apply(sheet: HTMLElement, stored: StoredChecklist): void {
		for (const box of this.#boxes(sheet)) box.checked = stored.ticks.includes(box.value);
		for (const field of this.#fields(sheet)) field.value = stored.fields[field.name] ?? '';
	}

	#save(event: Event): void {
		const sheet = (event.target as Element).closest<HTMLElement>('[data-store]');
		if (!sheet || !this.contains(sheet)) return;
		const boxes = this.#boxes(sheet);
		const ticks = boxes.filter((box) => box.checked).map((box) => box.value);
		const fields = Object.fromEntries(
			this.#fields(sheet)
				.filter((field) => field.value)
				.map((field) => [field.name, field.value]),
		);
		const value: StoredChecklist = { ticks, fields };
		try {
			storage()!.setItem(this.#key(sheet), JSON.stringify(value));
			// A tick is announced; typing is not, to keep screen readers quiet while someone writes.
			if (event.type === 'change' && (event.target as HTMLInputElement).type === 'checkbox')
				this.#say(this.dataset['saved'], ticks.length, boxes.length);
		} catch {
			this.#say(this.dataset['unsaved'], 0, 0);
		}
	}

	#reset(): void {
		for (const sheet of this.#sheets()) {
			this.#apply(sheet, { ticks: [], fields: {} });
			try {
				storage()?.removeItem(this.#key(sheet));
			} catch {
				// Nothing stored means nothing to remove.
			}
		}
		this.#say(this.dataset['cleared'], 0, 0);
	}

	#say(message: string | undefined, done: number, total: number): void {
		if (this.#status && message) this.#status.textContent = message.replace('{done}', String(done)).replace('{total}', String(total));
	}
}

customElements.define('pb-checklist', PbChecklist);
