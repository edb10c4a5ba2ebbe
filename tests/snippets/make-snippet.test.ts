import { describe, expect, it } from 'vitest';
import { analyzeWord, transliterationKeys } from '../../src/analysis/pipeline';
import { DEFAULT_SNIPPET_LENGTH, makeBodySnippet, makeTitleSnippet } from '../../src/snippets/make-snippet';
import { termsOf } from './terms-of';

const marked = (html: string): string[] => [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1]!);

describe('makeBodySnippet', () => {
  it('marks a two-word month name (تشرين الثاني) as one run when the article matched through its month (نوفمبر)', () => {
    const month = new Set(analyzeWord('نوفمبر')!.stemFieldTerms.filter((stem) => stem.startsWith('#')));
    expect(month.size).toBe(1);
    const snippet = makeBodySnippet('في الفصل الثاني من السنة، وتحديدا في تشرين الثاني، انطلقت الحملة.', month);
    expect(marked(snippet.html)).toEqual(['تشرين الثاني']);
  });

  it('marks the Arabic spelling of a name matched through its cross-script key (Lavrov → لافروف, with a clitic)', () => {
    const keys = new Set(transliterationKeys(analyzeWord('Lavrov')!));
    const snippet = makeBodySnippet('التقى الوزير بلافروف أمس، وقال لافروف إن المحادثات كانت مثمرة.', keys);
    expect(marked(snippet.html)).toEqual(['بلافروف', 'لافروف']);
  });

  it('marks the whole word as written, with its diacritics', () => {
    const snippet = makeBodySnippet('زارَ الوَزِيرُ مَدِينَةَ مُرَّاكُش أمس.', termsOf('مراكش'));
    expect(marked(snippet.html)).toEqual(['مُرَّاكُش']);
  });

  it('marks a word with its clitics when the query had none', () => {
    const snippet = makeBodySnippet('عاد الفريق إلى بالمغرب بعد جولة طويلة', termsOf('المغرب'));
    expect(marked(snippet.html)).toEqual(['بالمغرب']);
  });

  it('marks a word stretched with tatweel', () => {
    const snippet = makeBodySnippet('افتتاح الـمـعـرض الدولي للكتاب', termsOf('المعرض'));
    expect(marked(snippet.html)).toEqual(['الـمـعـرض']);
  });

  it('never marks part of a word', () => {
    const snippet = makeBodySnippet('المغربية والمغاربة في المغرب', termsOf('المغرب'));
    for (const word of marked(snippet.html)) expect(snippet.text.split(/\s+/)).toContain(word);
  });

  it('escapes article markup before adding marks', () => {
    const snippet = makeBodySnippet('هجوم <script>alert("x")</script> على موقع & خادم', termsOf('هجوم'));
    expect(snippet.html).not.toContain('<script>');
    expect(snippet.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(snippet.html).toContain('&amp;');
    expect(snippet.html.replace(/<\/?mark>/g, '')).not.toMatch(/</);
  });

  it('reports each mark as offsets into the unmarked text', () => {
    const snippet = makeBodySnippet('قال لافروف إن لافروف سيزور الرباط', termsOf('لافروف'));
    expect(snippet.ranges).toHaveLength(2);
    for (const [start, end] of snippet.ranges) expect(snippet.text.slice(start, end)).toBe('لافروف');
  });

  it('chooses the window holding the most distinct query words', () => {
    const filler = 'كلام عام لا علاقة له بالموضوع '.repeat(20);
    const body = `الرباط ${filler} وصل لافروف إلى مراكش للمشاركة في المنتدى ${filler} الرباط`;
    const snippet = makeBodySnippet(body, termsOf('لافروف', 'مراكش'));
    expect(marked(snippet.html)).toEqual(['لافروف', 'مراكش']);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
  });

  it('cuts at word boundaries and stays near the target length', () => {
    const body = 'تعزيز التعاون الاقتصادي بين البلدين '.repeat(40);
    const snippet = makeBodySnippet(body, termsOf('الاقتصادي'));
    const inner = snippet.text.replace(/^…|…$/g, '');
    expect(inner.length).toBeLessThanOrEqual(DEFAULT_SNIPPET_LENGTH + 2);
    expect(inner.length).toBeGreaterThan(DEFAULT_SNIPPET_LENGTH * 0.7);
    expect(body).toContain(inner);
    expect(
      inner.startsWith('تعزيز') ||
        inner.startsWith('التعاون') ||
        inner.startsWith('الاقتصادي') ||
        inner.startsWith('بين') ||
        inner.startsWith('البلدين'),
    ).toBe(true);
  });

  it('starts at the opening of the body when nothing in it matched', () => {
    const body = 'بدأت الجلسة صباحا. '.repeat(30);
    const snippet = makeBodySnippet(body, termsOf('لافروف'));
    expect(snippet.text.startsWith('بدأت')).toBe(true);
    expect(snippet.ranges).toEqual([]);
  });

  it('collapses line breaks into spaces', () => {
    const snippet = makeBodySnippet('السطر الأول\n\nالسطر الثاني', termsOf('الثاني'));
    expect(snippet.text).toBe('السطر الأول السطر الثاني');
  });
});

describe('makeTitleSnippet', () => {
  it('marks matched words in the whole title', () => {
    const title = makeTitleSnippet('لافروف يزور المغرب', termsOf('المغرب'));
    expect(title.html).toBe('لافروف يزور <mark>المغرب</mark>');
  });

  it('escapes a title that contains markup', () => {
    const title = makeTitleSnippet('ثغرة <img src=x onerror=alert(1)> في المتصفح', termsOf('ثغرة'));
    expect(title.html).toBe('<mark>ثغرة</mark> &lt;img src=x onerror=alert(1)&gt; في المتصفح');
  });
});
