// Server-Timing: how long each phase of a request took, as far as the runtime's clock lets us see.

/**
 * Records named phases. Workers advance `performance.now()` only across I/O
 * (a guard against timing attacks), so pure computation may show as 0 ms in
 * production; `wrangler dev` shows real durations.
 */
export class ServerTiming {
  private readonly phases: [string, number][] = [];

  async measure<T>(name: string, work: () => Promise<T> | T): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.phases.push([name, performance.now() - start]);
    }
  }

  /** The header value, e.g. `parse;dur=0.1, search;dur=2.3`. */
  header(): string {
    return this.phases.map(([name, duration]) => `${name};dur=${duration.toFixed(1)}`).join(', ');
  }
}
