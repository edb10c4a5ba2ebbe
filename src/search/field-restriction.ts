// Field restriction: limits a query tree to the fields a request asked for (`fields=title`), whatever fields its leaves name.

import type { IndexField } from '../index-format/search-options';
import type { SearchQuery } from './evaluate-query';

/** The fields a client can name: each covers its exact, stem, cross-script key and root fields. */
export const SEARCH_FIELDS = ['title', 'body'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

const INDEX_FIELDS_OF: Readonly<Record<SearchField, readonly IndexField[]>> = {
  title: ['title', 'titleStems', 'titleKeys', 'titleRoots'],
  body: ['body', 'bodyStems', 'bodyKeys', 'bodyRoots'],
};

/** The index fields behind the requested search fields. */
export function indexFieldsFor(fields: readonly SearchField[]): Set<IndexField> {
  return new Set(fields.flatMap((field) => INDEX_FIELDS_OF[field]));
}

/**
 * Rewrites a query tree so that every node that names fields names only
 * allowed ones. Nested MiniSearch queries override their parent's `fields`,
 * so the restriction has to reach every node rather than be passed once.
 */
export function restrictToFields(query: SearchQuery, fields: readonly SearchField[]): SearchQuery {
  const allowed = indexFieldsFor(fields);
  const visit = (node: SearchQuery): SearchQuery => {
    if (typeof node === 'string') return node;
    if (typeof node === 'symbol') return node;
    const restricted = { ...node, fields: (node.fields ?? [...allowed]).filter((field) => allowed.has(field as IndexField)) };
    return { ...restricted, queries: node.queries.map(visit) };
  };
  return visit(query);
}
