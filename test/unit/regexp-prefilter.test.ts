import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockRules } from '../../utils/rules/block-rules';
import { mayMatch, testAnchored } from '../../utils/regexp';

// The first-character prefilter (utils/regexp.ts) must never turn away a text its pattern
// matches: checked on every rule's examples and counter-examples (and their case variants),
// on random texts, and on patterns built to trip a careless reading of the source.

const patterns = blockRules.flatMap((r) => [r.pattern, ...(r.linkedPattern ? [r.linkedPattern] : [])]);

function variants(text: string): string[] {
  return [text, text.toUpperCase(), text.toLowerCase(), ` ${text}`, `(${text})`, `… ${text}`, `«${text}»`];
}

describe('the first-character prefilter', () => {
  it('turns away most texts for most rules (it is worth having)', () => {
    const filtered = patterns.filter((p) => !mayMatch(p, '\u0001 nothing'));
    expect(filtered.length).toBeGreaterThan(patterns.length * 0.8);
  });

  it.each(blockRules.map((r) => [r.id, r] as const))('never turns away a text %s matches', (_id, rule) => {
    const texts = [...rule.examples, ...rule.counterExamples].flatMap(variants);
    for (const pattern of [rule.pattern, ...(rule.linkedPattern ? [rule.linkedPattern] : [])]) {
      for (const text of texts) if (pattern.test(text)) expect(mayMatch(pattern, text), `${pattern} on ${text}`).toBe(true);
    }
  });

  it('never turns away a random text a rule matches', () => {
    const starts = [...new Set(blockRules.flatMap((r) => r.examples.map((e) => e.slice(0, 12))))];
    fc.assert(
      fc.property(fc.constantFrom(...starts), fc.string({ maxLength: 40 }), fc.boolean(), (start, tail, upper) => {
        const text = upper ? (start + tail).toUpperCase() : start + tail;
        for (const pattern of patterns) if (pattern.test(text)) expect(mayMatch(pattern, text)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    [/^a|b/, 'b', true],
    [/^(?:x)?y/, 'y', true],
    [/^(?:x)?y/, 'z', false],
    [/^x*y/, 'y', true],
    [/^x{0,2}y/, 'y', true],
    [/^(?=a)ab/, 'q', true],
    [/^\(?read/i, 'READ', true],
    [/^\(?read/i, '(read', true],
    [/^\(?read/i, 'bread', false],
    [/^[ab]c/, 'bc', true],
    [/^[^a]c/, 'bc', true],
    [/^(?:lire|à lire)/iu, 'À LIRE', true],
    [/^σ/iu, 'ς', true],
    [/^s/iu, 'ſ', true],
    [/^k/iu, '\u212a', true],
    [/^\u00e9/i, 'É', true],
    [/^😀x/u, '😀x', true],
    [/^ab/m, 'x\nab', true],
  ] as const)('%s on %j: may match %s', (pattern, text, expected) => {
    expect(mayMatch(pattern, text)).toBe(expected);
    if (pattern.test(text)) expect(mayMatch(pattern, text)).toBe(true);
    expect(testAnchored(pattern, text)).toBe(pattern.test(text));
  });
});
