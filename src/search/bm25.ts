// BM25 as MiniSearch 7 computes it: the two expressions every scorer of this folder shares, so scores agree to the bit.

/** BM25's inverse document frequency of a term in `matching` of `documentCount` articles, as MiniSearch computes it. */
export function inverseFrequencyOf(documentCount: number, matching: number): number {
  return Math.log(1 + (documentCount - matching + 0.5) / (matching + 0.5));
}

/** One posting's BM25, before the term's weight: the same expression, in the same order, as MiniSearch's calcBM25Score, so scores agree to the bit. */
export function postingScore(
  inverseFrequency: number,
  frequency: number,
  fieldLength: number,
  averageLength: number,
  k: number,
  b: number,
  d: number,
): number {
  return inverseFrequency * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * fieldLength) / averageLength)));
}
