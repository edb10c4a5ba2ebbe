// Hit presentation: ranked articles → the JSON hits a client renders, with marked titles and snippets.

import type { Engine } from '../loading/load-engine';
import type { ParsedQuery } from '../query/parse-query';
import type { RankedArticle } from '../search/search';
import { makeBodySnippet, makeTitleSnippet } from '../snippets/make-snippet';
import { termsToMark } from '../snippets/mark-matches';
import { renderSnippet, type RenderedSnippet } from '../snippets/render-snippet';
import type { SearchHit } from './schemas';

export interface PresentationOptions {
  readonly query: ParsedQuery;
  /** False: no marks and no snippet, so no body text is read. */
  readonly highlight: boolean;
  readonly snippetLength: number;
}

/** Rounds a score for display: more digits would only be noise. */
function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}

function highlightOf(rendered: RenderedSnippet): { text: string; ranges: [number, number][] } {
  return { text: rendered.text, ranges: rendered.ranges.map(([start, end]) => [start, end] as [number, number]) };
}

const EMPTY: RenderedSnippet = { html: '', text: '', ranges: [] };

/** The marked title and body snippet of one hit; `body` is undefined when highlighting is off. */
function renderTexts(engine: Engine, article: RankedArticle, body: string | undefined, options: PresentationOptions): [RenderedSnippet, RenderedSnippet] {
  const title = engine.catalog.titles[article.ordinal] ?? '';
  if (body === undefined) return [renderSnippet(title, [], { start: 0, end: title.length }), EMPTY];
  const terms = termsToMark(article.matchedTerms, options.query, article.correctedTerms);
  const { phrases } = options.query;
  return [makeTitleSnippet(title, terms, phrases), makeBodySnippet(body, terms, options.snippetLength, phrases)];
}

/**
 * Builds the hits of one page, loading body text only for these articles.
 * The bodies are awaited together first, so the snippets are then made in
 * one synchronous pass (an await per hit costs more than a short snippet).
 */
export async function presentHits(engine: Engine, page: readonly RankedArticle[], options: PresentationOptions): Promise<SearchHit[]> {
  const { catalog } = engine;
  const bodies = options.highlight ? await engine.bodies(page.map((article) => article.ordinal)) : [];
  return page.map((article, index) => {
    const { ordinal } = article;
    const [title, snippet] = renderTexts(engine, article, bodies[index], options);
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
      highlights: { title: highlightOf(title), snippet: highlightOf(snippet) },
    };
  });
}
