// Match finding: which words of a stored text the query matched, as offsets into that text.

import { analyzeWord, transliterationKeys, type WordAnalysis } from '../analysis/pipeline';
import { isTransliterationKey } from '../analysis/transliterate';
import { candidateWords } from './candidate-words';

/** A matched word in the original text, whole (diacritics, tatweel and clitics included). */
export interface MatchedSpan {
  readonly start: number;
  readonly end: number;
  /** The index term it matched, so a window can count distinct query words. */
  readonly term: string;
}

/** Lets a caller end the scan once the matches seen so far settle what it needs. */
export interface ScanStop {
  /** Called with each match, in text order, with the analysis of its word. */
  add(span: MatchedSpan, analysis: WordAnalysis): void;
  /** True when no word starting at `position` or later can change the outcome. */
  reached(position: number): boolean;
}

/**
 * The matched term a word's analysis stands for: its exact form first, else
 * its first matching stem, else its root (مدرسة for a query's مدارس), else
 * (when the query matched through a Latin name, Lavrov → لافروف) its
 * cross-script key.
 */
function termOfAnalysis(analysis: WordAnalysis | null, matchedTerms: ReadonlySet<string>, keysMatched: boolean): string | undefined {
  if (analysis === null) return undefined;
  if (matchedTerms.has(analysis.surface)) return analysis.surface;
  for (const stem of analysis.stemFieldTerms) if (matchedTerms.has(stem)) return stem;
  for (const root of analysis.rootTerms) if (matchedTerms.has(root)) return root;
  if (keysMatched) return transliterationKeys(analysis).find((key) => matchedTerms.has(key));
  return undefined;
}

/**
 * Finds the words of `text` whose analysis produced one of the matched index
 * terms. The same analysis built the index, so a word is marked exactly when
 * it is the reason the article matched. Only candidate words (those that
 * can stand for a term) are analysed. With `stop`, the scan ends at the
 * first word at which stop.reached() is true.
 */
export function findMatches(text: string, matchedTerms: ReadonlySet<string>, stop?: ScanStop): MatchedSpan[] {
  const spans: MatchedSpan[] = [];
  if (matchedTerms.size === 0) return spans;
  const words = candidateWords(text, matchedTerms);
  let keysMatched = false;
  for (const term of matchedTerms) keysMatched ||= isTransliterationKey(term);
  while (words.next()) {
    const { start, end } = words;
    if (stop?.reached(start)) break;
    const analysis = analyzeWord(text.slice(start, end));
    const term = termOfAnalysis(analysis, matchedTerms, keysMatched);
    if (term === undefined) continue;
    const span = { start, end, term };
    spans.push(span);
    stop?.add(span, analysis!);
  }
  return spans;
}
