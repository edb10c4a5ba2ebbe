// CLI: grows the shared news corpora to N articles as a seeded, reproducible .jsonl.gz, for scale benchmarks.
//
// Source data (read at run time from ../shared/data, never copied into the repository): the ANT Corpus,
// news-jawhara.jsonl (v1.1) and news-ant-multisource.jsonl.gz (multi-source v2.1). Its authors ask that work
// done with it cite: A. Chouigui, O. Ben Khiroun, B. Elayeb, "ANT Corpus: An Arabic News Text Collection for
// Textual Classification", AICCSA 2017.

import { once } from 'node:events';
import { createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import { type GrowReport, growCorpus } from './grow-corpus';
import { readSourceCorpus, type SourceCorpus } from './source-corpus';

const DEFAULT_SOURCES = ['../shared/data/news-jawhara.jsonl', '../shared/data/news-ant-multisource.jsonl.gz'];
const DEFAULT_FOLDER = 'tmp/corpora';
/** Fastest gzip: at a million articles compression, not generation, would otherwise set the pace (the file is about a quarter larger than at level 6). */
const GZIP_LEVEL = 1;

const USAGE = `Usage: npm run corpus:generate -- --articles N[,N...] [--seed S] [--out FILE] [--from FILE]... [--json]

  --articles N    articles in the output: the real source articles first, then generated
                  ones; a comma-separated list writes one file per size
  --seed S        seed of the generator (default 1): the same seed gives the same bytes
  --out FILE      output file (one size only); default ${DEFAULT_FOLDER}/news-N.jsonl.gz
                  (news-N-seedS.jsonl.gz for a seed other than 1); git-ignored
  --from FILE     a source corpus, JSONL or JSONL.gz news articles; repeatable
                  (default: ${DEFAULT_SOURCES.join(' and ')})
  --json          print the fit and each file's figures as one JSON line`;

interface Invocation {
  readonly sizes: number[];
  readonly seed: number;
  readonly out?: string;
  readonly sources: string[];
  readonly json: boolean;
}

function readInvocation(argv: string[]): Invocation | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      from: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return null;
  const sizes = (values.articles ?? '')
    .split(',')
    .filter((size) => size !== '')
    .map(Number);
  if (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size < 1))
    throw new Error('--articles needs one or more whole numbers of articles, such as --articles 100000,300000');
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error('--seed must be a whole number from 0 to 4294967295');
  if (values.out !== undefined && sizes.length > 1)
    throw new Error('--out names one file: give one size with it, or leave it out to get one file per size');
  return { sizes, seed, ...(values.out === undefined ? {} : { out: values.out }), sources: values.from ?? DEFAULT_SOURCES, json: values.json };
}

function defaultOut(size: number, seed: number): string {
  return `${DEFAULT_FOLDER}/news-${size}${seed === 1 ? '' : `-seed${seed}`}.jsonl.gz`;
}

/** Writes one corpus through gzip into a temporary file, renamed into place only when complete. */
async function writeCorpus(source: SourceCorpus, size: number, seed: number, out: string): Promise<GrowReport> {
  mkdirSync(dirname(out), { recursive: true });
  const partial = `${out}.partial-${process.pid}`;
  const file = createWriteStream(partial);
  const gzip = createGzip({ level: GZIP_LEVEL });
  gzip.pipe(file);
  let buffered = '';
  const flush = async (): Promise<void> => {
    if (!gzip.write(buffered)) await once(gzip, 'drain');
    buffered = '';
  };
  try {
    const report = await growCorpus(
      source,
      { articles: size, seed, onProgress: (written) => written % 100_000 === 0 && process.stderr.write(`corpus: ${written} / ${size} articles\n`) },
      async (line) => {
        buffered += `${line}\n`;
        if (buffered.length >= 1 << 20) await flush();
      },
    );
    await flush();
    gzip.end();
    await once(file, 'close');
    renameSync(partial, out);
    return report;
  } catch (error) {
    gzip.destroy();
    file.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
}

function describeSource(source: SourceCorpus): string {
  const { k, beta, rSquared } = source.fit;
  return (
    `corpus: ${source.articles} real articles, ${source.tokens} Arabic word tokens (${(source.tokens / source.articles).toFixed(0)} an article), ` +
    `${source.vocabulary.size} distinct forms\n` +
    `corpus: Heaps' law fitted on them (articles in shuffled order, from 1% of the tokens on): V ≈ ${k.toFixed(1)} · N^${beta.toFixed(3)} over N tokens (R² ${rSquared.toFixed(4)}); ` +
    `fresh-word share of running text ${(source.freshTokenShare * 100).toFixed(2)}%`
  );
}

async function main(): Promise<number> {
  const invocation = readInvocation(process.argv.slice(2));
  if (invocation === null) {
    console.log(USAGE);
    return 0;
  }
  const started = performance.now();
  const source = await readSourceCorpus(invocation.sources.map((path) => resolve(path)));
  if (!invocation.json) console.log(describeSource(source));
  const files: (GrowReport & { file: string; seconds: number })[] = [];
  for (const size of invocation.sizes) {
    const out = invocation.out ?? defaultOut(size, invocation.seed);
    const before = performance.now();
    const report = await writeCorpus(source, size, invocation.seed, resolve(out));
    files.push({ file: out, seconds: (performance.now() - before) / 1000, ...report });
    if (!invocation.json) {
      console.log(
        `corpus: wrote ${out}: ${report.realArticles} real + ${report.generatedArticles} generated articles, mean body ${report.meanBodyLength.toFixed(0)} characters, ` +
          `${report.tokens} tokens, vocabulary grown to ${report.forms} distinct forms as the law asks (${report.newForms} new), ` +
          `${files.at(-1)!.seconds.toFixed(1)} s`,
      );
    }
  }
  if (invocation.json) {
    console.log(
      JSON.stringify({
        seed: invocation.seed,
        sources: invocation.sources,
        articles: source.articles,
        tokens: source.tokens,
        forms: source.vocabulary.size,
        fit: source.fit,
        freshTokenShare: source.freshTokenShare,
        files,
        seconds: (performance.now() - started) / 1000,
      }),
    );
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`corpus:generate: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  },
);
