import { browser } from 'wxt/browser';
import type { MessageKey } from '../i18n';
import { CATEGORIES } from '../labels';
import { PAGE_WORDS_KEY } from '../messaging';

// The words a page's controls show (utils/page/collapse.ts, remember.ts), in the browser's
// language, stored for the content script to read with the rule book (utils/i18n.ts): a
// page that asks the i18n API for them first sets the API up in its script context, some
// milliseconds of every page load with a collapse. Written again when the browser's language
// or the extension's version (its messages) is not the one they were written for.

/** Every message the content script shows. */
export const PAGE_WORD_KEYS: readonly MessageKey[] = [
  ...CATEGORIES.map((category) => `category_${category.replace(/-/g, '_')}` as MessageKey),
  'control_shown',
  'control_collapsed',
  'control_title',
  'control_read_before',
];

/** Stores the words unless storage holds them for this language and version (`always`: at an install or update, whose messages may be new under the same version). */
export async function storePageWords(always = false): Promise<void> {
  const lang = browser.i18n.getUILanguage();
  const { version } = browser.runtime.getManifest();
  const stored = (await browser.storage.local.get(PAGE_WORDS_KEY))[PAGE_WORDS_KEY] as { lang?: string; version?: string } | undefined;
  if (!always && stored?.lang === lang && stored.version === version) return;
  const words: Record<string, string> = {};
  // `$1`, `$2` where the page fills in its substitutions.
  for (const key of PAGE_WORD_KEYS) words[key] = browser.i18n.getMessage(key, ['$1', '$2']);
  await browser.storage.local.set({ [PAGE_WORDS_KEY]: { lang, version, words } });
}
