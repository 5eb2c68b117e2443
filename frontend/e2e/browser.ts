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
    const violations = takeCspViolations();
    await suite.context?.close();
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  });
  return suite;
}

/** Every Content-Security-Policy violation reported in a page of this test so far, as text. */
const cspViolations: string[] = [];

/** The violations since the last call, and forgets them: a test that provokes one on purpose takes it. */
export function takeCspViolations(): string[] {
  return cspViolations.splice(0, cspViolations.length);
}

/**
 * Reports every CSP violation of every page of the context: the browser's securitypolicyviolation event
 * and its console message both, so that nothing the policy blocks goes unnoticed.
 */
async function watchCsp(context: BrowserContext): Promise<void> {
  await context.exposeBinding('__handreikingCspViolation', (_source, text: string) => {
    cspViolations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __handreikingCspViolation: (text: string) => void })
        .__handreikingCspViolation;
      report(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(`console: ${message.text()}`);
  });
}

/**
 * A fresh context (own localStorage) with a desktop viewport and Dutch as the browser language; every
 * Content-Security-Policy violation in it fails the test (see browserSuite).
 */
export async function openPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    viewport: { width: 1280, height: 900 },
    locale: 'nl-NL',
  });
  context.setDefaultTimeout(15_000);
  await watchCsp(context);
  const page = await context.newPage();
  return { context, page };
}

/** Runs axe for WCAG 2.1 A and AA: what is wrong, one readable line per rule, if anything. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** Runs axe for WCAG 2.1 A and AA and fails with a readable list of what is wrong, if anything. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
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
