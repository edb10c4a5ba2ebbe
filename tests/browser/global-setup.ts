// Browser tests' global setup: finds Chromium (unpacking the npm one if need be), builds the fixture index if
// missing, starts wrangler dev on the sample corpus, and hands the tests its URL; teardown always stops it.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { type ChromiumInstall, findChromium } from './support/find-chromium';
import { findFreePort } from './support/free-port';
import { startWranglerDev } from './support/wrangler-dev';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: ChromiumInstall;
  }
}

/** This worktree's wrangler dev ports for browser tests (8787 is left to `npm start`). */
const PREFERRED_PORTS = [8794, 8795];

const root = resolve(import.meta.dirname, '../..');

/** `npm test` builds the fixture index first; a direct `vitest --project browser` builds it here if absent. */
function ensureFixtureIndex(): void {
  const fixture = join(root, 'tests/fixtures/index-data');
  if (existsSync(join(fixture, 'manifest.json'))) return;
  const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
  execFileSync(
    process.execPath,
    [tsx, 'scripts/build-index.ts', '--quiet', '--no-config', '--content', 'content/sample', '--out', 'tests/fixtures/index-data'],
    { cwd: root, stdio: 'inherit' },
  );
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromium = await findChromium();
  console.log(`browser tests: Chromium (${chromium.source}) ${chromium.executablePath}`);
  ensureFixtureIndex();
  const port = await findFreePort(PREFERRED_PORTS);
  const inspectorPort = await findFreePort();
  const worker = await startWranglerDev(root, port, inspectorPort);
  project.provide('baseUrl', worker.baseUrl);
  project.provide('chromium', chromium);
  return () => worker.stop();
}
