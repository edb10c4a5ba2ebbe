// Peer: Orama with its Arabic tokenizer, stemmer and stop words, persisted with save/load.

import { create, insertMultiple, load, type RawData, save, search } from '@orama/orama';
import { stemmer } from '@orama/stemmers/arabic';
import { stopwords } from '@orama/stopwords/arabic';
import { type BenchEngine, PAGE_SIZE, utf8 } from '../bench-engine';

const SAVED_FILE = 'orama.json';
const SCHEMA = { id: 'string', title: 'string', body: 'string' } as const;

function createDatabase() {
  return create({
    schema: SCHEMA,
    components: { tokenizer: { language: 'arabic', stemming: true, stemmer, stopWords: stopwords } },
  });
}

export const oramaEngine: BenchEngine = {
  name: 'orama',
  configuration: `Orama 3.1.18, language 'arabic' with @orama/stemmers/arabic and @orama/stopwords/arabic, search on title+body, limit ${PAGE_SIZE}`,
  async build(articles) {
    const database = createDatabase();
    await insertMultiple(
      database,
      articles.map((article) => ({ id: article.id, title: article.title, body: article.body })),
    );
    return { files: new Map([[SAVED_FILE, JSON.stringify(save(database))]]), coldFiles: [SAVED_FILE] };
  },
  async load(files) {
    const database = createDatabase();
    load(database, JSON.parse(utf8.decode(files.get(SAVED_FILE))) as RawData);
    return {
      async search(query) {
        const results = await search(database, { term: query, properties: ['title', 'body'], limit: PAGE_SIZE });
        return results.count;
      },
    };
  },
};
