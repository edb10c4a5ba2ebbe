// A piece whose bytes passed its name's hash but do not hold together: found only when the part is decoded, long after the piece was read.

/**
 * Thrown where a piece's layout contradicts itself (a posting block that does
 * not end where its directory says). The API answers it as it answers any
 * corrupt index: 503, with the advice to rebuild, never a wrong answer or a 500.
 */
export class DamagedPieceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DamagedPieceError';
  }
}
