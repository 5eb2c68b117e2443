// Runs before the browser tests: fails fast, with one clear line, when Chromium or the backend is missing.
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const baseUrl = process.env.HANDREIKING_URL ?? 'http://localhost:8080';

if (!existsSync(chromium)) {
  console.error(
    `e2e: Chromium not found at ${chromium}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}

try {
  const response = await fetch(`${baseUrl}/api/v1/regions?pageSize=1`, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
} catch (error) {
  console.error(
    `e2e: the backend does not answer at ${baseUrl}/api/v1/regions (${error.message}). Start it first, or set HANDREIKING_URL.`,
  );
  process.exit(1);
}
console.log(`e2e: Chromium at ${chromium}, backend at ${baseUrl}`);
