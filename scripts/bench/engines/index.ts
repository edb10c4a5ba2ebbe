// The engines `npm run bench` compares, by name.

import type { BenchEngine } from '../bench-engine';
import { bahthEngine } from './bahth';
import { bahthSearchOnlyEngine } from './bahth-search-only';
import { createFlexSearchEngine } from './flexsearch';
import { lunrEngine } from './lunr';
import { miniSearchDefaultEngine } from './minisearch-default';
import { oramaEngine } from './orama';

export const ENGINES: readonly BenchEngine[] = [
  bahthEngine,
  bahthSearchOnlyEngine,
  miniSearchDefaultEngine,
  createFlexSearchEngine('strict'),
  createFlexSearchEngine('forward'),
  oramaEngine,
  lunrEngine,
];

export function engineNamed(name: string): BenchEngine {
  const engine = ENGINES.find((candidate) => candidate.name === name);
  if (engine === undefined) throw new Error(`unknown engine ${name}; use one of ${ENGINES.map((e) => e.name).join(', ')}`);
  return engine;
}
