// Opens pages in headless Chromium for the browser tests and records what went wrong inside them.

import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM_ARGS, chromiumEnvironment } from './find-chromium';

export const DESKTOP = { width: 1280, height: 900 } as const;
export const PHONE = { width: 390, height: 844 } as const;

const artefacts = resolve(import.meta.dirname, '../../../test-results');

export function launchChromium(): Promise<Browser> {
  const install = inject('chromium');
  const env = chromiumEnvironment(install);
  return chromium.launch({ executablePath: install.executablePath, args: CHROMIUM_ARGS, headless: true, ...(env ? { env } : {}) });
}

/**
 * One Chromium for the calling test file: launched before its tests and closed
 * after them, whatever happened. Returns how to open a watched page in it.
 */
export function useChromium(): (viewport?: { width: number; height: number }) => Promise<WatchedPage> {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return (viewport) => {
    if (browser === undefined) throw new Error('Chromium is not running: open pages inside a test, after beforeAll');
    return openPage(browser, viewport);
  };
}

/** A page plus the script errors, CSP violations and dialogs it produced, for tests to assert are empty. */
export interface WatchedPage {
  readonly page: Page;
  readonly problems: string[];
}

export async function openPage(browser: Browser, viewport: { width: number; height: number } = DESKTOP): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport, locale: 'ar' });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy|Refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { page, problems };
}

/** Saves a screenshot under test-results/ (kept by CI as an artefact) and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artefacts, { recursive: true });
  const path = join(artefacts, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** The ids of the hits on the page, in order. */
export function hitIds(page: Page): Promise<string[]> {
  return page.locator('.bahth-hit').evaluateAll((items) => items.map((item) => item.getAttribute('data-id') ?? ''));
}

/** Waits until the search root shows a finished search (state results, empty or error) whose status names query. */
export async function waitForSearch(page: Page, query: string, state: 'results' | 'empty' = 'results', root = '#search'): Promise<void> {
  await page.locator(`${root}[data-state="${state}"][data-busy="false"] .bahth-status`, { hasText: `«${query}»` }).waitFor();
}

/** Types text one letter at a time, like a person, so every keystroke fires its own input event. */
export async function typeSlowly(page: Page, text: string, input = '#search .bahth-input'): Promise<void> {
  await page.locator(input).pressSequentially(text, { delay: 60 });
}

/** Fetches JSON from the test worker directly (to learn what the API supports before testing the UI). */
export async function fetchJson(path: string): Promise<{ status: number; body: Record<string, unknown> | null }> {
  const response = await fetch(`${inject('baseUrl')}${path}`);
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  return { status: response.status, body };
}
