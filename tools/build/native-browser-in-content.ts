import type { Plugin } from 'vite';
import { isContentScriptBuild } from './content-script-build';

// The content script runs on every page within a 25 KB budget, and the webextension-polyfill
// (3 KB gzip) buys it nothing: what it and WXT's content-script runtime call (storage.local.get,
// runtime.sendMessage, i18n.getMessage, event listeners) behaves the same on the browsers' own
// objects in MV3 Chrome and Firefox, and it answers messages through sendResponse, which both
// support. So in the content script's build only (the one WXT defines ENTRYPOINT="content"
// for), `wxt/browser` is the browser's own object, as in a WXT project without the polyfill;
// the popup, options page and background keep the polyfill.

const POLYFILL = '@wxt-dev/webextension-polyfill/browser';
const NATIVE = '\0sourceline:native-browser';

export function nativeBrowserInContentPlugin(): Plugin {
  let isContentScript = false;
  return {
    name: 'sourceline:native-browser-in-content',
    enforce: 'pre',
    configResolved(config) {
      isContentScript = isContentScriptBuild(config);
    },
    resolveId(id) {
      return isContentScript && (id === POLYFILL || id === 'wxt/browser') ? NATIVE : null;
    },
    load(id) {
      if (id !== NATIVE) return null;
      return 'export const browser = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;';
    },
  };
}
