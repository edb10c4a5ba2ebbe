// Bench corpora: the shared news and ARCD data → validated articles, read at run time (never copied into the repo).

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Article, articleInputSchema } from '../../src/content/article';

export const NEWS_FILE = resolve('../shared/data/news-jawhara.jsonl');
export const ARCD_FILE = resolve('../shared/data/arcd-train.json');

export interface Corpus {
  readonly name: string;
  readonly articles: readonly Article[];
}

/** The news data has empty strings for unknown category/source; the build treats absent and empty alike. */
function withoutEmptyFields(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== '' && value !== null));
}

function validate(records: readonly Record<string, unknown>[], source: string): Article[] {
  return records.map((record, index) => {
    const parsed = articleInputSchema.safeParse(withoutEmptyFields(record));
    if (!parsed.success) throw new Error(`${source}: record ${index + 1} is not a valid article: ${parsed.error.message}`);
    return parsed.data;
  });
}

/** The first `limit` news articles (all when limit is undefined). */
export function readNewsCorpus(limit?: number): Corpus {
  const lines = readFileSync(NEWS_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const records = lines.slice(0, limit).map((line) => JSON.parse(line) as Record<string, unknown>);
  const articles = validate(records, NEWS_FILE);
  return { name: `news-${articles.length}`, articles };
}

interface SquadFile {
  data: { title: string; paragraphs: { context: string }[] }[];
}

/** Every ARCD paragraph as an article titled with its Wikipedia page. */
export function readArcdCorpus(): Corpus {
  const squad = JSON.parse(readFileSync(ARCD_FILE, 'utf8')) as SquadFile;
  const records = squad.data.flatMap((page, pageIndex) =>
    page.paragraphs.map((paragraph, paragraphIndex) => ({
      id: `arcd-${pageIndex}-${paragraphIndex}`,
      title: page.title,
      body: paragraph.context,
    })),
  );
  const articles = validate(records, ARCD_FILE);
  return { name: `arcd-${articles.length}`, articles };
}
