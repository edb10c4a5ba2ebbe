// Killed builds: the build CLI killed with SIGKILL at random moments leaves the old index or the new one, never a mix, and the next build recovers.

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recoverInterruptedSwap } from '../../scripts/write-index-atomically';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'scripts/build-index.ts');
const KILLS = Number(process.env.INTERRUPTED_BUILD_KILLS ?? 3);
/** Enough articles that writing the index takes a few tens of milliseconds: time for a kill to land inside it. */
const LARGE_CORPUS_ARTICLES = 600;

const WORDS = [
  'المغرب',
  'تونس',
  'الحكومة',
  'وزير',
  'الخارجية',
  'مراكش',
  'الاقتصاد',
  'الانتخابات',
  'البرلمان',
  'المدينة',
  'الطريق',
  'المشروع',
  'الشباب',
  'التعليم',
  'الصحة',
  'الفلاحة',
  'الموسم',
  'الأمطار',
  'السياحة',
  'الثقافة',
];

/** A deterministic corpus of made-up articles. */
function writeCorpus(path: string, count: number, seed: number): void {
  let state = seed;
  const next = (): number => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648);
  const sentence = (length: number): string => Array.from({ length }, () => WORDS[next() % WORDS.length]).join(' ');
  const lines = Array.from({ length: count }, (_, i) =>
    JSON.stringify({ id: `${seed}-${i}`, title: sentence(6), body: `${sentence(120)}. ${sentence(120)}.` }),
  );
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/** Every file of an index folder with its SHA-256: two folders hold the same index exactly when these are equal. */
function fingerprint(directory: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (path: string): void => {
    for (const entry of readdirSync(path)) {
      const full = join(path, entry);
      if (statSync(full).isDirectory()) walk(full);
      else files[relative(directory, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(directory);
  return files;
}

function build(content: string, out: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, '--quiet', '--content', content, '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return performance.now() - started;
}

/** When to kill: a moment of the whole run, or a moment after the build starts writing its staging folder. */
type KillMoment = { readonly afterStartMs: number } | { readonly afterWritingStartsMs: number };

const isWriting = (out: string): boolean => readdirSync(join(out, '..')).some((entry) => entry.startsWith('index-data.tmp-'));

/** Starts a build and kills it with SIGKILL at the given moment; resolves once it is dead. */
function buildAndKill(content: string, out: string, moment: KillMoment): Promise<void> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--quiet', '--content', content, '--out', out], { cwd: ROOT, stdio: 'ignore' });
    const kill = (): boolean => child.kill('SIGKILL');
    let poll: NodeJS.Timeout | undefined;
    let timer: NodeJS.Timeout | undefined;
    if ('afterStartMs' in moment) timer = setTimeout(kill, moment.afterStartMs);
    else {
      poll = setInterval(() => {
        if (!isWriting(out)) return;
        clearInterval(poll);
        timer = setTimeout(kill, moment.afterWritingStartsMs);
      }, 1);
    }
    child.on('exit', () => {
      clearInterval(poll);
      clearTimeout(timer);
      done();
    });
  });
}

let work: string;
let oldIndex: Record<string, string>;
let newIndex: Record<string, string>;
let buildMs: number;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'bahth-kill-'));
  writeCorpus(join(work, 'small.jsonl'), 20, 1);
  writeCorpus(join(work, 'large.jsonl'), LARGE_CORPUS_ARTICLES, 2);
  build(join(work, 'small.jsonl'), join(work, 'old-index'));
  buildMs = build(join(work, 'large.jsonl'), join(work, 'new-index'));
  oldIndex = fingerprint(join(work, 'old-index'));
  newIndex = fingerprint(join(work, 'new-index'));
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build killed at a random moment', () => {
  it('builds two different indexes to tell apart', () => {
    expect(oldIndex).not.toEqual(newIndex);
    expect(Object.keys(newIndex)).toContain('manifest.json');
  });

  it(`leaves the old index or the new one, never a mix, across ${KILLS} kills, and the next build recovers`, async () => {
    const out = join(work, 'index-data');
    const seen: string[] = [];
    for (let kill = 0; kill < KILLS; kill++) {
      rmSync(out, { recursive: true, force: true });
      cpSync(join(work, 'old-index'), out, { recursive: true });
      // One kill anywhere in the run, the others while the files are written and swapped.
      const moment: KillMoment = kill === 0 ? { afterStartMs: Math.random() * buildMs } : { afterWritingStartsMs: Math.random() * 40 };
      await buildAndKill(join(work, 'large.jsonl'), out, moment);
      const swapInProgress = !existsSync(out);
      recoverInterruptedSwap(out);
      const state = fingerprint(out);
      expect([oldIndex, newIndex]).toContainEqual(state);
      const when =
        'afterStartMs' in moment ? `${moment.afterStartMs.toFixed(0)} ms into the run` : `${moment.afterWritingStartsMs.toFixed(0)} ms into writing`;
      seen.push(
        `${when} → ${JSON.stringify(state) === JSON.stringify(newIndex) ? 'new' : 'old'}${swapInProgress ? ' (mid-swap, old restored)' : ''}`,
      );
      expect(readdirSync(work).filter((entry) => entry.startsWith('index-data.'))).toEqual([]);
    }
    console.log(`interrupted builds (build takes ${(buildMs / 1000).toFixed(1)} s): ${seen.join('; ')}`);
    build(join(work, 'large.jsonl'), out);
    expect(fingerprint(out)).toEqual(newIndex);
    expect(readdirSync(work).filter((entry) => entry.startsWith('index-data.'))).toEqual([]);
  }, 300_000);
});
