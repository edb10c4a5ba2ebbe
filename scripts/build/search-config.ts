// Build configuration: search.config.json → validated settings for content paths, output, stored fields and field boosts.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
// A namespace import lets esbuild keep only the parts of zod used: `import { z }` kept all 756 KB of it (every
// locale included) in the build CLI's bundle, compiled at every start (scripts/run-bundled.mjs).
import * as z from 'zod';
import { INDEX_FIELDS } from '../../src/index-format/search-options';
import { STORABLE_FIELDS } from '../../src/indexing/stored-fields';

export const CONFIG_FILE = 'search.config.json';

const boost = z
  .number({ error: 'a boost must be a number' })
  .positive({ error: 'a boost must be greater than 0' })
  .max(100, { error: 'a boost above 100 drowns every other field' });

/** Settings that change analysis cannot be honoured yet: refused with the reason rather than silently ignored. */
const notYetSupported = (key: string) =>
  z
    .never({
      error: `${key} is not supported yet: it would change the analysis, which the worker must apply identically (see "Configuration: search.config.json" in docs/content.md). Remove the key.`,
    })
    .optional();

export const searchConfigSchema = z.strictObject(
  {
    $schema: z.string().optional(),
    content: z
      .array(z.string().min(1), { error: 'content must be an array of paths (files or folders)' })
      .min(1, { error: 'content lists no paths' })
      .optional(),
    out: z.string({ error: 'out must be a folder path' }).min(1).optional(),
    storedFields: z.array(z.enum(STORABLE_FIELDS, { error: `storedFields may list only ${STORABLE_FIELDS.join(', ')}` })).optional(),
    boosts: z.partialRecord(z.enum(INDEX_FIELDS), boost, { error: `boosts may set only ${INDEX_FIELDS.join(', ')}` }).optional(),
    stopWords: notYetSupported('stopWords'),
    synonyms: notYetSupported('synonyms'),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `unknown setting(s) ${issue.keys.join(', ')}; allowed: content, out, storedFields, boosts` : undefined,
  },
);

export type SearchConfig = z.output<typeof searchConfigSchema>;

/** A configuration that cannot be used, with the file it came from. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export interface LoadedConfig {
  readonly config: SearchConfig;
  /** The file read, or null when there is none and defaults apply. */
  readonly file: string | null;
  /** Paths in the file are relative to the file's folder. */
  readonly baseDir: string;
}

/** Reads search.config.json (or the file given); no file means defaults. Throws ConfigError saying what to fix. */
export function loadSearchConfig(explicitPath: string | undefined, cwd = process.cwd()): LoadedConfig {
  const file = resolve(cwd, explicitPath ?? CONFIG_FILE);
  if (!existsSync(file)) {
    if (explicitPath !== undefined) throw new ConfigError(`${explicitPath}: configuration file not found`);
    return { config: {}, file: null, baseDir: cwd };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${file}: invalid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = searchConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    throw new ConfigError(lines.join('\n'));
  }
  return { config: parsed.data, file, baseDir: dirname(file) };
}
