// Kept values: artefacts read once and kept for the isolate's life, without sharing a read still in flight.

/**
 * In workerd a promise tied to one request's I/O (a static-asset read) may
 * never settle for another request that awaits it: the runtime then cancels
 * the waiting request as hung. So only finished values are shared across
 * requests; callers that miss at the same moment each read for themselves,
 * and the first to finish is kept.
 */
export class KeptValues<K, V> {
  private readonly values = new Map<K, V>();

  async get(key: K, read: () => Promise<V>): Promise<V> {
    const kept = this.values.get(key);
    if (kept !== undefined) return kept;
    const value = await read();
    if (!this.values.has(key)) this.values.set(key, value);
    return this.values.get(key)!;
  }
}
