/** A stage an answer names: its key, its name and the address of its page, rendered on the server. */
interface Stage {
	key: string;
	name: string;
	href: string;
}

/**
 * `<pb-stage-check>`: the stage self-check. Questions are answered in order; an answer either names a stage (the
 * question's `data-yes` / `data-no`) or opens the next question. The result is announced in the live region and
 * linked. Without this island the element stays hidden and the page's list of stages and their signs stands alone.
 */
class StageCheck extends HTMLElement {
	connectedCallback(): void {
		this.hidden = false;
		this.addEventListener('change', () => this.#update());
		this.querySelector('[data-pb-reset]')?.addEventListener('click', () => {
			for (const input of this.querySelectorAll<HTMLInputElement>('input')) input.checked = false;
			this.#update();
			this.querySelector<HTMLInputElement>('input')?.focus();
		});
		this.#update();
	}

	#update(): void {
		const questions = [...this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-index]')];
		let result: Stage | undefined;
		let open = true;
		for (const question of questions) {
			question.disabled = !open || result !== undefined;
			if (question.disabled) continue;
			const answer = question.querySelector<HTMLInputElement>('input:checked')?.value as 'yes' | 'no' | undefined;
			if (!answer) {
				open = false;
				continue;
			}
			const stage = question.dataset[answer];
			if (stage) result = JSON.parse(stage) as Stage;
		}
		const text = this.querySelector<HTMLElement>('[data-pb-result]');
		const link = this.querySelector<HTMLAnchorElement>('[data-pb-open]');
		if (!text || !link) return;
		text.textContent = result ? (this.dataset['result'] ?? '').replace('{stage}', result.name) : (this.dataset['pending'] ?? '');
		link.hidden = !result;
		if (result) {
			link.href = result.href;
			link.textContent = `${(this.dataset['open'] ?? '').replace('{stage}', result.name)} →`;
		}
	}
}

customElements.define('pb-stage-check', StageCheck);
