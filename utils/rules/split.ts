// A long list pattern cut into short ones, where the book is built (rules/book-wire.ts), never
// on the page. A page compiles a pattern the first time a text passes its prefilters, and
// compiling costs with the pattern's length: a list of some thousands of phrases in every
// language under the `iu` flags (each character's case closure) took 10 to 35 ms to compile
// in Chromium, on a page where one of its phrases begins a line, where the block's text needs
// the few phrases that begin as it does. Cut into lists of phrases that begin alike (each
// with the same beginning and end around it), each with its own prefilters (rules/prefilter.ts:
// first characters, trigrams, lead), a text compiles at most the few short lists whose
// phrases could begin it.
//
// Sound by construction: `P(?:A|B|C)S` matches a text exactly when one of `P(?:A)S`,
// `P(?:B)S`, `P(?:C)S` does, for a group that is not repeated (no quantifier after it), in a
// pattern with no alternative outside it (no `|` at the top) and no back reference (nothing
// refers to what the group matched). Only `test` is asked of a block rule's pattern (what
// it matched is never read), so which of the lists matches does not matter.

/** A pattern longer than this (source characters) is cut. */
export const SPLIT_OVER = 1500;
/** What the phrases of one list may add up to (source characters). */
export const SPLIT_CHUNK = 700;
/** No part may be longer than this share of the whole. */
const MOST_OF_WHOLE = 0.4;

interface Group {
  /** index of the group's `(` (-1: the whole pattern) */
  open: number;
  /** index of its `)` (the source's length: the whole pattern) */
  close: number;
  /** indices of the `|` directly inside it */
  bars: number[];
  /** a list may be cut here: a plain or capturing group, repeated at most once (`?`), inside such groups only */
  cuttable: boolean;
}

/**
 * The pattern's groups (the whole pattern first), or null when it cannot be read. A group
 * inside a lookaround, or repeated (`*`, `+`, `{2}`…), or inside one that is, is not
 * cuttable: `(?:A|B){2}` is not `(?:A){2}` or `(?:B){2}`, and `(?!A|B)` is neither `(?!A)` nor `(?!B)`.
 */
function groupsOf(source: string): Group[] | null {
  const root: Group = { open: -1, close: source.length, bars: [], cuttable: true };
  const groups: Group[] = [root];
  const stack: Group[] = [root];
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      // A class: to its closing bracket (escapes inside skipped).
      let j = i + 1;
      if (source[j] === '^') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      if (j >= source.length) return null;
      i = j;
      continue;
    }
    if (c === '(') {
      const plain = source[i + 1] !== '?' || source.startsWith('?:', i + 1) || (source.startsWith('?<', i + 1) && !/^\?<[=!]/.test(source.slice(i + 1)));
      const group: Group = { open: i, close: -1, bars: [], cuttable: plain && stack[stack.length - 1]!.cuttable };
      groups.push(group);
      stack.push(group);
      continue;
    }
    if (c === ')') {
      const group = stack.pop();
      if (!group || stack.length === 0) return null;
      group.close = i;
      continue;
    }
    if (c === '|') stack[stack.length - 1]!.bars.push(i);
  }
  if (stack.length !== 1) return null;
  return groups;
}

/** Whether the group is repeated more than once (a quantifier other than `?` after it). */
function repeated(source: string, group: Group): boolean {
  const after = source.slice(group.close + 1);
  return /^(?:[*+]|\{(?!0,1\}|1\}|1,1\}|0,1\})\d)/.test(after);
}

/** The letters a phrase begins with, folded: phrases that begin alike go into one list. */
const sortKey = (alternative: string) => alternative.toLowerCase();

/**
 * `pattern` as several patterns, one of which matches a text exactly when `pattern` does
 * (above); null when it is short or cannot be cut so.
 */
export function splitPattern(pattern: RegExp, over = SPLIT_OVER, chunk = SPLIT_CHUNK): RegExp[] | null {
  const { source, flags } = pattern;
  if (source.length <= over || /[gyv]/.test(flags) || /\\[1-9]|\\k</.test(source)) return null;
  const groups = groupsOf(source);
  if (!groups) return null;
  // A group inside a repeated one is not cuttable either.
  for (const group of groups) if (group.open >= 0 && repeated(source, group)) for (const inner of groups) if (inner.open >= group.open && inner.close <= group.close) inner.cuttable = false;
  // The longest list (most alternatives) that may be cut, of a good part of the pattern.
  let best: Group | null = null;
  for (const group of groups) if (group.cuttable && group.close - group.open > over / 2 && group.bars.length > (best?.bars.length ?? 0)) best = group;
  if (!best) return null;
  const from = best.open < 0 ? 0 : source.startsWith('(?:', best.open) ? best.open + 3 : source.indexOf('>', best.open) + 1 || best.open + 1;
  const cuts = [from, ...best.bars.map((b) => b + 1)];
  const alternatives = cuts.map((at, k) => source.slice(at, k + 1 < cuts.length ? best!.bars[k] : best!.close));
  const sorted = [...alternatives].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
  const lists: string[][] = [];
  let size = Infinity;
  for (const alternative of sorted) {
    if (size + alternative.length > chunk) {
      lists.push([]);
      size = 0;
    }
    lists[lists.length - 1]!.push(alternative);
    size += alternative.length + 1;
  }
  if (lists.length < 2) return null;
  const before = source.slice(0, from);
  const after = source.slice(best.close);
  // (The whole pattern's list: each part in a group of its own, as `^a|^b` is `(?:^a|^b)`.)
  const parts = lists.map((list) => new RegExp(best!.open < 0 ? `(?:${list.join('|')})` : `${before}${list.join('|')}${after}`, flags));
  // Not where what stays around the list (another list) is most of each part: two parts would cost more than the whole.
  return parts.every((part) => part.source.length <= source.length * MOST_OF_WHOLE) ? parts : null;
}

// Compiling a case-insensitive pattern with the `u` flag costs several times what it costs
// without (V8 closes every character over its case forms with ICU): 29 ms against 3.5 ms
// for a list of 10,000 characters. Where the flag changes nothing the pattern can match,
// the book stores the pattern without it. It changes nothing when the pattern has no
// construct whose meaning it changes (a property class \p, \w, \b, a dot or a negated class,
// which count or match a surrogate pair as one character, a code point escape, an astral
// character) and each of its characters, alone or in a class, has the same case forms in
// both modes (not so for ſ, K (Kelvin), ẞ…): read from the engine itself, over every code unit.

/** Every code unit but the surrogates, once. */
let everyCodeUnit: string | undefined;
const closures = new Map<string, string>();

/** The code units the class with this body matches under `flags`, in order. */
function closure(body: string, flags: string): string {
  const key = `${flags}:${body}`;
  let found = closures.get(key);
  if (found === undefined) {
    everyCodeUnit ??= Array.from({ length: 0x10000 }, (_, code) => (code >= 0xd800 && code <= 0xdfff ? ' ' : String.fromCharCode(code))).join('');
    found = (everyCodeUnit.match(new RegExp(`[${body}]`, `${flags}g`)) ?? []).join('');
    closures.set(key, found);
  }
  return found;
}

const inClass = (c: string) => c.replace(/[\\\]\[^-]/g, '\\$&');

/**
 * The source of the case-insensitive `pattern` for the same matches without the `u` flag:
 * each character whose case forms differ between the modes (s, which ſ matches only with
 * `u`) written as the class of its forms with `u`, in a class too; null when the pattern
 * holds a construct the flag changes otherwise, or a character it cannot so write.
 */
function nonUnicodeSource(source: string, flags: string): string | null {
  const bare = flags.replace('u', '');
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
  /** One character at `i` (an escape read): [char, or '' for \s and \d; next index], or null. */
  const one = (i: number): [string, number] | null => {
    const c = source[i]!;
    if (c !== '\\') return /[\ud800-\udfff]/.test(c) ? null : [c, i + 1];
    const e = source[i + 1];
    if (e === undefined) return null;
    // (\S and \D, negated, match a surrogate pair as one character with `u`, as two without.)
    if (e === 's' || e === 'd') return ['', i + 2];
    if (simple[e]) return [simple[e]!, i + 2];
    if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(source.slice(i + 2, i + 4))) return [String.fromCharCode(parseInt(source.slice(i + 2, i + 4), 16)), i + 4];
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) {
      const ch = String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16));
      return /[\ud800-\udfff]/.test(ch) ? null : [ch, i + 6];
    }
    // Only a syntax character escaped stands for itself (the u flag allows no other identity escape).
    if ('^$\\.*+?()[]{}|/-'.includes(e)) return [e, i + 2];
    return null;
  };
  /** What a class of these members needs added to match without `u` what it matched with it ('' when nothing), or null. */
  const extra = (members: string): string | null => {
    const want = closure(members, flags);
    if (closure(members, bare) === want) return '';
    const added = members + inClass(want);
    return closure(added, bare) === want ? inClass(want) : null;
  };
  let out = '';
  for (let i = 0; i < source.length; ) {
    const c = source[i]!;
    if (c === '.') return null;
    if (c === '[') {
      if (source[i + 1] === '^') return null;
      let j = i + 1;
      let members = '';
      while (j < source.length && source[j] !== ']') {
        const from = one(j);
        if (!from) return null;
        j = from[1];
        if (source[j] === '-' && source[j + 1] !== ']') {
          const to = one(j + 1);
          if (!to || !from[0] || !to[0]) return null;
          const a = from[0].charCodeAt(0);
          const b = to[0].charCodeAt(0);
          if (b < a || b - a > 512) return null;
          for (let code = a; code <= b; code++) members += inClass(String.fromCharCode(code));
          j = to[1];
        } else if (from[0]) members += inClass(from[0]);
      }
      if (source[j] !== ']') return null;
      const add = members ? extra(members) : '';
      if (add === null) return null;
      out += `${source.slice(i, j)}${add}]`;
      i = j + 1;
      continue;
    }
    if (c === '(' && source[i + 1] === '?') {
      // (?: (?= (?! (?<= (?<!: no named group (a name is no character).
      const m = /^\(\?(?::|=|!|<=|<!)/.exec(source.slice(i));
      if (!m) return null;
      out += m[0];
      i += m[0].length;
      continue;
    }
    if ('()|^$*+?'.includes(c)) {
      out += c;
      i++;
      continue;
    }
    if (c === '{') {
      const m = /^\{\d+(?:,\d*)?\}/.exec(source.slice(i));
      if (!m) return null;
      out += m[0];
      i += m[0].length;
      continue;
    }
    const read = one(i);
    if (!read) return null;
    const add = read[0] ? extra(inClass(read[0])) : '';
    if (add === null) return null;
    out += add ? `[${add}]` : source.slice(i, read[1]);
    i = read[1];
  }
  return out;
}

/** `pattern` without the `u` flag, matching what it matched (above); null when that cannot be. */
export function withoutUnicode(pattern: RegExp): RegExp | null {
  if (!pattern.unicode || !pattern.ignoreCase || pattern.flags.includes('v')) return null;
  const source = nonUnicodeSource(pattern.source, pattern.flags);
  if (source === null) return null;
  try {
    return new RegExp(source, pattern.flags.replace('u', ''));
  } catch {
    return null;
  }
}

// V8 compiles a repeated group of a long list (`(?:a|b|…)\s*){1,8}`) many times more slowly
// than the list alone (49 ms against 2.7 ms in Node for the share-on rule's pattern, `iu`): it
// unrolls the first repetitions and reads each alternative's continuation through the next
// repetition's alternatives. With a capturing group round the repeated body it does neither
// (2 ms). A capture changes nothing a pattern matches, only the groups its match reports, and
// a block rule's pattern is only asked `test` (and holds no back reference, which counts groups).

/** A repeated non-capturing group's body shorter than this (source characters) is left alone. */
export const CAPTURE_OVER = 200;

/** `pattern` with the body of each long repeated non-capturing group in a capturing group (above); null when there is none, or the pattern refers to a group by number. */
export function capturedLoops(pattern: RegExp, over = CAPTURE_OVER): RegExp | null {
  const { source, flags } = pattern;
  if (/\\[1-9]|\\k</.test(source)) return null;
  const groups = groupsOf(source);
  if (!groups) return null;
  const wrap = groups.filter((g) => g.open >= 0 && source.startsWith('(?:', g.open) && g.close - g.open > over && repeated(source, g));
  if (wrap.length === 0) return null;
  // `(?:BODY)Q` becomes `(?:(BODY))Q`: at each group's `(?:` a `(` after it, at its `)` a `)` before it.
  const opens = new Set(wrap.map((g) => g.open + 3));
  const closes = new Set(wrap.map((g) => g.close));
  let out = '';
  for (let i = 0; i <= source.length; i++) {
    if (closes.has(i)) out += ')'.repeat([...wrap].filter((g) => g.close === i).length);
    if (opens.has(i)) out += '('.repeat([...wrap].filter((g) => g.open + 3 === i).length);
    if (i < source.length) out += source[i];
  }
  try {
    return new RegExp(out, flags);
  } catch {
    return null;
  }
}
