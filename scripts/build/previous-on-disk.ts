// The previous index in --out: reused by an incremental build only when it is whole and built the same way.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_FILE, type Manifest } from '../../src/index-format/artefacts';
import { ANALYZER_VERSION, FORMAT_VERSION } from '../../src/index-format/versions';
import type { PreviousIndex } from '../../src/indexing/build-index';
import { reachablePieces } from '../../src/indexing/reachable-pieces';
import { CHECK_ON_THREAD_FROM, checkPieces, type PiecesCheck } from './check-pieces-thread';
import { DamagedPieceError, verifiedLoader } from './disk-pieces';

/** What the build is configured to write, compared with what the previous index was written with. */
export interface WantedShape {
  readonly storedFields: readonly string[] | undefined;
  readonly boosts: Readonly<Record<string, number | undefined>> | undefined;
}

/**
 * The previous index to build on, or why there is none (null: no index there
 * at all). `check` is still checking its pieces: the build goes on meanwhile,
 * and awaits the verdict before it reuses any of them.
 */
export type PreviousOutcome =
  | { readonly previous: PreviousIndex; readonly pieces: readonly string[]; readonly check: PiecesCheck }
  | { readonly reason: string | null };

/** The reason given when a piece of the previous index turns out damaged. */
export const corruptReason = (message: string): string => `the index in --out is corrupt: ${message}`;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const sortedKeys = (value: Readonly<Record<string, unknown>> | undefined) =>
  value === undefined ? undefined : Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)));

/** Why a manifest cannot be built on, or null when it can. */
function incompatibility(manifest: Partial<Manifest>, wanted: WantedShape): string | null {
  if (manifest.formatVersion !== FORMAT_VERSION)
    return `the index in --out has format ${String(manifest.formatVersion)}, this build writes format ${FORMAT_VERSION}`;
  if (manifest.analyzerVersion !== ANALYZER_VERSION)
    return `the index in --out was analysed by analyser ${String(manifest.analyzerVersion)}, this build uses analyser ${ANALYZER_VERSION}`;
  if (!same(manifest.storedFields, wanted.storedFields)) return 'storedFields in the configuration changed since the index in --out was built';
  if (!same(sortedKeys(manifest.boosts), sortedKeys(wanted.boosts))) return 'boosts in the configuration changed since the index in --out was built';
  return null;
}

/**
 * Opens the index in `outDir` for an incremental build: same format, analyser
 * and configuration, its segment roots and the pieces they lead to readable.
 * Anything else asks for a full build, with the reason. Whether every piece is
 * present and matches its name is checked in the background (`check`).
 */
export async function openPrevious(outDir: string, wanted: WantedShape): Promise<PreviousOutcome> {
  const manifestPath = join(outDir, MANIFEST_FILE);
  if (!existsSync(manifestPath)) return { reason: null };
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  } catch {
    return { reason: `the index in --out is corrupt: ${MANIFEST_FILE} is not valid JSON` };
  }
  const incompatible = incompatibility(manifest, wanted);
  if (incompatible !== null) return { reason: incompatible };
  const load = verifiedLoader(outDir);
  try {
    const pieces = await reachablePieces(manifest, load);
    return { previous: { manifest, load }, pieces, check: checkPieces(outDir, pieces, manifest.documentCount >= CHECK_ON_THREAD_FROM) };
  } catch (error) {
    if (error instanceof DamagedPieceError || error instanceof TypeError) return { reason: corruptReason(error.message) };
    throw error;
  }
}
