import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { launch, type BrowserName, type ExtensionBrowser, type PageHandle } from './support/browsers';
import { openOptions, resetSettings, typeInto } from './support/options';
import { openCollapsed, openPopupFor } from './support/pages';
import { startFixtureServer, type FixtureServer } from './support/server';

// axe-core in real Chromium and real Firefox, light and dark: the popup (story, chain,
// findings, an open "Why collapsed?"), the options page (as it opens, with a phrase
// refused and with one listed) and a page with Sourceline's controls in it.
// Every check expects zero violations.

const ROOT = join(import.meta.dirname, '..', '..');
/** Sourceline's own elements in a page: the controls it inserts and the blocks it marks. */
const OURS = 'button[data-sourceline-control]';

const RUNS: Array<[BrowserName, 'light' | 'dark']> = [
  ['chromium', 'light'],
  ['chromium', 'dark'],
  ['firefox', 'light'],
  ['firefox', 'dark'],
];

describe.each(RUNS)('accessibility in %s, %s colour scheme', (browserName, scheme) => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  const opened: PageHandle[] = [];

  beforeAll(async () => {
    server = await startFixtureServer(join(ROOT, 'test', 'fixtures'));
    browser = await launch(browserName, { colorScheme: scheme });
  });
  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close().catch(() => undefined);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('prefers-color-scheme is the one under test', async () => {
    const page = await browser.open(server.url('seed--plain-article.html'));
    opened.push(page);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches, null)).toBe(scheme === 'dark');
  });

  it('the popup has no axe violations', async () => {
    const page = await openCollapsed(browser, server);
    opened.push(page);
    const popup = await openPopupFor(browser, page);
    opened.push(popup);
    // One disclosure open, so its panel is checked too.
    await popup.click('.why-button');
    await popup.waitFor(() => document.querySelector('.why:not([hidden])') !== null, null);
    expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches, null)).toBe(scheme === 'dark');
    // The language of the words it shows (the browsers under test run in English).
    expect(await popup.evaluate(() => document.documentElement.lang, null)).toBe('en');
    const violations = await axeViolations(popup);
    expect(violations).toEqual([]);
  });

  it('the options page has no axe violations, as it opens, with a phrase refused and with one listed', async () => {
    const options = await openOptions(browser);
    opened.push(options);
    expect(await options.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches, null)).toBe(scheme === 'dark');
    expect(await axeViolations(options)).toEqual([]);
    // A refused phrase: its error is shown next to the field.
    await typeInto(options, '#phrase-input', 'The');
    await options.click('#phrase-add');
    await options.waitFor(() => (document.querySelector('#phrase-error')?.textContent ?? '').trim() !== '', null);
    expect(await axeViolations(options)).toEqual([]);
    // An accepted one: listed with its Remove button.
    await options.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#phrase-input')!;
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, null);
    await typeInto(options, '#phrase-input', 'Sponsored content from');
    await options.click('#phrase-add');
    await options.waitFor(() => document.querySelector('.items .item-text') !== null, null);
    expect(await axeViolations(options)).toEqual([]);
    await resetSettings(options);
  });

  it('a collapsed page has no axe violations, with its blocks collapsed and one shown', async () => {
    const page = await openCollapsed(browser, server);
    opened.push(page);
    // The whole page: the fixture (a copy of a real autoblog page) passes axe on its own,
    // so nothing needs scoping. Sourceline's own controls are also checked alone, so a
    // violation in them is named as ours.
    expect(await axeViolations(page)).toEqual([]);
    expect(await axeViolations(page, OURS)).toEqual([]);
    await page.click(OURS);
    await page.waitFor((selector) => document.querySelector(selector)?.getAttribute('aria-expanded') === 'true', OURS);
    expect(await axeViolations(page)).toEqual([]);
  });
});
