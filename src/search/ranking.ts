// Ranking weights: how much each kind of match counts. Data, each with the reason for its value.

import type { IndexField } from '../index-format/search-options';

/** Field boosts for exact (normalised surface) matches. */
export const SURFACE_BOOSTS: Readonly<Partial<Record<IndexField, number>>> = {
  // A word in the title says what the article is about; in the body it may be in passing.
  title: 3,
  body: 1,
};

/** Field boosts for stem matches: lower than exact, so the exact form the reader typed ranks first. */
export const STEM_BOOSTS: Readonly<Partial<Record<IndexField, number>>> = {
  titleStems: 2,
  bodyStems: 0.6,
};

/** Weight of a prefix completion relative to a whole-word match (MiniSearch's own default is 0.375). */
export const PREFIX_WEIGHT = 0.3;
