// Heaps' law, V = K · N^β: how many distinct word forms a corpus of N word tokens holds, fitted on real text.

/**
 * An Arabic word as it stands in the text: a letter, then letters, short vowels
 * and tatweel. Its form, the unit the vocabulary counts, is the word without them.
 */
export const ARABIC_WORD = /[\u0621-\u063A\u0641-\u064A\u0671-\u06D3][\u0621-\u065F\u0670-\u06D3]*/g;
const VOWELS_AND_TATWEEL = /[\u064B-\u065F\u0670\u0640]/g;

/** The word form counted for a word of the text: short vowels and tatweel removed. */
export function wordFormOf(word: string): string {
  return word.replace(VOWELS_AND_TATWEEL, '');
}

/** The Arabic word forms of a text, in order. */
export function arabicWordsOf(text: string): string[] {
  return (text.match(ARABIC_WORD) ?? []).map(wordFormOf);
}

export interface HeapsFit {
  readonly k: number;
  readonly beta: number;
  /** Share of the variance of log V that the fit explains. */
  readonly rSquared: number;
}

/** One point of a vocabulary growth curve: after `tokens` tokens, `forms` distinct forms had been seen. */
export interface GrowthPoint {
  readonly tokens: number;
  readonly forms: number;
}

/** Least squares on log V = log K + β log N. */
export function fitHeapsLaw(points: readonly GrowthPoint[]): HeapsFit {
  if (points.length < 2) throw new Error('fitHeapsLaw needs at least two growth points; give a larger source corpus');
  const xs = points.map((point) => Math.log(point.tokens));
  const ys = points.map((point) => Math.log(point.forms));
  const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
  const meanX = mean(xs);
  const meanY = mean(ys);
  let covariance = 0;
  let varianceX = 0;
  let varianceY = 0;
  xs.forEach((x, index) => {
    covariance += (x - meanX) * (ys[index]! - meanY);
    varianceX += (x - meanX) ** 2;
    varianceY += (ys[index]! - meanY) ** 2;
  });
  const beta = covariance / varianceX;
  const k = Math.exp(meanY - beta * meanX);
  const residual = xs.reduce((sum, x, index) => sum + (ys[index]! - (Math.log(k) + beta * x)) ** 2, 0);
  return { k, beta, rSquared: varianceY === 0 ? 1 : 1 - residual / varianceY };
}

/**
 * Distinct forms the law expects after `tokens` tokens, for a corpus that
 * held `anchor.forms` forms at `anchor.tokens`: the fitted exponent, through
 * the measured end point, so growth starts from the real vocabulary, not from the fit's estimate of it.
 */
export function expectedForms(fit: HeapsFit, anchor: GrowthPoint, tokens: number): number {
  return anchor.forms * (tokens / anchor.tokens) ** fit.beta;
}
