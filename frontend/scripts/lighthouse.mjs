// Lighthouse mobile performance of the home page, the finder and the quota monitor against a running app
// (HANDREIKING_URL, as scripts/with-app.sh sets it); each page RUNS times (default 3), the median is printed.
//   scripts/with-app.sh node frontend/scripts/lighthouse.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const base = process.env.HANDREIKING_URL ?? 'http://localhost:8080';
const runs = Number(process.env.RUNS ?? 3);
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/zoeken', '/taakstelling'];
const lighthouse = resolve(import.meta.dirname, '../node_modules/.bin/lighthouse');
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const dir = mkdtempSync(join(tmpdir(), 'handreiking-lighthouse-'));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  for (const page of pages) {
    const results = [];
    for (let run = 0; run < runs; run++) {
      const out = join(dir, `report-${run}.json`);
      execFileSync(
        lighthouse,
        [
          base + page,
          '--only-categories=performance',
          '--output=json',
          `--output-path=${out}`,
          `--chrome-path=${chrome}`,
          '--chrome-flags=--headless=new --no-sandbox',
          '--quiet',
        ],
        { stdio: ['ignore', 'ignore', 'inherit'] },
      );
      const report = JSON.parse(readFileSync(out, 'utf8'));
      const audit = (id) => report.audits[id]?.numericValue ?? NaN;
      results.push({
        score: Math.round(report.categories.performance.score * 100),
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
      });
    }
    const m = (key) => median(results.map((r) => r[key]));
    console.log(
      `${page.padEnd(14)} performance ${String(m('score')).padStart(3)} (runs: ${results.map((r) => r.score).join(', ')})` +
        `  FCP ${(m('fcp') / 1000).toFixed(1)} s  LCP ${(m('lcp') / 1000).toFixed(1)} s` +
        `  TBT ${Math.round(m('tbt'))} ms  CLS ${m('cls').toFixed(3)}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
