// A piece whose part is found damaged only when decoded, after its name's hash checked out, answers like any corrupt index.

import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/create-app';
import { DamagedPieceError } from '../../src/index-format/damaged-piece-error';

/** An app whose search meets a damaged posting block, as a lazily decoded list would raise it. */
const app = createApp(async () => {
  throw new DamagedPieceError('A term block is damaged: a block of postings does not match its directory.');
});

describe('a piece damaged inside', () => {
  it('answers 503 with the index-unavailable code and the advice to rebuild, not a 500', async () => {
    const response = await app.request('/search?q=%D9%85%D8%B1%D8%A7%D9%83%D8%B4');
    expect(response.status).toBe(503);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('index_unavailable');
    expect(body.error.message).toMatch(/does not match its directory/);
    expect(body.error.message).toMatch(/npm run build:index/);
  });
});
