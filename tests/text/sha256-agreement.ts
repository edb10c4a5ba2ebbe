// Shared by sha256.test.ts (Node) and sha256.worker.test.ts (workerd).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Digest, sha256Hex, webCryptoSha256, webCryptoSha256Hex } from '../../src/text/sha256';

/** The same checks for each runtime: Node takes node:crypto's hash, a runtime without it Web Crypto's. */
export function describeSha256(runtime: string): void {
  describe(`sha256Hex in ${runtime}`, () => {
    it('gives the FIPS 180-2 digest of "abc"', async () => {
      expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    });

    it('agrees with Web Crypto on any text, Arabic included', async () => {
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: 'grapheme' }), async (text) => {
          expect(await sha256Hex(text)).toBe(await webCryptoSha256Hex(text));
        }),
      );
      expect(await sha256Hex('بحث')).toBe(await webCryptoSha256Hex('بحث'));
    });

    it('agrees with Web Crypto on text with lone surrogates, which both hash as U+FFFD', async () => {
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: 'binary' }), async (text) => {
          expect(await sha256Hex(text)).toBe(await webCryptoSha256Hex(text));
        }),
      );
      expect(await sha256Hex('a\ud800b')).toBe(await sha256Hex('a\ufffdb'));
    });

    it('has a synchronous digest, which term blocks need to check postings inside a lookup, and it agrees with Web Crypto', async () => {
      expect(sha256Digest).toBeDefined();
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
          expect([...sha256Digest!(bytes)]).toEqual([...(await webCryptoSha256(bytes))]);
        }),
      );
    });

    it('agrees with Web Crypto on any bytes', async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
          expect(await sha256Hex(bytes)).toBe(await webCryptoSha256Hex(bytes));
        }),
      );
    });
  });
}
