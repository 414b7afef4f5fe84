import type { RuleBook } from './book';

// The rule book as plain JSON and back: regular expressions become { re: [source, flags] }.
// Storage and messages carry only what structured cloning keeps, and a RegExp's flags and
// lastIndex do not survive it the same way in every browser.

/** Bumped when the book's shape changes: a stored book of another format is not read. */
export const RULE_BOOK_FORMAT = 2;

export interface WireBook {
  format: number;
  book: unknown;
}

function encode(value: unknown): unknown {
  if (value instanceof RegExp) return { re: [value.source, value.flags] };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) if (item !== undefined && typeof item !== 'function') out[key] = encode(item);
    return out;
  }
  return value;
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    const re = (value as { re?: unknown }).re;
    if (Array.isArray(re) && re.length === 2 && Object.keys(value).length === 1) return new RegExp(re[0] as string, re[1] as string);
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = decode(item);
    return out;
  }
  return value;
}

export function encodeRuleBook(book: RuleBook): WireBook {
  return { format: RULE_BOOK_FORMAT, book: encode(book) };
}

/** The book, or null when `wire` is not a book of this format. */
export function decodeRuleBook(wire: unknown): RuleBook | null {
  if (!wire || typeof wire !== 'object' || (wire as WireBook).format !== RULE_BOOK_FORMAT) return null;
  const book = decode((wire as WireBook).book) as RuleBook;
  return Array.isArray(book?.blockRules) && book.relatedLabelOnly instanceof RegExp ? book : null;
}
