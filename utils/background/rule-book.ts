import { browser } from 'wxt/browser';
import { hasRuleBook, installRuleBook } from '../rules/book';
import { encodeRuleBook, splitWireBook, type WireBook } from '../rules/book-wire';
import { fullRuleBook } from '../rules/full-book';
import { RULE_BOOK_KEY, RULE_BOOK_OFF_PAGE_KEY } from '../messaging';

// The background holds the rule book the content script reads (utils/page/rule-book.ts):
// built from the rule files bundled here, written to storage when the extension starts
// with a book of another build, and handed over directly to a page that asks first.

let wire: WireBook | undefined;
let quickWire: WireBook | undefined;

export function ruleBookWire(): WireBook {
  wire ??= encodeRuleBook(fullRuleBook());
  return wire;
}

/**
 * For a page that asks before storage holds a book (the first pages after an install): the
 * book with leads once built, else the book without them (the same analyses; built in a third
 * of the time, within the 250 ms the page's first paint waits for its rules).
 */
export function ruleBookForPage(): WireBook {
  return wire ?? (quickWire ??= encodeRuleBook(fullRuleBook(), { leads: false }));
}

/** The background's own engine work (the story memory builds pages' source chains) reads the full book: installed at its first need. */
export function useFullRuleBook(): void {
  if (!hasRuleBook()) installRuleBook(fullRuleBook());
}

/** Where the stored book's hash is kept: a start compares it alone, not the whole book. */
export const RULE_BOOK_HASH_KEY = 'ruleBookHash';

/**
 * At every start of the service worker (it sleeps and wakes all the time): a book is written
 * only when storage holds none. Nothing is built or compared otherwise; an install or an
 * update (runtime.onInstalled) writes this build's book with `storeRuleBook`.
 */
export async function ensureRuleBook(): Promise<void> {
  const stored = (await browser.storage.local.get(RULE_BOOK_HASH_KEY))[RULE_BOOK_HASH_KEY];
  if (typeof stored !== 'string') await storeRuleBook();
}

/** Writes the book unless storage holds this very one (the same hash, the format in it). */
export async function storeRuleBook(): Promise<void> {
  const stored = (await browser.storage.local.get(RULE_BOOK_HASH_KEY))[RULE_BOOK_HASH_KEY];
  // Nothing stored yet (an install): the book without leads first, so that the first pages
  // find rules at once; the book with leads (its build takes longer) replaces it.
  if (typeof stored !== 'string' && !wire) await writeBook(ruleBookForPage());
  const book = ruleBookWire();
  if (stored === book.hash) return;
  await writeBook(book);
}

async function writeBook(book: WireBook): Promise<void> {
  // Two keys: a page reads the first only (book-wire.ts OFF_PAGE_PARTS).
  const { page, offPage } = splitWireBook(book);
  await browser.storage.local.set({ [RULE_BOOK_KEY]: page, [RULE_BOOK_OFF_PAGE_KEY]: offPage });
  // The hash last: a start interrupted between the two writes writes the book again.
  await browser.storage.local.set({ [RULE_BOOK_HASH_KEY]: book.hash });
}
