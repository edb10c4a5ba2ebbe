// Relevance sets from files: queries (JSONL or TSV), TREC qrels, or a SQuAD file turned into all three. Node only.

import { readFileSync } from 'node:fs';
import type { Article } from '../../src/content/article';
import type { Judgments } from './metrics';

export interface EvalQuery {
  readonly id: string;
  readonly text: string;
}

/** Everything an evaluation needs: the queries and, per query id, its judged documents. */
export interface RelevanceSet {
  readonly queries: readonly EvalQuery[];
  readonly qrels: ReadonlyMap<string, Judgments>;
}

/** Reads queries as JSONL `{ "id", "q" }` or as TSV `id<TAB>query`, one a line. */
export function readQueries(path: string): EvalQuery[] {
  const queries: EvalQuery[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      if (line.trimStart().startsWith('{')) {
        const value = JSON.parse(line) as { id?: unknown; q?: unknown };
        if (value.id === undefined || typeof value.q !== 'string') {
          throw new Error(`${path}:${index + 1}: a JSONL query needs "id" and a string "q"`);
        }
        queries.push({ id: String(value.id), text: value.q });
        return;
      }
      const tab = line.indexOf('\t');
      if (tab < 0) throw new Error(`${path}:${index + 1}: expected JSONL {"id","q"} or TSV id<TAB>query`);
      queries.push({ id: line.slice(0, tab).trim(), text: line.slice(tab + 1) });
    });
  return queries;
}

/** Reads TREC qrels: `qid iteration docid relevance`, whitespace-separated. */
export function readQrels(path: string): Map<string, Map<string, number>> {
  const qrels = new Map<string, Map<string, number>>();
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      const fields = line.trim().split(/\s+/);
      const [queryId, , documentId, grade] = fields;
      if (fields.length !== 4 || queryId === undefined || documentId === undefined || Number.isNaN(Number(grade))) {
        throw new Error(`${path}:${index + 1}: expected TREC qrels "qid 0 docid relevance"`);
      }
      const judged = qrels.get(queryId) ?? new Map<string, number>();
      judged.set(documentId, Number(grade));
      qrels.set(queryId, judged);
    });
  return qrels;
}

interface SquadFile {
  data: { title: string; paragraphs: { context: string; qas: { id: string; question: string }[] }[] }[];
}

/**
 * A SQuAD file as a relevance set: each paragraph is an article (titled by its
 * Wikipedia article's title), each question a query whose one relevant
 * document is the paragraph it was asked on.
 */
export function readSquad(path: string, withTitles = true): { articles: Article[]; set: RelevanceSet } {
  const squad = JSON.parse(readFileSync(path, 'utf8')) as SquadFile;
  const articles: Article[] = [];
  const queries: EvalQuery[] = [];
  const qrels = new Map<string, Judgments>();
  squad.data.forEach((entry, articleIndex) => {
    entry.paragraphs.forEach((paragraph, paragraphIndex) => {
      const id = `p${articleIndex}-${paragraphIndex}`;
      // Without titles every paragraph is titled by its id, which no question contains.
      articles.push({ id, title: withTitles ? entry.title : id, body: paragraph.context });
      for (const qa of paragraph.qas) {
        queries.push({ id: qa.id, text: qa.question });
        qrels.set(qa.id, new Map([[id, 1]]));
      }
    });
  });
  return { articles, set: { queries, qrels } };
}
