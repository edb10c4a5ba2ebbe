import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readQrels, readQueries, readSquad } from '../../scripts/eval/relevance-set';

const write = (name: string, text: string): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'bahth-eval-')), name);
  writeFileSync(path, text);
  return path;
};

describe('readQueries', () => {
  it('reads JSONL and TSV queries alike', () => {
    expect(readQueries(write('q.jsonl', '{"id":"q1","q":"لافروف"}\n{"id":2,"q":"مراكش"}\n'))).toEqual([
      { id: 'q1', text: 'لافروف' },
      { id: '2', text: 'مراكش' },
    ]);
    expect(readQueries(write('q.tsv', 'q1\tوزير الخارجية\n'))).toEqual([{ id: 'q1', text: 'وزير الخارجية' }]);
  });

  it('names the file and line of a malformed query', () => {
    expect(() => readQueries(write('q.txt', 'no tab here\n'))).toThrow(/q\.txt:1: expected JSONL/);
  });
});

describe('readQrels', () => {
  it('reads TREC qrels into graded judgments per query', () => {
    const qrels = readQrels(write('qrels.txt', 'q1 0 doc-a 2\nq1 0 doc-b 1\nq2 0 doc-c 1\n'));
    expect([...qrels.get('q1')!]).toEqual([
      ['doc-a', 2],
      ['doc-b', 1],
    ]);
    expect(qrels.get('q2')!.get('doc-c')).toBe(1);
  });

  it('names the file and line of a malformed judgment', () => {
    expect(() => readQrels(write('qrels.txt', 'q1 doc-a 1\n'))).toThrow(/qrels\.txt:1:/);
  });
});

describe('readSquad', () => {
  const squad = JSON.stringify({
    data: [{ title: 'المغرب', paragraphs: [{ context: 'المغرب بلد في شمال أفريقيا.', qas: [{ id: 'x1', question: 'أين يقع المغرب؟' }] }] }],
  });

  it('turns paragraphs into articles and questions into queries judged against their paragraph', () => {
    const { articles, set } = readSquad(write('squad.json', squad));
    expect(articles).toEqual([{ id: 'p0-0', title: 'المغرب', body: 'المغرب بلد في شمال أفريقيا.' }]);
    expect(set.queries).toEqual([{ id: 'x1', text: 'أين يقع المغرب؟' }]);
    expect([...set.qrels.get('x1')!]).toEqual([['p0-0', 1]]);
  });

  it('can leave the article titles out', () => {
    expect(readSquad(write('squad.json', squad), false).articles[0]?.title).toBe('p0-0');
  });
});
