import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/query/parse-query';
import { findPhraseSpans } from '../../src/search/phrase-match';

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
