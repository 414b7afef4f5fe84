import type { Plugin } from 'vite';

// utils/i18n.ts bundles the English messages as a fallback, so every bundle that calls t()
// carries all of public/_locales/en/messages.json. The content script runs on every page and
// shows only the words of its page controls: in its build (the only one WXT defines
// ENTRYPOINT="content" for), every other message (popup, options, store listing) is dropped
// from that import.

const ENGLISH_MESSAGES = /[\\/]public[\\/]_locales[\\/]en[\\/]messages\.json$/;
/** The messages the page controls use (utils/page/collapse.ts through utils/labels.ts). */
const FOR_CONTENT = /^(?:category|control)_/;

/** The messages file `json` without the messages the content script never shows. */
export function contentScriptMessages(json: string): string {
  const messages = JSON.parse(json) as Record<string, unknown>;
  return JSON.stringify(Object.fromEntries(Object.entries(messages).filter(([key]) => FOR_CONTENT.test(key))));
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
