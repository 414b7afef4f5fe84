import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../utils/engine/lexicon';
import { escapeRegExp } from '../../utils/regexp';
import { chainData } from '../../utils/rules/chain-data';
import { parseHtml } from '../../tools/parse-html';
import { seededRandom } from '../../tools/seeded-random';

// The chain finds the gazetteer's names in running text (addCitations) with a lookup by first
// word (lexicon.ts nameFinder) instead of one alternation of ~3,000 names. This test keeps that
// alternation as the reference, built here from the same names as the lexicon built it, and
// checks that the lookup finds exactly what it finds — the same start, end and name, in order —
// on texts written to probe the edges and on every committed fixture page and story text.
// Names in scripts written without spaces (Chinese, Japanese, Thai) stand anywhere in a run of
// letters ("据新华社报道"): the reference finds those without word edges.

const ROOT = join(import.meta.dirname, '..', '..');
const lex = compileLexicon(chainData());
const names = [...lex.aliasToOutlet.keys()];

/** Names in scripts written without spaces (Chinese, Japanese, Thai), and Korean's (whose particles touch them): found at any letter, with no word edge around them. */
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Hangul}]/u;
/** A letter of those scripts next to a name of another script is no part of it ("とBBCが伝えた", "BBC가 전했다"). */
const JOINED = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Hangul}]`;
const alternationOf = (list: string[]) =>
  [...new Set(list)]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

/** The pattern the lexicon compiled before the lookup (lexicon.ts, alternation(): longest first), with the unspaced scripts' names apart. */
const reference = new RegExp(
  String.raw`(?<![\p{L}\p{N}](?<!${JOINED}))(?:[Tt]he\s+)?(?:(${alternationOf(names.filter((n) => !UNSPACED.test(n)))})(?![\p{L}\p{N}](?<!${JOINED}))(?<!${JOINED})|(${alternationOf(names.filter((n) => !UNSPACED.test(n)))})(?<=${JOINED})(?![\p{L}\p{N}]))|(${alternationOf(names.filter((n) => UNSPACED.test(n)))})`,
  'gu',
);

type Hit = [number, number, string];
const byRegex = (text: string): Hit[] => [...text.matchAll(reference)].map((m) => [m.index, m.index + m[0].length, m[1] ?? m[2] ?? m[3]!]);
const byLookup = (text: string): Hit[] => [...lex.findOutlets(text)];

/** Compares on every text; returns how many names were found, so a test can tell it compared something. */
function compare(texts: string[]): number {
  let found = 0;
  for (const text of texts) {
    const expected = byRegex(text);
    expect(byLookup(text), JSON.stringify(text.slice(0, 200))).toEqual(expected);
    found += expected.length;
  }
  return found;
}

function fixtureFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? fixtureFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('outlet lookup (lexicon.ts findOutlets) against the alternation it replaced', () => {
  it('is built from the full gazetteer, whose names begin with no space and hold no line break (the lookup relies on both)', () => {
    expect(names.length).toBeGreaterThan(2500);
    expect(names.filter((n) => /^\s|\n/u.test(n))).toEqual([]);
    // What the texts below exercise is in the data: names in several scripts, "The …" names, a name opening with a sign.
    expect(names.some((n) => /^The\s/.test(n))).toBe(true);
    expect(names.some((n) => /\p{Script=Arabic}/u.test(n))).toBe(true);
    expect(names.some((n) => /\p{Script=Han}/u.test(n))).toBe(true);
    expect(names.some((n) => /\p{Script=Cyrillic}/u.test(n))).toBe(true);
    expect(names.some((n) => !/^[\p{L}\p{N}]/u.test(n))).toBe(true);
  });

  it('finds the same names in every name set in written contexts: first, last, adjacent, after "The ", inside longer words', () => {
    const texts: string[] = [];
    const signed = names.filter((n) => !/^[\p{L}\p{N}]/u.test(n));
    for (const [i, name] of names.entries()) {
      const next = names[(i * 7 + 3) % names.length]!;
      texts.push(
        name,
        `${name} reported on Monday.`,
        `According to ${name}`,
        `according to the ${name}, and The ${name} said; the  ${name}\u00a0and The\n${name}.`,
        `${name} ${next},${name}/${next}(${name})«${name}»"${name}"`,
        `${name}${next} ${name}-${next} ${name}'s ${next}s ${signed.map((s) => `${name}${s} ${s}${name}`).join(' ')}`,
        // inside longer words: never a name
        `x${name} ${name}x ${name}1 9${name} Über${name} ${name}é ${name}\u0301 \u{1d400}${name} ${name}\u{1d7cf} ${name}\u{1d400}`,
        `The${name} the-${name} THE ${name} Theme ${name} the\t${name}`,
        // cut short: a name's beginning is no name
        `${name.slice(0, -1)} ${name.slice(0, Math.ceil(name.length / 2))}. ${name.slice(1)}`,
      );
    }
    // Names that begin another, longer name: the longer one where it is all there, the shorter one where the text stops.
    const prefixes = names.filter((a) => names.some((b) => b !== a && b.startsWith(a)));
    expect(prefixes.length).toBeGreaterThan(20);
    for (const a of prefixes) {
      for (const b of names.filter((n) => n !== a && n.startsWith(a)).slice(0, 5)) {
        texts.push(`${b} and ${a} and ${b.slice(0, a.length + 1)} and ${a}${b.slice(a.length)}x and the ${b} and The ${a} ${b}`);
      }
    }
    expect(compare(texts)).toBeGreaterThan(names.length * 10);
  });

  it('finds the same names in random mixtures of names, their pieces, spaces, signs and words in several scripts', () => {
    const next = seededRandom(0x5eed1);
    const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
    const pieces = [' ', ' ', '  ', '\u00a0', '\n', 'The ', 'the ', 'The', 'Thé ', '-', "'", '.', ',', '(', ')', '«', '»', '©', '/', '1', 'a', 'É', 'ж', 'ب', '中', '가', 'が', 'ก', '\u0301', '\u{1d400}', 'said', 'news'];
    const texts: string[] = [];
    for (let i = 0; i < 4000; i++) {
      let text = '';
      for (let n = 3 + Math.floor(next() * 12); n > 0; n--) {
        const r = next();
        const name = pick(names);
        text += r < 0.4 ? name : r < 0.55 ? name.slice(0, 1 + Math.floor(next() * name.length)) : r < 0.6 ? name.slice(Math.floor(next() * name.length)) : pick(pieces);
      }
      texts.push(text);
    }
    expect(compare(texts)).toBeGreaterThan(1500);
  });

  it('finds the same names in every committed fixture page (its HTML and its text) and every labelled story text', () => {
    const files = fixtureFiles(join(ROOT, 'test', 'fixtures'));
    const pages = files.filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(400);
    const texts: string[] = [];
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      texts.push(html, parseHtml(html).body?.textContent ?? '');
    }
    for (const file of files.filter((f) => f.endsWith('.labels.json'))) {
      const labels = JSON.parse(readFileSync(file, 'utf8')) as { story?: string[] };
      texts.push(...(labels.story ?? []));
    }
    expect(compare(texts)).toBeGreaterThan(1500);
  });
});
