import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'node', include: ['tests/**/*.test.ts'], exclude: ['tests/api/**', 'tests/browser/**'] },
      },
      {
        plugins: [cloudflareTest({ wrangler: { configPath: './tests/wrangler.toml' } })],
        test: { name: 'workers', include: ['tests/api/**/*.test.ts'] },
      },
    ],
  },
});
