// The phone screenshots in ../docs/screenshots/: four pages at 375 × 812 px, as a municipality sees them.
// Runs against HANDREIKING_URL (`make screenshots` starts the packaged app for it).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const baseURL = process.env.HANDREIKING_URL ?? 'http://localhost:8080';
const out = resolve(import.meta.dirname, '../../docs/screenshots');
const shots = [
  { name: 'phone-my-overview', path: '/mijn-overzicht' },
  { name: 'phone-quota-monitor', path: '/taakstelling', scrollTo: '.hr-map__layout' },
  { name: 'phone-quota-table', path: '/taakstelling', scrollTo: 'table.hr-quota-table' },
  { name: 'phone-finder', path: '/zoeken?q=huisvesting' },
  { name: 'phone-signal-form', path: '/signalen/nieuw' },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    locale: 'nl-NL',
  });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  await page.goto('/aanmelden');
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill('gemeente.utrecht@handreiking.test');
  await page.getByLabel('Wachtwoord', { exact: true }).fill('demo-wachtwoord');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.waitForURL('**/mijn-overzicht');

  mkdirSync(out, { recursive: true });
  for (const shot of shots) {
    await page.goto(shot.path);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(
      () => !document.querySelector('[aria-busy="true"]') && !document.body.innerText.includes('Bezig met laden'),
    );
    await page.evaluate((selector) => {
      const target = selector ? document.querySelector(selector) : null;
      if (target) target.scrollIntoView({ block: 'start' });
      else window.scrollTo(0, 0);
    }, shot.scrollTo ?? '');
    // No blinking caret or focus ring from the focus moved to the heading.
    await page.evaluate(() =>
      document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined,
    );
    await page.screenshot({ path: resolve(out, `${shot.name}.png`) });
    console.log(`screenshots: ${shot.name}.png`);
  }
} finally {
  await browser.close();
}
