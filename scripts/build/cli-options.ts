// Build CLI arguments: argv → the options of one build, or a usage error.

import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_BATCH_SIZE } from '../../src/indexing/build-index';

export const DEFAULT_CONTENT = 'content/sample';
export const DEFAULT_OUT = 'index-data';

/** Batch threads by default: one a core, at most four (each holds a batch in memory while it works). */
export const DEFAULT_JOBS = Math.max(1, Math.min(4, availableParallelism()));

export const USAGE = `Usage: npm run build:index -- [--content PATH]... [--out DIR] [options]

  --content PATH  a content file (.json, .jsonl, .jsonl.gz, .md, .html) or a folder read
                  recursively; repeatable; default: "content" in search.config.json,
                  else ${DEFAULT_CONTENT}
  --out DIR       where to write the index; default: "out" in search.config.json,
                  else ${DEFAULT_OUT} (where the worker reads it)
  --config FILE   the build configuration; default search.config.json if present
  --no-config     ignore search.config.json (defaults only; the test fixture uses this)
  --full          rebuild from scratch instead of reusing the index in --out
                  (by default unchanged articles are reused: an incremental build)
  --check         write nothing; exit 1 naming the first difference if the index
                  in --out does not serve what the current content and code would
  --jobs N        batches analysed at once, each on its own thread; default: one a
                  core, at most 4 (here ${DEFAULT_JOBS}); a build of one batch uses one thread
  --batch-size N  articles analysed together; default ${DEFAULT_BATCH_SIZE.toLocaleString('en')}; each thread may
                  use 64 MB a thousand articles of its batch, so a smaller batch needs less
                  memory (keep it fixed between full builds: it can change a word's display form)
  --quiet         print nothing but warnings and errors
  --json          print the summary as one JSON object on stdout (no progress)
  --help          show this text`;

export interface CliOptions {
  readonly content: readonly string[] | undefined;
  readonly out: string | undefined;
  readonly config: string | undefined;
  readonly useConfig: boolean;
  readonly check: boolean;
  readonly full: boolean;
  readonly jobs: number;
  readonly batchSize: number;
  readonly quiet: boolean;
  readonly json: boolean;
  readonly help: boolean;
}

function positiveInteger(option: string, text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < 1)
    throw new Error(`${option} takes a whole number of at least 1, not "${text}"`);
  return value;
}

/** Parses the arguments; throws with parseArgs' message when one is unknown or lacks its value. */
export function parseCliOptions(argv: readonly string[]): CliOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      content: { type: 'string', multiple: true },
      out: { type: 'string' },
      config: { type: 'string' },
      'no-config': { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      full: { type: 'boolean', default: false },
      jobs: { type: 'string' },
      'batch-size': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  return {
    content: values.content,
    out: values.out,
    config: values.config,
    useConfig: !(values['no-config'] ?? false),
    check: values.check ?? false,
    full: values.full ?? false,
    jobs: values.jobs === undefined ? DEFAULT_JOBS : positiveInteger('--jobs', values.jobs),
    batchSize: values['batch-size'] === undefined ? DEFAULT_BATCH_SIZE : positiveInteger('--batch-size', values['batch-size']),
    quiet: values.quiet ?? false,
    json: values.json ?? false,
    help: values.help ?? false,
  };
}
