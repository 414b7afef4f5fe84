import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../utils/engine/blocks';
import { matchBlockRule } from '../../utils/engine/classify';
import { decodeRuleBook, encodeRuleBook } from '../../utils/rules/book-wire';
import { blockRules } from '../../utils/rules/block-rules';
import { fullRuleBook } from '../../utils/rules/full-book';
import { commonLetters, foldForGrams, requiredGrams } from '../../utils/rules/grams';
import { parseHtml } from '../../tools/parse-html';
import { FIXTURES } from '../helpers';

// The trigram prefilter (rules/grams.ts) must never hold back a text its pattern matches:
// checked on every rule's examples and counter-examples (and their case variants), on
// random texts over the characters whose case forms are awkward, on patterns built to trip
// a careless reading, and on every block of every fixture page (the stored book's rules,
// which carry the filters, name the same rule as the full book's).

const patterns = blockRules.flatMap((r) => [r.pattern, ...(r.linkedPattern ? [r.linkedPattern] : [])]);

/** What the page decides: some gram of the pattern occurs in the folded text (or the pattern has none). */
function passes(pattern: RegExp, text: string): boolean {
  const grams = requiredGrams(pattern, commonLetters);
  if (!grams) return true;
  const folded = foldForGrams(text);
  return grams.some((g) => folded.includes(g));
}

function variants(text: string): string[] {
  return [text, text.toUpperCase(), text.toLowerCase(), ` ${text}`, `(${text})`, `${text} …`];
}

describe('the trigram prefilter', () => {
  it('is known for nearly every pattern of the book (it is worth having)', () => {
    const known = patterns.filter((p) => requiredGrams(p, commonLetters) !== null);
    expect(known.length).toBeGreaterThan(patterns.length * 0.9);
  });

  it('holds back a story sentence from most patterns', () => {
    const story = 'The minister said on Tuesday that the talks would continue next week in the capital.';
    const held = patterns.filter((p) => !passes(p, story));
    expect(held.length).toBeGreaterThan(patterns.length * 0.7);
  });

  it.each(blockRules.map((r) => [r.id, r] as const))('never holds back a text %s matches', (_id, rule) => {
    const texts = [...rule.examples, ...rule.counterExamples].flatMap(variants);
    for (const pattern of [rule.pattern, ...(rule.linkedPattern ? [rule.linkedPattern] : [])]) {
      for (const text of texts) if (pattern.test(text)) expect(passes(pattern, text), `${pattern} on ${text}`).toBe(true);
    }
  });

  it.each([
    // [pattern, a text it matches]
    [/^read also\b/i, 'READ ALSO: the rest'],
    [/^straße/iu, 'STRAẞE'],
    [/^(?:straße|weg)$/iu, 'STRAẞE'],
    [/kelvin/iu, '\u212aELVIN'],
    [/^σας μας/iu, 'ΣΑΣ ΜΑΣ'],
    [/^(?:ab|cd)ef/i, 'CDEF'],
    [/colou?r/i, 'COLOR'],
    [/a+bcd/i, 'AAABCD'],
    [/x{2,3}yz/, 'xxxyz'],
    [/^(?=.*\bsyndicated\b)auto/i, 'AUTO from a syndicated feed'],
    [/^(?!nothing)something/i, 'SOMETHING'],
    [/^\u0041BC\x44/i, 'abcd'],
    [/^\(c\) copyright/i, '(C) COPYRIGHT 2024'],
    [/^İstanbul/u, 'İstanbul'],
    [/^广告$/u, '广告'],
    [/^[\s\-–—|•·*]*(?:广告|Advertisement)$/iu, '— 广告'],
    [/^(?:ſtar|fish)/iu, 'STAR'],
  ])('reads %s and lets %j through', (pattern, text) => {
    expect(pattern.test(text)).toBe(true);
    expect(passes(pattern, text)).toBe(true);
  });

  it('requires nothing it cannot read', () => {
    expect(requiredGrams(/^(?:a|bc)$/, commonLetters)).toBeNull();
    expect(requiredGrams(/(abc)\1/, commonLetters)).toEqual(['abc']);
    expect(requiredGrams(/^\w+$/, commonLetters)).toBeNull();
    expect(requiredGrams(/(?:abc)?de/, commonLetters)).toEqual(['de']);
    expect(requiredGrams(/(?!abc)de/, commonLetters)).toEqual(['de']);
  });

  it('never holds back a random text a pattern matches, over awkward case forms', () => {
    const chars = fc.constantFrom(...'aAbBsSßẞſkKKıiIİσςΣµμ ǅǆǄ広告-:'.split(''));
    const word = fc.array(chars, { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.string({ maxLength: 6 }), fc.constantFrom('i', 'iu', 'u', ''), (words, tail, flags) => {
        const escape = (w: string) => w;
        const pattern = new RegExp(`^(?:${words.map(escape).join('|')})`, flags);
        for (const w of words)
          for (const text of [w + tail, w.toUpperCase() + tail, w.toLowerCase() + tail]) if (pattern.test(text)) expect(passes(pattern, text), `${pattern} on ${text}`).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the stored book’s rules, with their prefilters', () => {
  const stored = decodeRuleBook(JSON.parse(JSON.stringify(encodeRuleBook(fullRuleBook()))))!.blockRules;
  const full = fullRuleBook().blockRules;
  const pages = ['', 'corpus', 'lookalikes'].flatMap((sub) =>
    readdirSync(join(FIXTURES, sub))
      .filter((name) => name.endsWith('.html'))
      .map((name) => join(FIXTURES, sub, name)),
  );

  it('name the same rule as the full book on every block of every fixture page', () => {
    expect(pages.length).toBeGreaterThan(100);
    let tried = 0;
    const differ: string[] = [];
    for (const path of pages) {
      const doc = parseHtml(readFileSync(path, 'utf8'));
      for (const block of collectBlocks(doc.body ?? doc.documentElement)) {
        for (const inTail of [false, true]) {
          const a = matchBlockRule(block, { inTail }, full)?.id ?? null;
          const b = matchBlockRule(block, { inTail }, stored)?.id ?? null;
          tried++;
          if (a !== b) differ.push(`${path}: ${block.text.slice(0, 60)}: ${a} / ${b}`);
        }
      }
    }
    expect(tried).toBeGreaterThan(10_000);
    expect(differ).toEqual([]);
  }, 240_000);
});
