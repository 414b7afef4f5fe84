import { browser } from 'wxt/browser';
import { hasRuleBook, installRuleBook } from '../rules/book';
import { decodeRuleBook, splitWireBook, type WireBook } from '../rules/book-wire';
import { RULE_BOOK_KEY, RULE_BOOK_OFF_PAGE_KEY, type ContentGetRuleBook } from '../messaging';
import { RULE_BOOK_FILE } from './rule-book-file';

// The background holds the rule book the content script reads (utils/page/rule-book.ts): the
// book this build shipped (made at build time, tools/build/rule-book-asset.ts), copied to
// storage when the extension is installed or updated, and handed over directly to a page that
// asks first. Nothing is built here: the background carries no rule files.

let packaged: Promise<WireBook> | undefined;

/** The book in the extension's package, read once while the background lives. */
export function packagedRuleBook(): Promise<WireBook> {
  packaged ??= fetch(browser.runtime.getURL(`/${RULE_BOOK_FILE}` as '/'))
    .then((response) => {
      if (!response.ok) throw new Error(`Sourceline: ${RULE_BOOK_FILE} answered ${response.status}`);
      return response.json() as Promise<WireBook>;
    })
    .catch((error: unknown) => {
      // Read again at the next need.
      packaged = undefined;
      throw error;
    });
  return packaged;
}

/**
 * For a page that asks before storage holds a book (the first pages after an install): the
 * parts pages read (half the book's size to send), or the whole book for the popup.
 */
export async function ruleBookFor(request: ContentGetRuleBook): Promise<WireBook> {
  const book = await packagedRuleBook();
  return request.parts === 'whole' ? book : splitWireBook(book).page;
}

/** The background's own engine work (the story memory builds pages' source chains) reads the whole book: installed at its first need. */
export async function useFullRuleBook(): Promise<void> {
  if (hasRuleBook()) return;
  const book = decodeRuleBook(await packagedRuleBook());
  if (!book) throw new Error(`Sourceline: ${RULE_BOOK_FILE} holds no rule book of this format`);
  if (!hasRuleBook()) installRuleBook(book);
}

/** Where the stored book's hash is kept: a start compares it alone, not the whole book. */
export const RULE_BOOK_HASH_KEY = 'ruleBookHash';

/**
 * At every start of the service worker (it sleeps and wakes all the time): a book is written
 * only when storage holds none. Nothing is read or compared otherwise; an install or an
 * update (runtime.onInstalled) writes this build's book with `storeRuleBook`.
 */
export async function ensureRuleBook(): Promise<void> {
  const stored = (await browser.storage.local.get(RULE_BOOK_HASH_KEY))[RULE_BOOK_HASH_KEY];
  if (typeof stored !== 'string') await storeRuleBook();
}

let storing: Promise<void> | undefined;

/**
 * Writes the book unless storage holds this very one (the same hash, the format in it). One
 * write at a time: at an install, the start's check and runtime.onInstalled both ask for it.
 */
export function storeRuleBook(): Promise<void> {
  storing ??= writeRuleBook().finally(() => (storing = undefined));
  return storing;
}

async function writeRuleBook(): Promise<void> {
  const stored = (await browser.storage.local.get(RULE_BOOK_HASH_KEY))[RULE_BOOK_HASH_KEY];
  const book = await packagedRuleBook();
  if (stored === book.hash) return;
  // Two keys: a page reads the first only (book-wire.ts OFF_PAGE_PARTS).
  const { page, offPage } = splitWireBook(book);
  await browser.storage.local.set({ [RULE_BOOK_KEY]: page, [RULE_BOOK_OFF_PAGE_KEY]: offPage });
  // The hash last: a start interrupted between the two writes writes the book again.
  await browser.storage.local.set({ [RULE_BOOK_HASH_KEY]: book.hash });
}
