import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';

export const BASE_URL = process.env.HANDREIKING_URL ?? 'http://localhost:8080';
const SCREENSHOTS = resolve(import.meta.dirname, 'screenshots');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** What a browser test file works with: one Chromium for the file, a fresh context and page per test. */
export interface BrowserSuite {
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/** Registers the hooks of a browser test file and returns the suite they keep up to date. */
export function browserSuite(): BrowserSuite {
  const suite = {} as BrowserSuite;
  beforeAll(async () => {
    suite.browser = await launch();
  });
  afterAll(async () => {
    await suite.browser?.close();
  });
  beforeEach(async () => {
    Object.assign(suite, await openPage(suite.browser));
  });
  afterEach(async () => {
    await suite.context?.close();
  });
  return suite;
}

/** A fresh context (own localStorage) with a desktop viewport and Dutch as the browser language. */
export async function openPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  return { context, page };
}

/** Runs axe for WCAG 2.1 A and AA and fails with a readable list of what is wrong, if anything. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const violations = results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(violations).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Presses Tab (or Shift+Tab) until the focused element matches, as a keyboard user walks a page. */
export async function tabTo(
  page: Page,
  matches: (element: Element) => boolean,
  { backwards = false, maxTabs = 20 } = {},
): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return;
  }
  throw new Error(`no element matched after ${maxTabs} tabs`);
}
