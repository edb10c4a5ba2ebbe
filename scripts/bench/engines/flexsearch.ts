// Peer: FlexSearch Document index with our normaliser and stop words as its encoder (fair: same word forms as ours).

import type { Tokenizer } from 'flexsearch';
import { Document } from 'flexsearch';
import { normalizeWord } from '../../../src/analysis/normalize';
import { isStopWord } from '../../../src/analysis/stopwords';
import { tokenize } from '../../../src/analysis/tokenize';
import { type BenchEngine, PAGE_SIZE, utf8 } from '../bench-engine';

const EXPORT_FILE = 'flexsearch.json';

/** Our tokeniser and normaliser, stop words dropped: FlexSearch's own encoders are Latin-oriented. */
function encodeArabic(text: string): string[] {
  const words: string[] = [];
  for (const token of tokenize(text)) {
    const word = normalizeWord(token.text);
    if (word.length > 0 && !isStopWord(word)) words.push(word);
  }
  return words;
}

interface Doc {
  [key: string]: string | number;
  id: number;
  title: string;
  body: string;
}

function createIndex(tokenizer: Tokenizer): Document<Doc> {
  // `encode` is FlexSearch's hook for a custom encoder; rtl is not set because JS strings hold Arabic in logical order.
  const options = { tokenize: tokenizer, encode: encodeArabic, document: { id: 'id', index: ['title', 'body'] } };
  return new Document<Doc>(options as ConstructorParameters<typeof Document<Doc>>[0]);
}

/** `tokenize: 'strict'` indexes whole words (fastest, smallest); 'forward' adds every prefix, as our last-word prefix search needs. */
export function createFlexSearchEngine(tokenizer: 'strict' | 'forward'): BenchEngine {
  return {
    name: `flexsearch-${tokenizer}`,
    configuration: `FlexSearch 0.8.212 Document, tokenize '${tokenizer}', encode = our tokenize+normalizeWord−stop words, search with suggest (OR-like), limit ${PAGE_SIZE}`,
    async build(articles) {
      const index = createIndex(tokenizer);
      articles.forEach((article, ordinal) => index.add({ id: ordinal, title: article.title, body: article.body }));
      const exported: Record<string, string> = {};
      await index.export((key: string, data: string) => {
        exported[key] = data;
      });
      return { files: new Map([[EXPORT_FILE, JSON.stringify(exported)]]), coldFiles: [EXPORT_FILE] };
    },
    async load(files) {
      const exported = JSON.parse(utf8.decode(files.get(EXPORT_FILE))) as Record<string, string>;
      const index = createIndex(tokenizer);
      for (const [key, data] of Object.entries(exported)) index.import(key, data);
      return {
        search(query) {
          const results = index.search(query, { limit: PAGE_SIZE, suggest: true, merge: true });
          return (results as unknown[]).length;
        },
      };
    },
  };
}
