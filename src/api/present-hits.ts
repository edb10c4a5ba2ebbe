// Hit presentation: ranked articles → the JSON hits a client renders, with marked titles and snippets.

import type { Engine, StoredDocument } from '../loading/load-engine';
import type { ParsedQuery } from '../query/parse-query';
import type { RankedArticle } from '../search/search';
import { makeBodySnippet, makeTitleSnippet } from '../snippets/make-snippet';
import { termsToMark } from '../snippets/mark-matches';
import { type RenderedSnippet, renderSnippet } from '../snippets/render-snippet';
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

/** The marked title and body snippet of one hit; with highlighting off, the plain title and no snippet. */
function renderTexts(article: RankedArticle, document: StoredDocument, options: PresentationOptions): [RenderedSnippet, RenderedSnippet] {
  const { title, body } = document;
  if (!options.highlight) return [renderSnippet(title, [], { start: 0, end: title.length }), EMPTY];
  const terms = termsToMark(article.matchedTerms, options.query, article.correctedTerms);
  const { phrases } = options.query;
  return [makeTitleSnippet(title, terms, phrases), makeBodySnippet(body, terms, options.snippetLength, phrases)];
}

/**
 * Builds the hits of one page, reading the stored documents of these articles only.
 * They are awaited together first, so the snippets are then made in one
 * synchronous pass (an await per hit costs more than a short snippet).
 */
export async function presentHits(engine: Engine, page: readonly RankedArticle[], options: PresentationOptions): Promise<SearchHit[]> {
  const documents = await engine.documents(page.map((article) => article.ordinal));
  return page.map((article, index) => {
    const document = documents[index]!;
    const [title, snippet] = renderTexts(article, document, options);
    return {
      id: document.id,
      score: roundScore(article.score),
      title: title.html,
      snippet: snippet.html,
      url: document.url,
      date: document.date,
      category: document.category,
      source: document.source,
      tags: [...document.tags],
      highlights: { title: highlightOf(title), snippet: highlightOf(snippet) },
    };
  });
}
