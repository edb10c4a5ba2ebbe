// Display forms: every index term → the spelling readers see most often, for suggestions and "did you mean".

/** Diacritics, tatweel and invisible marks make a suggestion harder to read, never clearer. */
const DECORATION = /[\p{M}\p{Cf}\u0640]/gu;

/** How often one spelling of one term was read; the inverter keeps it with the word and raises it in place. */
export interface SpellingCount {
  count: number;
}

function mostFrequent(spellings: ReadonlyMap<string, SpellingCount>): string {
  let best = '';
  let bestCount = -1;
  for (const [spelling, { count }] of spellings) {
    // Ties go to the smaller string so that the same articles always give the same table.
    if (count > bestCount || (count === bestCount && spelling < best)) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}

/** Counts how each index term is spelled, one word at a time, as the inverter reads the words. */
export class DisplayFormCounter {
  private readonly spellings = new Map<string, Map<string, SpellingCount>>();

  /**
   * The counter of `word` as written, for the term its analysis gave (its
   * normalised surface). Words that differ only by decoration share one. The
   * inverter asks once per distinct word and raises it at each occurrence:
   * looking the word up again every time was a tenth of a build.
   */
  counterOf(word: string, surface: string): SpellingCount {
    const spelling = word.replace(DECORATION, '');
    let counts = this.spellings.get(surface);
    if (counts === undefined) this.spellings.set(surface, (counts = new Map()));
    let counter = counts.get(spelling);
    if (counter === undefined) counts.set(spelling, (counter = { count: 0 }));
    return counter;
  }

  /** The most frequent spelling of each term, listing only terms it differs from, keys sorted so the table is deterministic. */
  forms(): Record<string, string> {
    const forms: Record<string, string> = {};
    for (const term of [...this.spellings.keys()].sort()) {
      const display = mostFrequent(this.spellings.get(term)!);
      if (display !== term && display.length > 0) forms[term] = display;
    }
    return forms;
  }
}
