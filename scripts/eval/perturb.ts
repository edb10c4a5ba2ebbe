// Query perturbation: rewrites a query the way real users type it, to measure spelling robustness. Deterministic per query id.

/** One way a user's typing differs from the carefully spelled word; returns null when it does not apply. */
interface Rewrite {
  readonly name: string;
  readonly apply: (word: string, random: () => number) => string | null;
}

const TASHKEEL = ['\u064e', '\u064f', '\u0650', '\u0652', '\u0651'];
const ARABIC_INDIC_ZERO = 0x0660;

function replaceAll(word: string, from: RegExp, to: string): string | null {
  const rewritten = word.replace(from, to);
  return rewritten === word ? null : rewritten;
}

/** Rewrites drawn from how people type Arabic into search boxes. */
export const REWRITES: readonly Rewrite[] = [
  { name: 'hamza dropped', apply: (w) => replaceAll(w, /[أإآ]/g, 'ا') ?? replaceAll(replaceAll(w, /ؤ/g, 'و') ?? w, /ئ/g, 'ي') },
  { name: 'hamza misplaced', apply: (w) => (/^ا/.test(w) ? `أ${w.slice(1)}` : (replaceAll(w, /^أ/, 'إ') ?? replaceAll(w, /^إ/, 'أ'))) },
  { name: 'teh marbuta as heh', apply: (w) => replaceAll(w, /ة$/, 'ه') },
  { name: 'alef maksura as yeh', apply: (w) => replaceAll(w, /ى$/, 'ي') },
  { name: 'article dropped', apply: (w) => (/^ال.{3,}/.test(w) ? w.slice(2) : null) },
  { name: 'conjunction added', apply: (w) => (/^[\u0621-\u064a]{3,}$/.test(w) ? `و${w}` : null) },
  { name: 'preposition added', apply: (w) => (/^ال[\u0621-\u064a]{3,}$/.test(w) ? `بـ${w}`.replace('ـ', '') : null) },
  {
    name: 'tashkeel added',
    apply: (w, random) =>
      /^[\u0621-\u064a]{2,}$/.test(w)
        ? [...w].map((c) => c + (random() < 0.5 ? TASHKEEL[Math.floor(random() * TASHKEEL.length)] : '')).join('')
        : null,
  },
  {
    name: 'tatweel',
    apply: (w) => (/^[\u0621-\u064a]{3,}$/.test(w) && !/^[اأإآدذرزوؤة]/.test(w[1] ?? '') ? `${w.slice(0, 2)}ـ${w.slice(2)}` : null),
  },
  {
    name: 'Arabic-Indic digits',
    apply: (w) => (replaceAll(w, /[0-9]/g, '') === null ? null : w.replace(/[0-9]/g, (d) => String.fromCodePoint(ARABIC_INDIC_ZERO + Number(d)))),
  },
  { name: 'Persian keyboard', apply: (w) => replaceAll(replaceAll(w, /ي/g, 'ی') ?? w, /ك/g, 'ک') },
];

/** A small deterministic generator (mulberry32) seeded from a string. */
export function seededRandom(seed: string): () => number {
  let state = 0x9e3779b9;
  for (const character of seed) state = Math.imul(state ^ character.charCodeAt(0), 0x85ebca6b);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface PerturbedQuery {
  readonly text: string;
  readonly rewrites: readonly string[];
}

/**
 * Rewrites about half the words of a query, each by one applicable rewrite
 * picked at random (seeded by the query id, so every run is the same).
 */
export function perturbQuery(id: string, query: string, extraRewrites: readonly Rewrite[] = []): PerturbedQuery {
  const random = seededRandom(id);
  const rewrites = [...REWRITES, ...extraRewrites];
  const applied: string[] = [];
  const text = query.replace(/[\u0600-\u06ff\w]+/g, (word) => {
    if (random() < 0.5) return word;
    const candidates = rewrites.map((rewrite) => ({ rewrite, result: rewrite.apply(word, random) })).filter((c) => c.result !== null);
    const chosen = candidates[Math.floor(random() * candidates.length)];
    if (chosen === undefined) return word;
    applied.push(chosen.rewrite.name);
    return chosen.result!;
  });
  return { text, rewrites: applied };
}

export type { Rewrite };
