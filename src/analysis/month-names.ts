// Month names: the Gregorian months as each Arabic region names them, folded to one key per month so every spelling meets.
//
// Names are listed as written; `month-keys.ts` normalises them once. A month's
// key is indexed beside a word's stems, so نونبر finds نوفمبر and تشرين الثاني.

export interface MonthNames {
  /** 1–12. */
  readonly month: number;
  /** One-word names, each with the usage it comes from. */
  readonly names: readonly (readonly [name: string, reason: string])[];
  /** Two-word names (Levantine and Iraqi), matched only as a pair. */
  readonly pairs: readonly (readonly [first: string, second: string, reason: string])[];
}

const EGYPT = 'Egypt, Sudan and the Gulf use names taken from the Latin months';
const MAGHREB_FRENCH = 'Tunisia and Algeria use names taken from French';
const MOROCCO = 'Morocco and Mauritania use names taken from Spanish and French';
const LEVANT = 'the Levant and Iraq use the Syriac month names';

export const MONTH_NAMES: readonly MonthNames[] = [
  {
    month: 1,
    names: [
      ['يناير', EGYPT],
      ['جانفي', MAGHREB_FRENCH],
    ],
    pairs: [['كانون', 'الثاني', LEVANT]],
  },
  {
    month: 2,
    names: [
      ['فبراير', EGYPT],
      ['فيفري', MAGHREB_FRENCH],
      ['شباط', LEVANT],
    ],
    pairs: [],
  },
  {
    month: 3,
    names: [
      ['مارس', `${EGYPT}; also the Maghreb`],
      ['آذار', LEVANT],
    ],
    pairs: [],
  },
  {
    month: 4,
    names: [
      ['أبريل', EGYPT],
      ['إبريل', 'Egyptian spelling of أبريل'],
      ['أفريل', MAGHREB_FRENCH],
      ['نيسان', LEVANT],
    ],
    pairs: [],
  },
  {
    month: 5,
    names: [
      ['مايو', EGYPT],
      ['ماي', `${MAGHREB_FRENCH}; also Morocco`],
      ['أيار', LEVANT],
    ],
    pairs: [],
  },
  {
    month: 6,
    names: [
      ['يونيو', EGYPT],
      ['يونيه', 'Egyptian spelling of يونيو'],
      ['جوان', MAGHREB_FRENCH],
      ['حزيران', LEVANT],
    ],
    pairs: [],
  },
  {
    month: 7,
    names: [
      ['يوليو', EGYPT],
      ['يوليه', 'Egyptian spelling of يوليو'],
      ['جويلية', MAGHREB_FRENCH],
      ['يوليوز', MOROCCO],
      ['تموز', LEVANT],
    ],
    pairs: [],
  },
  // آب is left out: normalised it is اب, which is also أب (father).
  {
    month: 8,
    names: [
      ['أغسطس', EGYPT],
      ['أوت', MAGHREB_FRENCH],
      ['غشت', MOROCCO],
    ],
    pairs: [],
  },
  {
    month: 9,
    names: [
      ['سبتمبر', `${EGYPT}; also Tunisia and Algeria`],
      ['شتنبر', MOROCCO],
      ['أيلول', LEVANT],
    ],
    pairs: [],
  },
  {
    month: 10,
    names: [
      ['أكتوبر', `${EGYPT}; also Tunisia and Algeria`],
      ['اكتوبر', 'common spelling without hamza'],
    ],
    pairs: [['تشرين', 'الأول', LEVANT]],
  },
  {
    month: 11,
    names: [
      ['نوفمبر', `${EGYPT}; also Tunisia and Algeria`],
      ['نونبر', MOROCCO],
    ],
    pairs: [['تشرين', 'الثاني', LEVANT]],
  },
  {
    month: 12,
    names: [
      ['ديسمبر', `${EGYPT}; also Tunisia and Algeria`],
      ['دجنبر', MOROCCO],
    ],
    pairs: [['كانون', 'الأول', LEVANT]],
  },
];
