// The new word forms coined so far: each distinct from the real vocabulary and from every earlier one, and re-usable by number.

import { NEW_FORM_CAPACITY, newWordForm } from './new-word-forms';

/** Coins new word forms in a fixed order, skipping any that the real vocabulary (or an earlier coinage) already has. */
export class NewWordForms {
  private readonly coined: string[] = [];
  private readonly taken = new Set<string>();
  private nextIndex = 0;

  constructor(private readonly realVocabulary: ReadonlySet<string>) {}

  get count(): number {
    return this.coined.length;
  }

  /** A form never seen before, in the real text or here. */
  coin(): string {
    for (;;) {
      if (this.nextIndex >= NEW_FORM_CAPACITY)
        throw new Error(`the generator ran out of new word forms after ${NEW_FORM_CAPACITY}; generate a smaller corpus`);
      const form = newWordForm(this.nextIndex++);
      if (this.realVocabulary.has(form) || this.taken.has(form)) continue;
      this.taken.add(form);
      this.coined.push(form);
      return form;
    }
  }

  /** The form coined `index`-th. */
  at(index: number): string {
    const form = this.coined[index];
    if (form === undefined) throw new RangeError(`no new form numbered ${index}; ${this.coined.length} were coined`);
    return form;
  }
}
