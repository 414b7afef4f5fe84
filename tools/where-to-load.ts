import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

// Printed at the end of `npm run setup`: where each browser loads the built extension from.
const chrome = resolve('.output/chrome-mv3');
const firefox = resolve('.output/firefox-mv3');
for (const dir of [chrome, firefox]) {
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    console.error(`sourceline: ${dir} was not built`);
    process.exit(1);
  }
}
console.log(`
Sourceline is built.
  Chrome/Chromium: chrome://extensions → Developer mode → Load unpacked → ${chrome}
  Firefox:         about:debugging#/runtime/this-firefox → Load Temporary Add-on → ${firefox}/manifest.json
`);
