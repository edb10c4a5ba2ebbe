// Date ordering: newest first, relevance breaking ties, undated articles last.

import type { ArticleColumns } from '../loading/load-engine';
import type { RankedArticle } from './search';

/** Returns a new array; the relevance order of `ranked` decides between articles of the same date. */
export function sortByDate(columns: ArticleColumns, ranked: readonly RankedArticle[]): RankedArticle[] {
  const position = new Map(ranked.map((article, index) => [article.ordinal, index]));
  return [...ranked].sort((a, b) => {
    const dateA = columns.date(a.ordinal) ?? '';
    const dateB = columns.date(b.ordinal) ?? '';
    if (dateA !== dateB) return dateA < dateB ? 1 : -1;
    return (position.get(a.ordinal) ?? 0) - (position.get(b.ordinal) ?? 0);
  });
}
