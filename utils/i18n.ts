// Interface words in the browser's language. The texts live in public/_locales/<lang>/messages.json
// (the browser picks the language); English is the fallback for unit tests and the CLI, which have
// no extension i18n API, so they read the same words (the extension build leaves it out, below).
import { browser } from 'wxt/browser';
import english from '../public/_locales/en/messages.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
export type MessageKey = keyof typeof english;

/** Set to true by the extension build (wxt.config.ts), where browser.i18n always answers. */
declare const __SOURCELINE_EXTENSION__: boolean;
// The built extension leaves the English copy out: every page of it, and the content script
// (25 KB budget) above all, would otherwise carry every interface word of every page.
const FALLBACK: Messages = typeof __SOURCELINE_EXTENSION__ === 'undefined' ? english : {};

/**
 * The content script's words in the browser's language, as the background stored them
 * (background/page-words.ts), `$1`, `$2`… where the substitutions go: read with the rule
 * book, so that a page's controls need no call into the i18n API, whose first use (setting
 * up the API in the page's script context) cost a page load some milliseconds.
 */
let storedWords: Record<string, unknown> | undefined;

export function useStoredWords(words: unknown): void {
  storedWords = words && typeof words === 'object' ? (words as Record<string, unknown>) : undefined;
}

/** The message for `key`, with `$1`, `$2`… (or named placeholders) filled from `substitutions`. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  const stored = storedWords?.[key];
  if (typeof stored === 'string') return stored.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  try {
    const translated = browser.i18n?.getMessage(key, substitutions);
    if (translated) return translated;
  } catch {
    // No i18n API here (unit tests, the CLI): fall through to English.
  }
  return fillEnglish(key, substitutions);
}

function fillEnglish(key: MessageKey, substitutions: string[]): string {
  const entry = FALLBACK[key];
  if (!entry) return key;
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? positional(placeholder.content) : whole;
  });
}
