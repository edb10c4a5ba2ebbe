// One build, start to end: configuration → content → index → size guards → check or atomic write → summary.

import { relative, resolve } from 'node:path';
import { buildIndex, type BuiltIndex } from '../../src/indexing/build-index';
import { formatProblem } from '../content/content-problem';
import { loadArticles } from '../content/load-articles';
import { writeIndexAtomically } from '../write-index-atomically';
import { findFirstDifference } from './check-index';
import { DEFAULT_CONTENT, DEFAULT_OUT, USAGE, parseCliOptions, type CliOptions } from './cli-options';
import { createProgress, silentProgress } from './progress';
import { ConfigError, loadSearchConfig, type LoadedConfig } from './search-config';
import { checkArtefactSizes, type SizeFinding } from './size-guards';
import { formatSummary, summarizeBuild } from './summary';

/** Where a build writes: stdout for results, stderr for progress, warnings and errors. */
export interface BuildIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { readonly isTTY?: boolean; write(text: string): unknown };
  readonly cwd: string;
}

const line = (text: string): string => `${text}\n`;

function resolvePaths(options: CliOptions, loaded: LoadedConfig, cwd: string): { content: string[]; out: string } {
  const content = options.content
    ? options.content.map((path) => resolve(cwd, path))
    : (loaded.config.content ?? []).map((path) => resolve(loaded.baseDir, path));
  const out = options.out ? resolve(cwd, options.out) : resolve(loaded.config.out ? loaded.baseDir : cwd, loaded.config.out ?? DEFAULT_OUT);
  return { content: content.length > 0 ? content : [resolve(cwd, DEFAULT_CONTENT)], out };
}

type Invocation = { readonly options: CliOptions; readonly loaded: LoadedConfig } | { readonly exitCode: number };

/** Arguments and configuration, or the exit code when they are bad (2) or only ask for help (0). */
function readInvocation(argv: readonly string[], io: BuildIo): Invocation {
  try {
    const options = parseCliOptions(argv);
    if (options.help) {
      io.stdout.write(line(USAGE));
      return { exitCode: 0 };
    }
    const loaded = options.useConfig ? loadSearchConfig(options.config, io.cwd) : { config: {}, file: null, baseDir: io.cwd };
    return { options, loaded };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(line(error instanceof ConfigError ? `build-index: bad configuration\n${message}` : `build-index: ${message}\n\n${USAGE}`));
    return { exitCode: 2 };
  }
}

/** Prints the size findings; true when one of them must stop the build. */
function reportSizes(files: ReadonlyMap<string, string | Uint8Array>, io: BuildIo): { findings: SizeFinding[]; blocked: boolean } {
  const sizes = new Map([...files].map(([name, contents]) => [name, Buffer.byteLength(contents, 'utf8')] as const));
  const findings = checkArtefactSizes(sizes);
  for (const finding of findings) io.stderr.write(line(`build-index: ${finding.level}: ${finding.message}`));
  return { findings, blocked: findings.some((finding) => finding.level === 'error') };
}

/** --check: compares instead of writing; 0 when the index on disk is current, 1 naming the first difference. */
function checkAgainstDisk(outDir: string, shownOut: string, built: BuiltIndex, quiet: boolean, io: BuildIo): number {
  const difference = findFirstDifference(outDir, built.files);
  if (difference !== null) {
    io.stderr.write(line(`build-index --check: ${shownOut} is stale: ${difference}.\nRebuild it with \`npm run build:index\` (and commit it if index-data is committed).`));
    return 1;
  }
  if (!quiet) io.stdout.write(line(`build-index --check: ${shownOut} is up to date (${built.manifest.documentCount} articles).`));
  return 0;
}

/** Runs the build CLI with these arguments; resolves to the exit code (0 built or up to date, 1 problems found, 2 bad usage or configuration). */
export async function runBuild(argv: readonly string[], io: BuildIo): Promise<number> {
  const startedAt = performance.now();
  const invocation = readInvocation(argv, io);
  if ('exitCode' in invocation) return invocation.exitCode;
  const { options, loaded } = invocation;
  const paths = resolvePaths(options, loaded, io.cwd);
  const shownOut = relative(io.cwd, paths.out) || '.';
  const progress = options.json || options.check ? silentProgress : createProgress(io.stderr, { quiet: options.quiet });

  const { articles, problems } = await loadArticles(paths.content, io.cwd);
  if (problems.length > 0) {
    for (const problem of problems) io.stderr.write(line(formatProblem(problem)));
    io.stderr.write(line(`build-index: ${problems.length} problem(s) found; nothing was written and ${shownOut} is unchanged.`));
    return 1;
  }
  progress.update('read', articles.length, articles.length);
  const built = await buildIndex(articles, {
    onProgress: (done, total) => progress.update('indexed', done, total),
    ...(loaded.config.storedFields ? { storedFields: loaded.config.storedFields } : {}),
    ...(loaded.config.boosts ? { boosts: loaded.config.boosts } : {}),
  });
  const { findings, blocked } = reportSizes(built.files, io);
  if (blocked) {
    progress.finish();
    io.stderr.write(line(`build-index: nothing was written and ${shownOut} is unchanged.`));
    return 1;
  }
  if (options.check) return checkAgainstDisk(paths.out, shownOut, built, options.quiet, io);

  writeIndexAtomically(paths.out, built.files, (done, total) => progress.update('written', done, total));
  progress.finish();
  const seconds = (performance.now() - startedAt) / 1000;
  const summary = summarizeBuild({ articles: articles.length, terms: built.termCount, files: built.files, seconds, out: shownOut, findings });
  if (options.json) io.stdout.write(line(JSON.stringify(summary)));
  else if (!options.quiet) io.stdout.write(line(formatSummary(summary)));
  return 0;
}
