/** The rule book's file in the extension's package, made at build time (tools/build/rule-book-asset.ts). */
export const RULE_BOOK_FILE = 'rule-book.json';
