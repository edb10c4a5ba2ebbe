// A problem found in a content file, reported as `file:line: what is wrong`.

export interface ContentProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}

/** A raw article record before validation, with where it came from. */
export interface RawRecord {
  readonly file: string;
  readonly line: number;
  readonly fields: Record<string, unknown>;
  /** The hash of the record's own bytes, where it has its own (a JSONL line): the article's content hash. */
  readonly sourceHash?: string;
}

export const isProblem = (item: object): item is ContentProblem => 'message' in item;

export interface ReadResult {
  readonly records: RawRecord[];
  readonly problems: ContentProblem[];
}

/** Line (1-based) of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < text.length; index++) if (text.charCodeAt(index) === 10) line++;
  return line;
}
