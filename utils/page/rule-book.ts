import { browser } from 'wxt/browser';
import { hasRuleBook, installRuleBook } from '../rules/book';
import { decodeRuleBook } from '../rules/book-wire';
import { RULE_BOOK_KEY, type ContentGetRuleBook } from '../messaging';

// The content script carries the engine's code, not its rules: the background keeps the
// rule book in the extension's storage (utils/background/rule-book.ts), which a content
// script reads directly, with no wait for a sleeping service worker. Only a page loaded
// before the background has written it (the first moments after an install or update)
// asks the background itself. The popup reads it the same way to build the source chain
// (utils/popup/chain.ts).

// What the engine makes from the book (parsed parts, compiled patterns) is let go when the
// page's work is done (releaseRuleBook), with the book itself: the next piece of work reads
// it from storage again (readyRuleBook). The compiled patterns were most
// of the heap the extension added to a tab (irregexp's native code for the large
// alternations), the stored text another ~350 KB.

export async function loadRuleBook(): Promise<void> {
  let book = decodeRuleBook((await browser.storage.local.get(RULE_BOOK_KEY))[RULE_BOOK_KEY]);
  if (!book) {
    const request: ContentGetRuleBook = { type: 'content:get-rule-book' };
    book = decodeRuleBook(await browser.runtime.sendMessage(request));
  }
  if (!book) throw new Error('Sourceline: the rule book could not be read');
  installRuleBook(book);
}

let loading: Promise<void> | undefined;

/** Resolves once a book is installed: read again if it was released (one read for any number of callers). */
export function readyRuleBook(): Promise<void> {
  return hasRuleBook() ? Promise.resolve() : (loading ??= loadRuleBook().finally(() => (loading = undefined)));
}

/** Uninstalls the book: nothing made from it is kept. */
export function releaseRuleBook(): void {
  installRuleBook(undefined);
}
