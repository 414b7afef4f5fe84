import { describe, expect, it } from 'vitest';
import { stripRuleDocs } from '../../tools/build/strip-rule-docs';
import { asciiTemplates } from '../../tools/build/terse-content-script';

describe('stripRuleDocs (build step for the content script)', () => {
  it('drops examples, counter-examples, notes and evidence, and keeps the rule working', () => {
    const code = `export const rules = [{ id: 'a', pattern: /^x$/, note: 'seen on x.example', examples: ['x'], counterExamples: ['y', 'z'] }, { id: 'b', evidence: "e", lang: 'en' }];`;
    const stripped = stripRuleDocs(code);
    expect(stripped).not.toMatch(/examples|counterExamples|note|evidence|seen on/);
    const rules = new Function(`${stripped.replace('export const', 'const')}; return rules;`)() as Array<Record<string, unknown>>;
    expect(rules).toEqual([{ id: 'a', pattern: /^x$/ }, { id: 'b', lang: 'en' }]);
  });
});

describe('asciiTemplates (build step: the content script in ASCII only)', () => {
  const run = (code: string) => new Function(`return ${code}`)() as unknown;

  it('escapes template text and String.raw regular-expression patterns, and they mean the same', () => {
    const code = 'x=>[`Lire aussi ${x} — suite`, new RegExp(String.raw`^[^:：|»]+\\s*[：»]\\s*\\p{L}`, "u"), "ok"]';
    const ascii = asciiTemplates(code);
    expect(ascii).toMatch(/^[\x00-\x7f]*$/);
    const [before, after] = [run(code), run(ascii)] as Array<(x: string) => [string, RegExp, string]>;
    expect(after!('1')[0]).toBe(before!('1')[0]);
    for (const text of ['Lire aussi：Titre', 'Voir » Suite', 'Lire aussi: Titre']) expect(after!('1')[1].test(text)).toBe(before!('1')[1].test(text));
    expect(after!('1')[1].test('Lire aussi：Titre')).toBe(true);
  });

  it('leaves ASCII code as it is', () => {
    const code = 'const a = `x ${1}`, b = new RegExp(String.raw`\\d+`);';
    expect(asciiTemplates(code)).toBe(code);
  });

  it('refuses what it cannot escape without changing the meaning', () => {
    // A raw template that is not a pattern (its text is read as it is), and an escaped character.
    expect(() => asciiTemplates('const a = String.raw`—`;')).toThrow(/beyond ASCII is left/);
    expect(() => asciiTemplates('const a = `a\\—b`;')).toThrow(/escaped character/);
  });
});
