import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page as PlaywrightPage, type Worker } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../../tools/chromium-flags';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { freePort, installAllowedInPrivate } from './marionette';

// The built extension in real browsers: Debian's Chromium through playwright-core, and
// Debian's Firefox ESR through puppeteer-core over WebDriver BiDi. Both are driven
// through the same small interface so every e2e test runs in both.

export type BrowserName = 'chromium' | 'firefox';

const ROOT = join(import.meta.dirname, '..', '..', '..');
export const EXTENSION_DIRS: Record<BrowserName, string> = {
  chromium: join(ROOT, '.output', 'chrome-mv3'),
  firefox: join(ROOT, '.output', 'firefox-mv3'),
};
const EXECUTABLES: Record<BrowserName, string> = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};
const GECKO_ID = 'sourceline@sourceline.dev';
/** Fixed so the tests know the popup's address (Firefox picks a random one per profile). */
const FIREFOX_UUID = '5e0d1b9c-3f4a-4e57-9d1c-2b7a8c6f4e10';

export interface PageHandle {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Polls `fn` in the page until it returns true (return plain data: Firefox cannot send back DOM nodes). */
  waitFor<A>(fn: (arg: A) => unknown, arg: A, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  /** Holds the modifiers ('Alt', 'Shift'…) down while pressing `key`, as a person would. */
  pressChord(modifiers: string[], key: string): Promise<void>;
  bringToFront(): Promise<void>;
  /** Loads another address in this tab (until its load event). */
  goto(url: string): Promise<void>;
  screenshot(path: string, options?: { fullPage?: boolean; dark?: boolean }): Promise<void>;
  /** Runs a script's source text in the page (e.g. axe-core's), outside the page's own script rules. */
  evaluateSource(source: string): Promise<unknown>;
  /** What the page (and the content script in it) wrote to the console since it opened: for a failing test's message. */
  consoleLines(): string[];
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  name: BrowserName;
  /** every request the browser made while the tests ran (pages, the popup, the extension) */
  requests: string[];
  /** `started`: returns as soon as the navigation has begun (the page may still be arriving); default: after "load" */
  open(url: string, options?: { until?: 'load' | 'started' }): Promise<PageHandle>;
  /** Opens one of the extension's pages (popup.html…) in a tab of its own. */
  openExtensionPage(path: string): Promise<PageHandle>;
  /**
   * Lets the extension run in private (incognito) windows, as a reader allows it in the
   * browser's add-on settings; resolves once the extension runs again with that access.
   */
  allowPrivate(): Promise<void>;
  /** Chromium only: the playwright context and the extension's service worker. */
  chromium?: { context: BrowserContext; worker: Worker };
  close(): Promise<void>;
}

/**
 * The page's viewport in Firefox over WebDriver BiDi. Puppeteer's setViewport also sends
 * emulation.setScreenOrientationOverride, a command Firefox ESR 140 (Debian's) does not know:
 * that refusal alone is let pass, and the size, sent in the same call, is waited for.
 */
async function setFirefoxViewport(page: PuppeteerPage, width: number, height: number): Promise<void> {
  try {
    await page.setViewport({ width, height });
  } catch (error) {
    if (!(error instanceof Error && /unknown command emulation\.setScreenOrientationOverride/.test(error.message))) throw error;
    await poll(() => page.evaluate((w, h) => innerWidth === w && innerHeight === h, width, height), 10_000, `a ${width}×${height} viewport`);
  }
}

async function poll(check: () => Promise<unknown>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      // the page may be navigating; try again
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
}

function handle(page: PlaywrightPage | PuppeteerPage, dark: (on: boolean) => Promise<void>): PageHandle {
  // Playwright's and Puppeteer's evaluate() take the same (function, argument) pair.
  const evaluate = <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
    (page as unknown as { evaluate(f: typeof fn, a: A): Promise<R> }).evaluate(fn, arg);
  const lines: string[] = [];
  (page as unknown as { on(event: 'console', listener: (message: { type(): string; text(): string }) => void): void }).on('console', (message) =>
    lines.push(`${message.type()}: ${message.text()}`),
  );
  return {
    evaluate,
    waitFor: (fn, arg, timeoutMs = 15_000) => poll(() => evaluate(fn, arg), timeoutMs, fn.toString()),
    click: (selector) => page.click(selector),
    focus: (selector) => page.focus(selector),
    press: (key) => page.keyboard.press(key as never),
    pressChord: async (modifiers, key) => {
      for (const modifier of modifiers) await page.keyboard.down(modifier as never);
      await page.keyboard.press(key as never);
      for (const modifier of [...modifiers].reverse()) await page.keyboard.up(modifier as never);
    },
    bringToFront: () => page.bringToFront(),
    goto: async (url) => {
      await (page as unknown as { goto(u: string, o: object): Promise<unknown> }).goto(url, { waitUntil: 'load' });
    },
    screenshot: async (path, options = {}) => {
      if (options.dark) await dark(true);
      await page.screenshot({ path: path as `${string}.png`, fullPage: options.fullPage ?? false });
      if (options.dark) await dark(false);
    },
    evaluateSource: (source) => (page as unknown as { evaluate(expression: string): Promise<unknown> }).evaluate(source),
    consoleLines: () => [...lines],
    close: () => page.close(),
  };
}

const INSTALL_HINT: Record<BrowserName, string> = {
  chromium: 'install Debian\'s chromium (apt-get install chromium) or set CHROMIUM_PATH',
  firefox: 'install Debian\'s firefox-esr (apt-get install firefox-esr) or set FIREFOX_PATH',
};

function assertReady(name: BrowserName) {
  if (!existsSync(join(EXTENSION_DIRS[name], 'manifest.json'))) {
    throw new Error(`${EXTENSION_DIRS[name]} is missing: run "npm run build" first`);
  }
  if (!existsSync(EXECUTABLES[name])) {
    throw new Error(`no browser at ${EXECUTABLES[name]}: ${INSTALL_HINT[name]}`);
  }
}

export interface LaunchOptions {
  /** the colour scheme pages see (prefers-color-scheme) from the start; light by default */
  colorScheme?: 'light' | 'dark';
}

async function launchChromium({ colorScheme = 'light' }: LaunchOptions = {}): Promise<ExtensionBrowser> {
  assertReady('chromium');
  const dir = EXTENSION_DIRS.chromium;
  const context: BrowserContext = await chromium.launchPersistentContext('', {
    executablePath: EXECUTABLES.chromium,
    headless: true,
    viewport: { width: 1000, height: 800 },
    colorScheme,
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...CHROMIUM_FLAGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  worker.on('request' as never, (request: { url(): string }) => requests.push(request.url()));
  const wrap = (page: PlaywrightPage) =>
    handle(page, (on) => page.emulateMedia({ colorScheme: on ? 'dark' : 'light' }));
  const handles = { context, worker };
  return {
    name: 'chromium',
    requests,
    async open(url, { until = 'load' } = {}) {
      const page = await context.newPage();
      if (until === 'started') page.goto(url).catch(() => undefined);
      else await page.goto(url);
      return wrap(page);
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return wrap(page);
    },
    async allowPrivate() {
      // "Allow in Incognito" as chrome://extensions switches it on (in developer mode, or
      // Chromium disables the command-line extension when it restarts with the new access).
      const restarted = context.waitForEvent('serviceworker', { timeout: 20_000 });
      const settings = await context.newPage();
      await settings.goto('chrome://extensions/');
      await settings.evaluate(async (id) => {
        type DeveloperPrivate = { updateProfileConfiguration(o: object): Promise<void>; updateExtensionConfiguration(o: object): Promise<void> };
        const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome;
        await api.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true });
        await api.developerPrivate.updateExtensionConfiguration({ extensionId: id, incognitoAccess: true });
      }, extensionId);
      await settings.close();
      // The extension restarts with the new access: a new service worker, then its pages answer again.
      handles.worker = await restarted;
      handles.worker.on('request' as never, (request: { url(): string }) => requests.push(request.url()));
      const probe = await context.newPage();
      try {
        await poll(async () => {
          await probe.goto(`chrome-extension://${extensionId}/options.html`);
          return probe.evaluate(() =>
            (globalThis as unknown as { chrome: { extension: { isAllowedIncognitoAccess(): Promise<boolean> } } }).chrome.extension.isAllowedIncognitoAccess(),
          );
        }, 20_000, 'the extension to come back with incognito access');
      } finally {
        await probe.close();
      }
    },
    chromium: handles,
    close: () => context.close(),
  };
}

async function launchFirefox({ colorScheme = 'light' }: LaunchOptions = {}): Promise<ExtensionBrowser> {
  assertReady('firefox');
  // Marionette beside WebDriver BiDi, for the add-on's private-window access (marionette.ts).
  const marionettePort = await freePort();
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: EXECUTABLES.firefox,
    headless: true,
    // Lets WebDriver BiDi navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access', '--marionette'],
    extraPrefsFirefox: {
      'marionette.port': marionettePort,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Puppeteer cannot emulate prefers-color-scheme over BiDi; a dark browser is launched instead.
      ...(colorScheme === 'dark' && { 'ui.systemUsesDarkTheme': 1, 'layout.css.prefers-color-scheme.content-override': 0 }),
    },
    protocolTimeout: 60_000,
    timeout: 60_000,
  });
  await browser.installExtension(EXTENSION_DIRS.firefox);
  const requests: string[] = [];
  const record = (page: PuppeteerPage) => page.on('request', (request) => void requests.push(request.url()));
  const wrap = (page: PuppeteerPage) =>
    handle(page, (on) => page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: on ? 'dark' : 'light' }]));
  return {
    name: 'firefox',
    requests,
    async open(url, { until = 'load' } = {}) {
      const page = await browser.newPage();
      record(page);
      await setFirefoxViewport(page, 1000, 800);
      if (until === 'started') page.goto(url, { waitUntil: 'load' }).catch(() => undefined);
      else await page.goto(url, { waitUntil: 'load' });
      return wrap(page);
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      record(page);
      const url = `moz-extension://${FIREFOX_UUID}/${path}`;
      // Firefox never reports "load" for extension pages over BiDi: start the
      // navigation, then poll until the page is there.
      page.goto(url).catch(() => undefined);
      await poll(() => page.evaluate((u) => location.href === u && document.readyState === 'complete', url), 20_000, url);
      return wrap(page);
    },
    async allowPrivate() {
      // What about:addons' "Run in Private Windows" stores (the internal:privateBrowsingAllowed
      // permission), through Marionette: the temporary add-on is installed again with
      // allowPrivateBrowsing, which grants it and reloads the add-on (its storage stays).
      await installAllowedInPrivate(marionettePort, EXTENSION_DIRS.firefox);
    },
    close: () => browser.close(),
  };
}

export function launch(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
