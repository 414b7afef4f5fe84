import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seedStoryLines } from '../helpers';
import { launch, type BrowserName, type ExtensionBrowser, type PageHandle } from './support/browsers';
import { openOptions, resetSettings, sourcelineView, typeInto } from './support/options';
import { startFixtureServer, type FixtureServer } from './support/server';

// The built options page in real Chromium and Firefox: your own phrases (refused ones say
// why), categories kept visible, sites switched back on, import and export, and the way in
// from the popup. Each change reaches a news page that is already open.

const ROOT = join(import.meta.dirname, '..', '..');
const SEED = 'seed--wordpress-autoblog.html';
const USER_PHRASE = 'e2e--user-phrase.html';
const SEVEN = () => document.querySelectorAll('[data-sourceline-state="collapsed"]').length === 7;

describe.each<BrowserName>(['chromium', 'firefox'])('the options page in %s', (browserName) => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  const opened: PageHandle[] = [];

  const openFixture = async (name: string) => {
    const page = await browser.open(server.url(name));
    opened.push(page);
    await page.waitFor(SEVEN, null);
    return page;
  };
  const options = async () => {
    const page = await openOptions(browser);
    opened.push(page);
    return page;
  };
  const outcome = (page: PageHandle) => page.evaluate(() => document.getElementById('import-outcome')?.textContent ?? '', null);

  beforeAll(async () => {
    server = await startFixtureServer(join(ROOT, 'test', 'fixtures'));
    browser = await launch(browserName);
  });

  afterEach(async () => {
    const pages = opened.splice(0);
    if (pages.length > 0) await resetSettings(await options());
    for (const page of [...pages, ...opened.splice(0)]) await page.close().catch(() => undefined);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('collapses a block that starts with your phrase as “Your phrase”, at once, and keeps the story sentence that only contains it', async () => {
    const page = await openFixture(USER_PHRASE);
    const settings = await options();

    // A phrase that would start story sentences is refused, in words next to the field.
    await typeInto(settings, '#phrase-input', 'The');
    await settings.click('#phrase-add');
    const refused = await settings.evaluate(
      () => ({
        error: document.getElementById('phrase-error')?.textContent,
        invalid: document.getElementById('phrase-input')?.getAttribute('aria-invalid'),
        describedBy: document.getElementById('phrase-input')?.getAttribute('aria-describedby'),
        items: document.querySelectorAll('.items [data-phrase]').length,
      }),
      null,
    );
    expect(refused).toEqual({
      error: 'Too common: story sentences start with words like these, so the story itself would be collapsed. Add a more specific word.',
      invalid: 'true',
      describedBy: 'phrase-error phrases-help',
      items: 0,
    });

    await settings.evaluate(() => {
      const input = document.getElementById('phrase-input') as HTMLInputElement;
      input.select();
    }, null);
    await typeInto(settings, '#phrase-input', 'Partner content:');
    await settings.press('Enter');
    await settings.waitFor(() => document.querySelector('.items [data-phrase]')?.getAttribute('data-phrase') === 'Partner content:', null);
    // The field empties once the save has resolved, which can be a render after the list shows the phrase.
    await settings.waitFor(() => (document.getElementById('phrase-input') as HTMLInputElement).value === '', null);

    await page.waitFor(() => document.querySelectorAll('[data-sourceline-state="collapsed"]').length === 8, null);
    const view = await page.evaluate(sourcelineView, null);
    const mine = view.marked.find((m) => m.text.startsWith('Partner content:'));
    expect(mine).toEqual({ state: 'collapsed', text: 'Partner content: Hedgero', shown: false, outline: expect.any(String) });
    expect(view.controls).toContain('Your phrase · collapsed — show');
    expect(view.visibleParagraphs).toContain('Officials said the partner content of the agreement would be published once both cabinets had approved it.');
    for (const line of seedStoryLines().filter((l) => !l.startsWith('[ad_'))) expect(view.visibleParagraphs).toContain(line);

    // The same phrase twice is refused; removing it shows the block again.
    await typeInto(settings, '#phrase-input', 'partner CONTENT:');
    await settings.press('Enter');
    // The error shows once the page has re-rendered (a busy Firefox may take a moment).
    await settings.waitFor(() => document.getElementById('phrase-error')?.textContent !== '', null);
    expect(await settings.evaluate(() => document.getElementById('phrase-error')?.textContent, null)).toBe('This phrase is already in the list.');
    await settings.click('.items button[data-phrase="Partner content:"]');
    await page.waitFor(SEVEN, null);
    expect(await page.evaluate(() => document.querySelectorAll('[data-sourceline-control="user-phrase"]').length, null)).toBe(0);
    // Focus does not fall off the page: with the list empty it returns to the field.
    await settings.waitFor(() => document.querySelector('.items') === null, null);
    expect(await settings.evaluate(() => document.activeElement?.id, null)).toBe('phrase-input');
  });

  it('keeps a category visible when its switch is off, by mouse or by keyboard', async () => {
    const page = await openFixture(SEED);
    const settings = await options();
    await settings.click('#category-related');
    await page.waitFor(() => document.querySelectorAll('[data-sourceline-state="collapsed"]').length === 5, null);
    const view = await page.evaluate(sourcelineView, null);
    expect(view.controls.some((c) => c?.startsWith('Read also'))).toBe(false);
    expect(view.visibleParagraphs.filter((p) => p.startsWith('Read also | '))).toHaveLength(2);
    for (const line of seedStoryLines().filter((l) => !l.startsWith('[ad_'))) expect(view.visibleParagraphs).toContain(line);

    // Tab from the modes reaches the first switch, Space turns it back on; the focus ring shows where it is.
    await settings.focus('#mode-collapse');
    await settings.press('Tab');
    await settings.press(' ');
    await page.waitFor(SEVEN, null);
    const focus = await settings.evaluate(() => {
      const active = document.activeElement as HTMLInputElement;
      return { id: active.id, checked: active.checked, role: active.getAttribute('role'), outline: getComputedStyle(active).outlineStyle };
    }, null);
    expect(focus).toEqual({ id: 'category-related', checked: true, role: 'switch', outline: 'solid' });
  });

  it('lists a site switched off in the popup and switches it back on with Remove', async () => {
    const page = await openFixture(SEED);
    await page.bringToFront();
    const popup = await browser.openExtensionPage('popup.html');
    opened.push(popup);
    await popup.waitFor(() => document.querySelector('.switch-button')?.textContent === 'Turn off for this site', null);
    await popup.click('.switch-button');
    await page.waitFor(() => document.querySelectorAll('[data-sourceline-state]').length === 0, null);

    const settings = await options();
    await settings.waitFor(() => document.querySelector('.items [data-host]') !== null, null);
    const listed = await settings.evaluate(
      () => Array.from(document.querySelectorAll('.items [data-host]')).map((b) => [b.getAttribute('data-host'), b.getAttribute('aria-label'), b.textContent]),
      null,
    );
    expect(listed).toEqual([['127.0.0.1', 'Turn Sourceline back on for 127.0.0.1', 'Remove']]);
    await settings.click('.items [data-host="127.0.0.1"]');
    await page.waitFor(SEVEN, null);
    await settings.waitFor(() => document.querySelectorAll('.items [data-host]').length === 0, null);
    expect(await settings.evaluate(() => document.activeElement?.id, null)).toBe('sites-heading');
  });

  it('imports a settings file, says what it imported, and refuses a file that is not settings', async () => {
    const page = await openFixture(SEED);
    const settings = await options();
    const importFile = (text: string) =>
      settings.evaluate((content) => {
        // What choosing a file in the dialog does: the input gets a FileList and fires "change".
        const input = document.getElementById('import-file') as HTMLInputElement;
        const transfer = new DataTransfer();
        transfer.items.add(new File([content], 'settings.json', { type: 'application/json' }));
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, text);

    await importFile('{"name": "a shopping list", "items": ["milk"]}');
    await settings.waitFor(() => document.getElementById('import-outcome')?.getAttribute('role') === 'alert', null);
    expect(await outcome(settings)).toBe('This file does not contain Sourceline settings. Nothing was changed.');
    await importFile('not json at all');
    await settings.waitFor(() => document.getElementById('import-outcome')?.textContent?.startsWith('This file is not valid JSON') === true, null);

    await importFile(
      JSON.stringify({
        format: 'sourceline-settings',
        version: 2,
        settings: { mode: 'hide', keepVisible: ['share-prompt'], disabledSites: ['other.example', 'not a host!'], userPhrases: ['Partner content:', 'The'] },
      }),
    );
    await settings.waitFor(() => document.getElementById('import-outcome')?.getAttribute('role') === 'status', null);
    expect(await outcome(settings)).toBe(
      'Imported. Mode: Hide completely · categories kept visible: 1 · sites switched off: 1 · phrases: 1. Invalid entries left out: 2.',
    );
    const shown = await settings.evaluate(
      () => ({
        hide: (document.getElementById('mode-hide') as HTMLInputElement).checked,
        share: (document.getElementById('category-share-prompt') as HTMLInputElement).checked,
        sites: Array.from(document.querySelectorAll('[data-host]')).map((b) => b.getAttribute('data-host')),
        phrases: Array.from(document.querySelectorAll('[data-phrase]')).map((b) => b.getAttribute('data-phrase')),
      }),
      null,
    );
    expect(shown).toEqual({ hide: true, share: false, sites: ['other.example'], phrases: ['Partner content:'] });
    // Hide mode with the share prompt kept visible: six blocks hidden, "share now" on screen.
    await page.waitFor(() => document.querySelectorAll('[data-sourceline-state="hidden"]').length === 6, null);
    expect((await page.evaluate(sourcelineView, null)).visibleParagraphs).toContain('share now');
  });

  it('exports the settings as a JSON file', async () => {
    const settings = await options();
    await settings.click('#mode-highlight');
    await settings.waitFor(() => document.querySelector('.save-status')?.textContent === 'Saved.', null);
    // The download link the button creates: catch it before the browser follows it.
    const exported = await settings.evaluate(
      () =>
        new Promise<{ name: string; text: string }>((resolve) => {
          const original = HTMLAnchorElement.prototype.click;
          HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
            HTMLAnchorElement.prototype.click = original;
            void fetch(this.href)
              .then((r) => r.text())
              .then((text) => resolve({ name: this.download, text }));
          };
          document.getElementById('export-settings')!.click();
        }),
      null,
    );
    expect(exported.name).toMatch(/^sourceline-settings-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(exported.text)).toMatchObject({
      format: 'sourceline-settings',
      version: 2,
      settings: { mode: 'highlight', keepVisible: [], disabledSites: [], userPhrases: [] },
    });
  });

  it('opens from the Settings button in the popup', async () => {
    const page = await openFixture(SEED);
    await page.bringToFront();
    const popup = await browser.openExtensionPage('popup.html');
    opened.push(popup);
    await popup.waitFor(() => document.querySelector('main[aria-busy="false"]') !== null, null);
    const before = await popup.evaluate(openOptionsTabs, null);
    await popup.click('.options-link');
    await popup.waitFor((count) => {
      interface ExtensionApi {
        extension: { getViews(filter: { type: string }): Window[] };
      }
      const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
      return (scope.browser ?? scope.chrome).extension.getViews({ type: 'tab' }).filter((w) => w.location.pathname === '/options.html').length > count;
    }, before);
  });
});

/** The options pages open in tabs, counted from another extension page. */
function openOptionsTabs(): number {
  interface ExtensionApi {
    extension: { getViews(filter: { type: string }): Window[] };
  }
  const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
  return (scope.browser ?? scope.chrome).extension.getViews({ type: 'tab' }).filter((w) => w.location.pathname === '/options.html').length;
}
