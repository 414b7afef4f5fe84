import { browser } from 'wxt/browser';
import { installRuleBook } from '../rules/book';
import { decodeRuleBook } from '../rules/book-wire';
import { RULE_BOOK_KEY, type ContentGetRuleBook } from '../messaging';

// The content script carries the engine's code, not its rules: the background keeps the
// rule book in the extension's storage (utils/background/rule-book.ts), which a content
// script reads directly, with no wait for a sleeping service worker. Only a page loaded
// before the background has written it (the first moments after an install or update)
// asks the background itself.

export async function loadRuleBook(): Promise<void> {
  const stored = await browser.storage.local.get(RULE_BOOK_KEY);
  let book = decodeRuleBook(stored[RULE_BOOK_KEY]);
  if (!book) {
    const request: ContentGetRuleBook = { type: 'content:get-rule-book' };
    book = decodeRuleBook(await browser.runtime.sendMessage(request));
  }
  if (!book) throw new Error('Sourceline: the rule book could not be read');
  installRuleBook(book);
}
