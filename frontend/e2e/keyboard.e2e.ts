import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserSuite, expectAccessible, screenshot, tabTo } from './browser';

describe('keyboard and language', () => {
  const suite = browserSuite();
  let page: Page;
  beforeEach(() => {
    page = suite.page;
  });

  const focused = () =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return {
        id: element?.id ?? '',
        tag: element?.tagName ?? '',
        text: element?.textContent?.trim() ?? '',
        inNav: Boolean(element?.closest('nav[aria-label="Hoofdmenu"]')),
        outline: element ? getComputedStyle(element).outlineStyle : 'none',
      };
    });

  it('the first Tab reaches the skip link, and Enter moves focus to the main content', async () => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    const skip = await focused();
    expect(skip.text).toBe('Naar de inhoud');
    expect(skip.outline).not.toBe('none');
    await screenshot(page, 'skip-link');
    await page.keyboard.press('Enter');
    expect((await focused()).id).toBe('main');
  });

  it('the main navigation works with Tab and Enter alone', async () => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await tabTo(page, (element) => element.textContent?.trim() === 'Organisaties');
    const link = await focused();
    expect(link.inNav).toBe(true);
    expect(link.outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/organisaties');
    await page.getByRole('heading', { level: 1, name: 'Organisaties' }).waitFor();
    expect(await focused()).toMatchObject({ tag: 'H1', text: 'Organisaties' });

    // Focus is on the new page's heading; the navigation lies just before it.
    await tabTo(page, (element) => element.textContent?.trim() === "Regio's", { backwards: true });
    expect((await focused()).inNav).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/regios');
    await page.getByRole('table').waitFor();
  });

  it('switching to English persists across a reload and sets <html lang>', async () => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');

    await tabTo(page, (element) => element.textContent?.trim() === 'English');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Guide for reception, housing and integration' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Guide for reception, housing and integration' }).waitFor();
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Organisations' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('region', { name: 'Policy domains' }).getByRole('heading', { level: 3 }).first().waitFor();
    await screenshot(page, 'home-en');
    await expectAccessible(page);
  });
});
