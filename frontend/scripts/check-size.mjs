// Fails when the JavaScript a browser must load before the first route renders grows past the budget (issue 13).
// Reads the build's manifest (dist/.vite/manifest.json): the entry chunk plus every chunk it imports statically,
// recursively; lazily loaded route chunks (dynamic imports) are not counted. Sizes are gzip, as the backend serves them.
//   node scripts/check-size.mjs                  after `npm run build`
//   SPA_BUDGET_KB=50 node scripts/check-size.mjs shows the check failing
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

// The issue's target: under 150 kB. The pages' texts (nl.pages.ts) and every page are chunks of their own.
const BUDGET_KB = Number(process.env.SPA_BUDGET_KB ?? 150);
const dist = resolve(import.meta.dirname, '../dist');
const manifest = JSON.parse(readFileSync(resolve(dist, '.vite/manifest.json'), 'utf8'));

const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
if (entries.length !== 1) throw new Error(`expected one entry chunk in the manifest, found ${entries.length}`);

const initial = new Set();
const css = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (initial.has(chunk.file)) return;
  initial.add(chunk.file);
  for (const file of chunk.css ?? []) css.add(file);
  for (const imported of chunk.imports ?? []) visit(imported);
};
visit(entries[0][0]);

const gzipKb = (file) => gzipSync(readFileSync(resolve(dist, file))).length / 1000;
const rows = [...initial].map((file) => [file, gzipKb(file)]);
const total = rows.reduce((sum, [, kb]) => sum + kb, 0);
const cssTotal = [...css].reduce((sum, file) => sum + gzipKb(file), 0);

for (const [file, kb] of rows) console.log(`  ${kb.toFixed(1).padStart(7)} kB  ${file}`);
console.log(`initial JavaScript: ${total.toFixed(1)} kB gzip in ${rows.length} chunks (budget ${BUDGET_KB} kB)`);
console.log(`initial CSS: ${cssTotal.toFixed(1)} kB gzip in ${css.size} files`);
if (total > BUDGET_KB) {
  console.error(`the initial JavaScript is over budget by ${(total - BUDGET_KB).toFixed(1)} kB: load it lazily`);
  process.exit(1);
}
