import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIRS } from './support/browsers';

// Bundle budgets of the built extension: the content script loads on every page.

const KB = 1024;
const gzipKb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / KB;

describe.each(['chromium', 'firefox'] as const)('the %s build', (browser) => {
  const dir = EXTENSION_DIRS[browser];

  it('keeps the content script within 25 KB gzip', () => {
    const size = gzipKb(join(dir, 'content-scripts', 'content.js'));
    console.log(`${browser} content script: ${size.toFixed(1)} KB gzip`);
    expect(size).toBeLessThanOrEqual(25);
  });

  it('keeps the popup within 40 KB gzip', () => {
    const chunks = readdirSync(join(dir, 'chunks')).filter((f) => f.startsWith('popup-') && f.endsWith('.js'));
    expect(chunks.length).toBeGreaterThan(0);
    const size = chunks.reduce((sum, f) => sum + gzipKb(join(dir, 'chunks', f)), 0);
    console.log(`${browser} popup: ${size.toFixed(1)} KB gzip`);
    expect(size).toBeLessThanOrEqual(40);
  });
});
