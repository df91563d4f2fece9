/**
 * Printing shows every typed value in full. On paper a text field shows only what fits its box and a
 * textarea only its visible rows, and neither can continue on the next page. So just before printing,
 * each text field and textarea inside a `[data-print-values]` region gets a print-only twin right after
 * it (`.pb-print-value`, hidden from assistive technology: the field is what they read), holding its
 * value as plain text that wraps and flows across pages; print CSS then shows the twin in place of the
 * field (print-values.css). Browsers fire `beforeprint` for their print dialog and for printing to PDF.
 * Without JavaScript the fields themselves print, as lines to write on.
 */
addEventListener('beforeprint', () => {
	for (const control of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
		'[data-print-values] :is(input[type="text"], textarea)',
	)) {
		const next = control.nextElementSibling;
		const twin =
			next?.className === 'pb-print-value' ? next : Object.assign(document.createElement('div'), { className: 'pb-print-value' });
		twin.ariaHidden = 'true';
		twin.textContent = control.value;
		control.after(twin);
	}
});
