// Fails when src/types/openapi.d.ts no longer matches what ../openapi.yaml generates.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const spec = resolve(root, '../openapi.yaml');
const committed = resolve(root, 'src/types/openapi.d.ts');
const dir = mkdtempSync(join(tmpdir(), 'handreiking-types-'));
const fresh = join(dir, 'openapi.d.ts');

try {
  if (!existsSync(committed)) {
    console.error('src/types/openapi.d.ts is missing, run npm run generate');
    process.exit(1);
  }
  execFileSync(resolve(root, 'node_modules/.bin/openapi-typescript'), [spec, '-o', fresh], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
    console.error('generated types are stale, run npm run generate');
    process.exit(1);
  }
  console.log('generated types are up to date with ../openapi.yaml');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
