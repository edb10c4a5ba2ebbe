// HTML content: one article per page; the title from <title> or <h1>, the text from the main content, scripts and styles dropped.

import { basename, extname } from 'node:path';
import type { ReadResult } from './content-problem';

/** Elements whose text is never article text. */
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'nav', 'header', 'footer', 'aside', 'form']);
/** Elements that end a line of text, so paragraphs do not run into each other. */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'li',
  'blockquote',
  'pre',
  'tr',
  'br',
  'hr',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
/** Where the main content lives, most specific first; the whole <body> when none is present. */
const MAIN_TAGS = ['article', 'main', 'body'] as const;

/** Text collected while walking the page: the document title, the first <h1>, and the text of each main container. */
interface PageText {
  title: string;
  firstHeading: string;
  containers: Record<(typeof MAIN_TAGS)[number], string[]>;
  meta: Record<string, string>;
}

function collectPageText(html: string, Parser: typeof import('htmlparser2').Parser): PageText {
  const page: PageText = { title: '', firstHeading: '', containers: { article: [], main: [], body: [] }, meta: {} };
  const open: string[] = [];
  let skipping = 0;
  let line = '';
  const endLine = (): void => {
    const text = line.replace(/\s+/g, ' ').trim();
    line = '';
    if (text === '') return;
    for (const tag of MAIN_TAGS) if (open.includes(tag)) page.containers[tag].push(text);
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'meta' && attributes.name && attributes.content) page.meta[attributes.name.toLowerCase()] = attributes.content;
        if (SKIPPED_TAGS.has(name)) skipping++;
        if (BLOCK_TAGS.has(name)) endLine();
        open.push(name);
      },
      ontext(text) {
        const current = open[open.length - 1];
        if (current === 'title') page.title += text;
        else if (skipping === 0) line += text;
      },
      onclosetag(name) {
        if (name === 'h1' && page.firstHeading === '' && skipping === 0) page.firstHeading = line.replace(/\s+/g, ' ').trim();
        if (BLOCK_TAGS.has(name)) endLine();
        if (SKIPPED_TAGS.has(name)) skipping = Math.max(0, skipping - 1);
        const at = open.lastIndexOf(name);
        if (at >= 0) open.length = at;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  endLine();
  return page;
}

/**
 * Reads one HTML page as an article. The title comes from <title> (or the
 * first <h1>); the body is the text of <article>, else <main>, else <body>,
 * without the title heading. Fields may be given as <meta name="…"> (id,
 * date, category, source, url); the id defaults to the file name.
 */
export async function readHtmlArticle(file: string, text: string): Promise<ReadResult> {
  // Imported on first use, so a build without HTML content never loads the parser.
  const { Parser } = await import('htmlparser2');
  const page = collectPageText(text, Parser);
  const title = page.title.replace(/\s+/g, ' ').trim() || page.firstHeading;
  const container = MAIN_TAGS.find((tag) => page.containers[tag].length > 0);
  const lines = container ? page.containers[container] : [];
  const body = lines.filter((line, index) => !(index === 0 && line === page.firstHeading)).join('\n');
  const fields: Record<string, unknown> = { id: page.meta.id ?? basename(file, extname(file)), title, body };
  for (const key of ['date', 'category', 'source', 'url'] as const) if (page.meta[key] !== undefined) fields[key] = page.meta[key];
  return { records: [{ file, line: 1, fields }], problems: [] };
}
