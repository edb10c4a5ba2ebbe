// readHtmlArticle: one HTML page → one article, with the page furniture left out.

import { describe, expect, it } from 'vitest';
import { readHtmlArticle } from '../../scripts/content/read-html-article';

async function fieldsOf(html: string, file = 'content/page.html'): Promise<Record<string, unknown>> {
  const { records, problems } = await readHtmlArticle(file, html);
  expect(problems).toEqual([]);
  return records[0]?.fields ?? {};
}

describe('readHtmlArticle', async () => {
  it('takes the title from <title>, decoding entities and folding white space', async () => {
    expect((await fieldsOf('<title>\n  الأخبار &amp; التقارير </title><body><p>نص</p></body>')).title).toBe('الأخبار & التقارير');
  });

  it('takes the title from the first <h1> when there is no <title>, and leaves that heading out of the body', async () => {
    const fields = await fieldsOf('<body><main><h1>عنوان المقال</h1><p>الفقرة الأولى.</p><h1>عنوان ثان</h1></main></body>');
    expect(fields.title).toBe('عنوان المقال');
    expect(fields.body).toBe('الفقرة الأولى.\nعنوان ثان');
  });

  it('prefers the text of <article> over the rest of the page', async () => {
    const fields = await fieldsOf('<body><p>إعلان</p><article><p>نص الخبر.</p></article><p>تعليق</p></body>');
    expect(fields.body).toBe('نص الخبر.');
  });

  it.each([
    ['script', '<script>const secret = "مخفي";</script>'],
    ['style', '<style>p { color: red }</style>'],
    ['nav', '<nav>الرئيسية | رياضة</nav>'],
    ['footer', '<footer>جميع الحقوق محفوظة</footer>'],
  ])('drops the text of <%s>', async (_, furniture) => {
    expect((await fieldsOf(`<title>ت</title><body>${furniture}<p>نص الخبر.</p></body>`)).body).toBe('نص الخبر.');
  });

  it('keeps paragraphs on separate lines so words of two paragraphs never join', async () => {
    expect((await fieldsOf('<title>ت</title><body><p>السطر الأول</p><p>السطر الثاني</p></body>')).body).toBe('السطر الأول\nالسطر الثاني');
  });

  it('reads id, date, category, source and url from <meta name>, the id defaulting to the file name', async () => {
    const page = '<head><title>ت</title><meta name="date" content="2023-11-05"><meta name="category" content="ثقافة"></head><body><p>نص</p></body>';
    expect(await fieldsOf(page, 'content/2023/culture-week.html')).toMatchObject({ id: 'culture-week', date: '2023-11-05', category: 'ثقافة' });
    expect((await fieldsOf(page.replace('<head>', '<head><meta name="id" content="A-17">'))).id).toBe('A-17');
  });
});
