// Another checkout's modules, for the scale scripts that compare two source trees in one process.

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Imports `path` (relative to the repository root) from the checkout at `tree`: each tree is its own module graph, so nothing is shared. */
export function importFromTree<Module>(tree: string, path: string): Promise<Module> {
  return import(pathToFileURL(resolve(tree, path)).href) as Promise<Module>;
}
