// Test helper: the index terms a query word would match, as the search step reports them.

import { analyzeWord } from '../../src/analysis/pipeline';

export function termsOf(...words: string[]): Set<string> {
  const terms = new Set<string>();
  for (const word of words) {
    const analysis = analyzeWord(word);
    if (analysis === null) continue;
    terms.add(analysis.surface);
    for (const stem of analysis.stemFieldTerms) terms.add(stem);
  }
  return terms;
}
