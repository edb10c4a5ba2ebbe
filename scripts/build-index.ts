// Build CLI: content files → validated articles → index-data/, swapped in atomically. Node only.

import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildIndex } from '../src/indexing/build-index';
import { formatProblem } from './content/content-problem';
import { loadArticles } from './content/load-articles';
import { writeIndexAtomically } from './write-index-atomically';

export const DEFAULT_CONTENT = 'content/sample';
export const DEFAULT_OUT = 'index-data';

const USAGE = `Usage: npm run build:index -- [--content PATH]... [--out DIR] [--quiet]

  --content PATH  a content file (.json, .jsonl, .md) or a folder read recursively;
                  repeatable; default ${DEFAULT_CONTENT}
  --out DIR       where to write the index; default ${DEFAULT_OUT} (where the worker reads it)
  --quiet         print nothing but errors`;

async function main(): Promise<number> {
  let options;
  try {
    options = parseArgs({
      options: {
        content: { type: 'string', multiple: true },
        out: { type: 'string', default: DEFAULT_OUT },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`build-index: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const started = performance.now();
  const contentPaths = (options.content ?? [DEFAULT_CONTENT]).map((path) => resolve(path));
  const { articles, problems } = loadArticles(contentPaths);
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`build-index: ${problems.length} problem(s) found; nothing was written and ${options.out} is unchanged.`);
    return 1;
  }
  const built = await buildIndex(articles);
  writeIndexAtomically(resolve(options.out), built.files);
  if (!options.quiet) {
    const bytes = Object.values(built.manifest.files).reduce((sum, file) => sum + file.bytes, 0);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.log(`build-index: ${articles.length} articles, ${built.termCount} terms, ${(bytes / 1024).toFixed(0)} KiB → ${options.out} in ${seconds}s`);
  }
  return 0;
}

process.exitCode = await main();
