// Locates the Chromium the browser tests drive: CHROMIUM_PATH, then a system Chromium or Chrome, then the one
// installed from npm (@sparticuz/chromium), so `npm install && npm test` needs no browser of the machine's own.

import { accessSync, constants, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { chromium } from 'playwright-core';
import { unpackNpmChromium } from './npm-chromium';

/** The browser to launch, and for the npm one the folder of the libraries it needs. */
export interface ChromiumInstall {
  readonly executablePath: string;
  readonly libraryPath?: string;
  readonly source: 'CHROMIUM_PATH' | 'system' | 'npm';
}

export const CHROMIUM_INSTALL_HINT =
  'The browser tests need Chromium and found none. On Linux x64, `npm install` brings one (@sparticuz/chromium); ' +
  'elsewhere install Chrome or Chromium, or run `npx playwright install chromium`, or set CHROMIUM_PATH to a ' +
  'Chromium or Chrome binary (see docs/requirements.md).';

/** Names a Chromium or Chrome goes by on PATH. */
const COMMAND_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Where browsers live outside PATH: Debian's and Snap's Chromium, and the macOS applications. */
const KNOWN_PATHS = [
  '/usr/bin/chromium',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Inside a ms-playwright/chromium-<revision> folder, by platform and Playwright version. */
const PLAYWRIGHT_BUILD_PATHS = [
  'chrome-linux64/chrome',
  'chrome-linux/chrome',
  'chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
  'chrome-mac-x64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
  'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser build this playwright-core expects, if Playwright knows this platform. */
function playwrightOwnBuild(): string[] {
  try {
    return [chromium.executablePath()];
  } catch {
    return [];
  }
}

function listFolder(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

/** Browsers that `npx playwright install chromium` put in Playwright's cache, newest revision first. */
function playwrightBuilds(): string[] {
  const caches = [process.env.PLAYWRIGHT_BROWSERS_PATH, join(homedir(), '.cache/ms-playwright'), join(homedir(), 'Library/Caches/ms-playwright')];
  return caches
    .filter((cache): cache is string => Boolean(cache))
    .flatMap((cache) =>
      listFolder(cache)
        .filter((name) => /^chromium-\d+$/.test(name))
        .sort((a, b) => Number(b.slice(9)) - Number(a.slice(9)))
        .flatMap((build) => PLAYWRIGHT_BUILD_PATHS.map((inside) => join(cache, build, inside))),
    );
}

/** A system browser: on PATH, at a known place, or installed by Playwright. */
function findSystemChromium(): string | undefined {
  const directories = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const onPath = COMMAND_NAMES.flatMap((name) => directories.map((directory) => join(directory, name)));
  return [...onPath, ...KNOWN_PATHS, ...playwrightOwnBuild(), ...playwrightBuilds()].find(isExecutable);
}

/**
 * CHROMIUM_PATH if set, else a system browser, else the npm one; throws the install hint when there is none.
 * BAHTH_NO_SYSTEM_CHROMIUM=1 skips the system browsers, to try what a machine without one would get.
 */
export async function findChromium(): Promise<ChromiumInstall> {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (isExecutable(configured)) return { executablePath: configured, source: 'CHROMIUM_PATH' };
    throw new Error(`CHROMIUM_PATH is ${configured}, which is not an executable file. ${CHROMIUM_INSTALL_HINT}`);
  }
  const system = process.env.BAHTH_NO_SYSTEM_CHROMIUM === '1' ? undefined : findSystemChromium();
  if (system !== undefined) return { executablePath: system, source: 'system' };
  const npm = await unpackNpmChromium();
  if (npm !== undefined) return { ...npm, source: 'npm' };
  throw new Error(CHROMIUM_INSTALL_HINT);
}

/** Flags for a quiet headless run inside a container (no sandbox, no GPU, no phoning home). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The environment for the browser process: the npm Chromium needs its own libraries on LD_LIBRARY_PATH. */
export function chromiumEnvironment(install: ChromiumInstall): Record<string, string> | undefined {
  if (install.libraryPath === undefined) return undefined;
  const inherited = Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined);
  const libraryPath = [install.libraryPath, process.env.LD_LIBRARY_PATH].filter(Boolean).join(delimiter);
  return { ...Object.fromEntries(inherited), LD_LIBRARY_PATH: libraryPath };
}
