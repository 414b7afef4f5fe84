import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { RULE_BOOK_FILE } from '../../utils/background/rule-book-file';
import { decodeRuleBook, encodeRuleBook, type WireBook } from '../../utils/rules/book-wire';
import { fullRuleBook } from '../../utils/rules/full-book';
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

  // V8 keeps a script's source for the tab's life: in ASCII, a byte a character; one character
  // beyond Latin-1 doubles it (tools/build/terse-content-script.ts).
  it('writes the content script in ASCII only', () => {
    const content = readFileSync(join(dir, 'content-scripts', 'content.js'), 'utf8');
    expect(content.search(/[^\x00-\x7f]/)).toBe(-1);
  });

  // A page's scripts are its own chunk and the chunks it shares with the other pages
  // (preact, the polyfill, storage): everything its HTML loads or preloads.
  it.each(['popup', 'options'])('keeps the %s page within 40 KB gzip', (page) => {
    const html = readFileSync(join(dir, `${page}.html`), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.some((s) => s.startsWith(`chunks/${page}-`))).toBe(true);
    const size = scripts.reduce((sum, f) => sum + gzipKb(join(dir, f)), 0);
    console.log(`${browser} ${page}: ${size.toFixed(1)} KB gzip (${scripts.length} chunks)`);
    expect(size).toBeLessThanOrEqual(40);
  });

  // The source chain is built in the popup and the background (utils/popup/chain.ts,
  // utils/memory/credits.ts); the content script only reads what it needs (chain-input.ts).
  it('leaves the source chain’s builder and its lexicon out of the content script', () => {
    const content = readFileSync(join(dir, 'content-scripts', 'content.js'), 'utf8');
    const html = readFileSync(join(dir, 'popup.html'), 'utf8');
    const popup = readFileSync(join(dir, html.match(/src="\/(chunks\/popup-[^"]+\.js)"/)![1]!), 'utf8');
    const background = readFileSync(join(dir, 'background.js'), 'utf8');
    // Property names of the lexicon (lexicon.ts) that minification keeps: in the popup and the background, not in the content script.
    for (const name of ['aliasToOutlet', 'findOutlets', 'agencyByCredit']) {
      expect(popup).toContain(name);
      expect(background).toContain(name);
      expect(content).not.toContain(name);
    }
  });

  it('runs the content script on the browser’s own API object, without the polyfill (tools/build/native-browser-in-content.ts)', () => {
    const content = readFileSync(join(dir, 'content-scripts', 'content.js'), 'utf8');
    expect(content).not.toContain('webextension-polyfill');
    expect(content).toContain('globalThis.chrome');
  });

  it('leaves the interface words out of the content script (browser.i18n gives them)', () => {
    const content = readFileSync(join(dir, 'content-scripts', 'content.js'), 'utf8');
    expect(content).toContain('control_collapsed');
    for (const prefix of ['options_', 'popup_', 'extDescription']) expect(content).not.toContain(prefix);
  });

  // The background builds nothing (utils/background/rule-book.ts): it copies the book the build
  // packaged, the very book the CLI runs with, and carries none of the rule files.
  it('packages the rule book the CLI runs with, and leaves the rule files out of every script', () => {
    const packaged = JSON.parse(readFileSync(join(dir, RULE_BOOK_FILE), 'utf8')) as WireBook;
    expect(packaged.hash).toBe(encodeRuleBook(fullRuleBook()).hash);
    // A rule stored as several parts side by side (a long list cut, utils/rules/split.ts) stands once.
    const ids = decodeRuleBook(packaged)!.blockRules.map((r) => r.id).filter((id, i, all) => all[i - 1] !== id);
    expect(ids).toEqual(fullRuleBook().blockRules.map((r) => r.id));
    const background = readFileSync(join(dir, 'background.js'), 'utf8');
    const content = readFileSync(join(dir, 'content-scripts', 'content.js'), 'utf8');
    // A block rule's id, as only the rule files (and the packaged book) hold it.
    const id = fullRuleBook().blockRules[0]!.id;
    expect(JSON.stringify(packaged)).toContain(id);
    for (const script of [background, content]) expect(script).not.toContain(`"${id}"`);
  });
});
