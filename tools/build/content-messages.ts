import type { Plugin } from 'vite';

// utils/i18n.ts bundles the English messages as a fallback, so every bundle that calls t()
// carries all of public/_locales/en/messages.json. The content script runs on every page and
// never shows the options page's words: in its build (the only one WXT defines
// ENTRYPOINT="content" for), the `options_` messages are dropped from that import.

const ENGLISH_MESSAGES = /[\\/]public[\\/]_locales[\\/]en[\\/]messages\.json$/;
const NOT_FOR_CONTENT = /^options_/;

/** The messages file `json` without the messages the content script never shows. */
export function contentScriptMessages(json: string): string {
  const messages = JSON.parse(json) as Record<string, unknown>;
  return JSON.stringify(Object.fromEntries(Object.entries(messages).filter(([key]) => !NOT_FOR_CONTENT.test(key))));
}

export function contentScriptMessagesPlugin(): Plugin {
  let isContentScript = false;
  return {
    name: 'sourceline:content-script-messages',
    // Before Vite's JSON plugin turns the file into a module.
    enforce: 'pre',
    configResolved(config) {
      isContentScript = config.define?.['import.meta.env.ENTRYPOINT'] === JSON.stringify('content');
    },
    transform(code, id) {
      if (!isContentScript || !ENGLISH_MESSAGES.test(id.split('?')[0]!)) return null;
      return { code: contentScriptMessages(code), map: null };
    },
  };
}
