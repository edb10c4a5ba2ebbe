// The real command, as a newsroom's CI runs it: a separate process, its exit code and its messages.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleLine, makeProject } from './build-fixture';

const CLI = join(import.meta.dirname, '../../scripts/build-index.ts');
const TSX = join(import.meta.dirname, '../../node_modules/.bin/tsx');

function runProcess(cwd: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(TSX, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run build:index as a process', () => {
  it('exits 1 with file:line on bad content, and 0 once it is fixed', () => {
    const root = makeProject({ 'content/news.jsonl': `${articleLine({ id: 1, date: '2023-02-30' })}\n` });
    const failed = runProcess(root, ['--content', 'content', '--out', 'out']);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/^content\/news\.jsonl:1: date is not a real calendar date$/m);

    const fixed = makeProject({ 'content/news.jsonl': `${articleLine({ id: 1, date: '2023-02-28' })}\n` });
    const built = runProcess(fixed, ['--content', 'content', '--out', 'out', '--json']);
    expect(built.status).toBe(0);
    expect(JSON.parse(built.stdout)).toMatchObject({ articles: 1, out: 'out' });
  }, 30_000);

  it('exits 2 with the usage on an unknown option', () => {
    const run = runProcess(makeProject({}), ['--contnet', 'x']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Unknown option '--contnet'[\s\S]*Usage: npm run build:index/);
  }, 30_000);
});
