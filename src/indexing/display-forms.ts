// Display forms: every index term → the spelling readers see most often, for suggestions and "did you mean".

import { analyzeText } from '../analysis/pipeline';
import type { Article } from '../content/article';

/** Diacritics, tatweel and invisible marks make a suggestion harder to read, never clearer. */
const DECORATION = /[\p{M}\p{Cf}\u0640]/gu;

function mostFrequent(spellings: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [spelling, count] of spellings) {
    // Ties go to the smaller string so that the same articles always give the same table.
    if (count > bestCount || (count === bestCount && spelling < best)) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Counts how each index term is spelled across titles and bodies and keeps
 * the most frequent spelling, listing only terms it differs from. Keys are
 * sorted so the serialised table is deterministic.
 */
export function collectDisplayForms(articles: readonly Article[]): Record<string, string> {
  const spellings = new Map<string, Map<string, number>>();
  for (const article of articles) {
    for (const text of [article.title, article.body]) {
      for (const token of analyzeText(text)) {
        if (token.analysis === null) continue;
        const spelling = token.text.replace(DECORATION, '');
        let counts = spellings.get(token.analysis.surface);
        if (counts === undefined) spellings.set(token.analysis.surface, (counts = new Map()));
        counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
      }
    }
  }
  const forms: Record<string, string> = {};
  for (const term of [...spellings.keys()].sort()) {
    const display = mostFrequent(spellings.get(term)!);
    if (display !== term && display.length > 0) forms[term] = display;
  }
  return forms;
}
