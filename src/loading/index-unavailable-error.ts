// The one error the loader raises: the index cannot be served, and the message says how to fix it.

/** The fix every index problem shares, closing each message. */
export const REBUILD_ADVICE = 'Rebuild it with `npm run build:index` and restart the worker.';

export type IndexProblem = 'missing' | 'version_mismatch' | 'corrupt';

export class IndexUnavailableError extends Error {
  constructor(
    readonly problem: IndexProblem,
    message: string,
  ) {
    super(message);
    this.name = 'IndexUnavailableError';
  }
}
