import { describe, expect, it } from 'vitest';
import { documentsPerPieceFor, MAX_DOCUMENT_PIECES, MIN_DOCUMENTS_PER_PIECE } from '../../src/index-format/artefacts';

describe('documentsPerPieceFor', () => {
  it.each([
    [1, MIN_DOCUMENTS_PER_PIECE],
    [9_958, MIN_DOCUMENTS_PER_PIECE],
    [MAX_DOCUMENT_PIECES * MIN_DOCUMENTS_PER_PIECE, MIN_DOCUMENTS_PER_PIECE],
    [MAX_DOCUMENT_PIECES * MIN_DOCUMENTS_PER_PIECE + 1, 2 * MIN_DOCUMENTS_PER_PIECE],
    [1_000_000, 128],
  ])('gives %i articles pieces of %i documents', (articles, size) => {
    expect(documentsPerPieceFor(articles)).toBe(size);
  });

  it('never needs more document pieces than a Worker may carry, however large the corpus', () => {
    for (const articles of [0, 7, 80_001, 500_000, 3_000_000]) {
      expect(Math.ceil(articles / documentsPerPieceFor(articles))).toBeLessThanOrEqual(MAX_DOCUMENT_PIECES);
    }
  });
});
