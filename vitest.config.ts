import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The worker imports the bundled browser files, so they are built before any project starts.
    globalSetup: ['tests/support/build-client-assets.ts'],
    projects: [
      {
        test: { name: 'node', include: ['tests/**/*.test.ts'], exclude: ['tests/api/**', 'tests/browser/**', 'tests/**/*.worker.test.ts'] },
      },
      {
        plugins: [cloudflareTest({ wrangler: { configPath: './tests/wrangler.toml' }, miniflare: { bindings: { FUZZ_REQUESTS: '2000' } } })],
        test: { name: 'workers', include: ['tests/api/**/*.test.ts', 'tests/**/*.worker.test.ts'] },
      },
      {
        // Headless Chromium against `wrangler dev` (started by the global setup); one file at a time on 2 cores.
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
