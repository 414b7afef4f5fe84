import { leadOf, leadTest, type Lead } from './lead';
import { blockRuleStarts } from './prefilter';
import { capturedLoops, splitPattern, withoutUnicode } from './split';
import type { RuleBook } from './book';
import type { BlockRule } from './types';

// The rule book as plain JSON and back: regular expressions become { re: [source, flags] }.
// Storage and messages carry only what structured cloning keeps, and a RegExp's flags and
// lastIndex do not survive it the same way in every browser.
//
// What a page load pays for it is kept to what the page uses:
//  - each part of the book (blockRules, chain, …) travels as one JSON string, so reading the
//    stored book clones a handful of strings, not thousands of objects, and a part is parsed
//    only when the engine first reads it (a page that never builds a source chain never
//    parses the gazetteers); any part added to the book later is carried the same way;
//  - a regular expression held by an object is made on its first read (a pattern whose
//    prefilter always says no is never made, nor compiled); one whose matches begin in
//    known ways (rules/lead.ts: a label list anchored at the start) carries them, and its
//    `test` runs (and compiles) it only on a text that begins so;
//  - each block rule carries its prefilters, read from its patterns once, where the book is
//    built (rules/prefilter.ts): the first characters a match can begin with and the
//    trigrams one of which a matching text contains; the page does not read pattern
//    sources, and most blocks never reach a pattern;
//  - what only the lint tests read (a block rule's examples, counter-examples, note) stays
//    behind.

/** Bumped when the book's shape changes: a stored book of another format is not read. */
export const RULE_BOOK_FORMAT = 8;

export interface WireBook {
  format: number;
  /** a hash of the parts: a stored book with the same hash is this very book */
  hash: string;
  /** each part of the book as JSON */
  parts: Record<string, string>;
}

/** Block-rule fields the engine never reads (the lint tests do, on the full book). */
const LINT_ONLY = new Set(['examples', 'counterExamples', 'note']);

/** `leads`: each pattern with how a text it matches begins (rules/lead.ts), when that is known; the page then runs (and compiles) it only on texts that begin so. */
function encode(value: unknown, leads = true): unknown {
  if (value instanceof RegExp) {
    const lead = leads ? leadOf(value) : null;
    return { re: lead ? [value.source, value.flags, lead] : [value.source, value.flags] };
  }
  if (Array.isArray(value)) return value.map((item) => encode(item, leads));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) if (item !== undefined && typeof item !== 'function') out[key] = encode(item, leads);
    return out;
  }
  return value;
}

function encodeBlockRule(rule: BlockRule, leads: boolean): unknown {
  // (A block rule's patterns carry their lead in `starts`, read by the rule loop.) The
  // prefilters are read from the patterns as written (rules/split.ts's patterns without the u
  // flag match the same texts, but spell some characters as classes, which the readers of
  // prefixes and trigrams read as less); the patterns are stored as compiled faster (and a
  // long repeated list's body captured, rules/split.ts capturedLoops).
  const cheaper = (pattern: RegExp) => {
    const plain = withoutUnicode(pattern) ?? pattern;
    return capturedLoops(plain) ?? plain;
  };
  const out = encode({ ...rule, pattern: cheaper(rule.pattern), ...(rule.linkedPattern && { linkedPattern: cheaper(rule.linkedPattern) }) }, false) as Record<string, unknown>;
  for (const key of LINT_ONLY) delete out[key];
  // The guard travels with the pattern it guards (no lead there: a block rule's is in `starts`).
  delete out.guard;
  if (rule.guard) {
    if (rule.guard.flags !== 'u') throw new Error(`${rule.id}: a guard has the u flag and no other`);
    (out.pattern as WireRegExp).re.push(0, rule.guard.source);
  }
  out.starts = blockRuleStarts(rule, true, leads);
  return out;
}

/**
 * A block rule as stored: itself, or, for a long list pattern (rules/split.ts), one copy of it
 * per short list, side by side (the first that matches is the rule, as the whole list's
 * match was), so that a page compiles only the lists a text could begin with.
 */
function encodeBlockRules({ storedAs, ...rule }: BlockRule, leads: boolean): unknown[] {
  // (A rule's variants, rules/types.ts storedAs, side by side the same way, each with its own guard.)
  return (storedAs ?? [rule]).flatMap(({ pattern, guard }) => {
    const lists = rule.linkedPattern ? null : splitPattern(pattern);
    return (lists ?? [pattern]).map((part) => encodeBlockRule({ ...rule, pattern: part, guard }, leads));
  });
}

type WireRegExp = { re: (string | Lead | 0)[] & [source: string, flags: string, lead?: Lead | 0, guard?: string] };

const isWireRegExp = (value: unknown): value is WireRegExp => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const re = (value as { re?: unknown }).re;
  return Array.isArray(re) && re.length > 1 && re.length < 5 && Object.keys(value).length === 1;
};

const regExpTest = RegExp.prototype.test;

/**
 * The pattern; with a lead, its `test` first asks whether the text begins as a match would,
 * with a guard (a block rule's, rules/types.ts) whether the guard matches it (else false, the
 * pattern neither run nor compiled).
 */
function makeRegExp({ re: [source, flags, lead, guard] }: WireRegExp): RegExp {
  const re = new RegExp(source, flags);
  const begins = lead ? leadTest(lead) : null;
  const must = guard ? new RegExp(guard, 'u') : null;
  if (begins || must) Object.defineProperty(re, 'test', { value: (text: string) => (!begins || begins(String(text))) && (!must || must.test(text)) && regExpTest.call(re, text), configurable: true, writable: true });
  return re;
}

/**
 * The patterns of a part fresh from JSON.parse, made in place (nothing else of the part is
 * copied: a page's garbage is what it reads). A block rule's prefilters hold no pattern and
 * are not walked.
 */
function decode(value: unknown): unknown {
  if (isWireRegExp(value)) return makeRegExp(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item && typeof item === 'object') value[i] = decode(item);
    }
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const item = record[key];
      if (!item || typeof item !== 'object' || key === 'starts') continue;
      if (isWireRegExp(item)) lazy(record, key, () => makeRegExp(item));
      else decode(item);
    }
  }
  return value;
}

/** `target[key]` made by `make` on its first read, then kept as a plain property. */
function lazy(target: Record<string, unknown>, key: string, make: () => unknown): void {
  Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = make();
      Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: true });
      return value;
    },
  });
}

/** FNV-1a over the parts, as 8 hex digits (a change of book, not a secret). */
function hashParts(parts: Record<string, string>): string {
  let h = 0x811c9dc5;
  for (const key of Object.keys(parts).sort()) {
    const text = `${key}\u0000${parts[key]}\u0000`;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * The book the build packages (tools/build/rule-book-asset.ts). `leads: false`: without leads
 * (rules/lead.ts), which only the tests build, to show that a lead changes no analysis.
 */
export function encodeRuleBook(book: RuleBook, { leads = true }: { leads?: boolean } = {}): WireBook {
  const parts: Record<string, string> = {};
  for (const [key, value] of Object.entries(book)) {
    if (value === undefined) continue;
    parts[key] = JSON.stringify(key === 'blockRules' ? (value as BlockRule[]).flatMap((rule) => encodeBlockRules(rule, leads)) : encode(value, leads));
  }
  return { format: RULE_BOOK_FORMAT, hash: `${RULE_BOOK_FORMAT}:${hashParts(parts)}`, parts };
}

/**
 * Parts no page reads (the source chain's gazetteers and grammar: the popup and the
 * background build the chain): stored apart from the others, so that a page load reads
 * half the text it would.
 */
export const OFF_PAGE_PARTS: ReadonlySet<string> = new Set(['chain']);

/** The book as it is stored: what every page reads, and the rest (the same format and hash). */
export function splitWireBook(wire: WireBook): { page: WireBook; offPage: WireBook } {
  const page: WireBook = { ...wire, parts: {} };
  const offPage: WireBook = { ...wire, parts: {} };
  for (const [key, json] of Object.entries(wire.parts)) (OFF_PAGE_PARTS.has(key) ? offPage : page).parts[key] = json;
  return { page, offPage };
}

/** The two stored halves as one book; undefined unless both are of the same build. */
export function joinWireBook(page: unknown, offPage: unknown): WireBook | undefined {
  if (!isWireBook(page) || !offPage || typeof offPage !== 'object') return undefined;
  const rest = offPage as Partial<WireBook>;
  if (rest.hash !== page.hash || !rest.parts || typeof rest.parts !== 'object') return undefined;
  return { ...page, parts: { ...page.parts, ...rest.parts } };
}

/** Whether `wire` is a book of this format (its parts are read later, when the engine asks). */
export function isWireBook(wire: unknown): wire is WireBook {
  if (!wire || typeof wire !== 'object') return false;
  const { format, hash, parts } = wire as Partial<WireBook>;
  return format === RULE_BOOK_FORMAT && typeof hash === 'string' && !!parts && typeof parts === 'object' && typeof parts.blockRules === 'string' && typeof parts.relatedLabelOnly === 'string';
}

/** The book, or null when `wire` is not a book of this format. Each part is parsed on the engine's first read of it. */
export function decodeRuleBook(wire: unknown): RuleBook | null {
  if (!isWireBook(wire)) return null;
  const book: Record<string, unknown> = {};
  // A part without patterns (the chain's gazetteers) is plain JSON: parsed, not walked.
  for (const [key, json] of Object.entries(wire.parts)) lazy(book, key, () => (json.includes('{"re":[') ? decode(JSON.parse(json)) : JSON.parse(json)));
  return book as unknown as RuleBook;
}
