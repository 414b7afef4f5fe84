import { foldForGrams } from './grams';

// A third prefilter for block rules, read from a pattern's source where the book is built
// (rules/prefilter.ts), never on the page: how a text the pattern matches begins. Nearly
// every block rule is anchored at the start (`^`), may skip a few separator characters
// (`[\s\-–—|•·*]*`), then needs one phrase of its list: the text then begins, after some
// of those separators, with the first five characters of one of the phrases. A block
// whose beginning is none of them is not run against the pattern (nor is the pattern made
// or compiled), however many of the phrases' trigrams it holds further on.
//
// Sound by construction (it may let through a text that cannot match, never hold back one
// that can): only literal "plain" characters are read (grams.ts: their case forms fold the
// same way one by one and in a string), folded the same way as the page folds the text;
// anything else (a class, an escape like \w, a back reference) ends a prefix where it
// stands; lookarounds are left out (they consume nothing); an optional part is read both
// with and without it; the characters that may be skipped must have no case (spaces,
// punctuation, digits), so that folding the text leaves them where they are. A pattern
// it cannot read gets no such filter (null).

/** How a matching text begins: after any run of the skip characters, with one of the `folded` prefixes (one to five characters, the text's folded as grams.ts folds) or one of the `raw` ones (as written). */
export type Lead = readonly [skip: string, space: boolean, digit: boolean, folded: readonly string[], raw: readonly string[]];

/** Prefix length read: five characters (three let through twice as many lines that begin like some phrase: "Chi" of "Chiefs", "Chia sẻ"). */
const K = 5;
/** Past this many prefixes the filter is not worth its lookups. */
const MAX_PREFIXES = 4000;
/** A class of at most this many characters is read as its characters. */
const SMALL_CLASS = 8;

type Node =
  | { t: 'char'; c: string }
  | { t: 'set'; chars: string | null; space: boolean; digit: boolean }
  | { t: 'zero'; anchor: boolean }
  | { t: 'group'; alts: Item[][] };
interface Item {
  node: Node;
  min: number;
  max: number;
}

const UNKNOWN: Node = { t: 'set', chars: null, space: false, digit: false };

class Parser {
  i = 0;
  constructor(
    readonly s: string,
    readonly unicode: boolean,
  ) {}
  alternatives(): Item[][] {
    const alts: Item[][] = [];
    for (;;) {
      const items: Item[] = [];
      while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
        const node = this.atom();
        const [min, max] = this.quantifier();
        items.push({ node, min, max });
      }
      alts.push(items);
      if (this.s[this.i] !== '|') return alts;
      this.i++;
    }
  }
  quantifier(): [number, number] {
    const c = this.s[this.i];
    let q: [number, number];
    if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '?') q = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i));
      if (!m) {
        if (this.unicode) throw new Error('lone brace');
        return [1, 1];
      }
      this.i += m[0].length - 1;
      q = [Number(m[1]), m[2] ? (m[3] ? Number(m[3]) : Infinity) : Number(m[1])];
    } else return [1, 1];
    this.i++;
    if (this.s[this.i] === '?') this.i++;
    return q;
  }
  atom(): Node {
    const s = this.s;
    const c = s[this.i]!;
    if (c === '(') {
      this.i++;
      let zero = false;
      if (s.startsWith('?:', this.i)) this.i += 2;
      else if (s.startsWith('?=', this.i) || s.startsWith('?!', this.i)) {
        this.i += 2;
        zero = true;
      } else if (s.startsWith('?<=', this.i) || s.startsWith('?<!', this.i)) {
        this.i += 3;
        zero = true;
      } else if (s.startsWith('?<', this.i)) this.i = s.indexOf('>', this.i) + 1;
      else if (s[this.i] === '?') throw new Error('unread group');
      const alts = this.alternatives();
      if (s[this.i] !== ')') throw new Error('unbalanced');
      this.i++;
      // A lookaround consumes nothing: left out (it only narrows what matches).
      return zero ? { t: 'zero', anchor: false } : { t: 'group', alts };
    }
    if (c === '[') return this.charClass();
    if (c === '^' || c === '$') {
      this.i++;
      return { t: 'zero', anchor: c === '^' };
    }
    if (c === '.') {
      this.i++;
      return UNKNOWN;
    }
    if (c === '\\') return this.escape(false);
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') {
      if ((c === '{' || c === '}' || c === ']') && !this.unicode) {
        this.i++;
        return { t: 'char', c };
      }
      throw new Error('quantifier without atom');
    }
    const char = String.fromCodePoint(s.codePointAt(this.i)!);
    this.i += char.length;
    return { t: 'char', c: char };
  }
  /** An escape: a character, a known set (\s, \d), or something unknown. */
  escape(inClass: boolean): Node {
    const s = this.s;
    const e = s[this.i + 1];
    if (e === undefined) throw new Error('trailing backslash');
    this.i += 2;
    if (e === 's') return { t: 'set', chars: '', space: true, digit: false };
    if (e === 'd') return { t: 'set', chars: '', space: false, digit: true };
    if ((e === 'b' || e === 'B') && !inClass) return { t: 'zero', anchor: false };
    if (e === 'b') return { t: 'char', c: '\b' };
    if ('DwWSB'.includes(e)) return UNKNOWN;
    if (e === 'p' || e === 'P') {
      if (s[this.i] === '{') this.i = s.indexOf('}', this.i) + 1;
      return UNKNOWN;
    }
    if (e === 'k') {
      if (s[this.i] === '<') this.i = s.indexOf('>', this.i) + 1;
      return UNKNOWN;
    }
    if (/[0-9]/.test(e)) {
      while (/[0-9]/.test(s[this.i] ?? '')) this.i++;
      return UNKNOWN;
    }
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
    if (simple[e]) return { t: 'char', c: simple[e]! };
    if (e === 'c') {
      this.i++;
      return UNKNOWN;
    }
    if (e === 'x') {
      const hex = s.slice(this.i, this.i + 2);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) return UNKNOWN;
      this.i += 2;
      return { t: 'char', c: String.fromCharCode(parseInt(hex, 16)) };
    }
    if (e === 'u') {
      if (s[this.i] === '{') {
        const end = s.indexOf('}', this.i);
        const hex = s.slice(this.i + 1, end);
        this.i = end + 1;
        return /^[0-9a-fA-F]+$/.test(hex) ? { t: 'char', c: String.fromCodePoint(parseInt(hex, 16)) } : UNKNOWN;
      }
      const hex = s.slice(this.i, this.i + 4);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return UNKNOWN;
      this.i += 4;
      return { t: 'char', c: String.fromCharCode(parseInt(hex, 16)) };
    }
    // A needlessly escaped letter: not read.
    if (/[A-Za-z]/.test(e)) return UNKNOWN;
    const char = String.fromCodePoint(s.codePointAt(this.i - 1)!);
    this.i += char.length - 1;
    return { t: 'char', c: char };
  }
  /** A bracketed class: its characters (small ranges spelled out), \s, \d; anything else unknown. */
  charClass(): Node {
    const s = this.s;
    this.i++;
    let negated = false;
    if (s[this.i] === '^') {
      negated = true;
      this.i++;
    }
    let chars = '';
    let space = false;
    let digit = false;
    let known = !negated;
    while (this.i < s.length && s[this.i] !== ']') {
      let from: string | null;
      if (s[this.i] === '\\') {
        const node = this.escape(true);
        if (node.t === 'set') {
          if (node.chars === null) known = false;
          space ||= node.space;
          digit ||= node.digit;
          continue;
        }
        from = node.t === 'char' ? node.c : null;
      } else {
        from = String.fromCodePoint(s.codePointAt(this.i)!);
        this.i += from.length;
      }
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && this.i + 1 < s.length) {
        this.i++;
        let to: string | null;
        if (s[this.i] === '\\') {
          const node = this.escape(true);
          to = node.t === 'char' ? node.c : null;
        } else {
          to = String.fromCodePoint(s.codePointAt(this.i)!);
          this.i += to.length;
        }
        if (from === null || to === null) known = false;
        else {
          const a = from.codePointAt(0)!;
          const b = to.codePointAt(0)!;
          if (b < a || b - a > 64) known = false;
          else for (let code = a; code <= b; code++) chars += String.fromCodePoint(code);
        }
        continue;
      }
      if (from === null) known = false;
      else chars += from;
    }
    if (s[this.i] !== ']') throw new Error('unbalanced class');
    this.i++;
    return known ? { t: 'set', chars, space, digit } : UNKNOWN;
  }
}

function plain(c: string): boolean {
  if (c.length !== 1 || /[ßẞŉǰΐΰİıſµσςΣϐϑϕϖϰϱϵẛ\u1f00-\u1fff\ufb00-\ufb17]/u.test(c)) return false;
  const code = c.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return false;
  const up = c.toUpperCase();
  return up.length === 1 && up.toLowerCase().length === 1 && c.toLowerCase().length === 1;
}

/** A character with no case (folding leaves it where it is, as itself). */
const caseless = (c: string) => c.length === 1 && c.toUpperCase() === c && c.toLowerCase() === c;

class TooMany extends Error {}

/** What is left to read: items from `i`, then `next`. */
interface Seq {
  items: readonly Item[];
  i: number;
  next: Seq | null;
}

/** Marks a prefix compared as written (a case-sensitive pattern's, or one character a case-insensitive pattern's awkward character stands for). */
const RAW = '\u0001';

const variantsMemo = new Map<string, string[]>();
/** Every code unit but the surrogates, once. */
let everyCodeUnit: string | undefined;

/** Every code unit that `c` (an awkward character: its case forms change length or fold across scripts) matches under `flags`. */
function variants(c: string, flags: string): string[] | null {
  if (c.length !== 1) return null;
  const key = `${flags}:${c}`;
  let found = variantsMemo.get(key);
  if (!found) {
    everyCodeUnit ??= Array.from({ length: 0x10000 }, (_, code) => (code >= 0xd800 && code <= 0xdfff ? ' ' : String.fromCharCode(code))).join('');
    // Read with the Unicode flag too: V8 does not always hold to the non-Unicode case rules in
    // an alternation (/^(?:Sa|ſk|Sa|a)/i matches "SK", /^(?:Sa|ſk)/i does not): the wider set.
    const bare = flags.replace(/[gymdu]/g, '');
    const all = new Set<string>();
    for (const f of [bare, `${bare}u`]) for (const x of everyCodeUnit.match(new RegExp(`[${c.replace(/[\\\]\[^-]/g, '\\$&')}]`, `${f}g`)) ?? []) all.add(x);
    found = [...all];
    variantsMemo.set(key, found);
  }
  return found;
}

/**
 * The prefixes (up to `k` characters) with which any text matching `items[i..]` begins: folded
 * for a case-insensitive pattern (`flags` with i), else as written and marked RAW; '' where
 * nothing is known.
 */
function firsts(seq: Seq | null, k: number, flags: string): Set<string> {
  if (k === 0 || seq === null) return new Set(['']);
  if (seq.i === seq.items.length) return firsts(seq.next, k, flags);
  const item = seq.items[seq.i]!;
  const { node } = item;
  const rest: Seq = { items: seq.items, i: seq.i + 1, next: seq.next };
  if (node.t === 'zero' || item.max === 0) return firsts(rest, k, flags);
  const out = new Set<string>();
  const add = (set: Iterable<string>) => {
    for (const p of set) out.add(p);
    if (out.size > MAX_PREFIXES) throw new TooMany();
  };
  if (item.min === 0) add(firsts(rest, k, flags));
  // One occurrence, then the rest (only when it occurs at most once; else what follows is not read).
  const then = item.max === 1 ? rest : null;
  const char = (c: string) => {
    if (!flags.includes('i')) add([...firsts(then, k - 1, flags)].map((p) => RAW + c + p.replace(RAW, '')));
    else if (plain(c)) {
      const f = foldForGrams(c);
      // (A RAW prefix after a folded character: cut there.)
      add([...firsts(then, k - 1, flags)].map((p) => (p.startsWith(RAW) ? f : f + p)));
    } else if (k === K) {
      // An awkward first character: each character it matches, as written (nothing after it read).
      const all = variants(c, flags);
      add(all && all.length ? all.map((x) => RAW + x) : ['']);
    } else add(['']);
  };
  if (node.t === 'char') char(node.c);
  else if (node.t === 'set') {
    // A small class of characters ([Tt]his): each of them.
    const chars = node.chars !== null && !node.space && !node.digit ? [...node.chars] : [];
    if (chars.length === 0 || chars.length > SMALL_CLASS) add(['']);
    else chars.forEach(char);
  } else if (k < K && node.alts.length > SMALL_CLASS) add(['']); // (a long list after the first characters: cut there, it narrows little)
  else for (const alt of node.alts) add(firsts({ items: alt, i: 0, next: then }, k, flags));
  return out;
}

/** The characters an optional leading part may consume, when they are all known and caseless. */
function skipSet(node: Node, into: { chars: Set<string>; space: boolean; digit: boolean }): boolean {
  if (node.t === 'zero') return !node.anchor;
  if (node.t === 'char') {
    if (!caseless(node.c)) return false;
    into.chars.add(node.c);
    return true;
  }
  if (node.t === 'set') {
    if (node.chars === null) return false;
    for (const c of node.chars) {
      if (!caseless(c)) return false;
      into.chars.add(c);
    }
    into.space ||= node.space;
    into.digit ||= node.digit;
    return true;
  }
  return node.alts.every((alt) => alt.every((item) => skipSet(item.node, into)));
}

/** How any text `pattern` matches begins, or null when it cannot tell (not anchored at the start, a first part it cannot read). */
export function leadOf(pattern: RegExp): Lead | null {
  if (pattern.multiline || pattern.sticky || pattern.global) return null;
  try {
    const parser = new Parser(pattern.source, pattern.unicode || pattern.flags.includes('v'));
    const alts = parser.alternatives();
    if (parser.i !== pattern.source.length) return null;
    const skip = { chars: new Set<string>(), space: false, digit: false };
    const prefixes = new Set<string>();
    for (const alt of alts) {
      const first = alt[0];
      if (!first || first.node.t !== 'zero' || !first.node.anchor || first.min < 1) return null;
      // Optional leading separators: skipped on the page.
      let i = 1;
      while (i < alt.length && (alt[i]!.min === 0 || alt[i]!.node.t === 'zero') && skipSet(alt[i]!.node, skip)) i++;
      let seq: Seq = { items: alt, i, next: null };
      // A first group of one alternative that must occur (`(?:\s*Word){2}`): the text begins
      // with its first occurrence, whose own leading separators are skipped too.
      const group = alt[i];
      if (group && group.node.t === 'group' && group.min >= 1 && group.node.alts.length === 1) {
        const inner = group.node.alts[0]!;
        let j = 0;
        while (j < inner.length && (inner[j]!.min === 0 || inner[j]!.node.t === 'zero') && skipSet(inner[j]!.node, skip)) j++;
        if (j > 0) seq = { items: inner, i: j, next: group.max === 1 ? { items: alt, i: i + 1, next: null } : null };
      }
      for (const p of firsts(seq, K, pattern.flags)) {
        if (p === '' || p === RAW) return null;
        prefixes.add(p);
      }
    }
    const all = [...prefixes].sort();
    return [[...skip.chars].sort().join(''), skip.space, skip.digit, all.filter((p) => !p.startsWith(RAW)), all.filter((p) => p.startsWith(RAW)).map((p) => p.slice(1))];
  } catch {
    return null;
  }
}

/** Whether `c` (one code unit) is a character the lead skips. */
export function skips(lead: Lead, c: string): boolean {
  return lead[0].includes(c) || (lead[1] && /\s/.test(c)) || (lead[2] && c >= '0' && c <= '9');
}

/** Whether `text` begins as `lead` says a matching text does (the page's test, here for the tests). */
export function leadAdmits(lead: Lead, text: string): boolean {
  for (let i = 0; ; i++) {
    for (const p of lead[3]) if (foldForGrams(text.slice(i, i + p.length)) === p) return true;
    for (const p of lead[4]) if (text.startsWith(p, i)) return true;
    if (i >= text.length || !skips(lead, text[i]!)) return false;
  }
}

/**
 * The page's test of a lead, with its prefixes indexed (one lookup per prefix length and
 * position, not one comparison per prefix): false means the pattern cannot match `text`.
 */
export function leadTest(lead: Lead): (text: string) => boolean {
  const folded = new Set(lead[3]);
  const raw = new Set(lead[4]);
  const lengths = [...new Set([...lead[3], ...lead[4]].map((p) => p.length))].sort((a, b) => a - b);
  return (text) => {
    for (let i = 0; ; i++) {
      for (const length of lengths) {
        if (i + length > text.length) break;
        const piece = text.slice(i, i + length);
        if ((raw.size && raw.has(piece)) || (folded.size && folded.has(foldForGrams(piece)))) return true;
      }
      if (i >= text.length || !skips(lead, text[i]!)) return false;
    }
  };
}
