// Picks TCP ports on 127.0.0.1 for the test servers, so a busy port fails fast instead of hanging.

import { createServer } from 'node:net';

/** Resolves to port if nothing listens on it, else undefined. Port 0 asks the system for any free port. */
function tryListen(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const bound = typeof address === 'object' && address !== null ? address.port : undefined;
      server.close(() => resolve(bound));
    });
  });
}

/** The first free port of the preferred ones, else any free port. */
export async function findFreePort(preferred: readonly number[] = []): Promise<number> {
  for (const port of [...preferred, 0]) {
    const free = await tryListen(port);
    if (free !== undefined) return free;
  }
  throw new Error('No free TCP port on 127.0.0.1: stop another test server and try again.');
}
