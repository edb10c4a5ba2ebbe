// Peer: lunr with lunr-languages' Arabic stemmer and stop words, serialised as lunr's JSON.

import { createRequire } from 'node:module';
import lunr from 'lunr';
import { type BenchEngine, PAGE_SIZE, utf8 } from '../bench-engine';

const INDEX_FILE = 'lunr.json';

// lunr-languages ships CommonJS plugins that patch the lunr object they are given.
const require = createRequire(import.meta.url);
(require('lunr-languages/lunr.stemmer.support') as (l: typeof lunr) => void)(lunr);
(require('lunr-languages/lunr.ar') as (l: typeof lunr) => void)(lunr);
const arabic = (lunr as unknown as { ar: lunr.Builder.Plugin }).ar;

/**
 * A reader's query as plain words: lunr parses its own syntax (`+`, `:`, `~`,
 * `^`), and its search pipeline stems but does not trim, so a question's
 * trailing ؟ or a comma would keep a word from matching. Everything but
 * letters, digits and the Arabic word characters lunr-languages keeps becomes a space.
 */
function plainWords(query: string): string {
  return query.replace(/[^\u0621-\u065b\u0671\u0640\p{L}\p{N}\s]/gu, ' ');
}

/** A lunr index of title and body with the Arabic plugin, each article referred to by `refOf`. */
export function buildLunrIndex(articles: readonly { title: string; body: string }[], refOf: (ordinal: number) => string): lunr.Index {
  return lunr(function () {
    this.use(arabic);
    this.ref('id');
    this.field('title');
    this.field('body');
    articles.forEach((article, ordinal) => this.add({ id: refOf(ordinal), title: article.title, body: article.body }));
  });
}

/** The refs lunr ranks for a reader's query, best first. */
export function searchLunr(index: lunr.Index, query: string): string[] {
  return index.search(plainWords(query)).map((result) => result.ref);
}

export const lunrEngine: BenchEngine = {
  name: 'lunr',
  configuration: `lunr 2.3.9 + lunr-languages 1.22.0 ar (stemmer, stop words), fields title/body, first ${PAGE_SIZE} of the sorted hits`,
  async build(articles) {
    const index = buildLunrIndex(articles, String);
    return { files: new Map([[INDEX_FILE, JSON.stringify(index)]]), coldFiles: [INDEX_FILE] };
  },
  async load(files) {
    const index = lunr.Index.load(JSON.parse(utf8.decode(files.get(INDEX_FILE))) as object);
    return { search: (query) => index.search(plainWords(query)).slice(0, PAGE_SIZE).length };
  },
};
