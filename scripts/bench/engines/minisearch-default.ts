// Peer: MiniSearch with default options, the naive way to build this project (JSON.stringify, MiniSearch.loadJSON).

import MiniSearch from 'minisearch';
import { type BenchEngine, utf8 } from '../bench-engine';

const INDEX_FILE = 'minisearch.json';
const OPTIONS = { fields: ['title', 'body'] };

export const miniSearchDefaultEngine: BenchEngine = {
  name: 'minisearch-default',
  configuration: 'MiniSearch 7.2.0, fields title/body, default tokenizer and processTerm, no stored fields',
  async build(articles) {
    const index = new MiniSearch(OPTIONS);
    index.addAll(articles.map((article) => ({ id: article.id, title: article.title, body: article.body })));
    return { files: new Map([[INDEX_FILE, JSON.stringify(index)]]), coldFiles: [INDEX_FILE] };
  },
  async load(files) {
    const index = MiniSearch.loadJSON(utf8.decode(files.get(INDEX_FILE)), OPTIONS);
    return { search: (query) => index.search(query).length };
  },
};
