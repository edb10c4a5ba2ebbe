// Phrase verification: keeps the ranked articles whose stored title or body holds every positive phrase and no negated one.

import type { Engine } from '../loading/load-engine';
import type { QueryPhrase } from '../query/parse-query';
import { findPhraseSpans } from './phrase-match';
import type { SearchField } from './field-restriction';
import type { RankedArticle } from './search';

const ALL_FIELDS: readonly SearchField[] = ['title', 'body'];

async function holdsPhrase(engine: Engine, ordinal: number, phrase: QueryPhrase, fields: readonly SearchField[]): Promise<boolean> {
  if (fields.includes('title') && findPhraseSpans(engine.catalog.titles[ordinal] ?? '', phrase.words).length > 0) return true;
  return fields.includes('body') && findPhraseSpans(await engine.body(ordinal), phrase.words).length > 0;
}

/** Whether the index says an article holds every word of the phrase (a cheap test before reading its text). */
function mayHold(article: RankedArticle, phrase: QueryPhrase): boolean {
  const terms = new Set(article.matchedTerms);
  return phrase.words.every((word) => terms.has(word.analysis.surface) || word.analysis.stems.some((stem) => terms.has(stem)));
}

/**
 * Filters ranked articles by their phrases, keeping the order. The index only
 * knows which words an article holds, not where, so candidates are confirmed
 * against the stored text token by token (body text is loaded per shard).
 */
export async function keepPhraseMatches(
  engine: Engine,
  ranked: readonly RankedArticle[],
  phrases: readonly QueryPhrase[],
  fields: readonly SearchField[] = ALL_FIELDS,
): Promise<RankedArticle[]> {
  if (phrases.length === 0) return [...ranked];
  const positive = phrases.filter((phrase) => !phrase.negated);
  const negative = phrases.filter((phrase) => phrase.negated);
  const verdicts = await Promise.all(
    ranked.map(async (article) => {
      for (const phrase of positive) {
        if (!mayHold(article, phrase) || !(await holdsPhrase(engine, article.ordinal, phrase, fields))) return false;
      }
      for (const phrase of negative) {
        if (await holdsPhrase(engine, article.ordinal, phrase, ALL_FIELDS)) return false;
      }
      return true;
    }),
  );
  return ranked.filter((_, index) => verdicts[index]);
}
