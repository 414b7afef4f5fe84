/** `text` as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// A prefilter every anchored pattern gets for free: the characters a match can begin with,
// read once from the pattern's source (lazily, on the pattern's first use). A text whose
// first character is none of them cannot match, so the pattern is never run on it (nor
// compiled, on a page where no text could match it). The reading is conservative: any
// construct it does not fully understand makes the answer "any character" (no filter).

/** The first characters a match can begin with (both cases under the `i` flag), or null when any may. */
const firstCharsOf = new WeakMap<RegExp, Set<string> | null>();

/** Both cases of `c` (under the i flag, a match may begin with either). */
function cases(c: string): string[] {
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  return [c, lower, upper].filter((x) => x.length === c.length);
}

const SPECIAL = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}']);

/**
 * Walks a pattern's source from `at`, past escapes and character classes: `visit` sees every
 * other character with the group depth once it is read; the walk stops where `visit` says
 * true, at that index (-1: it never did).
 */
function walkSource(source: string, at: number, visit: (c: string, i: number, depth: number) => boolean): number {
  let depth = 0;
  let inClass = false;
  for (let i = at; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    if (visit(c, i, depth)) return i;
  }
  return -1;
}

/** The index just past the group that opens at `at`, or -1. */
function closing(source: string, at: number): number {
  const end = walkSource(source, at, (c, _, depth) => c === ')' && depth === 0);
  return end < 0 ? -1 : end + 1;
}

/** The top-level alternatives of a group body. */
function alternatives(body: string): string[] {
  const out: string[] = [];
  let start = 0;
  walkSource(body, 0, (c, i, depth) => {
    if (c === '|' && depth === 0) {
      out.push(body.slice(start, i));
      start = i + 1;
    }
    return false;
  });
  out.push(body.slice(start));
  return out;
}

/** Whether the atom ending at `end` may be skipped (a quantifier allowing zero follows it). */
function optional(source: string, end: number): boolean {
  const q = source[end];
  return q === '?' || q === '*' || (q === '{' && /^\{0[,}]/.test(source.slice(end)));
}

/** Index past the quantifier that starts at `at` (`?`, `*`, `{0,n}`, each possibly lazy). */
function pastQuantifier(source: string, at: number): number {
  let i = at;
  if (source[i] === '{') i = source.indexOf('}', i) + 1;
  else i++;
  return source[i] === '?' ? i + 1 : i;
}

/** What an optional first atom (ending at `end`) or the rest after it may begin with. */
function eitherOr(source: string, atom: Set<string> | null, end: number): Set<string> | null {
  if (!atom) return null;
  const rest = starts(source.slice(pastQuantifier(source, end)));
  return rest && new Set([...atom, ...rest]);
}

/** The characters a match of `source` (unanchored part) can begin with, or null for any. */
function starts(source: string): Set<string> | null {
  if (source === '') return null;
  const c = source[0]!;
  if (c === '(') {
    const end = closing(source, 0);
    if (end < 0) return null;
    let body = source.slice(1, end - 1);
    if (body.startsWith('?:')) body = body.slice(2);
    else if (body.startsWith('?')) return null; // lookarounds, named groups: not read
    let out: Set<string> | null = new Set<string>();
    for (const alternative of alternatives(body)) {
      const first = starts(alternative);
      if (!first) {
        out = null;
        break;
      }
      for (const x of first) out.add(x);
    }
    return optional(source, end) ? eitherOr(source, out, end) : out;
  }
  if (c === '[') {
    const end = source.indexOf(']', 1) + 1;
    if (end <= 0) return null;
    const body = source.slice(1, end - 1);
    // Only plain lists of characters (no negation, ranges or escapes).
    if (body === '' || body[0] === '^' || /[\\-]/.test(body)) return null;
    const set = new Set([...body]);
    return optional(source, end) ? eitherOr(source, set, end) : set;
  }
  if (c === '\\') {
    // An escaped literal punctuation character only.
    const next = source[1];
    if (next === undefined || /[A-Za-z0-9]/.test(next)) return null;
    return optional(source, 2) ? eitherOr(source, new Set([next]), 2) : new Set([next]);
  }
  if (SPECIAL.has(c)) return null;
  // A literal character (a surrogate pair is one).
  const literal = String.fromCodePoint(source.codePointAt(0)!);
  return optional(source, literal.length) ? eitherOr(source, new Set([literal]), literal.length) : new Set([literal]);
}

/** The characters a match of `pattern` can begin with (both cases under the i flag), or null when any may. */
export function firstChars(pattern: RegExp): Set<string> | null {
  let chars = firstCharsOf.get(pattern);
  if (chars !== undefined) return chars;
  chars = null;
  // Only patterns whose every top-level alternative is anchored at the start, without the multiline flag.
  const branches = alternatives(pattern.source);
  if (!pattern.flags.includes('m') && branches.every((b) => b.startsWith('^'))) {
    chars = new Set<string>();
    for (const branch of branches) {
      const first = starts(branch.slice(1));
      if (!first) {
        chars = null;
        break;
      }
      for (const c of first) for (const x of pattern.ignoreCase ? cases(c) : [c]) chars.add(x);
    }
  }
  firstCharsOf.set(pattern, chars);
  return chars;
}

/** The last text's first character in both cases (the rules are tried one after another on the same text). */
let lastText: string | null = null;
let lastFirst: [string, string, string] = ['', '', ''];

function firstOf(text: string): [string, string, string] {
  if (text !== lastText) {
    const c = String.fromCodePoint(text.codePointAt(0)!);
    const lower = c.toLowerCase();
    const upper = c.toUpperCase();
    lastText = text;
    lastFirst = [c, lower.length === c.length ? lower : c, upper.length === c.length ? upper : c];
  }
  return lastFirst;
}

/** False when `pattern` cannot match `text` (its first character rules it out); true when it may. */
export function mayMatch(pattern: RegExp, text: string): boolean {
  const chars = firstChars(pattern);
  if (!chars || text === '') return true;
  const [c, lower, upper] = firstOf(text);
  // Under the i flag, either case of the text's character may be the one in the pattern.
  return chars.has(c) || (pattern.ignoreCase && (chars.has(lower) || chars.has(upper)));
}

/** The prefilter and the pattern: `pattern.test(text)`, skipped when its first character rules it out. */
export function testAnchored(pattern: RegExp, text: string): boolean {
  return mayMatch(pattern, text) && pattern.test(text);
}
