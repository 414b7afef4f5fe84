import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRuleBook, encodeRuleBook } from '../../utils/rules/book-wire';
import { blockRules } from '../../utils/rules/block-rules';
import { fullRuleBook } from '../../utils/rules/full-book';
import { splitOf } from '../../utils/rules/lead';

// A long pattern split at its longest list (rules/lead.ts splitOf): the stored book's `test`
// runs a pattern of the alternatives whose leads admit the text. It must say what the whole
// pattern says on every text: checked on every rule's examples and counter-examples (and
// variants of them), on each alternative's own words, and on random lists built to trip it.

function variants(text: string): string[] {
  return [text, text.toUpperCase(), text.toLowerCase(), ` ${text}`, `— ${text}`, `(${text})`, `${text} …`, `12 ${text}`, text.slice(0, 12), text.slice(3)];
}

/** An alternative's source as plain text (its escapes dropped), alone and followed by more. */
function altTexts(alt: string): string[] {
  const plain = alt.replace(/\\[sdbwSDBW]/g, ' ').replace(/\\/g, '').replace(/\[[^\]]*\]|[()?:*+|{}^$]/g, '');
  return [plain, `${plain} more`, `${plain}.`, plain.toUpperCase()];
}

describe('splitOf', () => {
  it('splits the long lists of the book (the toolbar, the read-also labels) and keeps the source whole', () => {
    const book = fullRuleBook();
    const toolbar = book.blockRules.find((r) => r.id === 'boilerplate.interface.lex.toolbar.mul')!.pattern;
    for (const pattern of [toolbar, book.relatedLabelOnly, book.anyRelatedLabel]) {
      const split = splitOf(pattern);
      expect(split, pattern.source.slice(0, 40)).not.toBeNull();
      const [head, tail, alts] = split!;
      expect(alts.length).toBeGreaterThan(100);
      expect(head + alts.join('|') + tail).toBe(pattern.source);
    }
  });

  it('leaves alone what a split would change: a repeated list, a back reference, a lookahead around it, a short or unanchored pattern', () => {
    const long = Array.from({ length: 200 }, (_, n) => `word${n}x`).join('|');
    expect(splitOf(new RegExp(`^(?:${long})+ end`, 'i'))).toBeNull();
    expect(splitOf(new RegExp(`^(?:${long}){2} end`, 'i'))).toBeNull();
    expect(splitOf(new RegExp(`^(a)(?:${long})\\1`, 'i'))).toBeNull();
    expect(splitOf(new RegExp(`^(?!(?:${long}))x`, 'i'))).toBeNull();
    expect(splitOf(new RegExp(`(?:${long})`, 'i'))).toBeNull();
    expect(splitOf(/^(?:a|b|c|d|e|f|g|h|i)/)).toBeNull();
    // (Case-insensitive without the Unicode flag: V8's long alternations do not always keep the case rules, a part could answer otherwise.)
    expect(splitOf(new RegExp(`^(?:${long})`, 'i'))).toBeNull();
    expect(splitOf(new RegExp(`^(?:${long})`, 'iu'))).not.toBeNull();
  });

  it('never lets an outer alternative be lost: a list beside another way through is not split', () => {
    const long = Array.from({ length: 200 }, (_, n) => `word${n}x`).join('|');
    const pattern = new RegExp(`^(?:(?:${long}) end|other way)`, 'iu');
    expect(splitOf(pattern)).toBeNull();
  });
});

describe('the stored book’s split patterns', () => {
  const full = fullRuleBook();
  const stored = decodeRuleBook(JSON.parse(JSON.stringify(encodeRuleBook(full))))!;
  const pairs: Array<[string, RegExp, RegExp]> = [
    ['relatedLabelOnly', full.relatedLabelOnly, stored.relatedLabelOnly] as [string, RegExp, RegExp],
    ['anyRelatedLabel', full.anyRelatedLabel, stored.anyRelatedLabel] as [string, RegExp, RegExp],
    ...full.blockRules.flatMap((r, i) => [
      [r.id, r.pattern, stored.blockRules[i]!.pattern] as [string, RegExp, RegExp],
      ...(r.linkedPattern ? [[`${r.id} (linked)`, r.linkedPattern, stored.blockRules[i]!.linkedPattern!] as [string, RegExp, RegExp]] : []),
    ]),
  ].filter(([, pattern]) => splitOf(pattern) !== null);

  it('are there (most long lists are split)', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(8);
  });

  const examples = blockRules.flatMap((r) => [...r.examples, ...r.counterExamples]).flatMap(variants);
  it.each(pairs.map(([id, whole, split]) => [id, whole, split] as const))('%s: says what the whole pattern says, on every example and on each alternative', (_id, whole, split) => {
    // (Each alternative's texts: up to 120 of them, spread over the list; each distinct set of admitted alternatives is compiled.)
    const alts = splitOf(whole)![2];
    const every = Math.ceil(alts.length / 120);
    const texts = [...examples, ...alts.filter((_, n) => n % every === 0).flatMap(altTexts)];
    let matched = 0;
    for (const text of texts) {
      const expected = whole.test(text);
      if (expected) matched++;
      expect(split.test(text), text).toBe(expected);
    }
    // (The checks reach matching texts, not only misses.)
    expect(matched).toBeGreaterThan(0);
    expect(split.source).toBe(whole.source);
  });

  it('says what the whole pattern says on random lists and texts', () => {
    const chars = fc.constantFrom(...'aAbBsSßſkKıiIİσςΣ -:.'.split(''));
    const word = fc.array(chars, { minLength: 1, maxLength: 5 }).map((cs) => cs.join('').replace(/[.]/g, '\\.'));
    fc.assert(
      fc.property(fc.array(word, { minLength: 40, maxLength: 60 }), fc.constantFrom('', '[\\s\\-—:]*', '\\(?'), fc.constantFrom('', '(?: now)?$', '\\b'), fc.constantFrom('iu', 'u'), fc.array(fc.string({ maxLength: 8 }), { maxLength: 6 }), (words, head, tail, flags, extra) => {
        const source = `^${head}(?:${words.join('|')}|${'x'.repeat(1500)})${tail}`;
        const whole = new RegExp(source, flags);
        if (!splitOf(whole)) return;
        const stored = decodeRuleBook(JSON.parse(JSON.stringify(encodeRuleBook({ ...full, relatedLabelOnly: whole }))))!.relatedLabelOnly;
        for (const text of [...words.map((w) => w.replace(/\\/g, '')), ...extra, ...words.map((w, n) => w.replace(/\\/g, '') + (extra[n % Math.max(1, extra.length)] ?? ''))]) {
          for (const t of [text, ` ${text}`, `:${text.toUpperCase()}`]) expect(stored.test(t), `${source.slice(0, 80)} on ${t}`).toBe(whole.test(t));
        }
      }),
      { numRuns: 40 },
    );
  });
});
