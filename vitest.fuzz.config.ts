// `npm run fuzz`: the property suites with many more runs, and 100,000 generated requests against the worker in the Workers runtime.

import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

const REQUESTS = process.env.FUZZ_REQUESTS ?? '100000';
const PROPERTY_RUNS = process.env.FUZZ_PROPERTY_RUNS ?? '10000';
/** Both suites stop starting new cases after this long, so the run is bounded on any machine. */
const TIME_BUDGET_MS = process.env.FUZZ_TIME_BUDGET_MS ?? '900000';

export default defineConfig({
  test: {
    // The worker imports the bundled browser files, so they are built before any project starts.
    globalSetup: ['tests/support/build-client-assets.ts'],
    projects: [
      {
        test: {
          name: 'fuzz-node',
          include: ['tests/fuzz/**/*.property.test.ts'],
          env: { FUZZ_PROPERTY_RUNS: PROPERTY_RUNS },
          testTimeout: Number(TIME_BUDGET_MS),
        },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './tests/wrangler.toml' },
            miniflare: { bindings: { FUZZ_REQUESTS: REQUESTS, FUZZ_TIME_BUDGET_MS: TIME_BUDGET_MS } },
          }),
        ],
        test: { name: 'fuzz-workers', include: ['tests/fuzz/**/*.worker.test.ts'] },
      },
    ],
  },
});
