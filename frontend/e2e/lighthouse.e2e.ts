import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL } from './browser';

/**
 * Lighthouse at its default (mobile) settings on the pages a visitor starts from: accessibility and best
 * practices must score 100; performance is printed, not asserted (a shared CI machine makes it noise).
 */
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'finder', path: '/zoeken' },
  { name: 'quota monitor', path: '/taakstelling' },
] as const;
const ASSERTED = ['accessibility', 'best-practices'] as const;

let chromium: ChildProcess;
let port: number;
let profile: string;

/** Starts Debian's Chromium with a remote-debugging port Lighthouse connects to, and learns the port. */
async function startChromium(): Promise<void> {
  profile = mkdtempSync(join(tmpdir(), 'lighthouse-chromium-'));
  chromium = spawn(
    process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    // its own process group, so that stopping it stops its helpers too (they write into the profile as well)
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  port = await new Promise<number>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium gave no DevTools port within 30 s:\n${output}`)), 30_000);
    chromium.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    chromium.on('exit', (code) => reject(new Error(`Chromium stopped (${code}):\n${output}`)));
  });
}

/** What keeps a category below 100: each weighted audit that did not pass, with what it found. */
function failingAudits(lhr: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'], category: string): string[] {
  return lhr.categories[category]!.auditRefs.filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id]!)
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => {
      const items = (audit.details as { items?: Array<Record<string, unknown>> } | undefined)?.items ?? [];
      const where = items
        .slice(0, 5)
        .map((item) =>
          JSON.stringify(
            (item.node as { snippet?: string } | undefined)?.snippet ??
              item.description ??
              item.source ??
              item.url ??
              item,
          ),
        )
        .join('; ');
      return `${audit.id} (${audit.score}): ${audit.title}${where ? ` — ${where}` : ''}`;
    });
}

describe('Lighthouse at mobile settings', () => {
  beforeAll(startChromium, 60_000);
  afterAll(async () => {
    if (chromium && chromium.exitCode === null && chromium.pid) {
      const stopped = new Promise((resolve) => chromium.once('exit', resolve));
      process.kill(-chromium.pid); // the whole group: a helper left running wrote into the profile while it was removed
      await stopped; // Chromium writes its profile until it has stopped
    }
    if (profile) {
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch (error) {
        // a temporary folder left behind is no failure of the pages under test
        console.warn(`Lighthouse: could not remove ${profile}: ${String(error)}`);
      }
    }
  });

  it.each(PAGES)(
    '$name ($path) scores 100 for accessibility and best practices',
    async ({ path }) => {
      const result = await lighthouse(`${BASE_URL}${path}`, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...ASSERTED, 'performance'],
      });
      expect(result, 'Lighthouse returned no result').toBeDefined();
      const lhr = result!.lhr;
      expect(lhr.runtimeError, 'Lighthouse could not load the page').toBeUndefined();
      const score = (category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
      console.log(
        `lighthouse ${path}: accessibility ${score('accessibility')}, best practices ${score('best-practices')}, performance ${score('performance')} (not asserted)`,
      );
      for (const category of ASSERTED) {
        const failing = failingAudits(lhr, category);
        if (failing.length > 0) console.log(`lighthouse ${path} ${category}:\n  ${failing.join('\n  ')}`);
        expect({ category, score: lhr.categories[category]?.score, failing }).toEqual({
          category,
          score: 1,
          failing: [],
        });
      }
      // the quota monitor's map of 352 municipalities took ~3 minutes on a busy 2-core machine
    },
    480_000,
  );
});
