// Hit presentation: ranked articles → the JSON hits a client renders, with marked titles and snippets.

import type { Engine } from '../loading/load-engine';
import type { RankedArticle } from '../search/search';
import { makeBodySnippet, makeTitleSnippet } from '../snippets/make-snippet';
import type { SearchHit } from './schemas';

/** Rounds a score for display: more digits would only be noise. */
function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/** Builds the hits of one page, loading body text only for these articles. */
export async function presentHits(engine: Engine, page: readonly RankedArticle[]): Promise<SearchHit[]> {
  const { catalog } = engine;
  return Promise.all(
    page.map(async (article) => {
      const { ordinal } = article;
      const terms = new Set(article.matchedTerms);
      const title = makeTitleSnippet(catalog.titles[ordinal] ?? '', terms);
      const snippet = makeBodySnippet(await engine.body(ordinal), terms);
      return {
        id: catalog.ids[ordinal] ?? String(ordinal),
        score: roundScore(article.score),
        title: title.html,
        snippet: snippet.html,
        url: catalog.urls[ordinal] ?? null,
        date: catalog.dates[ordinal] ?? null,
        category: catalog.categories[ordinal] ?? null,
        source: catalog.sources[ordinal] ?? null,
        tags: [...(catalog.tags[ordinal] ?? [])],
        highlights: {
          title: { text: title.text, ranges: title.ranges.map(([start, end]) => [start, end] as [number, number]) },
          snippet: { text: snippet.text, ranges: snippet.ranges.map(([start, end]) => [start, end] as [number, number]) },
        },
      };
    }),
  );
}
