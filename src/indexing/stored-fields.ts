// Stored fields: which display fields of an article the catalog keeps for the worker to return with each hit.

/** Fields a configuration may choose to store; id and title are always stored (every hit shows them). */
export const STORABLE_FIELDS = ['url', 'date', 'category', 'source', 'tags'] as const;
export type StorableField = (typeof STORABLE_FIELDS)[number];

/** By default every display field is stored. */
export const DEFAULT_STORED_FIELDS: readonly StorableField[] = STORABLE_FIELDS;
