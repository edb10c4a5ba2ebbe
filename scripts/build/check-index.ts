// Staleness check: is the index on disk what the current content, configuration and code would serve? Names the first difference.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_FILE } from '../../src/index-format/artefacts';
import { ANALYZER_VERSION, FORMAT_VERSION } from '../../src/index-format/versions';
import type { ContentSummary } from '../../src/indexing/build-index';
import { reachablePieces } from '../../src/indexing/reachable-pieces';
import { checkPieces, type PiecesCheck } from './check-pieces-thread';
import { DamagedPieceError, verifiedLoader } from './disk-pieces';
import type { WantedShape } from './previous-on-disk';

/** Manifest keys, most telling first: a version or content change explains every later difference. */
const MANIFEST_KEYS = ['formatVersion', 'analyzerVersion', 'documentCount', 'contentHash', 'boosts', 'storedFields'] as const;

const sortedKeys = (value: unknown): unknown =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
    : value;

/**
 * Returns the first difference between the index in `outDir` and what the
 * current content and code serve, or null when they agree. The comparison is
 * by meaning, not bytes: an index built incrementally and one built in full
 * from the same content serve the same answers, so both are up to date.
 * Every piece is also checked against its name: by `started`, a check begun
 * while the content was read, or here.
 */
export async function findFirstDifference(
  outDir: string,
  content: ContentSummary,
  wanted: WantedShape,
  started?: PiecesCheck,
): Promise<string | null> {
  if (!existsSync(outDir)) return `${outDir} does not exist`;
  const manifestPath = join(outDir, MANIFEST_FILE);
  if (!existsSync(manifestPath)) return `${MANIFEST_FILE} is missing`;
  let disk: Record<string, unknown>;
  try {
    disk = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  } catch {
    return `${MANIFEST_FILE} on disk is not valid JSON`;
  }
  const fresh: Record<string, unknown> = {
    formatVersion: FORMAT_VERSION,
    analyzerVersion: ANALYZER_VERSION,
    documentCount: content.documentCount,
    contentHash: content.contentHash,
    boosts: wanted.boosts,
    storedFields: wanted.storedFields,
  };
  for (const key of MANIFEST_KEYS) {
    const before = JSON.stringify(sortedKeys(disk[key]));
    const after = JSON.stringify(sortedKeys(fresh[key]));
    if (before !== after) return `${MANIFEST_FILE}: ${key} is ${String(before)} on disk but the current content and code give ${String(after)}`;
  }
  let check = started;
  if (check === undefined) {
    const load = verifiedLoader(outDir);
    let pieces: string[];
    try {
      pieces = await reachablePieces(disk as never, load);
    } catch (error) {
      if (error instanceof DamagedPieceError || error instanceof TypeError) return error.message;
      throw error;
    }
    // Nothing else runs meanwhile: a thread would only add its start.
    check = checkPieces(outDir, pieces, false);
  }
  const verdict = await check.verdict;
  if ('damage' in verdict) return verdict.damage;
  if ('error' in verdict) throw verdict.error;
  return null;
}
