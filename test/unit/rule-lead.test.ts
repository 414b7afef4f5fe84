import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchBlockRule } from '../../utils/engine/classify';
import { decodeRuleBook, encodeRuleBook } from '../../utils/rules/book-wire';
import { blockRules } from '../../utils/rules/block-rules';
import { fullRuleBook } from '../../utils/rules/full-book';
import { leadAdmits, leadOf } from '../../utils/rules/lead';
import { relatedLabelSets } from '../../utils/rules/related';
import type { Block } from '../../utils/engine/blocks';
import { blockRuleStarts } from '../../utils/rules/prefilter';
import type { BlockRule } from '../../utils/rules/types';

// The lead prefilter (rules/lead.ts): how a text a pattern matches begins. It must never
// hold back a text its pattern matches: checked on every rule's examples and
// counter-examples (and their case variants), on random texts over awkward case forms, on
// patterns built to trip a careless reading; the fixture pages are checked with the other
// prefilters (rule-grams.test.ts: the stored book's rules, which carry all of them, name the
// same rule as the full book's on every block).

const block = (text: string): Block => ({ text, linkTextLength: 0 }) as unknown as Block;
const patterns = blockRules.flatMap((r) => [r.pattern, ...(r.linkedPattern ? [r.linkedPattern] : [])]);

function passes(pattern: RegExp, text: string): boolean {
  const lead = leadOf(pattern);
  return lead === null || leadAdmits(lead, text);
}

function variants(text: string): string[] {
  return [text, text.toUpperCase(), text.toLowerCase(), ` ${text}`, `— ${text}`, `(${text})`, `${text} …`, `12 ${text}`];
}

describe('the lead prefilter', () => {
  it('is known for most patterns of the book (it is worth having)', () => {
    const known = patterns.filter((p) => leadOf(p) !== null);
    expect(known.length).toBeGreaterThan(patterns.length * 0.8);
  });

  it('holds back short lines that share words with the phrases but do not begin with one', () => {
    const lines = ['Opinion', 'The minister said she would comment later.', 'A spokesperson declined to comment.', 'Monday November 18, 2019 7:45 am PST'];
    for (const text of lines) {
      const admitted = patterns.filter((p) => passes(p, text));
      expect(admitted.length, text).toBeLessThan(patterns.length * 0.25);
    }
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
    [/^straße/iu, 'straẞe'],
    [/^(?:straße|weg)$/iu, 'STRAẞE'],
    [/^kelvin/iu, '\u212aELVIN'],
    [/^σας μας/iu, 'ΣΑΣ ΜΑΣ'],
    [/^Σχολιάστε/u, 'Σχολιάστε'],
    [/^(?:ſtar|fish)/iu, 'STAR'],
    // V8 reads ſ as s here, though not in /^(?:Sa|ſk)/i
    [/^[\s\-—:]*(?:Sa|ſk|Sa|a)/i, 'SK'],
    [/^(?:İstanbul|Ankara)/iu, 'İstanbul'],
    [/^(?:İstanbul|Ankara)/i, 'İstanbul'],
    [/^(?:ab|cd)ef/i, 'CDEF'],
    [/^colou?r/i, 'COLOR'],
    [/^a+bcd/i, 'AAABCD'],
    [/^x{2,3}yz/, 'xxxyz'],
    [/^(?=.*\bsyndicated\b)auto/i, 'AUTO from a syndicated feed'],
    [/^(?!nothing)something/i, 'SOMETHING'],
    [/^\u0041BC\x44/i, 'abcd'],
    [/^\(c\) copyright/i, '(C) COPYRIGHT 2024'],
    [/^[Tt]his story/, 'This story'],
    [/^(?:click here to )?(?:join|follow)/i, 'Follow us'],
    [/^[\s\-–—|•·*]*(?:广告|Advertisement)$/iu, ' — 广告'],
    [/^(?:[\s|•·/:,\-–—()[\]]|\d{1,7}(?!\d)){0,12}(?:Print|Share)(?:\s+(?:Print|Share))+$/u, '12 | (Print Share'],
    [/^[-–—]*-ad/, '---ad'],
    [/^(?:a|b)?(?:c|d)?e/i, 'E'],
  ])('reads %s and lets %j through', (pattern, text) => {
    expect(pattern.test(text)).toBe(true);
    expect(passes(pattern, text)).toBe(true);
  });

  it('requires nothing it cannot read', () => {
    expect(leadOf(/read also/i)).toBeNull();
    expect(leadOf(/^\w+ also/i)).toBeNull();
    expect(leadOf(/^(?:read|.)/i)).toBeNull();
    expect(leadOf(/^read|also/i)).toBeNull();
    expect(leadOf(/^read/im)).toBeNull();
    expect(leadOf(/^[^a]*read/i)).toBeNull();
    expect(leadOf(/^(?:a?)read/i)).not.toBeNull();
    expect(leadOf(/^[a-z]*read/i)).toBeNull();
  });

  it('never holds back a random text a pattern matches, over awkward case forms and skipped separators', () => {
    const chars = fc.constantFrom(...'aAbBsSßẞſkKKıiIİσςΣµμ ǅǆǄ広告-:'.split(''));
    const word = fc.array(chars, { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''));
    const lead = fc.constantFrom('', '-', ' -', '—:', '1 ', '::');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.string({ maxLength: 6 }), lead, fc.constantFrom('i', 'iu', 'u', ''), (words, tail, before, flags) => {
        const pattern = new RegExp(`^[\\s\\-—:]*(?:${words.join('|')})`, flags);
        const numbered = new RegExp(`^(?:[\\s:]|\\d{1,3})*(?:${words.join('|')})`, flags);
        for (const w of words)
          for (const text of [w + tail, w.toUpperCase() + tail, w.toLowerCase() + tail].map((t) => before + t))
            for (const p of [pattern, numbered]) if (p.test(text)) expect(passes(p, text), `${p} on ${text}`).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the rule loop with leads (engine/classify.ts)', () => {
  it('never holds back a random text a rule’s pattern matches, over awkward case forms and skipped separators', () => {
    const chars = fc.constantFrom(...'aAbBsSßẞſkKKıiIİσςΣµμ ǅǆǄ広告-:'.split(''));
    const word = fc.array(chars, { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.string({ maxLength: 6 }), fc.constantFrom('', '-', ' -', '—:', 'ß ', 'İ'), fc.constantFrom('i', 'iu', 'u', ''), (words, tail, before, flags) => {
        const pattern = new RegExp(`^[\\s\\-—:]*(?:${words.join('|')})`, flags);
        const rule = { id: 'r', kind: 'boilerplate', category: 'interface', lang: 'mul', pattern, maxLength: 100, shape: 'any', position: 'any', note: '', examples: [], counterExamples: [] } as BlockRule;
        const rules = [{ ...rule, starts: blockRuleStarts(rule, true) }];
        for (const w of words)
          for (const text of [w + tail, w.toUpperCase() + tail, w.toLowerCase() + tail].map((t) => before + t))
            if (pattern.test(text)) expect(matchBlockRule(block(text), { inTail: false }, rules)?.id, `${pattern} on ${text}`).toBe('r');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the stored book’s rules, with their leads', () => {
  const stored = decodeRuleBook(JSON.parse(JSON.stringify(encodeRuleBook(fullRuleBook()))))!.blockRules;
  const full = fullRuleBook().blockRules;

  it('carry a lead for most patterns', () => {
    expect(stored.filter((r) => r.starts?.[0]?.[3]).length).toBeGreaterThan(stored.length * 0.8);
  });

  it.each(blockRules.map((r) => [r.id, r] as const))('name the same rule as the full book on the examples of %s', (_id, rule) => {
    for (const text of [...rule.examples, ...rule.counterExamples].flatMap(variants)) {
      for (const inTail of [false, true]) expect(matchBlockRule(block(text), { inTail }, stored)?.id ?? null, text).toBe(matchBlockRule(block(text), { inTail }, full)?.id ?? null);
    }
  });
});

describe('the stored book’s other patterns, tested only on texts that begin as a match would', () => {
  const full = fullRuleBook();
  const stored = decodeRuleBook(JSON.parse(JSON.stringify(encodeRuleBook(full))))!;
  const labels = relatedLabelSets.flatMap((set) => set.labels);
  const texts = [
    ...labels.flatMap((label) => [label, `${label}:`, `${label}: A headline of another story`, label.toUpperCase(), ` ${label}`, `${label}s`]),
    ...full.storyFilters.flatMap((f) => [f.id, f.id.replace(/^story\./, '')]),
    'Read more',
    'Mehr zum Thema: Wahlen',
    'The minister said on Tuesday that the talks would continue.',
    '',
  ];

  it('carry their leads (the label lists are read only when a text begins with a label)', () => {
    expect(Object.hasOwn(stored.relatedLabelOnly, 'test')).toBe(true);
    expect(Object.hasOwn(stored.anyRelatedLabel, 'test')).toBe(true);
    expect(stored.relatedLabelOnly.test('The minister said on Tuesday')).toBe(false);
  });

  it('answer as the full book’s patterns do', () => {
    let matched = 0;
    for (const text of texts) {
      expect(stored.relatedLabelOnly.test(text), text).toBe(full.relatedLabelOnly.test(text));
      expect(stored.anyRelatedLabel.test(text), text).toBe(full.anyRelatedLabel.test(text));
      if (full.anyRelatedLabel.test(text)) matched++;
      stored.storyFilters.forEach((filter, i) => expect(filter.pattern.test(text), `${filter.id} on ${text}`).toBe(full.storyFilters[i]!.pattern.test(text)));
    }
    expect(matched).toBeGreaterThan(labels.length);
    // …and replace as they do (cards.ts strips the label this way).
    expect('Read also: the next story'.replace(stored.anyRelatedLabel, '')).toBe('Read also: the next story'.replace(full.anyRelatedLabel, ''));
  });
});
