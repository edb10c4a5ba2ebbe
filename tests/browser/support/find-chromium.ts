// Locates the Chromium binary the browser tests drive (Debian's package; playwright cannot download one here).

import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export const CHROMIUM_INSTALL_HINT =
  'The browser tests need Chromium and found none. Install it with `apt-get install -y chromium` (as root), ' +
  'or set CHROMIUM_PATH to a Chromium or Chrome binary.';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** CHROMIUM_PATH if set, else the first `chromium` on PATH; throws the install hint when there is none. */
export function findChromium(): string {
  const configured = process.env['CHROMIUM_PATH'];
  if (configured) {
    if (isExecutable(configured)) return configured;
    throw new Error(`CHROMIUM_PATH is ${configured}, which is not an executable file. ${CHROMIUM_INSTALL_HINT}`);
  }
  const directories = (process.env['PATH'] ?? '').split(delimiter).filter(Boolean);
  const found = directories.map((directory) => join(directory, 'chromium')).find(isExecutable);
  if (found === undefined) throw new Error(CHROMIUM_INSTALL_HINT);
  return found;
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
