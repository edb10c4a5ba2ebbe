// This project, through the very modules the worker runs: buildIndex → loadEngine → parseQuery → findArticles → presentHits.

import { presentHits } from '../../../src/api/present-hits';
import { buildIndexFiles } from '../../../src/indexing/build-index';
import { createMemoryReader } from '../../../src/loading/artefact-reader';
import { loadEngine } from '../../../src/loading/load-engine';
import { parseQuery } from '../../../src/query/parse-query';
import { findArticles } from '../../../src/search/search';
import { DEFAULT_SNIPPET_LENGTH } from '../../../src/snippets/make-snippet';
import { type BenchEngine, PAGE_SIZE } from '../bench-engine';

export const bahthEngine: BenchEngine = {
  name: 'bahth',
  configuration: 'this project: exact + stem fields, last word as prefix, first page with title and body snippets',
  async build(articles) {
    const built = await buildIndexFiles(articles);
    // A cold start reads the manifest and the segment roots; every other piece is read by the queries that need it.
    const coldFiles = [...built.files.keys()].filter(
      (name) => name === 'manifest.json' || built.manifest.segments.some((segment) => segment.root === name),
    );
    return { files: built.files, coldFiles };
  },
  async load(files) {
    const engine = await loadEngine(createMemoryReader(files));
    return {
      async search(query) {
        const parsed = parseQuery(query);
        const result = await findArticles(engine, parsed);
        const options = { query: parsed, highlight: true, snippetLength: DEFAULT_SNIPPET_LENGTH };
        const hits = await presentHits(engine, result.top(PAGE_SIZE), options);
        return hits.length === 0 ? 0 : result.total;
      },
    };
  },
};
