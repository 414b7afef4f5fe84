import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockRules } from '../../utils/rules/block-rules';
import { leadOf } from '../../utils/rules/lead';
import { capturedLoops, splitPattern, withoutUnicode } from '../../utils/rules/split';
import type { BlockRule } from '../../utils/rules/types';

// What the stored book makes of a long pattern so that a page compiles less (rules/split.ts):
// the pattern without the `u` flag, or cut into parts. Either must match exactly the texts
// the pattern matches: checked on every rule's examples and counter-examples (and their case
// variants), on random texts over the case forms where the two modes differ, and on patterns
// built so that a careless cut or a careless dropped flag would match otherwise. The stored
// book's rules name the same rule as the full book's on every block of every fixture page
// (rule-grams.test.ts) and give the same analyses (rule-book.test.ts).

const AWKWARD = 'aAbBsSßẞſkKKıiIİσςΣθϴϑωΩµμ ǅǆǄ広告-:😀'.split(/(?:)/u);
const variants = (text: string) => [text, text.toUpperCase(), text.toLowerCase(), ` ${text}`, `${text}s`, `${text} ${text}`];

describe('a pattern without the u flag', () => {
  it('matches what the rule’s pattern matches, on its examples and counter-examples', () => {
    let dropped = 0;
    for (const rule of blockRules) {
      for (const pattern of [rule.pattern, rule.linkedPattern]) {
        const cheaper = pattern && withoutUnicode(pattern);
        if (!pattern || !cheaper) continue;
        dropped++;
        expect(cheaper.flags).toBe(pattern.flags.replace('u', ''));
        for (const text of [...rule.examples, ...rule.counterExamples].flatMap(variants)) expect(cheaper.test(text), `${rule.id}: ${text}`).toBe(pattern.test(text));
      }
    }
    // The long interface lists among them.
    expect(dropped).toBeGreaterThan(5);
  });

  it('matches the same random texts over the characters whose case forms differ between the modes', () => {
    const chars = fc.constantFrom(...AWKWARD);
    const word = fc.array(chars, { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.array(chars, { maxLength: 8 }), fc.constantFrom('', '[\\s\\-:]*', '[a-z]?', '[sk]+'), (words, text, before) => {
        const pattern = new RegExp(`^${before}(?:${words.join('|')})(?:\\s+[ks])?$`, 'iu');
        const cheaper = withoutUnicode(pattern);
        if (!cheaper) return;
        for (const t of [text.join(''), ...words, ...words.map((w) => w.toUpperCase()), `${words[0]} s`, `${words[0]} ſ`, `${words[0]} K`]) expect(cheaper.test(t), `${pattern} on ${t}`).toBe(pattern.test(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('is kept with the flag where dropping it would change a match', () => {
    // Surrogate pairs: one character with u, two without.
    expect(withoutUnicode(/^.{1,3}$/iu)).toBeNull();
    expect(withoutUnicode(/^[^a]{1,3}$/iu)).toBeNull();
    expect(withoutUnicode(/^\S{1,3}$/iu)).toBeNull();
    expect(withoutUnicode(/^a😀$/iu)).toBeNull();
    expect(withoutUnicode(/^\u{1F600}$/iu)).toBeNull();
    // Classes and boundaries whose case forms differ (\w takes ſ and K with iu).
    expect(withoutUnicode(/^\w+$/iu)).toBeNull();
    expect(withoutUnicode(/^a\b/iu)).toBeNull();
    expect(withoutUnicode(/^\p{L}$/iu)).toBeNull();
    // Not case-insensitive: nothing to spare.
    expect(withoutUnicode(/^ab$/u)).toBeNull();
  });

  it('writes out the case forms only the u flag gives (ſ for s, the Kelvin sign for k)', () => {
    const cheaper = withoutUnicode(/^(?:ask|[s-t]ky)$/iu)!;
    expect(cheaper.flags).toBe('i');
    for (const text of ['ask', 'ASK', 'aſk', 'asK', 'ſky', 'tky', 'SKY', 'skY', 'asc']) expect(cheaper.test(text), text).toBe(/^(?:ask|[s-t]ky)$/iu.test(text));
    expect(cheaper.test('aſK')).toBe(true);
  });
});

describe('a long list cut into parts', () => {
  const long = (words: string[]) => words.join('|');
  const words = Array.from({ length: 400 }, (_, i) => `phrase ${String.fromCharCode(97 + (i % 26))}${i}`);

  it('matches with one of its parts exactly where the whole matches, on every rule’s examples and counter-examples', () => {
    let cut = 0;
    for (const rule of blockRules) {
      const parts = splitPattern(withoutUnicode(rule.pattern) ?? rule.pattern);
      if (!parts) continue;
      cut++;
      for (const part of parts) {
        expect(part.flags.replace('u', '')).toBe(rule.pattern.flags.replace('u', ''));
        expect(part.source.length).toBeLessThan(rule.pattern.source.length * 0.5);
      }
      for (const text of [...rule.examples, ...rule.counterExamples].flatMap(variants)) expect(parts.some((p) => p.test(text)), `${rule.id}: ${text}`).toBe(rule.pattern.test(text));
    }
    expect(cut).toBeGreaterThan(5);
  });

  it('matches the same texts as the whole: a list in the middle, at the top, inside a group', () => {
    const shapes = [
      new RegExp(`^[\\s\\-]*(?:${long(words)})[.!]*$`, 'i'),
      new RegExp(`^(?:${long(words)})$`, 'i'),
      new RegExp(`^(?:x|y(?:${long(words)})(?:z)?)$`, 'i'),
      new RegExp(`^(?:(?:${long(words)}) now)?$`, 'i'),
    ];
    for (const whole of shapes) {
      const parts = splitPattern(whole)!;
      expect(parts.length, whole.source.slice(0, 40)).toBeGreaterThan(3);
      for (const text of ['', 'x', 'phrase a0', 'yphrase b1z', 'phrase c2 now', 'PHRASE Z25', '- phrase a26!', 'phrase a1', 'phrase', 'phrase a0 phrase a0', 'yphrase a0', 'y'])
        expect(parts.some((p) => p.test(text)), `${whole.source.slice(0, 30)} on ${text}`).toBe(whole.test(text));
    }
  });

  it('is not cut where a part would not answer for the whole', () => {
    // Repeated: (A|B){2} matches "AB", neither (A){2} nor (B){2} does.
    expect(splitPattern(new RegExp(`^(?:${long(words)}){2}$`))).toBeNull();
    expect(splitPattern(new RegExp(`^(?:(?:${long(words)}) )+$`))).toBeNull();
    // In a negative lookahead: (?!A|B) is neither (?!A) nor (?!B).
    expect(splitPattern(new RegExp(`^(?!${long(words)})\\w+$`))).toBeNull();
    // A back reference reads what the list matched.
    expect(splitPattern(new RegExp(`^(${long(words)}) \\1$`))).toBeNull();
    // Short: not worth it.
    expect(splitPattern(/^(?:a|b|c)$/)).toBeNull();
    // The list is a small share of a pattern made of another list: no part would be much shorter.
    expect(splitPattern(new RegExp(`^(?:${long(words.slice(0, 60))}) (?:${long(words.slice(0, 20))}){0,3}$`))).toBeNull();
  });
});

describe('a long repeated list with its body captured', () => {
  const words = Array.from({ length: 60 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i}`);

  it('matches what the rule’s pattern matches, on its examples and counter-examples (the share-on rule among them)', () => {
    const captured = new Set<string>();
    for (const rule of blockRules) {
      for (const pattern of [rule.pattern, rule.linkedPattern]) {
        const plain = pattern && (withoutUnicode(pattern) ?? pattern);
        const cheaper = plain && capturedLoops(plain);
        if (!pattern || !cheaper) continue;
        captured.add(rule.id);
        expect(cheaper.flags).toBe(plain.flags);
        expect(cheaper.source.replace(/\((?!\?)|\)/g, '')).not.toBe(cheaper.source);
        for (const text of [...rule.examples, ...rule.counterExamples].flatMap(variants)) expect(cheaper.test(text), `${rule.id}: ${text}`).toBe(pattern.test(text));
      }
    }
    expect([...captured]).toContain('boilerplate.share-prompt.lex.share-on.mul');
  });

  it('matches the same random texts as the pattern, with the lists repeated, nested, optional', () => {
    const list = words.join('|');
    const shapes = [
      new RegExp(`^(?:(?:${list})\\s?(?:x|y)[\\s,]*){1,3}$`, 'iu'),
      new RegExp(`^(?:[\\s:]|\\d{1,3}){0,4}(?:(?:${list})(?![a-z])[\\s:]{0,3}){2}(?:\\s|(?:${list})){0,5}$`, 'u'),
      new RegExp(`^(?:a(?:${list}|(?:${list}) b)*)+$`, 'i'),
    ];
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', ',', ':', 'x', 'Y', 'b', 'a', '12', ' b'));
    for (const whole of shapes) {
      const cheaper = capturedLoops(whole)!;
      expect(cheaper, whole.source.slice(0, 40)).not.toBeNull();
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
          const text = pieces.join('');
          expect(cheaper.test(text), `${whole.source.slice(0, 30)} on ${text}`).toBe(whole.test(text));
        }),
        { numRuns: 1500 },
      );
    }
  });

  it('is left alone where a group is referred to by number, or no long group is repeated', () => {
    expect(capturedLoops(new RegExp(`^(a)(?:${words.join('|')})+\\1$`))).toBeNull();
    expect(capturedLoops(new RegExp(`^(?:${words.join('|')})$`))).toBeNull();
    expect(capturedLoops(new RegExp(`^(?:${words.join('|')})?$`))).toBeNull();
    expect(capturedLoops(/^(?:a|b)+$/)).toBeNull();
  });
});

describe('a block rule’s guard', () => {
  const guarded = blockRules.filter((rule) => rule.guard);

  it('matches every text the rule’s pattern matches, on its examples, counter-examples and random lines of its captions', () => {
    expect(guarded.map((rule) => rule.id)).toContain('boilerplate.interface.lex.toolbar.mul');
    for (const rule of guarded) {
      expect(rule.guard!.flags).toBe('u');
      let matched = 0;
      for (const text of [...rule.examples, ...rule.counterExamples].flatMap(variants)) {
        if (!rule.pattern.test(text)) continue;
        matched++;
        expect(rule.guard!.test(text), `${rule.id}: ${text}`).toBe(true);
      }
      expect(matched).toBeGreaterThan(3);
    }
    // Captions run together in every way the toolbar rule reads them.
    const toolbar = guarded.find((rule) => rule.id === 'boilerplate.interface.lex.toolbar.mul')!;
    const piece = fc.constantFrom('Print', 'print', 'PRINT', 'Share', 'SHARE', 'Views', '댓글', 'Tweet', 'AAA', 'Text', ':', ' ', '0', '12', '|', 'ſ', 'ǅ');
    let lines = 0;
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (pieces) => {
        const text = pieces.join('');
        if (!toolbar.pattern.test(text)) return;
        lines++;
        expect(toolbar.guard!.test(text), text).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(lines).toBeGreaterThan(50);
  });

  it('lets through every line of feed debris (markup-residue) over the pieces its readings are made of', () => {
    const residue = guarded.find((rule) => rule.id === 'boilerplate.feed-debris.markup-residue')!;
    const piece = fc.constantFrom('photo', 'PHOTO', '-1', '.', 'JPG', 'jpeg', 'Webp', 'gif', 'social', '_', 'icon', 'btn', ' ', '800', '1200', 'x', 'X', '×', 'w', 'W', 'px', 'Maria', '<br/>', '<br>', ']]>', '<![CDATA[', 'et="_blank">', 'https://a.example/x', '{"id":4}', '[', ']', '[/', 'caption', ' id="a"', 'ſ', 'K');
    let lines = 0;
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 7 }), (pieces) => {
        const text = pieces.join('');
        if (!residue.pattern.test(text)) return;
        lines++;
        expect(residue.guard!.test(text), text).toBe(true);
      }),
      { numRuns: 4000 },
    );
    expect(lines).toBeGreaterThan(50);
    // A line of words, as most short blocks are, never reaches the pattern.
    for (const text of ['Read more', 'The council met on Friday.', 'Photo: Maria Lopez']) expect(residue.guard!.test(text)).toBe(false);
  });

  it('lets through every line a name-then-phrase rule (the lexicons\' self form) matches, over the words of its examples', () => {
    const named = guarded.filter((rule) => rule.pattern.source.startsWith(String.raw`^(?:[\p{Lu}\p{N}]`));
    expect(named.map((rule) => rule.id)).toContain('boilerplate.app-promo.lex.self-blurb.mul');
    for (const rule of named) {
      // A name of any words (some no name at all: lowercase, a URL), then an example with its own first words dropped.
      const name = fc.constantFrom('ESAT', 'The', 'Times', 'Kompas.com', '2024', 'AP', 'Ökoland', 'ſite', 'news', 'http://a.b', '»');
      const rest = fc.constantFrom(...rule.examples.flatMap((text) => [1, 2, 3, 4].map((k) => text.split(' ').slice(k).join(' '))));
      const gap = fc.constantFrom(' ', '\u00a0', '  ', '\t');
      let lines = 0;
      fc.assert(
        fc.property(fc.array(fc.tuple(name, gap), { minLength: 1, maxLength: 5 }), rest, (names, tail) => {
          const text = names.map(([word, space]) => word + space).join('') + tail;
          if (!rule.pattern.test(text)) return;
          lines++;
          expect(rule.guard!.test(text), `${rule.id}: ${text}`).toBe(true);
        }),
        { numRuns: 3000 },
      );
      expect(lines, rule.id).toBeGreaterThan(0);
    }
  });

  it('turns away a line of one word, which the toolbar rule cannot match', () => {
    const toolbar = guarded.find((rule) => rule.id === 'boilerplate.interface.lex.toolbar.mul')!;
    for (const text of ['Comments', 'Share', 'PRINT', '댓글']) {
      expect(toolbar.pattern.test(text)).toBe(false);
      expect(toolbar.guard!.test(text), text).toBe(false);
    }
  });
});

describe('a block rule stored as variants (storedAs)', () => {
  const varied = blockRules.filter((rule) => rule.storedAs);
  const follow = varied.find((rule) => rule.id === 'boilerplate.app-promo.lex.follow.mul')!;
  // Lines led by a site's address or not, in cases and scripts where the i flag and the guard's classes could part.
  const piece = fc.constantFrom('Kompas.com', 'Radiosarajevo.ba', 'ΚΑΘΗΜΕΡΙΝΗ.GR', 'ſite.ſk', 'x.Kz', 'ͅab.info', 'a.', ',', ': ', ' ', 'ikuti kami di', 'Follow us on', 'FOLLOW US ON', 'pratite', 'Google News', 'Facebook', 'WhatsApp', 'X', 'the', '.', '!', '12');

  it('match together exactly the texts the rule’s pattern matches, and each guard lets through every text its variant matches', () => {
    expect(follow).toBeDefined();
    let matched = 0;
    const check = (rule: BlockRule, text: string) => {
      const hits = rule.storedAs!.map((v) => v.pattern.test(text));
      expect(hits.some(Boolean), `${rule.id}: ${text}`).toBe(rule.pattern.test(text));
      rule.storedAs!.forEach((v, k) => {
        if (v.guard && hits[k]) expect(v.guard.test(text), `${rule.id} guard: ${text}`).toBe(true);
      });
      if (hits.some(Boolean)) matched++;
    };
    for (const rule of varied) {
      for (const guard of rule.storedAs!.map((v) => v.guard)) if (guard) expect(guard.flags).toBe('u');
      for (const text of [...rule.examples, ...rule.counterExamples].flatMap(variants)) check(rule, text);
    }
    // Addresses the i flag reads as letters that a case-sensitive class might not: U+0345 (folds to ι), ſ, the Kelvin sign.
    for (const site of ['\u0345ab.info', 'ſite.ſk', 'news.\u212Az', 'Kompas.com,', '123.ba:']) check(follow, `${site} ikuti kami di Google News`);
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 7 }), (pieces) => check(follow, pieces.join(''))), { numRuns: 3000 });
    expect(matched).toBeGreaterThan(50);
  });

  it('give the common reading a lead the page can read, which the whole pattern lacks', () => {
    expect(leadOf(follow.pattern)).toBeNull();
    expect(leadOf(follow.storedAs![0]!.pattern)).not.toBeNull();
    // The site-led reading waits behind its guard: a line that begins with a phrase never reaches it.
    const [, siteLed] = follow.storedAs!;
    expect(siteLed!.guard!.test('Follow us on Facebook')).toBe(false);
    expect(siteLed!.guard!.test('Kompas.com, ikuti kami di Google News')).toBe(true);
    expect(siteLed!.pattern.test('Kompas.com, ikuti kami di Google News')).toBe(true);
  });
});
