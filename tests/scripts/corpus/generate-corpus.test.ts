// corpus:generate: a small source corpus grown to N articles, reproducible byte for byte, with the vocabulary Heaps' law asks for.

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arabicWordsOf } from '../../../scripts/corpus/heaps-law';
import { SeededRandom } from '../../../scripts/corpus/seeded-random';

const run = promisify(execFile);
const CLI = resolve('scripts/corpus/generate-corpus.ts');
const TSX = resolve('node_modules/.bin/tsx');
const folder = mkdtempSync(join(tmpdir(), 'bahth-corpus-'));
const SOURCE = join(folder, 'source.jsonl');
const SOURCE_ARTICLES = 120;
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A small news corpus whose words follow a Zipf-like law over 4,000 made-up forms, as real text does over real ones. */
function writeSourceCorpus(): void {
  const random = new SeededRandom(7);
  const letters = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'];
  const word = (rank: number): string =>
    [rank % 28, Math.floor(rank / 28) % 28, Math.floor(rank / 784) % 28, 3].map((index) => letters[index]).join('');
  const sentence = (): string => `${Array.from({ length: 6 + random.below(10) }, () => word(Math.floor(4_000 ** random.next()))).join(' ')}.`;
  const lines = Array.from({ length: SOURCE_ARTICLES }, (_, index) => {
    const body = Array.from({ length: 3 + random.below(8) }, sentence).join(index % 3 === 0 ? '\n' : ' ');
    return JSON.stringify({
      id: `src-${index}`,
      title: sentence(),
      body,
      category: ['sport', 'economy'][index % 2],
      source: 'مصدر',
      url: `https://example.com/${index}`,
      date: `2018-03-${String(1 + (index % 28)).padStart(2, '0')}`,
    });
  });
  writeFileSync(SOURCE, `${lines.join('\n')}\n`);
}

interface Summary {
  fit: { k: number; beta: number };
  files: { file: string; articles: number; realArticles: number; forms: number; tokens: number }[];
}

async function generate(articles: number, seed: number, name: string): Promise<{ lines: string[]; bytes: Buffer; summary: Summary }> {
  const out = join(folder, name);
  const { stdout } = await run(TSX, [CLI, '--articles', String(articles), '--seed', String(seed), '--from', SOURCE, '--out', out, '--json']);
  const bytes = readFileSync(out);
  return { bytes, lines: gunzipSync(bytes).toString('utf8').trimEnd().split('\n'), summary: JSON.parse(stdout) as Summary };
}

let first: Awaited<ReturnType<typeof generate>>;
beforeAll(async () => {
  writeSourceCorpus();
  first = await generate(600, 42, 'a.jsonl.gz');
}, 60_000);

describe('corpus:generate', () => {
  it('writes the same bytes for the same seed, and other articles for another seed', async () => {
    const again = await generate(600, 42, 'b.jsonl.gz');
    const other = await generate(600, 43, 'c.jsonl.gz');
    expect(again.bytes.equals(first.bytes)).toBe(true);
    expect(other.lines.slice(SOURCE_ARTICLES)).not.toEqual(first.lines.slice(SOURCE_ARTICLES));
  }, 60_000);

  it('keeps the real articles first, unchanged, then generated ones with unique ids and real metadata', () => {
    const source = readFileSync(SOURCE, 'utf8').trimEnd().split('\n');
    expect(first.lines).toHaveLength(600);
    expect(first.lines.slice(0, SOURCE_ARTICLES)).toEqual(source);
    const articles = first.lines.map((line) => JSON.parse(line) as Record<string, string>);
    expect(new Set(articles.map((article) => article.id)).size).toBe(600);
    const realDates = new Set(articles.slice(0, SOURCE_ARTICLES).map((article) => article.date));
    for (const article of articles.slice(SOURCE_ARTICLES)) {
      expect(realDates.has(article.date)).toBe(true);
      expect(['sport', 'economy']).toContain(article.category);
      expect(article.body?.length).toBeGreaterThan(0);
    }
  });

  it('grows the vocabulary as the law fitted on the source asks: the real forms plus the new ones', () => {
    const forms = new Set(first.lines.flatMap((line) => arabicWordsOf((JSON.parse(line) as { body: string }).body)));
    const [file] = first.summary.files;
    expect(forms.size).toBe(file!.forms);
    const sourceForms = new Set(
      readFileSync(SOURCE, 'utf8')
        .trimEnd()
        .split('\n')
        .flatMap((line) => arabicWordsOf((JSON.parse(line) as { body: string }).body)),
    );
    expect(forms.size).toBeGreaterThan(sourceForms.size * 1.5);
    expect(first.summary.fit.beta).toBeGreaterThan(0.3);
    expect(first.summary.fit.beta).toBeLessThan(1);
  });

  it('draws article lengths from the real ones', () => {
    const lengths = first.lines.map((line) => (JSON.parse(line) as { body: string }).body.length);
    const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean(lengths.slice(SOURCE_ARTICLES)) / mean(lengths.slice(0, SOURCE_ARTICLES))).toBeGreaterThan(0.85);
    expect(mean(lengths.slice(SOURCE_ARTICLES)) / mean(lengths.slice(0, SOURCE_ARTICLES))).toBeLessThan(1.15);
  });
});
