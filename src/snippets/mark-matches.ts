// Marks for a hit's text: matched words, with every occurrence of a quoted phrase joined into one marked run.

import { monthKey } from '../analysis/month-keys';
import { MONTH_NAMES } from '../analysis/month-names';
import { analyzeWord } from '../analysis/pipeline';
import type { ParsedQuery, QueryWord } from '../query/parse-query';
import { findPhraseSpans, PhraseMatcher } from '../text/phrase-match';
import { findMatches, type MatchedSpan, type ScanStop } from './find-matches';

/** Joins overlapping or touching runs so that each is marked once. */
function mergeRuns(runs: MatchedSpan[]): MatchedSpan[] {
  const merged: MatchedSpan[] = [];
  for (const run of [...runs].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last !== undefined && run.start <= last.end) merged[merged.length - 1] = { ...last, end: Math.max(last.end, run.end) };
    else merged.push(run);
  }
  return merged;
}

/** Month key → matchers for its two-word names (تشرين الثاني): such a month is indexed as a pair, never as either word. */
let monthPairMatchers: Map<string, PhraseMatcher[]> | undefined;

/** Built on the first snippet, not when the module loads: start-up stays as short as it can be. */
function pairMatchersOf(term: string): readonly PhraseMatcher[] {
  monthPairMatchers ??= new Map(
    MONTH_NAMES.filter((row) => row.pairs.length > 0).map((row) => [
      monthKey(row.month),
      row.pairs.flatMap(([first, second]) => {
        const words = [first, second].map((text) => ({ text, analysis: analyzeWord(text), prefix: false }));
        return words.every((word) => word.analysis !== null) ? [new PhraseMatcher(words as QueryWord[])] : [];
      }),
    ]),
  );
  return monthPairMatchers.get(term) ?? [];
}

/** Each two-word month name standing for a matched month key, as one run (the pair is what the index matched). */
function monthPairRuns(text: string, matchedTerms: ReadonlySet<string>): MatchedSpan[] {
  const runs: MatchedSpan[] = [];
  for (const term of matchedTerms) {
    for (const matcher of pairMatchersOf(term)) runs.push(...matcher.spans(text).map((span) => ({ ...span, term })));
  }
  return runs;
}

/** Whether a loose (unquoted) query word is the reason this index term matched. */
function coversTerm(word: QueryWord, term: string): boolean {
  const forms = [word.analysis.surface, ...word.analysis.stemFieldTerms, ...word.analysis.rootTerms];
  return forms.some((form) => term === form || (word.prefix && term.startsWith(form)));
}

/**
 * A typo correction is marked as the corrected word would be: by its stems
 * too, so that a misspelt مهرجاان, matched to مهرجان, also marks المهرجان
 * and وبالمهرجان, the same word with its clitics.
 */
function correctionStems(correctedTerms: readonly string[]): string[] {
  return correctedTerms.flatMap((term) => analyzeWord(term)?.stems ?? []);
}

/**
 * The matched terms worth marking one by one: with phrases in the query, a
 * term that only a phrase word matched is marked as part of its phrase run,
 * not wherever the word stands alone. `correctedTerms` are those of
 * `matchedTerms` that are typo corrections.
 */
export function termsToMark(matchedTerms: readonly string[], query: ParsedQuery, correctedTerms: readonly string[] = []): Set<string> {
  const corrections = [...correctedTerms, ...correctionStems(correctedTerms)];
  if (query.phrases.length === 0) return new Set([...matchedTerms, ...corrections]);
  const inPhrases = new Set(query.phrases.flatMap((phrase) => phrase.words));
  const loose = query.words.filter((word) => !inPhrases.has(word));
  return new Set(matchedTerms.filter((term) => loose.some((word) => coversTerm(word, term))));
}

/**
 * The spans to mark in `text`: each phrase occurrence as one run (a phrase
 * is one thing the reader asked for), and each other matched word whole.
 * Spans are sorted and never overlap, as the snippet renderer expects.
 */
export function markMatches(text: string, matchedTerms: ReadonlySet<string>, phrases: ParsedQuery['phrases'], stop?: ScanStop): MatchedSpan[] {
  const joined = phrases.filter((phrase) => !phrase.negated && phrase.words.length > 1);
  const pairs = monthPairRuns(text, matchedTerms);
  // A stop counts single words only, so with phrase or month-pair runs to find the whole text is read.
  const words = findMatches(text, matchedTerms, joined.length === 0 && pairs.length === 0 ? stop : undefined);
  const runs = mergeRuns([
    ...joined.flatMap((phrase) => findPhraseSpans(text, phrase.words).map((span) => ({ ...span, term: `"${phrase.text}"` }))),
    ...pairs,
  ]);
  if (runs.length === 0) return words;
  const outside = words.filter((word) => !runs.some((run) => word.start < run.end && word.end > run.start));
  return [...runs, ...outside].sort((a, b) => a.start - b.start);
}
