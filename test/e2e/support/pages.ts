import type { ExtensionBrowser, PageHandle } from './browsers';
import type { FixtureServer } from './server';

// Small steps the e2e files share: a fixture page once Sourceline has collapsed it, and the
// popup opened as a tab, speaking for that page.

export const SEED = 'seed--wordpress-autoblog.html';
export const COLLAPSED = '[data-sourceline-state="collapsed"]';

/** Opens a fixture page and waits until `collapsed` blocks are collapsed. */
export async function openCollapsed(browser: ExtensionBrowser, server: FixtureServer, name = SEED, collapsed = 7): Promise<PageHandle> {
  const page = await browser.open(server.url(name));
  await page.waitFor(
    ([selector, n]) => document.querySelectorAll(selector).length === n,
    [COLLAPSED, collapsed] as const,
  );
  return page;
}

/** The popup in a tab of its own, speaking for `page` (the tab the reader looked at last). */
export async function openPopupFor(browser: ExtensionBrowser, page: PageHandle): Promise<PageHandle> {
  await page.bringToFront();
  const popup = await browser.openExtensionPage('popup.html');
  await popup.waitFor(() => document.querySelector('main[aria-busy="false"]') !== null, null);
  return popup;
}
