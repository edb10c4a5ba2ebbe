import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'node', include: ['tests/**/*.test.ts'], exclude: ['tests/api/**', 'tests/browser/**', 'tests/**/*.worker.test.ts'] },
      },
      {
        plugins: [cloudflareTest({ wrangler: { configPath: './tests/wrangler.toml' }, miniflare: { bindings: { FUZZ_REQUESTS: '2000' } } })],
        test: { name: 'workers', include: ['tests/api/**/*.test.ts', 'tests/**/*.worker.test.ts'] },
      },
    ],
  },
});
