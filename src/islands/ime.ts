/**
 * Chinese, Japanese and Korean input methods type in two steps: keys build a composition (pinyin such
 * as `fa song`), and choosing a candidate commits the text (`发送`). Only committed text is the user's;
 * islands skip `input` events while `isComposing` and take the value at `compositionend` instead.
 */

/** The field an input method is composing in right now, which storage updates must not overwrite. */
export let composing: EventTarget | null = null;
addEventListener('compositionstart', (event) => (composing = event.target), true);
addEventListener('compositionend', () => (composing = null), true);

/**
 * Calls `handle` with every committed change inside `root`: `input` events outside a composition and the
 * end of each composition. Chromium sends the last `input` of a composition before `compositionend`, so
 * `compositionend` is where the committed text arrives.
 */
export function onCommittedInput(root: HTMLElement, handle: (event: Event) => void): void {
	root.addEventListener('input', (event) => (event as InputEvent).isComposing || handle(event));
	root.addEventListener('compositionend', handle);
}

/**
 * Whether a key press belongs to an input method (Enter that picks a candidate, Escape that drops one).
 * Safari sends the Enter that ends a composition after `compositionend`, with `isComposing` false;
 * only its legacy key code, 229, gives it away (read untyped: the DOM types mark it deprecated).
 */
export const isImeKey = (event: KeyboardEvent): boolean => event.isComposing || (event as { keyCode?: number }).keyCode === 229;
