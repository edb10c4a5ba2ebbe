// Vitest global setup for every project: bundles src/client/ first, so a fresh clone's tests (and the worker
// they import) find src/generated/client-assets.ts without a manual `npm run build:client`.

import { writeClientAssets } from '../../scripts/build-client';

export default async function setup(): Promise<void> {
  await writeClientAssets();
}
