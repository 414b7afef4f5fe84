// A second prefilter for block rules, read from a pattern's source where the book is built
// (rules/book-wire.ts), never on the page: three characters that any text the pattern
// matches must contain, one of a small set (one per phrase of a lexicon; two characters for
// a phrase of two, as 広告). The page folds a block's text once, hashes its runs of three
// (and two) characters and looks them up (engine/classify.ts):
// a rule none of whose trigrams occur is not run, nor made, nor compiled. Works for any
// pattern added to the book later; a pattern it cannot read gets no such filter (null).
//
// Sound by construction (it may let a text through that cannot match, never hold back one
// that can): only literal runs of "plain" characters are used, characters whose case forms
// fold the same way one by one and as part of a string (`fold` below, the same on both
// sides); anything else (classes, escapes like \w, optional or repeated parts, back
// references, negative lookarounds) ends a run and requires nothing.

/** The text as the gram filter reads it: both sides folded the same way. */
export function foldForGrams(text: string): string {
  return text.toUpperCase().toLowerCase();
}

/** The hash of the three code units at `i` of a folded text (collisions only let more through). */
export function gramHash(text: string, i: number): number {
  return ((text.charCodeAt(i) * 2053) ^ (text.charCodeAt(i + 1) * 37)) + text.charCodeAt(i + 2) * 0x10001;
}

/** The hash of the two code units at `i` (a two-character word: 広告, 공유, where no trigram is to be had). */
export function bigramHash(text: string, i: number): number {
  return -1 - (text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1));
}

/** A gram's hash, by its length. */
export function anyGramHash(gram: string): number {
  return gram.length === 2 ? bigramHash(gram, 0) : gramHash(gram, 0);
}

/** Characters left out of runs: their case forms change length, depend on context, or fold across scripts in ways one-by-one folding does not show. */
const UNPLAIN = /[ßẞŉǰΐΰİıſµσςΣϐϑϕϖϰϱϵẛ\u1f00-\u1fff\ufb00-\ufb17]/u;

function plain(c: string): boolean {
  if (c.length !== 1 || UNPLAIN.test(c)) return false;
  const code = c.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return false;
  const up = c.toUpperCase();
  return up.length === 1 && up.toLowerCase().length === 1 && c.toLowerCase().length === 1;
}

/** A requirement: one of these folded trigrams occurs in the text; null: nothing required. */
type Req = Set<string> | null;

const MAX_ALTERNATIVES = 400;

/** How common a folded trigram is (higher: commoner); the filter picks the rarest of a run. */
export type GramCommonness = (gram: string) => number;

class Reader {
  i = 0;
  constructor(
    readonly s: string,
    readonly unicode: boolean,
    readonly commonness: GramCommonness,
  ) {}
  /** A disjunction up to `)` or the end. */
  disjunction(): Req {
    let out: Set<string> | null = new Set();
    for (;;) {
      const req = this.sequence();
      if (out && req) for (const g of req) out.add(g);
      else out = null;
      if (this.s[this.i] === '|') {
        this.i++;
        continue;
      }
      break;
    }
    return out && out.size > 0 && out.size <= MAX_ALTERNATIVES ? out : null;
  }
  /** A sequence up to `|`, `)` or the end: the best requirement among its parts. */
  sequence(): Req {
    let best: Req = null;
    let run = '';
    // Trigrams are rarer than two-character grams: a set of trigrams is preferred to one with bigrams.
    const cost = (req: Set<string>) => {
      let n = 0;
      for (const g of req) n += g.length === 3 ? 1 : 8;
      return n;
    };
    const take = (req: Req) => {
      if (req && (!best || cost(req) < cost(best))) best = req;
    };
    const flush = () => {
      if (run.length >= 3) take(new Set([pickGram(run, this.commonness)]));
      else if (run.length === 2) take(new Set([run]));
      run = '';
    };
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.atom();
      const quantifier = this.quantifier();
      if (atom.kind === 'char' && quantifier === 'one' && atom.char !== null && plain(atom.char)) {
        run += foldForGrams(atom.char);
        continue;
      }
      flush();
      if (atom.kind === 'char' && atom.char !== null && quantifier === 'some' && plain(atom.char)) run = foldForGrams(atom.char);
      if (atom.kind === 'group' && quantifier !== 'none') take(atom.req);
    }
    flush();
    return best;
  }
  /** 'one': exactly once; 'some': at least once; 'none': may be absent. */
  quantifier(): 'one' | 'some' | 'none' {
    const c = this.s[this.i];
    let q: 'one' | 'some' | 'none' = 'one';
    if (c === '*' || c === '?') {
      this.i++;
      q = 'none';
    } else if (c === '+') {
      this.i++;
      q = 'some';
    } else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.s.slice(this.i));
      if (!m) return 'one';
      this.i += m[0].length;
      const min = Number(m[1]);
      q = min === 0 ? 'none' : min === 1 && !m[2] ? 'one' : 'some';
    } else return 'one';
    if (this.s[this.i] === '?') this.i++;
    return q;
  }
  /** One atom: a literal character (char), something else that consumes (char: null), or a group. */
  atom(): { kind: 'char'; char: string | null } | { kind: 'group'; req: Req } | { kind: 'zero' } {
    const s = this.s;
    const c = s[this.i]!;
    if (c === '(') {
      this.i++;
      let kind: 'capture' | 'positive' | 'negative' = 'capture';
      if (s.startsWith('?:', this.i)) this.i += 2;
      else if (s.startsWith('?=', this.i) || s.startsWith('?<=', this.i)) {
        this.i += s[this.i + 1] === '<' ? 3 : 2;
        kind = 'positive';
      } else if (s.startsWith('?!', this.i) || s.startsWith('?<!', this.i)) {
        this.i += s[this.i + 1] === '<' ? 3 : 2;
        kind = 'negative';
      } else if (s.startsWith('?<', this.i)) this.i = s.indexOf('>', this.i) + 1;
      else if (s[this.i] === '?') throw new Error('unread group');
      const req = this.disjunction();
      if (s[this.i] !== ')') throw new Error('unbalanced');
      this.i++;
      // A positive lookaround's text is in the block too; a negative one's is not.
      return { kind: 'group', req: kind === 'negative' ? null : req };
    }
    if (c === '[') {
      this.i++;
      while (this.i < s.length && s[this.i] !== ']') this.i += s[this.i] === '\\' ? 2 : 1;
      if (s[this.i] !== ']') throw new Error('unbalanced class');
      this.i++;
      return { kind: 'char', char: null };
    }
    if (c === '^' || c === '$') {
      this.i++;
      return { kind: 'zero' };
    }
    if (c === '.') {
      this.i++;
      return { kind: 'char', char: null };
    }
    if (c === '\\') return this.escape();
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') {
      if (c === '{' || c === '}' || c === ']') {
        // A brace or bracket that is no quantifier: a literal outside unicode mode.
        if (this.unicode) throw new Error('lone brace');
        this.i++;
        return { kind: 'char', char: c };
      }
      throw new Error('quantifier without atom');
    }
    const code = s.codePointAt(this.i)!;
    const char = String.fromCodePoint(code);
    this.i += char.length;
    return { kind: 'char', char };
  }
  escape(): { kind: 'char'; char: string | null } | { kind: 'zero' } {
    const s = this.s;
    const e = s[this.i + 1];
    if (e === undefined) throw new Error('trailing backslash');
    this.i += 2;
    if (e === 'b' || e === 'B') return { kind: 'zero' };
    if ('dDwWsS'.includes(e)) return { kind: 'char', char: null };
    if (e === 'p' || e === 'P') {
      if (s[this.i] === '{') this.i = s.indexOf('}', this.i) + 1;
      return { kind: 'char', char: null };
    }
    if (e === 'k') {
      if (s[this.i] === '<') this.i = s.indexOf('>', this.i) + 1;
      return { kind: 'char', char: null };
    }
    // Back references and octal-looking escapes: anything.
    if (/[0-9]/.test(e)) {
      while (/[0-9]/.test(s[this.i] ?? '')) this.i++;
      return { kind: 'char', char: null };
    }
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
    if (simple[e]) return { kind: 'char', char: simple[e]! };
    if (e === 'c') {
      this.i++;
      return { kind: 'char', char: null };
    }
    if (e === 'x') {
      const hex = s.slice(this.i, this.i + 2);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) return { kind: 'char', char: null };
      this.i += 2;
      return { kind: 'char', char: String.fromCharCode(parseInt(hex, 16)) };
    }
    if (e === 'u') {
      if (s[this.i] === '{') {
        const end = s.indexOf('}', this.i);
        const hex = s.slice(this.i + 1, end);
        this.i = end + 1;
        return { kind: 'char', char: /^[0-9a-fA-F]+$/.test(hex) ? String.fromCodePoint(parseInt(hex, 16)) : null };
      }
      const hex = s.slice(this.i, this.i + 4);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return { kind: 'char', char: null };
      this.i += 4;
      return { kind: 'char', char: String.fromCharCode(parseInt(hex, 16)) };
    }
    // An escaped punctuation character (or, outside unicode mode, a needlessly escaped letter) stands for itself.
    if (/[A-Za-z]/.test(e)) return { kind: 'char', char: null };
    const code = s.codePointAt(this.i - 1)!;
    const char = String.fromCodePoint(code);
    this.i += char.length - 1;
    return { kind: 'char', char };
  }
}

/** The rarest trigram of a folded run (any one of them is in every text the run is in). */
function pickGram(run: string, commonness: GramCommonness): string {
  let best = run.slice(0, 3);
  let bestScore = Infinity;
  for (let i = 0; i + 3 <= run.length; i++) {
    const g = run.slice(i, i + 3);
    // Spaces are everywhere: a trigram with one counts as common.
    const score = commonness(g) + (/\s/.test(g) ? 1e6 : 0);
    if (score < bestScore) [best, bestScore] = [g, score];
  }
  return best;
}

/** The letters commonest in Latin-script languages, and punctuation, count as common (each phrase's trigram is then one of its rarer letters). */
export const commonLetters: GramCommonness = (gram) => {
  let score = 0;
  for (const c of gram) {
    const rank = 'etaoinsrhldcumpgfywbvk'.indexOf(c);
    score += rank >= 0 ? 30 - rank : /[\p{L}\p{N}]/u.test(c) ? 0 : 20;
  }
  return score;
};

/** The folded trigrams one of which any text `pattern` matches contains, or null when it cannot tell. */
export function requiredGrams(pattern: RegExp, commonness: GramCommonness = () => 0): string[] | null {
  try {
    const reader = new Reader(pattern.source, pattern.flags.includes('u') || pattern.flags.includes('v'), commonness);
    const req = reader.disjunction();
    if (reader.i !== pattern.source.length) return null;
    return req ? [...req].sort() : null;
  } catch {
    return null;
  }
}
