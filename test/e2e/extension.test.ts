import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type ExtensionBrowser, type PageHandle } from './support/browsers';
import { startFixtureServer, type FixtureServer } from './support/server';

// The built extension in real Chromium and real Firefox, on fixture pages served from
// 127.0.0.1: collapse in the page, the controls, the badge, and the popup.

const ROOT = join(import.meta.dirname, '..', '..');
const SEED = 'seed--wordpress-autoblog.html';
const COLLAPSED = '[data-sourceline-state="collapsed"]';

/** What the page shows: collapsed blocks and the story paragraphs that are visible. */
function pageState() {
  const visible = (el: Element) => getComputedStyle(el).display !== 'none';
  const collapsed = Array.from(document.querySelectorAll('[data-sourceline-state="collapsed"]'));
  return {
    collapsed: collapsed.length,
    collapsedVisible: collapsed.filter(visible).length,
    controls: Array.from(document.querySelectorAll('button[data-sourceline-control]')).map((b) => b.textContent),
    visibleParagraphs: Array.from(document.querySelectorAll('.entry-content p'))
      .filter((p) => !p.hasAttribute('data-sourceline-state') && visible(p))
      .map((p) => p.textContent?.trim()),
  };
}

/** What the popup shows. */
function popupState() {
  const texts = (selector: string) => Array.from(document.querySelectorAll(selector)).map((el) => el.textContent?.trim());
  return {
    roles: texts('.chain-link .role'),
    names: texts('.chain-link .name'),
    links: Array.from(document.querySelectorAll('.chain-link .name a')).map((a) => a.getAttribute('href')),
    title: document.querySelector('.story-title')?.textContent,
    wordCount: document.querySelector('.word-count')?.textContent,
    paragraphs: document.querySelectorAll('.story-text p').length,
    findings: document.querySelector('#findings-heading')?.textContent,
    notices: texts('.notice-title'),
    findingsEmpty: document.querySelector('.findings.empty')?.textContent,
    meta: texts('.chain-link .evidence-meta'),
  };
}

describe.each<BrowserName>(['chromium', 'firefox'])('in %s', (browserName) => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  const opened: PageHandle[] = [];

  const openFixture = async (name: string) => {
    const page = await browser.open(server.url(name));
    opened.push(page);
    return page;
  };
  const openPopup = async (page: PageHandle) => {
    await page.bringToFront();
    const popup = await browser.openExtensionPage('popup.html');
    opened.push(popup);
    await popup.waitFor(() => document.querySelector('main[aria-busy="false"]') !== null, null);
    return popup;
  };

  beforeAll(async () => {
    server = await startFixtureServer(join(ROOT, 'test', 'fixtures'));
    browser = await launch(browserName);
  });

  // Each test leaves only the browser's first tab open, so the popup's target is unambiguous.
  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close().catch(() => undefined);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('collapses the seed page’s seven non-story blocks and keeps all twelve story paragraphs visible', async () => {
    const page = await openFixture(SEED);
    await page.waitFor((selector) => document.querySelectorAll(selector).length === 7, COLLAPSED);
    const state = await page.evaluate(pageState, null);
    expect(state.collapsed).toBe(7);
    expect(state.collapsedVisible).toBe(0);
    expect(state.controls.filter((c) => c === 'Read also · collapsed — show')).toHaveLength(2);
    expect(state.controls).toEqual([
      'Ad placeholder · collapsed — show',
      'Read also · collapsed — show',
      'Read also · collapsed — show',
      'Feed disclaimer · collapsed — show',
      'Share prompt · collapsed — show',
      'Ad placeholder · collapsed — show',
      'Source link · collapsed — show',
    ]);
    expect(state.visibleParagraphs).toHaveLength(12);
    expect(state.visibleParagraphs[0]).toMatch(/^Seoul \[South Korea\]March 19 \(ANI\):/);
  });

  it('adds no global to the page and no script element', async () => {
    const page = await openFixture(SEED);
    await page.waitFor((selector) => document.querySelectorAll(selector).length === 7, COLLAPSED);
    const seen = await page.evaluate(() => {
      const standard = new Set(Object.getOwnPropertyNames(Object.getPrototypeOf(window)).concat(Object.getOwnPropertyNames(EventTarget.prototype)));
      return {
        scripts: document.scripts.length,
        globals: Object.keys(window).filter((key) => /sourceline|wxt|webextension|^browser$/i.test(key) && !standard.has(key)),
      };
    }, null);
    // The WordPress fixture carries one inline script of its own (wpemojiSettings).
    expect(seen).toEqual({ scripts: 1, globals: [] });
  });

  it('expands a block from its control and collapses it again, by mouse and by keyboard', async () => {
    const page = await openFixture(SEED);
    await page.waitFor((selector) => document.querySelectorAll(selector).length === 7, COLLAPSED);
    const readAlso = 'button[data-sourceline-control="related"]';
    const insertState = () => {
      const button = document.querySelector('button[data-sourceline-control="related"]')!;
      const insert = button.nextElementSibling!;
      return {
        state: insert.getAttribute('data-sourceline-state'),
        shown: getComputedStyle(insert).display !== 'none',
        expanded: button.getAttribute('aria-expanded'),
        label: button.textContent,
      };
    };
    await page.click(readAlso);
    expect(await page.evaluate(insertState, null)).toEqual({
      state: 'expanded',
      shown: true,
      expanded: 'true',
      label: 'Read also · shown — hide',
    });
    await page.focus(readAlso);
    await page.press('Enter');
    expect(await page.evaluate(insertState, null)).toEqual({
      state: 'collapsed',
      shown: false,
      expanded: 'false',
      label: 'Read also · collapsed — show',
    });
  });

  it('shows the story and the source chain in the popup, and the count on the badge', async () => {
    const page = await openFixture(SEED);
    await page.waitFor((selector) => document.querySelectorAll(selector).length === 7, COLLAPSED);
    const popup = await openPopup(page);
    const state = await popup.evaluate(popupState, null);
    expect(state.roles).toEqual([
      'You are reading',
      'Republished from',
      'Written by wire agency',
      'Cites',
      'Cites',
      'Cites',
    ]);
    expect(state.names).toEqual(['World Newsline 24', 'LatestLY', 'ANI', 'Yonhap News Agency', 'The Japan Times', 'CNN']);
    expect(state.links).toEqual([
      `${server.origin}/`,
      'https://www.latestly.com/agency-news/world-news-south-korea-starts-process-to-normalise-gsomia-military-intelligence-pact-with-japan-5012345.html',
    ]);
    expect(state.title).toBe('South Korea Starts Process to Normalise GSOMIA Military Intelligence Pact With Japan');
    expect(state.paragraphs).toBe(12);
    expect(state.wordCount).toMatch(/^\d{3} words · 12 paragraphs$/);
    expect(state.findings).toBe('Collapsed on this page: 7 blocks');

    const badge = await popup.evaluate(async () => {
      interface Tab {
        id?: number;
        lastAccessed?: number;
      }
      interface ExtensionApi {
        tabs: { getCurrent(): Promise<Tab | undefined>; query(query: object): Promise<Tab[]> };
        action: { getBadgeText(details: { tabId?: number }): Promise<string> };
      }
      const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
      const api = scope.browser ?? scope.chrome;
      const self = await api.tabs.getCurrent();
      const tabs = await api.tabs.query({ currentWindow: true });
      const target = tabs
        .filter((t) => t.id !== self?.id)
        .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0]!;
      return api.action.getBadgeText({ tabId: target.id });
    }, null);
    expect(badge).toBe('7');
  });

  it('follows an evidence control from the popup to the highlighted sentence in the page', async () => {
    const page = await openFixture(SEED);
    await page.waitFor((selector) => document.querySelectorAll(selector).length === 7, COLLAPSED);
    const popup = await openPopup(page);
    await popup.click('.role-agency button.reveal');
    await page.waitFor(() => document.querySelector('[data-sourceline-highlight]') !== null, null, 5_000);
    const highlighted = await page.evaluate(() => document.querySelector('[data-sourceline-highlight]')?.textContent ?? '', null);
    expect(highlighted).toMatch(/^Seoul \[South Korea\]March 19 \(ANI\): South Korea’s Ministry of National Defense/);
  });

  it('collapses nothing on a page of story sentences that look like boilerplate, and says so in the popup', async () => {
    const page = await openFixture('counter--story-lookalikes.html');
    await page.waitFor(() => document.readyState === 'complete', null);
    const popup = await openPopup(page);
    const state = await popup.evaluate(popupState, null);
    expect(state.findingsEmpty).toBe('No syndication boilerplate or “Read also” inserts found on this page.');
    // "Two officials told Reuters": Reuters most likely wrote the copy, and the popup says only "likely".
    expect(state.names).toEqual(['The Valley Chronicle', 'Reuters']);
    expect(state.roles).toEqual(['You are reading', 'Written by wire agency']);
    expect(state.meta).toEqual(['2 pieces of evidence · likely']);
    expect(state.paragraphs).toBe(18);
    expect(await page.evaluate(() => document.querySelectorAll('[data-sourceline-state], [data-sourceline-control]').length, null)).toBe(0);
  });

  it('collapses an insert the page adds after load, and leaves the late story paragraph visible', async () => {
    const page = await openFixture('e2e--late-content.html');
    await page.waitFor(
      () => document.getElementById('late-insert')?.getAttribute('data-sourceline-state') === 'collapsed',
      null,
      15_000,
    );
    const state = await page.evaluate(() => {
      const story = document.getElementById('late-story')!;
      return { storyState: story.getAttribute('data-sourceline-state'), storyShown: getComputedStyle(story).display !== 'none' };
    }, null);
    expect(state).toEqual({ storyState: null, storyShown: true });
  });

  it('analyses the new article after a single-page-app navigation', async () => {
    const page = await openFixture('e2e--spa.html');
    await page.waitFor(() => document.readyState === 'complete', null);
    expect(await page.evaluate(() => document.querySelectorAll('[data-sourceline-state]').length, null)).toBe(0);
    await page.click('#open');
    await page.waitFor(() => document.querySelectorAll('[data-sourceline-state="collapsed"]').length === 2, null, 15_000);
    const collapsed = await page.evaluate(
      () => Array.from(document.querySelectorAll('[data-sourceline-state="collapsed"]')).map((el) => el.textContent?.slice(0, 12)),
      null,
    );
    expect(collapsed).toEqual(['[ad_1]', 'Read also | ']);
  });

  it('switches off for the site from the popup, restoring the page exactly, and back on', async () => {
    const page = await openFixture(SEED);
    await page.waitFor((selector) => document.querySelectorAll(selector).length === 7, COLLAPSED);
    const popup = await openPopup(page);
    await popup.click('.switch-button');
    await popup.waitFor(() => document.querySelector('.switch-button')?.textContent === 'Turn on for this site', null);
    await page.waitFor(() => document.querySelectorAll('[data-sourceline-state], [data-sourceline-control], [data-sourceline-wrap]').length === 0, null);
    const switchedOff = await page.evaluate(() => document.documentElement.outerHTML, null);

    // The same page loaded while Sourceline is off for the site: never touched.
    const fresh = await openFixture(SEED);
    await fresh.waitFor(() => document.readyState === 'complete', null);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const untouched = await fresh.evaluate(() => document.documentElement.outerHTML, null);
    expect(switchedOff).toBe(untouched);

    await popup.click('.switch-button');
    await page.waitFor((selector) => document.querySelectorAll(selector).length === 7, COLLAPSED);
    await fresh.waitFor((selector) => document.querySelectorAll(selector).length === 7, COLLAPSED);
  });

  it('works on a page with a strict Content-Security-Policy', async () => {
    const strict = await startFixtureServer(join(ROOT, 'test', 'fixtures'), {
      'content-security-policy': "default-src 'none'; style-src 'self'",
    });
    try {
      const page = await browser.open(strict.url(SEED));
      opened.push(page);
      await page.waitFor((selector) => document.querySelectorAll(selector).length === 7, COLLAPSED);
      const state = await page.evaluate(pageState, null);
      expect(state.collapsedVisible).toBe(0);
      expect(state.visibleParagraphs).toHaveLength(12);
      expect(state.controls).toHaveLength(7);
    } finally {
      await strict.close();
    }
  });

  // Runs last: everything the extension did in this browser is in the log by now.
  it('makes no network request of its own', () => {
    const own = browserName === 'chromium' ? /^chrome-extension:\/\// : /^moz-extension:\/\//;
    const allowed = (url: string) => url.startsWith('http://127.0.0.1:') || own.test(url) || url.startsWith('data:') || url === 'about:blank';
    expect(browser.requests.length).toBeGreaterThan(10);
    console.log(`${browserName}: ${browser.requests.length} requests seen, ${browser.requests.filter((u) => !allowed(u)).length} to anywhere else`);
    expect(browser.requests.filter((url) => !allowed(url))).toEqual([]);
  });
});

