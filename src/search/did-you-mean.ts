// "Did you mean": a query that finds little → the same query with rare words replaced by close, far more common spellings.

import { analyzeWord } from '../analysis/pipeline';
import { tokenize } from '../analysis/tokenize';
import type { ArticleColumns, Engine } from '../loading/load-engine';
import { parseQuery } from '../query/parse-query';
import type { ParsedQuery } from '../query/parsed-query';
import { articleTest, needsColumns, type SearchRequest } from './run-search';
import { searchArticles } from './search';
import { countNearTerms, countWordArticles } from './term-frequencies';
import { isKnownWord, typoBudget, typoKeptLetters } from './typo-policy';

/** Only a query that finds at most this many articles gets a suggestion. */
export const MAX_TOTAL_FOR_SUGGESTION = 2;

/**
 * The best replacement for one word, or undefined. A candidate must find at
 * least twice as many articles as the word (plus one), and must not share a
 * stem with it: forms the analyser already connects (clitics, endings) are
 * not misspellings. Spellings that normalise alike (أ/ا, ة/ه, ى/ي) are one
 * index term, so they are never offered as corrections of each other.
 */
function correctWord(engine: Engine, word: string): string | undefined {
  const analysis = analyzeWord(word);
  // The edits typo matching allows (TYPO_BUDGETS): none for short words, whose neighbours one letter away are other words.
  const edits = analysis === null ? 0 : typoBudget(analysis.surface.length);
  if (analysis === null || edits === 0) return undefined;
  const own = countWordArticles(engine, analysis);
  let best: { term: string; count: number } | undefined;
  for (const [term, count] of countNearTerms(engine, analysis.surface, edits, typoKeptLetters(analysis.surface))) {
    if (term === analysis.surface || count < 2 * own + 1) continue;
    const candidate = analyzeWord(term);
    if (candidate === null || candidate.stemFieldTerms.some((stem) => analysis.stemFieldTerms.includes(stem))) continue;
    if (best === undefined || count > best.count || (count === best.count && term < best.term)) best = { term, count };
  }
  return best?.term;
}

/**
 * True when every hit came through a typo correction: the index knows none of
 * the query's words, so whatever it found, it found by their near spellings.
 */
function onlyCorrectionsFound(engine: Engine, query: ParsedQuery, total: number): boolean {
  return total > 0 && query.words.length > 0 && query.words.every((word) => !isKnownWord(engine, word));
}

/** The query text with each corrected word respelled; excluded words (after a -) are left as typed. */
function respell(text: string, corrections: ReadonlyMap<string, string>, display: (term: string) => string): string {
  let corrected = '';
  let position = 0;
  for (const token of tokenize(text)) {
    const term = corrections.get(token.text);
    if (term === undefined || text[token.start - 1] === '-') continue;
    corrected += text.slice(position, token.start) + display(term);
    position = token.end;
  }
  return corrected + text.slice(position);
}

/**
 * Suggests a corrected query, or undefined: when `total` is small, or when
 * every hit came through a typo correction (the reader then sees what the hits
 * were matched to). The words the parsed query searches are corrected
 * (excluded words are left alone); phrase quotes and `-` signs are kept as
 * typed. The suggestion is offered only if it finds more articles than the
 * query did under the same filters, exclusions and fields (or, when only
 * corrections were found, at least as many).
 */
export async function suggestCorrection(engine: Engine, request: SearchRequest, text: string, total: number): Promise<string | undefined> {
  const columns = needsColumns(request) ? await engine.columns() : undefined;
  return engine.complete(() => correctQuery(engine, request, columns, text, total));
}

/** The corrected query, or undefined: dictionary lookups only, so it runs inside engine.complete. */
function correctQuery(engine: Engine, request: SearchRequest, columns: ArticleColumns | undefined, text: string, total: number): string | undefined {
  const onlyCorrections = onlyCorrectionsFound(engine, request.query, total);
  if (total > MAX_TOTAL_FOR_SUGGESTION && !onlyCorrections) return undefined;
  const corrections = new Map<string, string>();
  for (const word of request.query.words) {
    const term = corrections.has(word.text) ? undefined : correctWord(engine, word.text);
    if (term !== undefined) corrections.set(word.text, term);
  }
  if (corrections.size === 0) return undefined;
  const corrected = respell(text, corrections, (term) => engine.terms.display(term));
  const query = parseQuery(`${corrected} `);
  const filter = articleTest(engine, columns, { ...request, query });
  const found = searchArticles(engine, query, {
    ...(request.fields === undefined ? {} : { fields: request.fields }),
    ...(filter === undefined ? {} : { filter }),
  }).total;
  return found > total || (onlyCorrections && found === total) ? corrected : undefined;
}
