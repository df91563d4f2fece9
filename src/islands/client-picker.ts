import { CURRENT_KEY, INDEX_KEY, SHARED } from '../lib/workspace/record';
import {
	blocked,
	clients,
	createClient,
	deleteClient,
	displayName,
	onChange,
	renameClient,
	select,
	selected,
	writeRecord,
} from '../lib/workspace/store';
import { isImeKey } from './ime';

type Mode = 'new' | 'rename' | 'delete';
const okLabel = { new: 'create', rename: 'savename', delete: 'confirmdelete' } as const;

/**
 * `<pb-client-picker>`: says which client the page is editing and switches, creates, renames and
 * deletes clients (deleting asks first). Other islands follow the choice through `onChange`. Names
 * typed with an input method are taken only once committed: Enter that picks a candidate does not save.
 */
for (const root of document.querySelectorAll<HTMLElement>('pb-client-picker')) {
	const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
	const list = $<HTMLSelectElement>('select');
	const panel = $('[data-panel]');
	const input = $<HTMLInputElement>('input');
	const ok = $('[data-do="ok"]');
	const status = $('[role="status"]');
	let mode: Mode | undefined;

	const msg = (key: string, name = '', other = '') => (root.dataset[key] ?? '').replace('{name}', name).replace('{other}', other);
	const say = (text: string) => {
		status.textContent = text;
	};
	const current = () => clients().find((c) => c.id === selected());
	// The shared field that names a client (templates.yaml `shared.name_field`).
	const nameField = root.dataset['nameField'] ?? '';
	const nameOf = (client = current()) => displayName(client, msg('unnamed'), nameField);
	const render = () => {
		const id = selected();
		// No client yet: the unnamed one the first save creates.
		const all = clients();
		list.replaceChildren(...(all.length ? all : [{ id: '', name: '', t: 0 }]).map((c) => new Option(nameOf(c), c.id, false, c.id === id)));
	};
	const close = () => {
		panel.hidden = true;
		mode = undefined;
		list.focus();
	};
	const open = (next: Mode) => {
		mode = next;
		panel.hidden = false;
		$('[data-name]').hidden = next === 'delete';
		$('[data-ask]').textContent = next === 'delete' ? msg('askdelete', nameOf()) : '';
		ok.textContent = msg(okLabel[next]);
		input.value = next === 'rename' ? (current()?.name ?? '') : '';
		(next === 'delete' ? $('[data-do="cancel"]') : input).focus();
	};
	const commit = () => {
		const name = input.value.trim();
		const before = nameOf();
		const id = selected();
		let done: unknown;
		if (mode === 'new') {
			done = createClient(name);
			if (done && name) writeRecord(done as string, SHARED, (r) => nameField && (r.values[nameField] ||= name));
		} else if (mode === 'rename') done = id ? renameClient(id, name) : createClient(name);
		else done = !id || deleteClient(id);
		if (!done) return say(msg('full'));
		const key = mode === 'new' ? 'created' : mode === 'rename' ? 'renamed' : 'deleted';
		close();
		say(msg(key, key === 'deleted' ? before : nameOf(), nameOf()));
	};

	list.addEventListener('change', () => {
		select(list.value);
		say(msg('switched', nameOf()));
	});
	root.addEventListener('click', (event) => {
		const action = (event.target as Element).closest<HTMLElement>('[data-do]')?.dataset['do'];
		if (action === 'ok') commit();
		else if (action === 'cancel') close();
		else if (action) open(action as Mode);
	});
	panel.addEventListener('keydown', (event) => {
		// Enter or Escape that an input method uses to pick or drop a candidate is not ours.
		if (isImeKey(event)) return;
		const enter = event.key === 'Enter' && event.target === input;
		// Handled here: the key must not go on to the list, which focus returns to (Enter would open it).
		if (enter || event.key === 'Escape') event.preventDefault();
		if (enter) commit();
		if (event.key === 'Escape') close();
	});
	onChange((key) => (key === INDEX_KEY || key === CURRENT_KEY || key?.endsWith(`.${SHARED}`)) && render());
	render();
	root.hidden = false;
	if (blocked()) say(msg('blocked'));
}
