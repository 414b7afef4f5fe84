import { browser } from 'wxt/browser';
import { installRuleBook } from '../rules/book';
import { decodeRuleBook } from '../rules/book-wire';
import { RULE_BOOK_KEY, type ContentGetRuleBook } from '../messaging';

// The content script carries the engine's code, not its rules: the background keeps the
// rule book in the extension's storage (utils/background/rule-book.ts), which a content
// script reads directly, with no wait for a sleeping service worker. Only a page loaded
// before the background has written it (the first moments after an install or update)
// asks the background itself.

// The book as read (its parts as JSON text): what the engine made from it (parsed parts,
// compiled patterns, the chain's lexicon) is let go when the page's work is done, and made
// again from this text by the next analysis. The compiled patterns were most of the heap the
// extension added to a tab (irregexp's native code for the large alternations).
let wire: unknown;

export async function loadRuleBook(): Promise<void> {
  wire = (await browser.storage.local.get(RULE_BOOK_KEY))[RULE_BOOK_KEY];
  if (!decodeRuleBook(wire)) {
    const request: ContentGetRuleBook = { type: 'content:get-rule-book' };
    wire = await browser.runtime.sendMessage(request);
  }
  releaseRuleBook();
}

/** Installs the book afresh from its text: nothing made from the last one is kept. */
export function releaseRuleBook(): void {
  const book = decodeRuleBook(wire);
  if (!book) throw new Error('Sourceline: the rule book could not be read');
  installRuleBook(book);
}
