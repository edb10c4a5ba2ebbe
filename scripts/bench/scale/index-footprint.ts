// What an index costs to ship: its files, their bytes, and the largest one (the static-asset limit applies per file).

import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface IndexFootprint {
  readonly files: number;
  readonly bytes: number;
  readonly largest: { readonly name: string; readonly bytes: number };
}

/** Walks an index folder, counting every file under it. */
export function measureFootprint(root: string): IndexFootprint {
  let files = 0;
  let bytes = 0;
  let largest = { name: '', bytes: 0 };
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        visit(path);
        continue;
      }
      const size = statSync(path).size;
      files++;
      bytes += size;
      if (size > largest.bytes) largest = { name: relative(root, path), bytes: size };
    }
  };
  visit(root);
  return { files, bytes, largest };
}
