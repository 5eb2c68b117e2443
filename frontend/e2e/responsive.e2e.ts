import { type Browser, type BrowserContext, type Page, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BASE_URL,
  accessibilityViolations,
  browserSuite,
  expectAccessible,
  launch,
  screenshot,
  tabTo,
} from './browser';
import { DEMO, apiAs, signIn } from './demo';

const ACCOUNTS = {
  municipality: DEMO.utrecht,
  province: DEMO.gelderland,
  support: DEMO.support,
  editor: DEMO.editor,
  admin: DEMO.admin,
} as const;
type Who = keyof typeof ACCOUNTS | 'visitor';

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };

/** One item of each kind from the API, so every detail page is visited with real content. */
interface Ids {
  task: string;
  measure: string;
  funding: string;
  agenda: string;
  signal: string;
  user: string;
}

async function firstId(path: string, token?: string): Promise<string> {
  const api = await request.newContext({
    baseURL: BASE_URL,
    extraHTTPHeaders: token ? { Authorization: `Bearer ${token}` } : {},
  });
  const response = await api.get(`/api/v1${path}`);
  expect(response.status(), path).toBe(200);
  const body = (await response.json()) as { id: string }[] | { items: { id: string }[] };
  await api.dispose();
  const items = Array.isArray(body) ? body : body.items;
  expect(items.length, path).toBeGreaterThan(0);
  return items[0]!.id;
}

async function token(who: keyof typeof ACCOUNTS): Promise<string> {
  const { api, token } = await apiAs(ACCOUNTS[who]);
  await api.dispose();
  return token;
}

async function findIds(): Promise<Ids> {
  return {
    task: await firstId('/tasks?pageSize=1'),
    measure: await firstId('/measures?pageSize=1'),
    funding: await firstId('/funding?pageSize=1'),
    agenda: await firstId('/agenda-items'),
    signal: await firstId('/signals?pageSize=1', await token('municipality')),
    user: await firstId('/users?pageSize=1', await token('admin')),
  };
}

/** Every page of the SPA, with who may see it; `{kind}` in a path is the id of one item from the API. */
const PAGES: { who: Who; path: string }[] = [
  { who: 'visitor', path: '/' },
  { who: 'visitor', path: '/zoeken' },
  { who: 'visitor', path: '/zoeken?q=huisvesting' },
  { who: 'visitor', path: '/opgaven/{task}' },
  { who: 'visitor', path: '/maatregelen/{measure}' },
  { who: 'visitor', path: '/financiering' },
  { who: 'visitor', path: '/financiering/{funding}' },
  { who: 'visitor', path: '/organisaties' },
  { who: 'visitor', path: '/regios' },
  { who: 'visitor', path: '/regios/GM0363' },
  { who: 'visitor', path: '/regios/PV21' },
  { who: 'visitor', path: '/signalen/dashboard' },
  { who: 'visitor', path: '/taakstelling' },
  { who: 'visitor', path: '/provinciale-plannen' },
  { who: 'visitor', path: '/agenda' },
  { who: 'visitor', path: '/agenda/{agenda}' },
  { who: 'visitor', path: '/aanmelden' },
  { who: 'visitor', path: '/bestaat-niet' },
  { who: 'municipality', path: '/mijn-overzicht' },
  { who: 'municipality', path: '/signalen' },
  { who: 'municipality', path: '/signalen/nieuw' },
  { who: 'municipality', path: '/signalen/{signal}' },
  { who: 'municipality', path: '/zoekopdrachten' },
  { who: 'visitor', path: '/mail-afmelden/onbekend' },
  { who: 'province', path: '/mijn-overzicht' },
  { who: 'support', path: '/signalen' },
  { who: 'support', path: '/signalen/{signal}' },
  { who: 'editor', path: '/redactie/opgaven' },
  { who: 'editor', path: '/redactie/opgaven/nieuw' },
  { who: 'editor', path: '/redactie/opgaven/{task}' },
  { who: 'editor', path: '/redactie/opgaven/{task}/geschiedenis' },
  { who: 'editor', path: '/agenda/nieuw' },
  { who: 'editor', path: '/agenda/{agenda}/bewerken' },
  { who: 'admin', path: '/beheer' },
  { who: 'admin', path: '/beheer/gebruikers' },
  { who: 'admin', path: '/beheer/gebruikers/nieuw' },
  { who: 'admin', path: '/beheer/gebruikers/{user}' },
  { who: 'admin', path: '/beheer/api-clients' },
  { who: 'admin', path: '/beheer/api-clients/nieuw' },
  { who: 'admin', path: '/beheer/auditlog' },
];

/** Opens a page and waits until its data is in: a heading, nothing loading, nothing busy. */
async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    () =>
      !document.querySelector('[aria-busy="true"]') &&
      !Array.from(document.querySelectorAll('[role="status"]')).some((status) =>
        status.textContent?.includes('Bezig met laden'),
      ),
  );
}

/** What scrolls sideways at this width: the page itself, or any box inside it (a table, a chart). */
function sidewaysScrolling(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width)
      found.push(`the page is ${document.documentElement.scrollWidth} px wide`);
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const overflow = getComputedStyle(element).overflowX;
      if ((overflow === 'auto' || overflow === 'scroll') && element.scrollWidth > element.clientWidth + 1) {
        found.push(
          `${element.tagName.toLowerCase()}.${element.className} scrolls: ${element.scrollWidth} px in ${element.clientWidth} px`,
        );
      }
    }
    return found;
  });
}

/** The longest rendered line of running text in main, in characters (measured per character box). */
function longestLine(page: Page): Promise<{ characters: number; text: string }> {
  return page.evaluate(() => {
    let longest = { characters: 0, text: '' };
    for (const paragraph of Array.from(document.querySelectorAll('main .utrecht-paragraph, main li'))) {
      const lines = new Map<number, string>();
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const box = range.getClientRects()[0];
          if (!box) continue;
          const top = Math.round(box.top / 4);
          lines.set(top, (lines.get(top) ?? '') + text[i]);
        }
      }
      for (const line of lines.values()) {
        if (line.trim().length > longest.characters) longest = { characters: line.trim().length, text: line.trim() };
      }
    }
    return longest;
  });
}

async function signInAs(page: Page, who: Who): Promise<void> {
  if (who !== 'visitor') await signIn(page, ACCOUNTS[who]);
}

describe.each([
  { name: 'phone', viewport: PHONE },
  { name: 'desktop', viewport: DESKTOP },
])('every page on a $name ($viewport.width px)', ({ viewport }) => {
  let browser: Browser;
  let ids: Ids;
  const pages = new Map<Who, Promise<Page>>();

  /** One signed-in page per role for the whole width: signing in once, a reload restores the session. */
  const pageFor = (who: Who): Promise<Page> => {
    if (!pages.has(who)) {
      pages.set(
        who,
        (async () => {
          const context: BrowserContext = await browser.newContext({ baseURL: BASE_URL, viewport, locale: 'nl-NL' });
          context.setDefaultTimeout(30_000);
          const page = await context.newPage();
          await signInAs(page, who);
          return page;
        })(),
      );
    }
    return pages.get(who)!;
  };

  beforeAll(async () => {
    browser = await launch();
    ids = await findIds();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(PAGES)(
    '$who: $path',
    async ({ who, path }) => {
      const page = await pageFor(who);
      await visit(
        page,
        path.replace(/\{(\w+)\}/g, (_, kind: keyof Ids) => ids[kind]),
      );
      const problems = await accessibilityViolations(page);
      if (viewport === PHONE) {
        problems.push(...(await sidewaysScrolling(page)));
        if (await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()) problems.push('the menu is open');
      } else {
        const line = await longestLine(page);
        if (line.characters > 80) problems.push(`a line of ${line.characters} characters: ${line.text}`);
      }
      const bodySize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      if (bodySize < 18) problems.push(`body text of ${bodySize} px`);
      expect(problems).toEqual([]);
    },
    120_000,
  );
});

describe('the page itself', () => {
  const suite = browserSuite();

  it('has an icon and loads without errors in the console', async () => {
    const { page } = suite;
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(icon).toBeTruthy();
    const response = await page.request.get(icon!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('image/svg+xml');
    expect(errors).toEqual([]);
  });
});

describe('the menu', () => {
  const suite = browserSuite();
  const button = () => suite.page.getByRole('button', { name: 'Menu' });
  const nav = () => suite.page.getByRole('navigation', { name: 'Hoofdmenu' });
  const expanded = async () => (await button().getAttribute('aria-expanded')) === 'true';
  const focusedText = () => suite.page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

  it('on a phone starts folded under the product name, opens with its button, and its links work', async () => {
    const { page } = suite;
    await page.setViewportSize(PHONE);
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await expanded()).toBe(false);
    expect(await nav().isVisible()).toBe(false);
    expect((await page.getByRole('banner').boundingBox())?.height).toBeLessThan(200);
    await screenshot(page, 'phone-menu-closed');

    await button().click();
    expect(await expanded()).toBe(true);
    await nav().waitFor();
    await page.getByRole('banner').getByRole('group', { name: 'Taal' }).waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Aanmelden' }).waitFor();
    await screenshot(page, 'phone-menu-open');
    await expectAccessible(page);

    await nav().getByRole('link', { name: 'Organisaties' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisaties' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/organisaties');
    expect(await expanded()).toBe(false);
    expect(await nav().isVisible()).toBe(false);
  });

  it('on a phone works with the keyboard: Enter opens, Tab reaches the links, Escape closes on the button', async () => {
    const { page } = suite;
    await page.setViewportSize(PHONE);
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await tabTo(page, (element) => element.getAttribute('aria-controls')?.includes('hr-main-nav') ?? false);
    await page.keyboard.press('Enter');
    expect(await expanded()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await expanded()).toBe(false);
    expect(await focusedText()).toBe('Menu');

    await page.keyboard.press('Enter');
    await tabTo(page, (element) => element.textContent?.trim() === "Regio's" && element.closest('nav') !== null);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: "Regio's" }).waitFor();
    expect(await focusedText()).toBe("Regio's");
    expect(await expanded()).toBe(false);
  });

  it.each(['visitor', 'municipality', 'support', 'admin'] as const)(
    'on a desktop is always open in one row, without the button (%s)',
    async (who) => {
      const { page } = suite;
      await signInAs(page, who);
      await page.goto('/agenda');
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await button().isVisible()).toBe(false);
      const tops = await nav()
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
      expect(tops.length).toBeGreaterThanOrEqual(8);
      expect(new Set(tops).size).toBe(1);
    },
  );
});
