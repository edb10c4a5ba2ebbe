// Bench queries: the hand-written news relevance queries (1–4 words), as a reader types them.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const QUERIES_FILE = resolve('eval/news/queries.jsonl');

/** The query texts of eval/news/queries.jsonl, in file order. */
export function readBenchQueries(): string[] {
  return readFileSync(QUERIES_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { q: string }).q);
}
