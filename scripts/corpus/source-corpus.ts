// The real corpora a generated one grows from: article templates, a pool of sentences, and the vocabulary's growth fitted as Heaps' law.

import { readFileLines } from '../content/read-file-lines';
import { ARABIC_WORD, arabicWordsOf, fitHeapsLaw, type GrowthPoint, type HeapsFit } from './heaps-law';
import { SeededRandom } from './seeded-random';

/** What a generated article borrows from one real article: its body length and its metadata, drawn together so they stay correlated. */
export interface ArticleTemplate {
  readonly bodyLength: number;
  readonly date?: string;
  readonly category?: string;
  readonly source?: string;
  readonly url?: string;
}

export interface SourceCorpus {
  readonly files: readonly string[];
  readonly articles: number;
  readonly templates: readonly ArticleTemplate[];
  readonly titles: readonly string[];
  readonly sentences: readonly string[];
  /** Arabic word tokens in each sentence of `sentences`. */
  readonly sentenceTokens: readonly number[];
  readonly ids: ReadonlySet<string>;
  /** Every distinct Arabic word form of the bodies, so new forms never repeat a real one. */
  readonly vocabulary: ReadonlySet<string>;
  readonly tokens: number;
  readonly fit: HeapsFit;
  /**
   * Share of the second half's tokens whose form first appeared in the second half: how much
   * of running text belongs to recently coined or rare words. Generated text keeps that share.
   */
  readonly freshTokenShare: number;
}

const SENTENCE_END = /(?<=[.!?؟])\s+|\s*\n+\s*/u;
/** Growth points are taken each time the token count grows by this factor. */
const POINT_GROWTH = 1.2;
const FIRST_POINT = 1_000;
/**
 * The fit uses the last two decades of the curve (from 1% of the tokens on): the log-log curve
 * bends down as it grows (its local slope falls from about 0.6 to 0.46 over the 40k articles),
 * and it is the upper part that a generator extends.
 */
const FIT_FROM_SHARE = 0.01;
/** The shuffle of the growth measurement is part of the fit, not of a generated corpus: it has its own fixed seed. */
const GROWTH_ORDER_SEED = 0x5eed;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** A JSONL line of a source corpus as an object, or an error naming the line. */
function parseSourceLine(file: string, line: number, raw: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value === 'object' && value !== null && typeof (value as { body?: unknown }).body === 'string')
      return value as Record<string, unknown>;
  } catch {
    // reported below with the line
  }
  throw new Error(`${file}:${line}: not a JSON article with a body; the source corpora must be JSONL news articles`);
}

interface FormCounts {
  first: number;
  count: number;
}

/** The articles in a fixed shuffled order, so the growth curve is not bent by where one source's files end and another's begin. */
function shuffledArticles(count: number): number[] {
  const order = Array.from({ length: count }, (_, index) => index);
  const random = new SeededRandom(GROWTH_ORDER_SEED);
  for (let index = count - 1; index > 0; index--) {
    const other = random.below(index + 1);
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
  return order;
}

/** Reads the articles' words in shuffled order: every form's first token and count, and the growth curve. */
function measureGrowth(
  sentences: readonly string[],
  sentenceEnds: readonly number[],
): { forms: Map<string, FormCounts>; points: GrowthPoint[]; tokens: number } {
  const forms = new Map<string, FormCounts>();
  const points: GrowthPoint[] = [];
  let tokens = 0;
  let nextPoint = FIRST_POINT;
  for (const article of shuffledArticles(sentenceEnds.length)) {
    for (let sentence = article === 0 ? 0 : sentenceEnds[article - 1]!; sentence < sentenceEnds[article]!; sentence++) {
      for (const word of arabicWordsOf(sentences[sentence]!)) {
        const seen = forms.get(word);
        if (seen === undefined) forms.set(word, { first: tokens, count: 1 });
        else seen.count++;
        tokens++;
      }
    }
    if (tokens >= nextPoint) {
      points.push({ tokens, forms: forms.size });
      nextPoint = tokens * POINT_GROWTH;
    }
  }
  points.push({ tokens, forms: forms.size });
  return { forms, points, tokens };
}

/** Reads the source corpora once and keeps what generation needs (bounded by the sources, not by the size generated). */
export async function readSourceCorpus(files: readonly string[]): Promise<SourceCorpus> {
  const templates: ArticleTemplate[] = [];
  const titles: string[] = [];
  const sentences: string[] = [];
  const sentenceTokens: number[] = [];
  const ids = new Set<string>();
  const sentenceEnds: number[] = [];
  for (const file of files) {
    for await (const { line, text: raw } of readFileLines(file)) {
      if (raw.trim() === '') continue;
      const record = parseSourceLine(file, line, raw);
      const body = record.body as string;
      ids.add(String(record.id));
      titles.push(text(record.title) ?? '');
      templates.push({
        bodyLength: body.length,
        date: text(record.date),
        category: text(record.category),
        source: text(record.source),
        url: text(record.url),
      });
      for (const sentence of body.split(SENTENCE_END)) {
        const words = sentence.match(ARABIC_WORD)?.length ?? 0;
        if (words === 0) continue;
        sentences.push(sentence);
        sentenceTokens.push(words);
      }
      sentenceEnds.push(sentences.length);
    }
  }
  const { forms, points, tokens } = measureGrowth(sentences, sentenceEnds);
  return {
    files,
    articles: templates.length,
    templates,
    titles,
    sentences,
    sentenceTokens,
    ids,
    vocabulary: new Set(forms.keys()),
    tokens,
    fit: fitHeapsLaw(points.filter((point) => point.tokens >= tokens * FIT_FROM_SHARE)),
    freshTokenShare: freshShareOf(forms, tokens),
  };
}

function freshShareOf(forms: ReadonlyMap<string, FormCounts>, tokens: number): number {
  const half = tokens / 2;
  let fresh = 0;
  for (const { first, count } of forms.values()) if (first >= half) fresh += count;
  return tokens === 0 ? 0 : fresh / (tokens - half);
}
