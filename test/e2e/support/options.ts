import type { ExtensionBrowser, PageHandle } from './browsers';

// Helpers for the options-page tests: open the page, put the stored settings back to the
// defaults between tests, type like a user, and read what a news page shows.

/** Opens the built options page and waits until it shows the stored settings. */
export async function openOptions(browser: ExtensionBrowser): Promise<PageHandle> {
  const page = await browser.openExtensionPage('options.html');
  await page.waitFor(() => document.querySelector('main[aria-busy="false"] #mode-collapse') !== null, null);
  return page;
}

/** Clears the extension's storage from one of its pages: every open page returns to the defaults. */
export async function resetSettings(extensionPage: PageHandle): Promise<void> {
  await extensionPage.evaluate(async () => {
    interface ExtensionApi {
      storage: { local: { clear(): Promise<void> } };
    }
    const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    await (scope.browser ?? scope.chrome).storage.local.clear();
  }, null);
}

/** Types `text` key by key into the focused `selector`. */
export async function typeInto(page: PageHandle, selector: string, text: string): Promise<void> {
  await page.focus(selector);
  for (const char of text) await page.press(char);
}

/** What a fixture page shows of Sourceline's work: each marked block, its control, and the paragraphs a reader sees. */
export function sourcelineView() {
  const shown = (el: Element) => getComputedStyle(el).display !== 'none';
  const marked = Array.from(document.querySelectorAll('[data-sourceline-state]'));
  return {
    marked: marked.map((el) => ({
      state: el.getAttribute('data-sourceline-state'),
      text: (el.textContent ?? '').trim().slice(0, 24),
      shown: shown(el),
      outline: getComputedStyle(el).outlineStyle,
    })),
    controls: Array.from(document.querySelectorAll('button[data-sourceline-control]')).map((b) => b.textContent),
    /** every paragraph of the article a reader sees, marked or not */
    visibleParagraphs: Array.from(document.querySelectorAll('.entry-content p'))
      .filter(shown)
      .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim()),
  };
}
