import { RULE_BOOK_FILE } from '../../utils/background/rule-book-file';
import { encodeRuleBook } from '../../utils/rules/book-wire';
import { fullRuleBook } from '../../utils/rules/full-book';

// The rule book as the extension stores it (book-wire.ts), made when the extension is built
// and shipped as a file of the package: the background copies it to storage at an install and
// hands it to a page that asks before that, with nothing to build. Building it took the
// background most of a second after an install (compiling the rule files, reading each
// pattern's prefilters), and the first page loaded meanwhile was painted before its rules came.

/** The packaged book's file, for WXT's public assets (wxt.config.ts). */
export function ruleBookAsset(): { relativeDest: string; contents: string } {
  return { relativeDest: RULE_BOOK_FILE, contents: JSON.stringify(encodeRuleBook(fullRuleBook())) };
}
