import { describe, expect, it } from 'vitest';
import { stripRuleDocs } from '../../tools/build/strip-rule-docs';

describe('stripRuleDocs (build step for the content script)', () => {
  it('drops examples, counter-examples, notes and evidence, and keeps the rule working', () => {
    const code = `export const rules = [{ id: 'a', pattern: /^x$/, note: 'seen on x.example', examples: ['x'], counterExamples: ['y', 'z'] }, { id: 'b', evidence: "e", lang: 'en' }];`;
    const stripped = stripRuleDocs(code);
    expect(stripped).not.toMatch(/examples|counterExamples|note|evidence|seen on/);
    const rules = new Function(`${stripped.replace('export const', 'const')}; return rules;`)() as Array<Record<string, unknown>>;
    expect(rules).toEqual([{ id: 'a', pattern: /^x$/ }, { id: 'b', lang: 'en' }]);
  });
});
