// A posting list's frontier: the (term frequency, field length) pairs that no other posting of the list beats on both.

/**
 * BM25 grows with term frequency and shrinks with field length, whatever its
 * parameters, so the highest-scoring posting of a list is among these: for
 * each frequency the shortest field, kept only if every higher frequency's
 * shortest field is longer. A few dozen pairs even for 200,000 postings, so
 * bounds can read a list's best posting off them (search/highest-posting.ts).
 * Built while a list is decoded, at no measurable cost.
 */
export class FrontierBuilder {
  /** The shortest field length seen at each frequency; NONE where none was. Grows with the highest frequency seen. */
  private shortest = new Int32Array(64).fill(NONE);
  private highest = 0;

  add(frequency: number, length: number): void {
    if (frequency >= this.shortest.length) {
      const grown = new Int32Array(Math.max(frequency + 1, 2 * this.shortest.length)).fill(NONE);
      grown.set(this.shortest);
      this.shortest = grown;
    }
    if (frequency > this.highest) this.highest = frequency;
    if (length < this.shortest[frequency]!) this.shortest[frequency] = length;
  }

  /** The pairs, flattened as frequency, length, …, from the highest frequency down. */
  finish(): Int32Array {
    const pairs: number[] = [];
    let shortestAbove = NONE;
    for (let frequency = this.highest; frequency >= 0; frequency--) {
      const length = this.shortest[frequency]!;
      if (length >= shortestAbove) continue;
      pairs.push(frequency, length);
      shortestAbove = length;
    }
    return Int32Array.from(pairs);
  }
}

/** Longer than any field: a frequency not seen, and the bound nothing is compared against yet. */
const NONE = 0x7fffffff;

/** The frontier of parallel frequency and length columns (a decoded list's, or the build's). */
export function frontierOfColumns(frequencies: ArrayLike<number>, lengths: ArrayLike<number>): Int32Array {
  const builder = new FrontierBuilder();
  for (let index = 0; index < frequencies.length; index++) builder.add(frequencies[index]!, lengths[index]!);
  return builder.finish();
}
