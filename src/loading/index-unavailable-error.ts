// The one error the loader raises: the index cannot be served, and the message says how to fix it.

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
