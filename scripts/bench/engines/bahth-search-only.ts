// This project without snippets: the same modules and artefacts, answering with the first page's ranked ids only, like the peers.

import { createMemoryReader } from '../../../src/loading/artefact-reader';
import { loadEngine } from '../../../src/loading/load-engine';
import { parseQuery } from '../../../src/query/parse-query';
import { findArticles } from '../../../src/search/search';
import { type BenchEngine, PAGE_SIZE } from '../bench-engine';
import { bahthEngine } from './bahth';

export const bahthSearchOnlyEngine: BenchEngine = {
  name: 'bahth-search-only',
  configuration: 'this project as above, but the first page as ranked ids without titles or snippets (what the peers return)',
  build: (articles) => bahthEngine.build(articles),
  async load(files) {
    const engine = await loadEngine(createMemoryReader(files));
    return {
      async search(query) {
        const result = await findArticles(engine, parseQuery(query));
        return result.top(PAGE_SIZE).length === 0 ? 0 : result.total;
      },
    };
  },
};
