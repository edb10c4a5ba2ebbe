import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/query/parse-query';
import { findPhraseSpans, PhraseMatcher } from '../../src/text/phrase-match';

function marked(text: string, phrase: string): string[] {
  const words = parseQuery(`"${phrase}"`).phrases[0]?.words ?? [];
  return findPhraseSpans(text, words).map(({ start, end }) => text.slice(start, end));
}

describe('findPhraseSpans', () => {
  it.each([
    ['plain text', 'في منتدى التعاون الروسي', 'منتدى التعاون', ['منتدى التعاون']],
    ['a clitic on the first word', 'شارك بمنتدى التعاون', 'منتدى التعاون', ['بمنتدى التعاون']],
    ['a clitic on the query word', 'في المدينة القديمة', 'بالمدينة القديمة', ['المدينة القديمة']],
    ['fully vowelled text, alef wasla included', 'قال: ٱلْمَدِينَةُ ٱلْقَدِيمَةُ لا تنام', 'المدينة القديمة', ['ٱلْمَدِينَةُ ٱلْقَدِيمَةُ']],
    ['tatweel', 'ملعب جـديـد', 'ملعب جديد', ['ملعب جـديـد']],
    ['a stop word between the words', 'سوق في القيصرية', 'سوق القيصرية', ['سوق في القيصرية']],
    ['every occurrence', 'المدينة القديمة ثم المدينة القديمة', 'المدينة القديمة', ['المدينة القديمة', 'المدينة القديمة']],
    ['words in the other order do not match', 'القديمة المدينة', 'المدينة القديمة', []],
    ['another word between them does not match', 'المدينة العربية القديمة', 'المدينة القديمة', []],
  ])('%s', (_, text, phrase, expected) => {
    expect(marked(text, phrase)).toEqual(expected);
  });
});

describe('PhraseMatcher', () => {
  const words = parseQuery('"المدينة القديمة"').phrases[0]!.words;

  it('says whether a text holds the phrase, agreeing with the spans it finds', () => {
    const matcher = new PhraseMatcher(words);
    for (const text of ['زرنا المدينة القديمة أمس', 'بالمدينة العربية القديمة', 'القديمة المدينة', '']) {
      expect(matcher.holds(text)).toBe(matcher.spans(text).length > 0);
    }
    expect(matcher.holds('زرنا بالمدينة القديمة')).toBe(true);
  });

  it('gives the same answers when reused across texts, as a query reuses it for every candidate', () => {
    const matcher = new PhraseMatcher(words);
    const texts = ['المدينة القديمة', 'المدينة الجديدة', 'في المدينة القديمة والمدينة القديمة'];
    const first = texts.map((text) => matcher.spans(text));
    expect(texts.map((text) => matcher.spans(text))).toEqual(first);
    expect(texts.map((text) => new PhraseMatcher(words).spans(text))).toEqual(first);
  });
});
