// Early stop for a body's match scan: once a window holds every matched term, the rest of the body cannot show the reader more.

import type { MatchedSpan, ScanStop } from './find-matches';

/**
 * Ends a match scan once some window already holds every matched term and
 * the scan has passed that window's end. A later window could at best tie on
 * distinct terms (it might repeat them more often, which tells the reader
 * little), so the window chosen from what was read shows every term there is.
 * Bounds the cost of a long body whose opening shows everything the query found.
 */
export class CompleteWindowStop implements ScanStop {
  private readonly seen: MatchedSpan[] = [];
  private readonly counts = new Map<string, number>();
  private first = 0;
  private completeUntil = Infinity;

  constructor(
    private readonly termCount: number,
    private readonly length: number,
  ) {}

  add(span: MatchedSpan): void {
    this.seen.push(span);
    this.counts.set(span.term, (this.counts.get(span.term) ?? 0) + 1);
    // Keep the matches of the window that starts at the earliest match still able to reach this one.
    while (this.first < this.seen.length && span.end > this.seen[this.first]!.start + this.length) this.drop(this.seen[this.first++]!.term);
    if (this.counts.size === this.termCount) this.completeUntil = Math.min(this.completeUntil, this.seen[this.first]!.start + this.length);
  }

  reached(position: number): boolean {
    return position >= this.completeUntil;
  }

  private drop(term: string): void {
    const count = this.counts.get(term)! - 1;
    if (count === 0) this.counts.delete(term);
    else this.counts.set(term, count);
  }
}
