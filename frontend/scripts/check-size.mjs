// Fails when the SPA's JavaScript or first CSS grows past its budgets (issue 13), or index.html stops preloading the page texts.
// Reads the build's manifest (dist/.vite/manifest.json); sizes are gzip, as the backend serves them. make bench
// prints its "home page" figure.
//  - the first bundle: the entry chunk plus every chunk it imports statically, recursively. Printed; it is part of
//    the home page's figure, which has the budget.
//  - the home page: the first bundle, the pages' texts (nl.pages, which every page awaits before it renders) and
//    the home page's own chunks. Budget: the target, 150 kB.
//  - the first page's CSS, render-blocking: 30 kB (26 kB since the unused design-token variables are pruned,
//    vite-plugins/pruneCssVariables.ts; 39 kB before).
//   node scripts/check-size.mjs                  after `npm run build`
//   SPA_BUDGET_KB=140 node scripts/check-size.mjs shows the check failing
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = Number(process.env.SPA_BUDGET_KB ?? 150);
const CSS_BUDGET_KB = Number(process.env.SPA_CSS_BUDGET_KB ?? 30);
const dist = resolve(import.meta.dirname, '../dist');
const manifest = JSON.parse(readFileSync(resolve(dist, '.vite/manifest.json'), 'utf8'));

const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
if (entries.length !== 1) throw new Error(`expected one entry chunk in the manifest, found ${entries.length}`);
const keyEnding = (suffix) => {
  const keys = Object.keys(manifest).filter((key) => key.endsWith(suffix));
  if (keys.length !== 1) throw new Error(`expected one chunk for ${suffix} in the manifest, found ${keys.length}`);
  return keys[0];
};

/** The files of these chunks and of every chunk they import statically, and their CSS. */
const closure = (keys) => {
  const files = new Set();
  const css = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return { files, css };
};

const gzipKb = (file) => gzipSync(readFileSync(resolve(dist, file))).length / 1000;
const sum = (files) => [...files].reduce((total, file) => total + gzipKb(file), 0);

const first = closure([entries[0][0]]);
const home = closure([entries[0][0], keyEnding('locales/nl.pages.ts'), keyEnding('routes/HomePage.tsx')]);
for (const file of home.files) console.log(`  ${gzipKb(file).toFixed(1).padStart(7)} kB  ${file}`);
const firstKb = sum(first.files);
const homeKb = sum(home.files);
console.log(`first bundle: ${firstKb.toFixed(1)} kB gzip in ${first.files.size} chunks`);
console.log(`home page: ${homeKb.toFixed(1)} kB gzip in ${home.files.size} chunks (budget ${BUDGET_KB} kB)`);
const cssKb = sum(first.css);
console.log(`initial CSS: ${cssKb.toFixed(1)} kB gzip in ${first.css.size} files (budget ${CSS_BUDGET_KB} kB)`);
let failed = false;
// the page texts are fetched beside the first bundle, not after it (vite-plugins/preloadPageTexts.ts)
const pageTexts = manifest[keyEnding('locales/nl.pages.ts')].file;
if (
  !readFileSync(resolve(dist, 'index.html'), 'utf8').includes(`rel="modulepreload" crossorigin href="/${pageTexts}"`)
) {
  console.error(`index.html does not preload the page texts (${pageTexts})`);
  failed = true;
}
if (homeKb > BUDGET_KB) {
  console.error(`the home page's JavaScript is over budget by ${(homeKb - BUDGET_KB).toFixed(1)} kB: load it lazily`);
  failed = true;
}
if (cssKb > CSS_BUDGET_KB) {
  console.error(`the first page's CSS is over budget by ${(cssKb - CSS_BUDGET_KB).toFixed(1)} kB`);
  failed = true;
}
if (failed) process.exit(1);
