// One build, start to end: configuration → content → index → size guards → check or atomic write → summary.

import { copyFileSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Article } from '../../src/content/article';
import { MANIFEST_FILE } from '../../src/index-format/artefacts';
import {
  buildIndex,
  type ContentSummary,
  loaderOf,
  type RecogniseHash,
  recogniserFor,
  summarizeContent,
  type UnchangedArticle,
} from '../../src/indexing/build-index';
import { reachablePieces } from '../../src/indexing/reachable-pieces';
import { type ContentProblem, formatProblem } from '../content/content-problem';
import { streamArticles } from '../content/load-articles';
import { createStaging, swapIn } from '../write-index-atomically';
import { BatchThreadError, startBatchThreads } from './batch-threads';
import { findFirstDifference } from './check-index';
import type { PiecesCheck } from './check-pieces-thread';
import { type CliOptions, DEFAULT_CONTENT, DEFAULT_OUT, parseCliOptions, USAGE } from './cli-options';
import { DamagedPieceError, DiskPieceWriter } from './disk-pieces';
import { corruptReason, openPrevious, type PreviousOutcome, type WantedShape } from './previous-on-disk';
import { createProgress, type Progress, silentProgress } from './progress';
import { ConfigError, type LoadedConfig, loadSearchConfig } from './search-config';
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

/** Thrown through the build by the article stream once it has read everything, when it found problems. */
class ContentProblemsFound extends Error {}

/** Prints every content problem, then that nothing changed; the exit code 1. */
function reportProblems(problems: readonly ContentProblem[], shownOut: string, io: BuildIo): number {
  for (const problem of problems) io.stderr.write(line(formatProblem(problem)));
  io.stderr.write(line(`build-index: ${problems.length} problem(s) found; nothing was written and ${shownOut} is unchanged.`));
  return 1;
}

/** Prints the size findings; true when one of them must stop the build. */
function reportSizes(sizes: ReadonlyMap<string, number>, io: BuildIo): { findings: SizeFinding[]; blocked: boolean } {
  const findings = checkArtefactSizes(sizes);
  for (const finding of findings) io.stderr.write(line(`build-index: ${finding.level}: ${finding.message}`));
  return { findings, blocked: findings.some((finding) => finding.level === 'error') };
}

function wantedShape(loaded: LoadedConfig): WantedShape {
  return { storedFields: loaded.config.storedFields, boosts: loaded.config.boosts };
}

/** --check: compares instead of writing; 0 when the index on disk is current, 1 naming the first difference. */
async function checkAgainstDisk(
  outDir: string,
  shownOut: string,
  content: ContentSummary,
  loaded: LoadedConfig,
  quiet: boolean,
  io: BuildIo,
  started?: PiecesCheck,
): Promise<number> {
  const difference = await findFirstDifference(outDir, content, wantedShape(loaded), started);
  if (difference !== null) {
    io.stderr.write(
      line(
        `build-index --check: ${shownOut} is stale: ${difference}.\nRebuild it with \`npm run build:index\` (and commit it if index-data is committed).`,
      ),
    );
    return 1;
  }
  if (!quiet) io.stdout.write(line(`build-index --check: ${shownOut} is up to date (${content.documentCount} articles).`));
  return 0;
}

/** The previous index to build on, or none: --full, nothing there, or a reason that is printed. */
async function choosePrevious(options: CliOptions, loaded: LoadedConfig, out: string, io: BuildIo): Promise<PreviousOutcome> {
  if (options.full) return { reason: null };
  const outcome = await openPrevious(out, wantedShape(loaded));
  if ('reason' in outcome && outcome.reason !== null) io.stderr.write(line(`build-index: making a full build: ${outcome.reason}.`));
  return outcome;
}

/** Puts into staging every piece the manifest reaches that this build did not write, and removes what it wrote but no longer reaches. */
function completeStaging(staging: string, out: string, writer: DiskPieceWriter, reachable: readonly string[]): Map<string, number> {
  const wanted = new Set(reachable);
  const sizes = new Map<string, number>();
  const folders = new Set<string>();
  for (const name of reachable) {
    const target = join(staging, name);
    if (!writer.written.has(name)) {
      // Pieces share a handful of kind folders: made once each, not once a piece.
      const folder = dirname(target);
      if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
      folders.add(folder);
      // Pieces never change once named, so the new index may share the old one's files.
      try {
        linkSync(join(out, name), target);
      } catch {
        copyFileSync(join(out, name), target);
      }
    }
    sizes.set(name, statSync(target).size);
  }
  for (const name of writer.written) if (!wanted.has(name)) rmSync(join(staging, name), { force: true });
  return sizes;
}

/** Names of the files of the index this build replaces (none when it did not build on one), for the upload figure. */
function filesBefore(previous: PreviousOutcome): Set<string> {
  return new Set('previous' in previous ? [MANIFEST_FILE, ...previous.pieces] : []);
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

  if (options.check) {
    // An index on disk that could be built on lends its line hashes (an unchanged line is not parsed, as in an
    // incremental build) and has its pieces checked while the content is read. Any other is compared as it is.
    const onDisk = await openPrevious(paths.out, wantedShape(loaded));
    const started = 'check' in onDisk ? onDisk.check : undefined;
    try {
      const recognise = 'previous' in onDisk ? await recogniserFor(onDisk.previous) : undefined;
      const problems: ContentProblem[] = [];
      const content = await summarizeContent(streamArticles(paths.content, problems, io.cwd, recognise));
      if (problems.length > 0) return reportProblems(problems, shownOut, io);
      return await checkAgainstDisk(paths.out, shownOut, content, loaded, options.quiet, io, started);
    } finally {
      started?.stop();
    }
  }

  const previous = await choosePrevious(options, loaded, paths.out, io);
  const built = await buildOnto(previous, { options, loaded, paths, shownOut, progress, startedAt }, io);
  if (typeof built === 'number') return built;
  // A damaged piece turned up while the build ran: nothing of the old index is trusted, and the content is read again.
  io.stderr.write(line(`build-index: making a full build: ${built.corrupt}.`));
  const full = await buildOnto({ reason: null }, { options, loaded, paths, shownOut, progress, startedAt }, io);
  if (typeof full !== 'number') throw new Error('build-index: a full build read the previous index');
  return full;
}

/** What one attempt at a build needs besides the previous index. */
interface BuildContext {
  readonly options: CliOptions;
  readonly loaded: LoadedConfig;
  readonly paths: { readonly content: string[]; readonly out: string };
  readonly shownOut: string;
  readonly progress: Progress;
  readonly startedAt: number;
}

/**
 * Builds onto `previous` (or from scratch) into a staging folder and swaps it
 * in: the exit code, or, when a piece of the previous index proves damaged,
 * why (staging removed, the old index untouched), so the caller builds in full.
 */
async function buildOnto(previous: PreviousOutcome, context: BuildContext, io: BuildIo): Promise<number | { readonly corrupt: string }> {
  const { options, loaded, paths, shownOut, progress, startedAt } = context;
  const check = 'check' in previous ? previous.check : undefined;
  const staging = createStaging(paths.out);
  const problems: ContentProblem[] = [];
  let read = 0;
  // Articles are indexed as they are read; after the first problem the rest are only validated, so every problem is reported.
  async function* validArticles(recognise: RecogniseHash): AsyncGenerator<Article | UnchangedArticle> {
    for await (const article of streamArticles(paths.content, problems, io.cwd, recognise)) {
      if (problems.length > 0) continue;
      progress.update('read', ++read);
      yield article;
    }
    if (problems.length > 0) throw new ContentProblemsFound();
  }
  const writer = new DiskPieceWriter(staging);
  const threads = options.jobs > 1 ? startBatchThreads(options.jobs, options.batchSize, staging, (names) => writer.adopt(names)) : undefined;
  try {
    let indexed = 0;
    const built = await buildIndex(
      validArticles,
      {
        onProgress: (done) => progress.update('indexed', (indexed = done)),
        onMerging: (segments) => progress.note(`merging ${segments} segments into one`),
        batchSize: options.batchSize,
        ...(threads ? { segmentMaker: threads } : {}),
        ...(loaded.config.storedFields ? { storedFields: loaded.config.storedFields } : {}),
        ...(loaded.config.boosts ? { boosts: loaded.config.boosts } : {}),
        ...('previous' in previous ? { previous: previous.previous } : {}),
      },
      writer,
    );
    // The old index's pieces are reused from here on (linked, counted as unchanged): all must have proved intact.
    const verdict = await check?.verdict;
    if (verdict !== undefined && 'damage' in verdict) throw new DamagedPieceError(verdict.damage);
    if (verdict !== undefined && 'error' in verdict) throw verdict.error;
    progress.update('read', read, read);
    progress.update('indexed', indexed, indexed);
    const reachable = await reachablePieces(built.manifest, loaderOf(writer, 'previous' in previous ? previous.previous : undefined));
    const sizes = completeStaging(staging, paths.out, writer, reachable);
    writeFileSync(join(staging, MANIFEST_FILE), built.manifestText);
    sizes.set(MANIFEST_FILE, Buffer.byteLength(built.manifestText));
    progress.update('written', sizes.size, sizes.size);
    const { findings, blocked } = reportSizes(sizes, io);
    if (blocked) {
      progress.finish();
      rmSync(staging, { recursive: true, force: true });
      io.stderr.write(line(`build-index: nothing was written and ${shownOut} is unchanged.`));
      return 1;
    }
    const before = filesBefore(previous);
    swapIn(paths.out, staging);
    progress.finish();
    const seconds = (performance.now() - startedAt) / 1000;
    const summary = summarizeBuild({
      articles: read,
      segments: built.manifest.segments.length,
      sizes,
      before,
      readFile: (name) => readFileSync(join(paths.out, name)),
      changes: built.changes,
      seconds,
      out: shownOut,
      findings,
    });
    if (options.json) io.stdout.write(line(JSON.stringify(summary)));
    else if (!options.quiet) io.stdout.write(line(formatSummary(summary)));
    return 0;
  } catch (error) {
    check?.stop();
    // Threads still writing into staging are stopped before it is removed.
    await threads?.close();
    rmSync(staging, { recursive: true, force: true });
    if (error instanceof DamagedPieceError && check !== undefined) {
      progress.finish();
      return { corrupt: corruptReason(error.message) };
    }
    if (error instanceof BatchThreadError) {
      progress.finish();
      io.stderr.write(line(`build-index: ${error.message}\nbuild-index: nothing was written and ${shownOut} is unchanged.`));
      return 1;
    }
    if (!(error instanceof ContentProblemsFound)) throw error;
    progress.finish();
    return reportProblems(problems, shownOut, io);
  }
}
