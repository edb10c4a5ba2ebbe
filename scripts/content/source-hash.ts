// The content hash of an article read from a JSONL line: the hash of the line's bytes, known before decoding it.

import { createHash } from 'node:crypto';
import { ARTICLE_HASH_DIGITS } from '../../src/index-format/artefacts';

/**
 * A JSONL line is one article, so the hash of its bytes tells an unchanged
 * article from an edited one as well as the hash of its parsed fields does,
 * and it is known before the line is decoded, parsed and validated. An
 * incremental build of an archive whose articles are mostly unchanged skips
 * that work for all of them. A line that only changes its spacing or key
 * order counts as edited, which costs one re-indexed article, never a wrong answer.
 */
export function sourceHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, ARTICLE_HASH_DIGITS);
}
