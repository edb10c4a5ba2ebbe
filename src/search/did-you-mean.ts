// "Did you mean": a query that finds little → the same query with rare words replaced by close, far more common spellings.

import { analyzeWord } from '../analysis/pipeline';
import { tokenize } from '../analysis/tokenize';
import type { Engine } from '../loading/load-engine';
import { parseQuery } from '../query/parse-query';
import { articleTest, type SearchRequest } from './run-search';
import { searchArticles } from './search';
import { countNearTerms, countWordArticles } from './term-frequencies';
import { typoBudget, typoKeptLetters } from './typo-policy';

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
    if (candidate === null || candidate.stems.some((stem) => analysis.stems.includes(stem))) continue;
    if (best === undefined || count > best.count || (count === best.count && term < best.term)) best = { term, count };
  }
  return best?.term;
}

/** The query text with each corrected word respelled; excluded words (after a -) are left as typed. */
function respell(text: string, corrections: ReadonlyMap<string, string>, forms: Readonly<Record<string, string>>): string {
  let corrected = '';
  let position = 0;
  for (const token of tokenize(text)) {
    const term = corrections.get(token.text);
    if (term === undefined || text[token.start - 1] === '-') continue;
    corrected += text.slice(position, token.start) + (forms[term] ?? term);
    position = token.end;
  }
  return corrected + text.slice(position);
}

/**
 * Suggests a corrected query when `total` is small, or undefined. The words
 * the parsed query searches are corrected (excluded words are left alone);
 * phrase quotes and `-` signs are kept as typed. The suggestion is offered
 * only if it finds more articles than the query did under the same filters,
 * exclusions and fields.
 */
export async function suggestCorrection(engine: Engine, request: SearchRequest, text: string, total: number): Promise<string | undefined> {
  if (total > MAX_TOTAL_FOR_SUGGESTION) return undefined;
  const corrections = new Map<string, string>();
  for (const word of request.query.words) {
    const term = corrections.has(word.text) ? undefined : correctWord(engine, word.text);
    if (term !== undefined) corrections.set(word.text, term);
  }
  if (corrections.size === 0) return undefined;
  const corrected = respell(text, corrections, await engine.displayForms());
  const query = parseQuery(`${corrected} `);
  const filter = articleTest(engine, { ...request, query });
  const found = searchArticles(engine, query, { ...(request.fields === undefined ? {} : { fields: request.fields }), ...(filter === undefined ? {} : { filter }) }).total;
  return found > total ? corrected : undefined;
}
