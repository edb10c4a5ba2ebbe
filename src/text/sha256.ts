// SHA-256 as lowercase hex: Node's synchronous hash where the runtime offers it, Web Crypto elsewhere.

const encoder = new TextEncoder();

/** The part of node:crypto used here, typed locally so src/ needs no Node types. */
interface NodeHash {
  /** A string is hashed as its UTF-8 bytes, encoded natively (lone surrogates become U+FFFD, as with TextEncoder). */
  update(data: string | Uint8Array): NodeHash;
  digest(encoding: 'hex'): string;
  digest(): Uint8Array;
}
interface NodeCrypto {
  createHash(algorithm: 'sha256'): NodeHash;
}
type BuiltinLoader = (id: string) => unknown;

/**
 * Web Crypto's digest is asynchronous, and in Node every call is a job on the
 * thread pool: an incremental build hashes each article and each piece, and
 * at 10k articles those jobs cost 0.4 of its 2.4 CPU-seconds. Node (20.16+)
 * hands out its synchronous hash through process.getBuiltinModule; a runtime
 * without it (a Worker without nodejs_compat) uses Web Crypto. Both give the
 * same digest, which tests/text/sha256.test.ts checks.
 */
const nodeCrypto: NodeCrypto | undefined = (() => {
  const load = (globalThis as { process?: { getBuiltinModule?: BuiltinLoader } }).process?.getBuiltinModule;
  if (typeof load !== 'function') return undefined;
  const crypto = load('node:crypto') as Partial<NodeCrypto> | undefined;
  return typeof crypto?.createHash === 'function' ? (crypto as NodeCrypto) : undefined;
})();

/**
 * The digest's bytes, synchronously, where the runtime has Node's hash (Node,
 * and workerd with nodejs_compat); undefined elsewhere. A term block checks a
 * span of postings when a lookup first reads it, inside synchronous work.
 */
export const sha256Digest: ((bytes: Uint8Array) => Uint8Array) | undefined =
  nodeCrypto === undefined ? undefined : (bytes) => nodeCrypto.createHash('sha256').update(bytes).digest();

/** The digest's bytes through Web Crypto, for a runtime without sha256Digest. */
export async function webCryptoSha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
}

/** Hex digest through Web Crypto, whatever the runtime: what tests compare the fast path with. */
export async function webCryptoSha256Hex(data: string | Uint8Array): Promise<string> {
  const digest = await webCryptoSha256(typeof data === 'string' ? encoder.encode(data) : data);
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  if (nodeCrypto === undefined) return webCryptoSha256Hex(data);
  return nodeCrypto.createHash('sha256').update(data).digest('hex');
}

/** UTF-8 length of a string, which is what a file or a response body weighs. */
export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}
