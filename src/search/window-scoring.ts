// Scoring posting lists window by window: per-article sums in buffers the size of a window, not of the corpus.

import type { Columns } from '../index-format/posting-blocks';
import { postingCount } from '../index-format/term-block';
import { inverseFrequencyOf, postingScore } from './bm25';
import type { ScoringJob } from './evaluate-query';
import type { ScoringTables } from './term-index';

/**
 * Articles scored together. Buffers indexed by article id over the whole
 * corpus (8 bytes of score, 4 of matched terms, 4 of touch order and 2 of
 * count per article: 18 MB at a million articles) were touched at random, and
 * a cold isolate paid a page fault for each page it first wrote: about 50 ms
 * of a million-article cold start. A window's buffers stay in the processor's
 * cache, and the lists are read in order either way.
 */
export const WINDOW = 4096;

/**
 * The order articles come out in. 'touch' is the order a job-by-job
 * evaluation first touches them, which rankings break ties by; 'any' leaves
 * them as the windows emitted them, for callers that only bound or rescore
 * them, and saves a reordering pass over every article.
 */
export type ArticleOrder = 'touch' | 'any';

/** Every article a set of lists reaches. */
export interface WindowedScores {
  /** Short ids; in 'touch' order, by the first job that holds each, then by id: the order of touching the lists one after another. */
  readonly shortIds: Int32Array;
  /** Per article, its summed score times the distinct query terms it matched (MiniSearch's score). */
  readonly scores: Float64Array;
  /** Per article, `maskWords` words of matched query-term bits. */
  readonly termMasks: Uint32Array;
  /** Articles the lists hold that no list marked `admits` holds: counted once each, not scored. */
  readonly outside: number;
}

/** One window's sums, reused from window to window and cleared as each is emptied. */
class WindowBuffers {
  readonly scores = new Float64Array(WINDOW);
  readonly masks: Uint32Array;
  readonly termCounts = new Uint16Array(WINDOW);
  readonly firstJob = new Int32Array(WINDOW);
  readonly touched = new Int32Array(WINDOW);
  readonly outside = new Uint8Array(WINDOW);
  /** Articles of the window that an admitting list holds (when some lists only count). */
  readonly inside = new Uint8Array(WINDOW);
  /** Articles touched in the window so far: the used length of `touched`. */
  touchedCount = 0;
  /** Articles of the evaluation counted outside the admitting lists so far. */
  outsideCount = 0;
  /** What the windows of one evaluation emitted, until it is put in touch order. */
  readonly emitted: Emitted;

  constructor(readonly maskWords: number) {
    this.masks = new Uint32Array(WINDOW * maskWords);
    this.emitted = new Emitted(maskWords);
  }
}

/**
 * Columns of what windows emit, in window order. Kept from one evaluation to
 * the next, since fresh memory costs a page fault a page: they grow by
 * doubling while an evaluation needs it, and go back to their kept size after
 * it, so an isolate does not hold a corpus-sized copy for one broad query.
 */
class Emitted {
  /** Enough for the articles a bounds tier reaches at a million (50,000–100,000), so they are not grown, copied and dropped each time: 5 MB with one mask word. */
  static readonly KEPT_CAPACITY = 262_144;
  count = 0;
  shortIds = new Int32Array(Emitted.KEPT_CAPACITY);
  firstJobs = new Int32Array(Emitted.KEPT_CAPACITY);
  scores = new Float64Array(Emitted.KEPT_CAPACITY);
  masks: Uint32Array;

  constructor(private readonly maskWords: number) {
    this.masks = new Uint32Array(Emitted.KEPT_CAPACITY * maskWords);
  }

  reserve(more: number): void {
    const needed = this.count + more;
    if (needed <= this.shortIds.length) return;
    let capacity = this.shortIds.length * 2;
    while (capacity < needed) capacity *= 2;
    this.shortIds = grown(this.shortIds, new Int32Array(capacity), this.count);
    this.firstJobs = grown(this.firstJobs, new Int32Array(capacity), this.count);
    this.scores = grown(this.scores, new Float64Array(capacity), this.count);
    this.masks = grown(this.masks, new Uint32Array(capacity * this.maskWords), this.count * this.maskWords);
  }

  /** Empty again, at the kept size. */
  reset(): void {
    this.count = 0;
    if (this.shortIds.length === Emitted.KEPT_CAPACITY) return;
    this.shortIds = new Int32Array(Emitted.KEPT_CAPACITY);
    this.firstJobs = new Int32Array(Emitted.KEPT_CAPACITY);
    this.scores = new Float64Array(Emitted.KEPT_CAPACITY);
    this.masks = new Uint32Array(Emitted.KEPT_CAPACITY * this.maskWords);
  }
}

function grown<Array extends Int32Array | Float64Array | Uint32Array>(from: Array, to: Array, used: number): Array {
  to.set(from.subarray(0, used));
  return to;
}

const buffersByMaskWords = new Map<number, WindowBuffers>();

/** The window buffers for `maskWords`; shared because evaluation is synchronous, so no two ever interleave in an isolate. */
function buffersFor(maskWords: number): WindowBuffers {
  let buffers = buffersByMaskWords.get(maskWords);
  if (buffers === undefined) {
    buffers = new WindowBuffers(maskWords);
    buffersByMaskWords.set(maskWords, buffers);
  }
  return buffers;
}

/**
 * Scores `jobs` as one pass over each list in plan order would, window by
 * window: within a window the jobs are taken in plan order, so each article's
 * score is summed in the same order, to the bit, and each article remembers
 * the first job that held it, which gives back the touch order at the end.
 * With `admits` (one flag per job), only the articles some admitting job
 * holds are scored; the others are counted in `outside`. With
 * `scoredBefore`, an evaluation of other jobs of the same plan in 'any'
 * order, `jobs` are added to it: the articles either reaches, with sums of
 * both (see resume).
 */
export function scoreInWindows(
  tables: ScoringTables,
  jobs: readonly ScoringJob[],
  maskWords: number,
  admits?: readonly boolean[],
  order: ArticleOrder = 'touch',
  scoredBefore?: WindowedScores,
): WindowedScores {
  if (scoredBefore !== undefined && (order !== 'any' || admits !== undefined))
    throw new Error('scoreInWindows: adding to an earlier evaluation gives no touch order and admits every article');
  const buffers = buffersFor(maskWords);
  const emitted = buffers.emitted;
  const before = scoredBefore ?? NOTHING_BEFORE;
  let next = 0;
  const cursors = new Int32Array(jobs.length);
  // Read once into objects of one shape: a list read in blocks serves its arrays through getters, and the loops below stay monomorphic.
  const lists: Columns[] = jobs.map(({ list }) => ({ documents: list.documents, frequencies: list.frequencies, lengths: list.lengths }));
  const inverseFrequencies = Float64Array.from(jobs, ({ list }) => inverseFrequencyOf(tables.documentCount, postingCount(list)));
  buffers.outsideCount = 0;
  try {
    for (let start = firstWindow(lists, cursors, before.shortIds, next); start >= 0; start = firstWindow(lists, cursors, before.shortIds, next)) {
      const end = start + WINDOW;
      const inside = admits === undefined ? undefined : markInside(lists, cursors, admits, buffers.inside, start);
      buffers.touchedCount = 0;
      if (next < before.shortIds.length && before.shortIds[next]! < end) next = resume(before, next, buffers, start);
      for (let index = 0; index < jobs.length; index++) {
        const documents = lists[index]!.documents;
        const from = cursors[index]!;
        if (from >= documents.length || documents[from]! >= end) continue;
        cursors[index] = scoreRun(tables, jobs[index]!, lists[index]!, index, inverseFrequencies[index]!, buffers, start, from, inside);
      }
      emitWindow(buffers, start, emitted);
      inside?.fill(0);
    }
    const articles = order === 'touch' ? inTouchOrder(emitted, jobs.length, maskWords) : asEmitted(emitted, maskWords);
    return { ...articles, outside: buffers.outsideCount };
  } catch (error) {
    // Even a throwing evaluation leaves the shared buffers clean for the next one.
    buffers.scores.fill(0);
    buffers.termCounts.fill(0);
    buffers.masks.fill(0);
    buffers.outside.fill(0);
    buffers.inside.fill(0);
    throw error;
  } finally {
    emitted.reset();
  }
}

const NOTHING_BEFORE: WindowedScores = { shortIds: new Int32Array(0), scores: new Float64Array(0), termMasks: new Uint32Array(0), outside: 0 };

/**
 * Puts back into the window at `start` the articles an earlier evaluation
 * reached there, from position `next` of its articles (in window order):
 * their sums, the terms they matched, as if its jobs had just been scored.
 * Returns the position after them. A sum comes back as the emitted score
 * divided by the terms matched, so it may differ from the first in its last
 * bit: only for bounds, which allow for rounding, never for a ranking.
 */
function resume(before: WindowedScores, next: number, buffers: WindowBuffers, start: number): number {
  const { scores, masks, termCounts, firstJob, touched, maskWords } = buffers;
  const end = start + WINDOW;
  const ids = before.shortIds;
  let position = next;
  let touchedCount = buffers.touchedCount;
  for (; position < ids.length && ids[position]! < end; position++) {
    const local = ids[position]! - start;
    let terms = 0;
    for (let word = 0; word < maskWords; word++) {
      const bits = before.termMasks[position * maskWords + word]!;
      masks[local * maskWords + word] = bits;
      for (let rest = bits; rest !== 0; rest &= rest - 1) terms++;
    }
    scores[local] = before.scores[position]! / terms;
    termCounts[local] = terms;
    firstJob[local] = 0;
    touched[touchedCount++] = local;
  }
  buffers.touchedCount = touchedCount;
  return position;
}

/** The start of the window holding the smallest id any list (or the earlier evaluation, from `next`) has left, or -1 when all are read. */
function firstWindow(lists: readonly Columns[], cursors: Int32Array, before: Int32Array, next: number): number {
  let smallest = next < before.length ? before[next]! : -1;
  for (let index = 0; index < lists.length; index++) {
    const documents = lists[index]!.documents;
    const at = cursors[index]!;
    if (at < documents.length && (smallest < 0 || documents[at]! < smallest)) smallest = documents[at]!;
  }
  return smallest < 0 ? -1 : smallest - (smallest % WINDOW);
}

/** Marks in `inside` the articles of the window at `start` that an admitting job holds; the jobs' cursors stay where they are. */
function markInside(lists: readonly Columns[], cursors: Int32Array, admits: readonly boolean[], inside: Uint8Array, start: number): Uint8Array {
  const end = start + WINDOW;
  for (let index = 0; index < lists.length; index++) {
    if (admits[index] !== true) continue;
    const documents = lists[index]!.documents;
    for (let at = cursors[index]!; at < documents.length && documents[at]! < end; at++) inside[documents[at]! - start] = 1;
  }
  return inside;
}

/** One job's postings inside the window at `start`, from position `from`, summed into the window's buffers; returns the position after them. */
function scoreRun(
  tables: ScoringTables,
  job: ScoringJob,
  list: Columns,
  jobIndex: number,
  inverseFrequency: number,
  buffers: WindowBuffers,
  start: number,
  from: number,
  inside: Uint8Array | undefined,
): number {
  const { scores, masks, termCounts, firstJob, touched } = buffers;
  const { documents, frequencies, lengths } = list;
  const { k, b, d } = job.bm25;
  const { weight } = job;
  const averageLength = tables.averageFieldLength[job.fieldId]!;
  const words = buffers.maskWords;
  const maskWord = job.bit >>> 5;
  const maskBit = 1 << (job.bit & 31);
  const end = start + WINDOW;
  const count = documents.length;
  let touchedCount = buffers.touchedCount;
  let outside = 0;
  let index = from;
  for (; index < count; index++) {
    const shortId = documents[index]!;
    if (shortId >= end) break;
    const local = shortId - start;
    if (inside !== undefined && inside[local] === 0) {
      if (buffers.outside[local] === 0) {
        buffers.outside[local] = 1;
        outside++;
      }
      continue;
    }
    scores[local]! += weight * postingScore(inverseFrequency, frequencies[index]!, lengths[index]!, averageLength, k, b, d);
    const maskIndex = local * words + maskWord;
    const mask = masks[maskIndex]!;
    if ((mask & maskBit) === 0) {
      masks[maskIndex] = mask | maskBit;
      if (termCounts[local] === 0) {
        touched[touchedCount++] = local;
        firstJob[local] = jobIndex;
      }
      termCounts[local]!++;
    }
  }
  buffers.touchedCount = touchedCount;
  buffers.outsideCount += outside;
  return index;
}

/** Moves a window's touched articles into `emitted` and clears what they used. */
function emitWindow(buffers: WindowBuffers, start: number, emitted: Emitted): void {
  const { scores, masks, termCounts, firstJob, touched, maskWords, touchedCount } = buffers;
  emitted.reserve(touchedCount);
  let at = emitted.count;
  for (let position = 0; position < touchedCount; position++) {
    const local = touched[position]!;
    emitted.shortIds[at] = start + local;
    emitted.firstJobs[at] = firstJob[local]!;
    emitted.scores[at] = scores[local]! * termCounts[local]!;
    for (let word = 0; word < maskWords; word++) {
      emitted.masks[at * maskWords + word] = masks[local * maskWords + word]!;
      masks[local * maskWords + word] = 0;
    }
    scores[local] = 0;
    termCounts[local] = 0;
    at++;
  }
  emitted.count = at;
  buffers.outside.fill(0);
}

/** Emitted articles copied out as they are, since the columns are reused by the next evaluation. */
function asEmitted(emitted: Emitted, maskWords: number): Omit<WindowedScores, 'outside'> {
  const { count } = emitted;
  return {
    shortIds: emitted.shortIds.slice(0, count),
    scores: emitted.scores.slice(0, count),
    termMasks: emitted.masks.slice(0, count * maskWords),
  };
}

/**
 * Reorders emitted articles by first job (a stable counting sort). Within a
 * window those of one first job were emitted in that job's id order, and
 * windows ascend, so each job's articles come out by id: the order a pass
 * over each list in turn touches them.
 */
function inTouchOrder(emitted: Emitted, jobCount: number, maskWords: number): Omit<WindowedScores, 'outside'> {
  const { count } = emitted;
  const starts = new Int32Array(jobCount + 1);
  for (let index = 0; index < count; index++) starts[emitted.firstJobs[index]! + 1]!++;
  for (let job = 0; job < jobCount; job++) starts[job + 1]! += starts[job]!;
  const shortIds = new Int32Array(count);
  const scores = new Float64Array(count);
  const termMasks = new Uint32Array(count * maskWords);
  for (let index = 0; index < count; index++) {
    const at = starts[emitted.firstJobs[index]!]!++;
    shortIds[at] = emitted.shortIds[index]!;
    scores[at] = emitted.scores[index]!;
    for (let word = 0; word < maskWords; word++) termMasks[at * maskWords + word] = emitted.masks[index * maskWords + word]!;
  }
  return { shortIds, scores, termMasks };
}
