import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type ExtensionBrowser, type PageHandle } from './support/browsers';
import { openOptions } from './support/options';
import { openPopupFor } from './support/pages';
import { startFixtureServer, type FixtureServer } from './support/server';

// The story memory in real Chromium and Firefox: read page A (the seed story, credited to
// ANI via LatestLY), then page B (the same story, no credit): B's popup shows "Seen
// elsewhere" with A and ANI as an inferred agency, and B's "Read also" insert that links to
// A says it was read. Clearing the memory in the options page removes it. In Chromium, a
// page read in an incognito window is not remembered.

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

  if (browserName === 'chromium') {
    it('remembers nothing read in an incognito window where the extension runs', async () => {
      // "Allow in Incognito", as the reader switches it on in chrome://extensions (in developer
      // mode, or Chromium disables the command-line extension when it restarts with the new access).
      const extensionId = new URL(browser.chromium!.worker.url()).host;
      const settingsPage = keep(await browser.open('chrome://extensions/'));
      await settingsPage.evaluate(async (id) => {
        type DeveloperPrivate = { updateProfileConfiguration(o: object): Promise<void>; updateExtensionConfiguration(o: object): Promise<void> };
        const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome;
        await api.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true });
        await api.developerPrivate.updateExtensionConfiguration({ extensionId: id, incognitoAccess: true });
      }, extensionId);
      // The extension restarts with the new access; its pages open again once it is back.
      let options: PageHandle | null = null;
      for (let attempt = 0; attempt < 20 && !options; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        options = await openOptions(browser).catch(() => null);
      }
      if (!options) throw new Error('the extension did not come back after incognito access was allowed');
      keep(options);
      const before = await storedCount(options);

      type Api = {
        windows: { create(o: object): Promise<{ id: number; incognito: boolean; tabs?: Array<{ id: number }> }>; remove(id: number): Promise<void> };
        action: { getBadgeText(o: object): Promise<string> };
      };
      const opened = await options.evaluate(async (address) => {
        const api = (globalThis as unknown as { chrome: Api }).chrome;
        const created = await api.windows.create({ incognito: true, url: address });
        return { windowId: created.id, incognito: created.incognito, tabId: created.tabs?.[0]?.id ?? -1 };
      }, server.url(A));
      expect(opened.incognito).toBe(true);
      // The content script ran in the incognito tab: the background set its badge to the seven blocks collapsed there.
      await options.waitFor(
        async (tabId) => (await (globalThis as unknown as { chrome: Api }).chrome.action.getBadgeText({ tabId })) === '7',
        opened.tabId,
      );
      // Time for the story to be sent and (were it allowed) stored.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      expect(await storedCount(options)).toBe(before);
      await options.evaluate((id) => (globalThis as unknown as { chrome: Api }).chrome.windows.remove(id), opened.windowId);

      // The same page in a normal window is remembered (the check above can fail).
      keep(await browser.open(server.url(A)));
      const deadline = Date.now() + 15_000;
      while ((await storedCount(options)) === before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await storedCount(options)).toBe(before + 1);
    });
  }
});
