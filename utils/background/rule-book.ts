import { browser } from 'wxt/browser';
import { encodeRuleBook, RULE_BOOK_FORMAT, type WireBook } from '../rules/book-wire';
import { fullRuleBook } from '../rules/full-book';
import { RULE_BOOK_KEY } from '../messaging';

// The background holds the rule book the content script reads (utils/page/rule-book.ts):
// built from the rule files bundled here, written to storage when the extension starts
// with a book of another build, and handed over directly to a page that asks first.

let wire: WireBook | undefined;

export function ruleBookWire(): WireBook {
  wire ??= encodeRuleBook(fullRuleBook());
  return wire;
}

/** Writes the book unless storage holds this very one (same format and content). */
export async function storeRuleBook(): Promise<void> {
  const book = ruleBookWire();
  const stored = (await browser.storage.local.get(RULE_BOOK_KEY))[RULE_BOOK_KEY] as WireBook | undefined;
  if (stored?.format === RULE_BOOK_FORMAT && JSON.stringify(stored.book) === JSON.stringify(book.book)) return;
  await browser.storage.local.set({ [RULE_BOOK_KEY]: book });
}
