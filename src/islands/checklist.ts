import { CURRENT_KEY, INDEX_KEY, recordId, recordKey } from '../lib/workspace/record';
import { onChange, readRecord, selected, writeRecord } from '../lib/workspace/store';
import { composing, onCommittedInput } from './ime';
// The picker comes with this island so that the page loads one shared chunk, not one per island.
import './client-picker';

type Field = HTMLInputElement | HTMLTextAreaElement;

/**
 * `<pb-checklist>`: keeps the ticks and fields of every sheet inside it (`[data-store]`) in the selected
 * client's workspace, per checklist and locale, and wires the Print and Reset buttons. The page works
 * and prints without it; it only adds memory and the two buttons. Each change is written into the
 * stored copy (one tick or one field), so a second tab's newer ticks are never overwritten, and a newer
 * copy saved in another tab is shown here. Each field's print twin (the `.pb-print-value` after it,
 * rendered by ChecklistSheet) holds its value, so that everything typed prints in full (print-values.css).
 */
for (const root of document.querySelectorAll<HTMLElement>('pb-checklist')) {
	/** When each shown sheet was last edited, so that only a newer copy replaces it. */
	const seen: Record<string, number> = {};
	let client = '';
	let writing = false;
	const sheets = () => [...root.querySelectorAll<HTMLElement>('[data-store]')];
	const boxes = (scope: Element[], which = '.task-list-item input') =>
		scope.flatMap((s) => [...s.querySelectorAll<HTMLInputElement>(which)]);
	const idOf = (sheet: HTMLElement) => recordId(root.dataset['locale'] ?? '', 'checklist', sheet.dataset['store'] ?? '');
	// Warning signs noticed are counted apart from actions done.
	const say = (key: string, scope = sheets()) => {
		const all = boxes(scope, '.task-list-item input:not([data-kind=signals] input)');
		const signs = boxes(scope, '[data-kind=signals] input:checked').length;
		const text = (root.dataset[key] ?? '').replace('{done}', `${all.filter((b) => b.checked).length}`).replace('{total}', `${all.length}`);
		// The locale's wording joins the two sentences ({status}): a space in English, none after a Chinese full stop.
		root.querySelector('[role="status"]')!.textContent = signs
			? root.dataset['signals']!.replace('{n}', `${signs}`).replace('{status}', () => text)
			: text;
	};
	const apply = (sheet: HTMLElement) => {
		const stored = readRecord(client, idOf(sheet));
		seen[idOf(sheet)] = stored?.t ?? 0;
		// Nothing stored: the sheet as written (a hand-written `[x]` stays ticked).
		// A tick saved under the item's wording, before items had ids (`data-was`), still counts.
		for (const box of boxes([sheet]))
			box.checked = stored ? !!stored.ticks?.some((t) => t == box.value || t == box.dataset['was']) : box.defaultChecked;
		for (const field of sheet.querySelectorAll<Field>('input[type="text"][name], textarea[name]'))
			if (field !== composing) mirror(field, (field.value = stored?.values[field.name] ?? field.defaultValue));
	};
	// Every field of a sheet has its twin right after it (ChecklistSheet).
	const mirror = (field: Field, value: string) => (field.nextElementSibling!.textContent = value);
	const load = () => {
		client = selected();
		sheets().forEach(apply);
	};
	const save = (event: Event) => {
		const target = event.target as Field;
		const sheet = target.closest<HTMLElement>('[data-store]');
		const box = target.type === 'checkbox' ? (target as HTMLInputElement) : undefined;
		// A box sends `input` and `change`; a text field `change` again on leaving it. One write each.
		if (!sheet || !box !== (event.type !== 'change')) return;
		writing = true;
		const saved = writeRecord(client, idOf(sheet), (r) => {
			// A sheet's first save keeps every tick it shows: a box written as `[x]` stays ticked after a reload.
			if (!r.t)
				r.ticks = boxes([sheet])
					.filter((b) => b.checked)
					.map((b) => b.value);
			if (!box) return void mirror(target, (r.values[target.name] = target.value));
			const ticks = new Set(r.ticks);
			ticks.delete(box.dataset['was']!);
			ticks[box.checked ? 'add' : 'delete'](box.value);
			r.ticks = [...ticks];
		});
		writing = false;
		// The first save in a browser creates the client.
		client = selected();
		if (saved) seen[idOf(sheet)] = saved.t;
		// A tick is announced; typing is not, to keep screen readers quiet while someone writes.
		if (!saved || box) say(saved ? 'saved' : 'unsaved', [sheet]);
	};

	/** Shows the selected client's ticks, and says how many this browser kept (nothing if it kept none). */
	const restore = () => {
		load();
		// Only ticks this browser kept are "restored"; a box written as `[x]` is just the sheet as written.
		// No message of that name: an empty status.
		say(sheets().some((sheet) => readRecord(client, idOf(sheet))?.ticks?.length) ? 'restored' : 'none');
	};
	restore();
	onCommittedInput(root, save);
	root.addEventListener('change', save);
	onChange((key) => {
		if (writing) return;
		// Another client chosen (here or in another tab), or storage cleared.
		if (key === null || ((key === CURRENT_KEY || key === INDEX_KEY) && selected() !== client)) return restore();
		// A newer copy saved in another tab: shown here, and the count says so.
		const newer = sheets().filter(
			(sheet) => key === recordKey(client, idOf(sheet)) && (readRecord(client, idOf(sheet))?.t ?? 0) > (seen[idOf(sheet)] ?? 0),
		);
		newer.forEach(apply);
		if (newer[0]) say('saved');
	});
	for (const button of root.querySelectorAll<HTMLButtonElement>('[data-action]')) {
		button.hidden = false;
		button.addEventListener('click', () => {
			if (button.dataset['action'] === 'print') return window.print();
			for (const sheet of sheets()) {
				writeRecord(client, idOf(sheet), (r) => {
					r.values = {};
					r.ticks = [];
				});
				client = selected();
				apply(sheet);
			}
			say('cleared');
		});
	}
}
