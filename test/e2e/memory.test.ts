import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type ExtensionBrowser, type PageHandle } from './support/browsers';
import { openOptions } from './support/options';
import { openPopupFor } from './support/pages';
import { startFixtureServer, type FixtureServer } from './support/server';

// The story memory in real Chromium and Firefox: read page A (the seed story, credited to
// ANI via LatestLY), then page B (the same story, no credit): B's popup shows "Seen
// elsewhere" with A and ANI as an inferred agency, and B's "Read also" insert that links to
// A says it was read. Clearing the memory in the options page removes it. A page read in a
// private (incognito) window where the extension runs is not remembered.

const ROOT = join(import.meta.dirname, '..', '..');
const A = 'seed--wordpress-autoblog.html';
const B = 'e2e--memory-uncredited.html';

/** What the popup shows of the memory. */
function memoryView() {
  const texts = (selector: string) => Array.from(document.querySelectorAll(selector), (el) => el.textContent?.trim() ?? '');
  const agency = document.querySelector('.chain-link.role-agency');
  return {
    heading: document.querySelector('#seen-heading')?.textContent ?? null,
    links: Array.from(document.querySelectorAll('.seen-page a'), (a) => a.getAttribute('href')),
    lines: texts('.seen-page a'),
    empty: document.querySelector('.seen-empty') !== null,
    agency: agency && {
      name: agency.querySelector('.name')?.textContent?.trim(),
      mark: agency.querySelector('.inferred')?.textContent?.trim() ?? null,
      evidence: agency.querySelector('.evidence')?.textContent?.trim(),
    },
  };
}

/** The extension API an extension page sees: Firefox's `browser`, Chromium's `chrome` (the private-window test's part of it). */
type Scope = {
  [name in 'browser' | 'chrome']?: {
    extension: { isAllowedIncognitoAccess(): Promise<boolean> };
    runtime: { sendMessage(message: object): Promise<unknown> };
    windows: { create(o: object): Promise<{ id: number; incognito: boolean; tabs?: Array<{ id: number }> }>; remove(id: number): Promise<void> };
    action: { getBadgeText(o: object): Promise<string> };
  };
};

/** What each "Read also" control on a news page says about its linked article (null: not read). */
function readMarks() {
  return Array.from(document.querySelectorAll('button[data-sourceline-control="related"]'), (button) => button.getAttribute('data-sourceline-read'));
}

/** The number of stories the memory holds, asked from one of the extension's pages as the options page asks it. */
async function storedCount(extensionPage: PageHandle): Promise<number> {
  return extensionPage.evaluate(async () => {
    const scope = globalThis as unknown as { browser?: { runtime: { sendMessage(m: object): Promise<unknown> } }; chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } };
    const stats = (await (scope.browser ?? scope.chrome).runtime.sendMessage({ type: 'options:memory', action: 'stats' })) as { stories: number };
    return stats.stories;
  }, null);
}

describe.each<BrowserName>(['chromium', 'firefox'])('the story memory in %s', (browserName) => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  const opened: PageHandle[] = [];
  const keep = (page: PageHandle) => (opened.push(page), page);

  /** Polls the options page until the memory holds `n` stories. */
  const waitForCount = async (n: number) => {
    const options = keep(await openOptions(browser));
    const deadline = Date.now() + 20_000;
    let count = await storedCount(options);
    while (count !== n && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      count = await storedCount(options);
    }
    await options.close();
    return count;
  };

  beforeAll(async () => {
    server = await startFixtureServer(join(ROOT, 'test', 'fixtures'));
    browser = await launch(browserName);
  });

  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close().catch(() => undefined);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows page A under “Seen elsewhere” on page B, with ANI as an inferred agency, and forgets it when cleared', async () => {
    const a = keep(await browser.open(server.url(A)));
    await a.waitFor(() => document.querySelectorAll('[data-sourceline-state="collapsed"]').length === 7, null);
    expect(await waitForCount(1)).toBe(1);
    await a.close();

    const b = keep(await browser.open(server.url(B)));
    // The insert that links to A, a story already read, says so.
    await b.waitFor(() => document.querySelector('button[data-sourceline-read]') !== null, null);
    const marked = await b.evaluate(
      () => Array.from(document.querySelectorAll('button[data-sourceline-control="related"]'), (button) => button.getAttribute('data-sourceline-read')),
      null,
    );
    expect(marked).toEqual([null, 'you read it']);
    // The note came after the controls were painted: it moves nothing (the two controls, one marked, are as wide).
    const controls = await b.evaluate(
      () => Array.from(document.querySelectorAll('button[data-sourceline-control="related"]'), (button) => [button.textContent, button.getBoundingClientRect().width] as const),
      null,
    );
    expect(controls[0]![0]).toBe(controls[1]![0]);
    expect(controls[0]![1]).toBeGreaterThan(0);
    expect(controls[1]![1]).toBe(controls[0]![1]);
    expect(await waitForCount(2)).toBe(2);

    const popup = keep(await openPopupFor(browser, b));
    await popup.waitFor(() => document.querySelector('.seen-page a') !== null, null);
    const view = await popup.evaluate(memoryView, null);
    expect(view.heading).toBe('Seen elsewhere');
    expect(view.links).toEqual([server.url(A)]);
    expect(view.lines[0]).toMatch(/^\d{2,3} % of this story appeared on 127\.0\.0\.1, /);
    expect(Number.parseInt(view.lines[0]!, 10)).toBeGreaterThanOrEqual(90);
    expect(view.agency).toMatchObject({ name: 'ANI', mark: 'inferred' });
    expect(view.agency!.evidence).toMatch(/^probably ANI: \d+ % of the text matches the ANI story you read on LatestLY on /);
    await popup.close();

    // Forget everything from the options page: B's popup no longer finds A.
    const options = keep(await openOptions(browser));
    await options.waitFor(() => !(document.getElementById('memory-clear') as HTMLButtonElement | null)?.disabled, null);
    await options.click('#memory-clear');
    await options.waitFor(() => document.getElementById('memory-stats')?.textContent?.startsWith('0 ') === true, null);
    const after = keep(await openPopupFor(browser, b));
    await after.waitFor(() => document.querySelector('.seen-empty') !== null, null);
    const cleared = await after.evaluate(memoryView, null);
    expect(cleared).toMatchObject({ links: [], empty: true, agency: null });
  });

  it('remembers nothing read in a private window where the extension runs', async () => {
    // The reader lets Sourceline run in private windows (Chromium: "Allow in Incognito";
    // Firefox: "Run in Private Windows"); the memory starts empty.
    await browser.allowPrivate();
    const options = keep(await openOptions(browser));
    expect(await options.evaluate(() => ((globalThis as Scope).browser ?? (globalThis as Scope).chrome)!.extension.isAllowedIncognitoAccess(), null)).toBe(true);
    await options.evaluate(() => ((globalThis as Scope).browser ?? (globalThis as Scope).chrome)!.runtime.sendMessage({ type: 'options:memory', action: 'clear' }), null);
    expect(await storedCount(options)).toBe(0);

    // Page A (the story credited to ANI) in a private window.
    const opened = await options.evaluate(async (address) => {
      const created = await ((globalThis as Scope).browser ?? (globalThis as Scope).chrome)!.windows.create({ incognito: true, url: address });
      return { windowId: created.id, incognito: created.incognito, tabId: created.tabs?.[0]?.id ?? -1 };
    }, server.url(A));
    expect(opened.incognito).toBe(true);
    // The content script ran in the private tab: the background set its badge to the seven blocks collapsed there.
    await options.waitFor(async (tabId) => (await ((globalThis as Scope).browser ?? (globalThis as Scope).chrome)!.action.getBadgeText({ tabId })) === '7', opened.tabId);
    // Time for the story to be sent and (were it allowed) stored.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await storedCount(options)).toBe(0);
    await options.evaluate((id) => ((globalThis as Scope).browser ?? (globalThis as Scope).chrome)!.windows.remove(id), opened.windowId);

    // Page B (the same story, no credit) in a normal window: it is remembered, but its popup
    // finds no earlier copy and infers no agency, and its insert linking to A is not marked read.
    const b = keep(await browser.open(server.url(B)));
    expect(await waitForCount(1)).toBe(1);
    const popup = keep(await openPopupFor(browser, b));
    await popup.waitFor(() => document.querySelector('.seen-empty') !== null, null);
    expect(await popup.evaluate(memoryView, null)).toMatchObject({ links: [], empty: true, agency: null });
    expect(await b.evaluate(readMarks, null)).toEqual([null, null]);

    // The same checks can fail: A read in a normal window is remembered, and B then finds it.
    const a = keep(await browser.open(server.url(A)));
    expect(await waitForCount(2)).toBe(2);
    await a.close();
    const again = keep(await browser.open(server.url(B)));
    await again.waitFor(() => document.querySelector('button[data-sourceline-read]') !== null, null);
    expect(await again.evaluate(readMarks, null)).toEqual([null, 'you read it']);
    const seen = keep(await openPopupFor(browser, again));
    await seen.waitFor(() => document.querySelector('.seen-page a') !== null, null);
    expect(await seen.evaluate(memoryView, null)).toMatchObject({ links: [server.url(A)], empty: false });
  });
});
