import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seedStoryLines } from '../helpers';
import { launch, type BrowserName, type ExtensionBrowser, type PageHandle } from './support/browsers';
import { openOptions, resetSettings, sourcelineView } from './support/options';
import { startFixtureServer, type FixtureServer } from './support/server';

// The three modes, chosen on the built options page in real Chromium and Firefox, applied
// at once to a news page that is already open: collapse (a control before each hidden
// block), hide (no control, block not displayed), highlight (outlined, nothing hidden).
// The story stays visible in each.

const ROOT = join(import.meta.dirname, '..', '..');
const SEED = 'seed--wordpress-autoblog.html';
const FOUND = ['[ad_1]', 'Read also | Ecuador Eart', 'Read also | Toshakhana c', '(This is an unedited and', 'share now', '[ad_2]', 'Source link'];

describe.each<BrowserName>(['chromium', 'firefox'])('modes in %s', (browserName) => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  let options: PageHandle;
  let page: PageHandle;

  beforeAll(async () => {
    server = await startFixtureServer(join(ROOT, 'test', 'fixtures'));
    browser = await launch(browserName);
    page = await browser.open(server.url(SEED));
    await page.waitFor(() => document.querySelectorAll('[data-sourceline-state="collapsed"]').length === 7, null);
    options = await openOptions(browser);
  });

  afterEach(async () => {
    await resetSettings(options);
    await page.waitFor(() => document.querySelectorAll('[data-sourceline-state="collapsed"]').length === 7, null);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const expectStoryVisible = async () => {
    const { visibleParagraphs } = await page.evaluate(sourcelineView, null);
    const story = seedStoryLines().filter((line) => !line.startsWith('[ad_'));
    expect(story).toHaveLength(12);
    for (const line of story) expect(visibleParagraphs).toContain(line);
  };

  it('collapses by default: a control before each block, the block hidden', async () => {
    expect(await options.evaluate(() => (document.getElementById('mode-collapse') as HTMLInputElement).checked, null)).toBe(true);
    const view = await page.evaluate(sourcelineView, null);
    expect(view.marked.map((m) => m.text)).toEqual(FOUND);
    expect(view.marked.every((m) => m.state === 'collapsed' && !m.shown)).toBe(true);
    expect(view.controls).toHaveLength(7);
    expect(view.controls[1]).toBe('Read also · collapsed — show');
    await expectStoryVisible();
  });

  it('hides completely: the blocks are not displayed and there is no control', async () => {
    await options.click('#mode-hide');
    await page.waitFor(() => document.querySelectorAll('[data-sourceline-state="hidden"]').length === 7, null);
    const view = await page.evaluate(sourcelineView, null);
    expect(view.marked.map((m) => m.text)).toEqual(FOUND);
    expect(view.marked.every((m) => m.state === 'hidden' && !m.shown)).toBe(true);
    expect(view.controls).toEqual([]);
    await expectStoryVisible();
    await options.waitFor(() => document.querySelector('.save-status')?.textContent === 'Saved.', null);
  });

  it('highlights only: the blocks stay visible, outlined, and nothing is hidden', async () => {
    await options.click('#mode-highlight');
    await page.waitFor(() => document.querySelectorAll('[data-sourceline-state="highlighted"]').length === 7, null);
    const view = await page.evaluate(sourcelineView, null);
    expect(view.marked.map((m) => m.text)).toEqual(FOUND);
    expect(view.marked.map((m) => [m.state, m.shown, m.outline])).toEqual(FOUND.map(() => ['highlighted', true, 'dashed']));
    expect(view.controls).toEqual([]);
    await expectStoryVisible();
    // Nothing in the article is hidden: every paragraph of the page's text is on screen.
    expect(view.visibleParagraphs).toHaveLength(await page.evaluate(() => document.querySelectorAll('.entry-content p').length, null));
  });

  it('keeps the mode chosen by keyboard: arrow keys move between the modes, with a visible focus ring', async () => {
    await options.focus('#mode-collapse');
    await options.press('ArrowDown');
    await page.waitFor(() => document.querySelectorAll('[data-sourceline-state="hidden"]').length === 7, null);
    const focus = await options.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      return { id: active.id, outline: getComputedStyle(active).outlineStyle, checked: (active as HTMLInputElement).checked };
    }, null);
    expect(focus).toEqual({ id: 'mode-hide', outline: 'solid', checked: true });
    // A page opened now gets the stored mode.
    const fresh = await browser.open(server.url(SEED));
    await fresh.waitFor(() => document.querySelectorAll('[data-sourceline-state="hidden"]').length === 7, null);
    await fresh.close();
  });
});
