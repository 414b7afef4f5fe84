import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type ExtensionBrowser } from './support/browsers';
import { openOptions, resetSettings, typeInto } from './support/options';
import { openCollapsed, openPopupFor } from './support/pages';
import { startFixtureServer, type FixtureServer } from './support/server';

// Screenshots of the built extension at work, light and dark, in both browsers, into
// test-results/screenshots/ (`npm run screenshots` copies them to docs/screenshots/ for
// the README): the seed page with its blocks collapsed, the popup with the source chain,
// the findings (one "Why collapsed?" open) and the story, and the options page.

const ROOT = join(import.meta.dirname, '..', '..');
const SHOTS = join(ROOT, 'test-results', 'screenshots');

const RUNS: Array<[BrowserName, 'light' | 'dark']> = [
  ['chromium', 'light'],
  ['chromium', 'dark'],
  ['firefox', 'light'],
  ['firefox', 'dark'],
];

describe.each(RUNS)('screenshots in %s, %s', (browserName, scheme) => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  // Chromium's are the README's; Firefox's carry its name.
  const file = (what: string) => join(SHOTS, `${browserName === 'chromium' ? '' : 'firefox-'}${what}-${scheme}.png`);

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startFixtureServer(join(ROOT, 'test', 'fixtures'));
    browser = await launch(browserName, { colorScheme: scheme });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('of the collapsed page and of the popup showing the chain, the findings and the story', async () => {
    const page = await openCollapsed(browser, server);
    await page.screenshot(file('collapsed-page'));
    const popup = await openPopupFor(browser, page);
    await popup.bringToFront();
    await popup.click('.finding-group:nth-child(3) .why-button');
    await popup.waitFor(() => document.querySelector('.why:not([hidden])') !== null, null);
    const shown = await popup.evaluate(
      () => ({
        chain: document.querySelectorAll('.chain-link').length,
        paragraphs: document.querySelectorAll('.story-text p').length,
        dark: matchMedia('(prefers-color-scheme: dark)').matches,
      }),
      null,
    );
    expect(shown).toEqual({ chain: 6, paragraphs: 12, dark: scheme === 'dark' });
    await popup.screenshot(file('popup'), { fullPage: true });
  });

  it('of the options page with one phrase of the reader’s own', async () => {
    const options = await openOptions(browser);
    await typeInto(options, '#phrase-input', 'Sponsored content from');
    await options.click('#phrase-add');
    await options.waitFor(() => document.querySelector('.items .item-text') !== null, null);
    expect(await options.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches, null)).toBe(scheme === 'dark');
    await options.screenshot(file('options'), { fullPage: true });
    await resetSettings(options);
    await options.close();
  });
});
