import { browser } from 'wxt/browser';
import { hasRuleBook, installRuleBook, rules, type RuleBook } from '../rules/book';
import { decodeRuleBook, joinWireBook } from '../rules/book-wire';
import { useStoredWords } from '../i18n';
import { PAGE_WORDS_KEY, RULE_BOOK_KEY, RULE_BOOK_OFF_PAGE_KEY, type ContentGetRuleBook } from '../messaging';

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
// alternations). A page reads only the parts pages use (~150 KB of text; the source
// chain's gazetteers, another ~140 KB, are stored under their own key for the popup).

/** The last book this module installed with the parts no page reads (the popup's). */
let wholeBook: RuleBook | undefined;
const hasWholeBook = () => hasRuleBook() && rules() === wholeBook;

/**
 * Reads the book from storage (else from the background) and installs it. A page reads the
 * parts pages use; `withOffPage` (the popup) the whole book, the source chain's parts too.
 */
export async function loadRuleBook(withOffPage = false): Promise<void> {
  const stored = await browser.storage.local.get(withOffPage ? [RULE_BOOK_KEY, RULE_BOOK_OFF_PAGE_KEY] : [RULE_BOOK_KEY, PAGE_WORDS_KEY]);
  // (The controls' words, read with the book: see utils/i18n.ts.)
  useStoredWords((stored[PAGE_WORDS_KEY] as { words?: unknown } | undefined)?.words);
  let book = decodeRuleBook(withOffPage ? joinWireBook(stored[RULE_BOOK_KEY], stored[RULE_BOOK_OFF_PAGE_KEY]) : stored[RULE_BOOK_KEY]);
  if (!book) {
    const request: ContentGetRuleBook = { type: 'content:get-rule-book', parts: withOffPage ? 'whole' : 'page' };
    book = decodeRuleBook(await browser.runtime.sendMessage(request));
  }
  if (!book) throw new Error('Sourceline: the rule book could not be read');
  // A whole book installed meanwhile (the popup's read, ended first) is kept.
  if (!withOffPage && hasWholeBook()) return;
  installRuleBook(book);
  wholeBook = withOffPage ? book : undefined;
}

let loading: { whole: boolean; done: Promise<void> } | undefined;

/** Resolves once a book is installed (with the popup's parts, `withOffPage`): read again if it was released (one read for any number of callers). */
export function readyRuleBook(withOffPage = false): Promise<void> {
  if (withOffPage ? hasWholeBook() : hasRuleBook()) return Promise.resolve();
  // A read under way serves a caller that needs no more than it reads.
  if (loading && (loading.whole || !withOffPage)) return loading.done;
  const read = { whole: withOffPage, done: loadRuleBook(withOffPage).finally(() => loading === read && (loading = undefined)) };
  loading = read;
  return read.done;
}

/** Uninstalls the book: nothing made from it is kept. */
export function releaseRuleBook(): void {
  installRuleBook(undefined);
}
