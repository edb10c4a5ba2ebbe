// Grows a real news corpus to N articles: the real ones first, then articles of real sentences whose vocabulary keeps growing as Heaps' law says.

import { readFileLines } from '../content/read-file-lines';
import { ARABIC_WORD, expectedForms, type GrowthPoint } from './heaps-law';
import { NewWordForms } from './new-word-forms-pool';
import { SeededRandom } from './seeded-random';
import type { ArticleTemplate, SourceCorpus } from './source-corpus';

export interface GrowOptions {
  readonly articles: number;
  readonly seed: number;
  /** Called every `progressEvery` articles written. */
  readonly onProgress?: (written: number) => void;
}

export interface GrowReport {
  readonly articles: number;
  readonly realArticles: number;
  readonly generatedArticles: number;
  readonly tokens: number;
  /** Distinct word forms of the output: the real vocabulary and the new forms (the real count is exact when every real article is included). */
  readonly forms: number;
  readonly newForms: number;
  /** What Heaps' law expects for `tokens`. */
  readonly expectedForms: number;
  readonly meanBodyLength: number;
}

/** Writes one line of output; may wait for the writer to drain. */
export type WriteLine = (line: string) => void | Promise<void>;

/** A paragraph break instead of a space between two sentences, about as often as the news bodies have them. */
const PARAGRAPH_BREAK_RATE = 0.3;
/** Re-used new forms favour the older ones (u^3 puts most draws near 0), as an archive's earlier coinages are by now its commoner words. */
const REUSE_SKEW = 3;

/** The real sentences that make a body as long as the template's (the last one kept only if that lands closer to the length). */
function drawSentences(source: SourceCorpus, template: ArticleTemplate, random: SeededRandom): number[] {
  const chosen: number[] = [];
  let length = 0;
  while (length < template.bodyLength) {
    const sentence = random.below(source.sentences.length);
    const before = length;
    length += source.sentences[sentence]!.length + (chosen.length > 0 ? 1 : 0);
    if (chosen.length > 0 && length - template.bodyLength > template.bodyLength - before) break;
    chosen.push(sentence);
  }
  return chosen;
}

/** `count` distinct positions in [0, size), in random order. */
function distinctPositions(count: number, size: number, random: SeededRandom): number[] {
  const taken = new Set<number>();
  const order: number[] = [];
  while (order.length < Math.min(count, size)) {
    const position = random.below(size);
    if (!taken.has(position)) {
      taken.add(position);
      order.push(position);
    }
  }
  return order;
}

/** Replaces the words at the given token positions of a sentence (positions relative to the sentence). */
function replaceWords(sentence: string, replacements: ReadonlyMap<number, string>): string {
  let index = -1;
  return sentence.replace(ARABIC_WORD, (word) => {
    index++;
    return replacements.get(index) ?? word;
  });
}

/** Writes the first `count` source lines unchanged; returns how many were written. */
async function copyRealArticles(source: SourceCorpus, count: number, write: WriteLine): Promise<number> {
  let written = 0;
  for (const file of source.files) {
    for await (const { text } of readFileLines(file)) {
      if (written === count) return written;
      if (text.trim() === '') continue;
      await write(text);
      written++;
    }
  }
  return written;
}

/** The generator's state between articles: tokens written so far and the new forms coined. */
class Vocabulary {
  tokens: number;
  private readonly anchor: GrowthPoint;

  constructor(
    private readonly source: SourceCorpus,
    readonly forms: NewWordForms,
    private readonly random: SeededRandom,
  ) {
    this.tokens = source.tokens;
    this.anchor = { tokens: source.tokens, forms: source.vocabulary.size };
  }

  /** New forms the law asks for by the time `tokens` tokens are written, beyond the real vocabulary. */
  private newFormsDue(tokens: number): number {
    return Math.max(0, Math.round(this.expectedAt(tokens) - this.anchor.forms));
  }

  expectedAt(tokens: number): number {
    return expectedForms(this.source.fit, this.anchor, tokens);
  }

  /** Reuse rate of coined forms: the real fresh-token share, less what brand-new forms already take. */
  private reuseRate(): number {
    const newFormRate = (this.source.fit.beta * this.expectedAt(this.tokens)) / this.tokens;
    return Math.max(0, this.source.freshTokenShare - newFormRate);
  }

  /** Which tokens of an article of `tokens` tokens become which new or re-used forms. */
  replacementsFor(tokens: number): Map<number, string> {
    const fresh = Math.max(0, this.newFormsDue(this.tokens + tokens) - this.forms.count);
    const reused = this.forms.count === 0 ? 0 : Math.floor(tokens * this.reuseRate() + this.random.next());
    const positions = distinctPositions(fresh + reused, tokens, this.random);
    const replacements = new Map<number, string>();
    positions.forEach((position, order) => {
      const form = order < fresh ? this.forms.coin() : this.forms.at(Math.floor(this.forms.count * this.random.next() ** REUSE_SKEW));
      replacements.set(position, form);
    });
    this.tokens += tokens;
    return replacements;
  }
}

function composeBody(source: SourceCorpus, sentences: readonly number[], replacements: ReadonlyMap<number, string>, random: SeededRandom): string {
  let body = '';
  let offset = 0;
  sentences.forEach((sentenceIndex, order) => {
    const count = source.sentenceTokens[sentenceIndex]!;
    const local = new Map<number, string>();
    for (const [position, form] of replacements) if (position >= offset && position < offset + count) local.set(position - offset, form);
    const sentence = source.sentences[sentenceIndex]!;
    if (order > 0) body += random.next() < PARAGRAPH_BREAK_RATE ? '\n' : ' ';
    body += local.size === 0 ? sentence : replaceWords(sentence, local);
    offset += count;
  });
  return body;
}

function generatedArticle(ordinal: number, source: SourceCorpus, vocabulary: Vocabulary, random: SeededRandom): { line: string; bodyLength: number } {
  const template = random.pick(source.templates);
  const title = random.pick(source.titles);
  const sentences = drawSentences(source, template, random);
  const tokens = sentences.reduce((sum, sentence) => sum + source.sentenceTokens[sentence]!, 0);
  const body = composeBody(source, sentences, vocabulary.replacementsFor(tokens), random);
  const id = `gen-${String(ordinal).padStart(7, '0')}`;
  if (source.ids.has(id)) throw new Error(`generated id ${id} is already a real article's id; rename the real one or change the id scheme`);
  const url = template.url === undefined ? undefined : `${template.url}#${id}`;
  const article = { id, title, body, category: template.category, source: template.source, url, date: template.date };
  return { line: JSON.stringify(article), bodyLength: body.length };
}

/**
 * Writes a corpus of `options.articles` articles: the real source articles
 * unchanged (as many as fit), then generated ones. Same source, seed and
 * size → the same lines, byte for byte.
 */
export async function growCorpus(source: SourceCorpus, options: GrowOptions, write: WriteLine): Promise<GrowReport> {
  const random = new SeededRandom(options.seed);
  const realArticles = await copyRealArticles(source, Math.min(options.articles, source.articles), write);
  const vocabulary = new Vocabulary(source, new NewWordForms(source.vocabulary), random);
  let bodyCharacters = source.templates.slice(0, realArticles).reduce((sum, template) => sum + template.bodyLength, 0);
  for (let ordinal = realArticles + 1; ordinal <= options.articles; ordinal++) {
    const { line, bodyLength } = generatedArticle(ordinal, source, vocabulary, random);
    await write(line);
    bodyCharacters += bodyLength;
    options.onProgress?.(ordinal);
  }
  const allReal = realArticles === source.articles;
  return {
    articles: options.articles,
    realArticles,
    generatedArticles: options.articles - realArticles,
    tokens: allReal ? vocabulary.tokens : Number.NaN,
    forms: allReal ? source.vocabulary.size + vocabulary.forms.count : Number.NaN,
    newForms: vocabulary.forms.count,
    expectedForms: allReal ? Math.round(vocabulary.expectedAt(vocabulary.tokens)) : Number.NaN,
    meanBodyLength: bodyCharacters / options.articles,
  };
}
