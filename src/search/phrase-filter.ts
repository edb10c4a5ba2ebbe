// Phrase verification: keeps the ranked articles whose stored title or body holds every positive phrase and no negated one,
// reading at most a fixed amount of text per request.

import type { Engine } from '../loading/load-engine';
import type { QueryPhrase } from '../query/parse-query';
import { PhraseMatcher } from '../text/phrase-match';
import type { SearchField } from './field-restriction';
import type { RankedArticle } from './search';

const ALL_FIELDS: readonly SearchField[] = ['title', 'body'];

/**
 * Characters of stored text one request may read to confirm phrases. The
 * index knows which words an article holds, not where, so each candidate's
 * text is scanned (~0.1 µs a character). A phrase of common words has
 * thousands of candidates ("تونس اليوم": 7,625 articles with both words,
 * 5.2 M characters, 91 with the phrase), which would cost seconds; this
 * keeps a phrase query to a few milliseconds of CPU (about 35 news articles). Past it, the answer
 * holds the matches confirmed so far and says its total is a lower bound.
 */
export const PHRASE_SCAN_BUDGET = 25_000;

/** Candidates whose bodies are loaded together: shard reads overlap, and at most this many are read past the budget. */
const READ_AHEAD = 8;

export interface PhraseMatches {
  /** The confirmed matches, in the order given. */
  readonly matches: RankedArticle[];
  /** False when the budget ran out before every candidate was read: more matches may exist. */
  readonly complete: boolean;
}

/** Whether the index says an article holds every word of the phrase (a cheap test before reading its text). */
function mayHold(article: RankedArticle, phrase: QueryPhrase): boolean {
  const terms = new Set(article.matchedTerms);
  return phrase.words.every((word) => terms.has(word.analysis.surface) || word.analysis.stemFieldTerms.some((stem) => terms.has(stem)));
}

interface Matcher {
  readonly matcher: PhraseMatcher;
  readonly fields: readonly SearchField[];
}

/** Reads one candidate's text within what is left of the budget; null when nothing is left. */
class TextBudget {
  private spent = 0;
  exhausted = false;

  take(text: string): string {
    const left = PHRASE_SCAN_BUDGET - this.spent;
    if (text.length > left) this.exhausted = true;
    const taken = text.length > left ? text.slice(0, Math.max(0, left)) : text;
    this.spent += taken.length;
    return taken;
  }

  get left(): number {
    return PHRASE_SCAN_BUDGET - this.spent;
  }
}

function holds({ matcher, fields }: Matcher, title: string, body: string, budget: TextBudget): boolean {
  if (fields.includes('title') && matcher.holds(budget.take(title))) return true;
  return fields.includes('body') && matcher.holds(budget.take(body));
}

/**
 * Filters ranked articles by their phrases, keeping the order. Candidates are
 * confirmed against their stored text best first, so when the budget runs out
 * the matches kept are the best ones.
 */
export async function keepPhraseMatches(
  engine: Engine,
  ranked: Iterable<RankedArticle>,
  phrases: readonly QueryPhrase[],
  fields: readonly SearchField[] = ALL_FIELDS,
): Promise<PhraseMatches> {
  if (phrases.length === 0) return { matches: [...ranked], complete: true };
  const rankedArticles = ranked[Symbol.iterator]();
  const positive = phrases.filter((phrase) => !phrase.negated);
  const required: Matcher[] = positive.map((phrase) => ({ matcher: new PhraseMatcher(phrase.words), fields }));
  const forbidden: Matcher[] = phrases
    .filter((phrase) => phrase.negated)
    .map((phrase) => ({ matcher: new PhraseMatcher(phrase.words), fields: ALL_FIELDS }));
  const budget = new TextBudget();
  const matches: RankedArticle[] = [];
  // Candidates are found as they are needed: ranking them and asking the index which terms each holds cost too.
  const nextBatch = (): RankedArticle[] => {
    const batch: RankedArticle[] = [];
    while (batch.length < READ_AHEAD) {
      const next = rankedArticles.next();
      if (next.done === true) break;
      if (positive.every((phrase) => mayHold(next.value, phrase))) batch.push(next.value);
    }
    return batch;
  };
  for (let batch = nextBatch(); batch.length > 0; batch = nextBatch()) {
    if (budget.left <= 0) return { matches, complete: false };
    const documents = await engine.documents(batch.map((article) => article.ordinal));
    batch.forEach((article, index) => {
      const { title, body } = documents[index]!;
      if (budget.left <= 0) return;
      const kept = required.every((phrase) => holds(phrase, title, body, budget)) && !forbidden.some((phrase) => holds(phrase, title, body, budget));
      // A text cut short by the budget proves a phrase that was found, but not the absence of one.
      if (kept && (!budget.exhausted || forbidden.length === 0)) matches.push(article);
    });
    if (budget.exhausted) return { matches, complete: false };
  }
  return { matches, complete: true };
}
