// npm run screenshots: takes the e2e screenshots (test/e2e/screenshots.test.ts writes them
// to test-results/screenshots/) into docs/screenshots/, where the README shows them.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const FROM = join(ROOT, 'test-results', 'screenshots');
const TO = join(ROOT, 'docs', 'screenshots');

const shots = existsSync(FROM) ? readdirSync(FROM).filter((name) => name.endsWith('.png')).sort() : [];
if (shots.length === 0) {
  console.error(`No screenshots in ${FROM}: run the end-to-end tests first (npm run build, then npm run test:e2e).`);
  process.exit(1);
}
mkdirSync(TO, { recursive: true });
for (const name of shots) copyFileSync(join(FROM, name), join(TO, name));
console.log(`Copied ${shots.length} screenshots to docs/screenshots/: ${shots.join(', ')}`);
