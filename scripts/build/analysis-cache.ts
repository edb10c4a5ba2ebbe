// Analysis cache: the tokens of each article text from earlier builds, keyed by a hash of the text and the analyser and format versions.
//
// A rebuild after a one-article change re-tokenises only that article. The
// cache lives outside index-data/ (node_modules/.cache/bahth by default), is
// only ever an optimisation, and cannot change the output: tokens come from
// the one tokenizer in src/index-format/search-options.ts, and a cached entry
// is used only for exactly the same text under the same versions.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/content/article';
import { createIndexOptions } from '../../src/index-format/search-options';
import { ANALYZER_VERSION, FORMAT_VERSION } from '../../src/index-format/versions';

export const DEFAULT_CACHE_DIR = 'node_modules/.cache/bahth';

type Tokenize = (text: string, fieldName?: string) => string[];

export interface PreparedTokens {
  /** A tokenizer that answers from the prepared tokens, falling back to the real one for any other text. */
  readonly tokenize: Tokenize;
  readonly reused: number;
  readonly analysed: number;
  /** Writes the entries of this build (and only those, so the cache does not grow forever). */
  save(): void;
}

function cacheFile(dir: string): string {
  return join(dir, `tokens-analyzer${ANALYZER_VERSION}-format${FORMAT_VERSION}.json`);
}

function textKey(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

function readEntries(file: string): Record<string, string[]> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string[]>) : {};
  } catch {
    return {}; // no cache yet, or a damaged one: start afresh
  }
}

/** Tokenises every title and body once, reusing cached tokens; an article counts as reused when both its texts were cached. */
export function prepareTokens(articles: readonly Article[], dir = DEFAULT_CACHE_DIR): PreparedTokens {
  const realTokenize = createIndexOptions().tokenize as Tokenize;
  const cached = readEntries(cacheFile(dir));
  const byText = new Map<string, string[]>();
  const fresh: Record<string, string[]> = {};
  let reused = 0;
  for (const article of articles) {
    let hits = 0;
    for (const text of [article.title, article.body]) {
      const key = textKey(text);
      let tokens = cached[key];
      if (tokens === undefined) tokens = realTokenize(text);
      else hits++;
      fresh[key] = tokens;
      byText.set(text, tokens);
    }
    if (hits === 2) reused++;
  }
  return {
    tokenize: (text, fieldName) => byText.get(text) ?? realTokenize(text, fieldName),
    reused,
    analysed: articles.length - reused,
    save() {
      mkdirSync(dir, { recursive: true });
      const staging = `${cacheFile(dir)}.tmp-${process.pid}`;
      writeFileSync(staging, JSON.stringify(fresh));
      renameSync(staging, cacheFile(dir));
    },
  };
}
