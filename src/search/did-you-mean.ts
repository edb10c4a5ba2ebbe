// "Did you mean": a query that finds little → the same query with rare words replaced by close, far more common spellings.

import { analyzeWord } from '../analysis/pipeline';
import { tokenize, type Token } from '../analysis/tokenize';
import type { Engine } from '../loading/load-engine';
import { parseQuery } from '../query/parse-query';
import { searchArticles } from './search';
import { countNearTerms, countWordArticles } from './term-frequencies';
import { typoKeptLetters } from './typo-policy';

/** Only a query that finds at most this many articles gets a suggestion. */
export const MAX_TOTAL_FOR_SUGGESTION = 2;
/** Shorter words have too many neighbours one letter away for a correction to be a good guess. */
const MIN_CORRECTABLE_LENGTH = 4;
/** Words this long may be two letters off. */
const TWO_EDITS_FROM_LENGTH = 8;

function editsAllowed(length: number): number {
  return length >= TWO_EDITS_FROM_LENGTH ? 2 : 1;
}

/**
 * The best replacement for one word, or undefined. A candidate must find at
 * least twice as many articles as the word (plus one), and must not share a
 * stem with it: forms the analyser already connects (clitics, endings) are
 * not misspellings. Spellings that normalise alike (أ/ا, ة/ه, ى/ي) are one
 * index term, so they are never offered as corrections of each other.
 */
function correctWord(engine: Engine, token: Token): string | undefined {
  const analysis = analyzeWord(token.text);
  if (analysis === null || analysis.surface.length < MIN_CORRECTABLE_LENGTH) return undefined;
  const own = countWordArticles(engine, analysis);
  let best: { term: string; count: number } | undefined;
  for (const [term, count] of countNearTerms(engine, analysis.surface, editsAllowed(analysis.surface.length), typoKeptLetters(analysis.surface))) {
    if (term === analysis.surface || count < 2 * own + 1) continue;
    const candidate = analyzeWord(term);
    if (candidate === null || candidate.stemFieldTerms.some((stem) => analysis.stemFieldTerms.includes(stem))) continue;
    if (best === undefined || count > best.count || (count === best.count && term < best.term)) best = { term, count };
  }
  return best?.term;
}

/**
 * Suggests a corrected query when `total` is small, or undefined. Phrase
 * quotes and `-` signs are kept as typed; excluded words are left alone. The
 * suggestion is only offered if it finds more articles than the query did.
 */
export async function suggestCorrection(engine: Engine, text: string, total: number): Promise<string | undefined> {
  if (total > MAX_TOTAL_FOR_SUGGESTION) return undefined;
  return engine.complete(() => correctQuery(engine, text, total));
}

/** The corrected query, or undefined: dictionary lookups only, so it runs inside engine.complete. */
function correctQuery(engine: Engine, text: string, total: number): string | undefined {
  const replacements: { token: Token; term: string }[] = [];
  for (const token of tokenize(text)) {
    if (text[token.start - 1] === '-') continue;
    const term = correctWord(engine, token);
    if (term !== undefined) replacements.push({ token, term });
  }
  if (replacements.length === 0) return undefined;
  let corrected = '';
  let position = 0;
  for (const { token, term } of replacements) {
    corrected += text.slice(position, token.start) + engine.terms.display(term);
    position = token.end;
  }
  corrected += text.slice(position);
  const found = searchArticles(engine, parseQuery(`${corrected} `)).total;
  return found > total ? corrected : undefined;
}
