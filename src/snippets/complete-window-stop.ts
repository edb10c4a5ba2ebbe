// Early stop for a body's match scan: once a window shows every matched term, the rest of the body cannot show the reader more.

import type { WordAnalysis } from '../analysis/pipeline';
import type { MatchedSpan, ScanStop } from './find-matches';

/**
 * Ends a match scan once some window's words together yield every matched
 * term and the scan has passed that window's end. Every query word that
 * matched is then in that window, so no later window can show the reader
 * another (only more repeats). Bounds the cost of a long body whose opening
 * shows everything the query found; the first `readAtLeast` characters are
 * always read, so a short body's window is the densest one, as before.
 */
export class CompleteWindowStop implements ScanStop {
  /** Matches read so far, each with the matched terms its word yields. */
  private readonly seen: { readonly span: MatchedSpan; readonly terms: readonly string[] }[] = [];
  /** Matched term → how many words of the current window yield it. */
  private readonly counts = new Map<string, number>();
  private first = 0;
  private completeUntil = Infinity;

  constructor(
    private readonly matchedTerms: ReadonlySet<string>,
    private readonly length: number,
    private readonly readAtLeast = 0,
  ) {}

  add(span: MatchedSpan, analysis: WordAnalysis): void {
    const terms = [analysis.surface, ...analysis.stemFieldTerms, ...analysis.rootTerms].filter((term) => this.matchedTerms.has(term));
    this.seen.push({ span, terms });
    for (const term of terms) this.counts.set(term, (this.counts.get(term) ?? 0) + 1);
    // Keep the matches of the window that starts at the earliest match still able to reach this one.
    while (this.first < this.seen.length && span.end > this.seen[this.first]!.span.start + this.length) this.drop(this.seen[this.first++]!.terms);
    if (this.counts.size === this.matchedTerms.size) {
      this.completeUntil = Math.min(this.completeUntil, this.seen[this.first]!.span.start + this.length);
    }
  }

  reached(position: number): boolean {
    return position >= this.completeUntil && position >= this.readAtLeast;
  }

  private drop(terms: readonly string[]): void {
    for (const term of terms) {
      const count = this.counts.get(term)! - 1;
      if (count === 0) this.counts.delete(term);
      else this.counts.set(term, count);
    }
  }
}
