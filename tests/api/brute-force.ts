// Brute-force expectations for integration tests: which articles hold a word, counted by scanning every stored text.

import { analyzeText, analyzeWord } from '../../src/analysis/pipeline';
import type { Corpus } from './api-client';

/** Whether any word of the text has the word's exact normalised form or shares one of its stems or its root. */
function holdsWord(text: string, word: string): boolean {
  const wanted = analyzeWord(word);
  if (wanted === null) return false;
  return analyzeText(text).some(
    (token) =>
      token.analysis !== null &&
      (token.analysis.surface === wanted.surface ||
        token.analysis.stemFieldTerms.some((stem) => wanted.stemFieldTerms.includes(stem)) ||
        token.analysis.rootTerms.some((root) => wanted.rootTerms.includes(root))),
  );
}

/** Ordinals of the articles holding the word, in the fields given. */
export function articlesHolding(corpus: Corpus, word: string, fields: readonly ('title' | 'body')[] = ['title', 'body']): number[] {
  const ordinals: number[] = [];
  corpus.catalog.ids.forEach((_, ordinal) => {
    const texts = fields.map((field) => (field === 'title' ? (corpus.catalog.titles[ordinal] ?? '') : (corpus.bodies[ordinal] ?? '')));
    if (texts.some((text) => holdsWord(text, word))) ordinals.push(ordinal);
  });
  return ordinals;
}

/** value → count over the given articles, for one facet. */
export function countValues(corpus: Corpus, ordinals: readonly number[], facet: 'category' | 'source' | 'tag'): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ordinal of ordinals) {
    const { catalog } = corpus;
    const values =
      facet === 'tag' ? new Set(catalog.tags[ordinal] ?? []) : [facet === 'category' ? catalog.categories[ordinal] : catalog.sources[ordinal]];
    for (const value of values) if (value !== null && value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** Ordinals of the articles holding a word in exactly its normalised form (no clitics or endings added or removed). */
export function articlesWithExactForm(corpus: Corpus, word: string): number[] {
  const surface = analyzeWord(word)?.surface;
  const ordinals: number[] = [];
  corpus.catalog.ids.forEach((_, ordinal) => {
    const texts = [corpus.catalog.titles[ordinal] ?? '', corpus.bodies[ordinal] ?? ''];
    if (texts.some((text) => analyzeText(text).some((token) => token.analysis?.surface === surface))) ordinals.push(ordinal);
  });
  return ordinals;
}
