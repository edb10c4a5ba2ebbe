// Read budget: how many dictionary pieces one request may read, so no query fans out past what a Worker may fetch.

/**
 * Dictionary pieces (term blocks and lexicon groups) one request may read
 * that are not already in memory. A Worker on the free plan may make 50
 * subrequests a request; a page of ten hits reads up to twenty document
 * pieces and directory chunks, and a cold isolate first reads the manifest
 * and a root (and deletion list) per segment. Twenty-four leaves room for
 * both. The news queries read at most 25 files in all at 1M articles, so
 * only fan-out queries meet the budget: eight Latin names, each looked up
 * under up to 256 cross-script readings, read 58 files at 100k.
 */
export const DICTIONARY_READS_PER_REQUEST = 24;

/**
 * Counts one request's reads. Once the budget is spent, the pieces a lookup
 * still wants are left unread, the lookup answers without them, and the
 * request says so (`partial`): the readings asked for first are the ones read.
 */
export class ReadBudget {
  private spent = 0;
  private refused = 0;

  constructor(readonly limit: number = DICTIONARY_READS_PER_REQUEST) {}

  /** Grants up to `wanted` more reads (at most `atMost` of them); returns how many were granted. */
  grant(wanted: number, atMost = wanted): number {
    const granted = Math.max(0, Math.min(wanted, atMost, this.limit - this.spent));
    this.spent += granted;
    this.refused += wanted - granted;
    return granted;
  }

  /** Reads granted so far. */
  get reads(): number {
    return this.spent;
  }

  /** True once some piece was left unread: the answer may lack matches. */
  get cut(): boolean {
    return this.refused > 0;
  }
}
