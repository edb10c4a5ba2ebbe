// Query syntax: the raw query text → loose text, quoted phrases and `-` exclusions, never failing on malformed input.

/** A piece of the query: loose words, or a phrase; either may be negated with a leading `-`. */
export interface QuerySegment {
  readonly kind: 'loose' | 'phrase';
  readonly text: string;
  readonly negated: boolean;
  /** Offset just past the segment in the query text (so the parser knows what ends the query). */
  readonly end: number;
}

/** Opening quote → the quote that closes it. ASCII, Arabic guillemets and curly quotes all open a phrase. */
const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '"': '"',
  '«': '»',
  '“': '”',
};

const SPACE = /\s/u;

function isSpace(character: string | undefined): boolean {
  return character !== undefined && SPACE.test(character);
}

/** The end of a run of non-space characters starting at `start`. */
function runEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && !isSpace(text[end])) end++;
  return end;
}

/**
 * Splits a query into segments. A `-` excludes only when it starts a word
 * (at the start or after a space) and something follows it, so `COVID-19`
 * and a lone `-` stay ordinary text. A quote without its closing partner runs
 * to the end of the query.
 */
export function splitQuerySegments(text: string): QuerySegment[] {
  const segments: QuerySegment[] = [];
  let loose = '';
  const flushLoose = (end: number): void => {
    if (loose.trim().length > 0) segments.push({ kind: 'loose', text: loose, negated: false, end });
    loose = '';
  };
  let index = 0;
  while (index < text.length) {
    const character = text[index]!;
    const atWordStart = index === 0 || isSpace(text[index - 1]);
    const negated = character === '-' && atWordStart && index + 1 < text.length && !isSpace(text[index + 1]);
    const quoteAt = negated ? index + 1 : index;
    const closing = QUOTE_PAIRS[text[quoteAt] ?? ''];
    if (closing !== undefined) {
      flushLoose(index);
      const close = text.indexOf(closing, quoteAt + 1);
      const end = close === -1 ? text.length : close;
      segments.push({ kind: 'phrase', text: text.slice(quoteAt + 1, end), negated, end: Math.min(text.length, end + 1) });
      index = end + 1;
      continue;
    }
    if (negated) {
      flushLoose(index);
      const end = runEnd(text, index + 1);
      segments.push({ kind: 'loose', text: text.slice(index + 1, end), negated: true, end });
      index = end;
      continue;
    }
    loose += character;
    index++;
  }
  flushLoose(text.length);
  return segments;
}
