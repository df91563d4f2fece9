/**
 * Printing shows every typed value in full. On paper a text field shows only what fits its box and a
 * textarea only its visible rows, and neither can continue on the next page. So just before printing,
 * each text field and textarea inside a `[data-print-values]` region gets a print-only twin right after
 * it, holding its value as plain text that wraps and flows across pages; print CSS then shows the twin
 * in place of the field (print-values.css). Browsers fire `beforeprint` for their print dialog and for
 * printing to PDF. Without JavaScript the fields themselves print, as lines to write on.
 */
const twinClass = 'pb-print-value';

function twinOf(control: HTMLInputElement | HTMLTextAreaElement): HTMLElement {
	const next = control.nextElementSibling;
	if (next instanceof HTMLElement && next.classList.contains(twinClass)) return next;
	const twin = document.createElement(control instanceof HTMLTextAreaElement ? 'div' : 'span');
	twin.className = twinClass;
	// The field itself is what assistive technology reads; the twin is only ink.
	twin.setAttribute('aria-hidden', 'true');
	control.after(twin);
	return twin;
}

addEventListener('beforeprint', () => {
	const controls = document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
		'[data-print-values] :is(input[type="text"], textarea)',
	);
	for (const control of controls) twinOf(control).textContent = control.value;
});
