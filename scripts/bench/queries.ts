// Bench queries: the hand-written news relevance queries (1–4 words), as a reader types them.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const QUERIES_FILE = resolve('eval/news/queries.jsonl');

/** The query texts of a JSONL file of {"q": …} lines (eval/news/queries.jsonl by default), in file order. */
export function readBenchQueries(file: string = QUERIES_FILE): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { q: string }).q);
}
