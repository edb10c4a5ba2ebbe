// The GitHub workflows: they pass actionlint, and every step is a script of this repository that exists and can run.

import { accessSync, constants, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lintWorkflows } from '../../scripts/ci/lint-workflows';

const ROOT = join(import.meta.dirname, '../..');
const WORKFLOWS = join(ROOT, '.github/workflows');

interface Workflow {
  jobs: Record<string, { steps?: { run?: string; uses?: string }[]; uses?: string }>;
}

function runCommands(): string[] {
  return readdirSync(WORKFLOWS).flatMap((name) => {
    const workflow = parse(readFileSync(join(WORKFLOWS, name), 'utf8')) as Workflow;
    return Object.values(workflow.jobs).flatMap((job) => (job.steps ?? []).flatMap((step) => (step.run ? [step.run.trim()] : [])));
  });
}

describe('.github/workflows', () => {
  it('passes actionlint', async () => {
    expect(await lintWorkflows()).toEqual([]);
  }, 30_000);

  it('is checked by a linter that does find mistakes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bahth-workflows-'));
    writeFileSync(
      join(dir, 'broken.yml'),
      'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n',
    );
    expect((await lintWorkflows(dir)).join('\n')).toMatch(/broken\.yml:6:\d+: .*nope/);
  }, 30_000);

  it('runs only executable scripts from scripts/ci, so the workflow stays a thin wrapper', () => {
    const commands = runCommands();
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) {
      expect(command).toMatch(/^scripts\/ci\/[\w-]+\.sh$/);
      accessSync(join(ROOT, command), constants.X_OK);
    }
  });
});
