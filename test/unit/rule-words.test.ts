import { describe, expect, it } from 'vitest';
import { blockRules } from '../../utils/rules/block-rules';
import { cardRules } from '../../utils/rules/cards';
import { ruleWords } from '../../utils/popup/rule-words';

// "Why collapsed?": every rule the engine can fire has words, not only its id.

describe('ruleWords', () => {
  it.each([
    ['boilerplate.feed-disclaimer.syndicated-feed', 'feed-disclaimer', 'a note that the text was published automatically from a syndicated feed'],
    ['boilerplate.ad-shortcode', 'ad-shortcode', 'an unused WordPress shortcode such as [ad_1], left behind by an autoblog plugin'],
    ['boilerplate.source-link.read-more-link', 'source-link', 'a line or link pointing to the original source'],
    ['read-also.en.label', 'related', 'a “Read also” label in English followed by a headline'],
    ['read-also.de.label', 'related', 'a “Read also” label in German followed by a headline'],
    ['read-also.card.teaser', 'related', 'a short box of a heading and a “read more” link, with no prose'],
    ['user.phrase.2', 'user-phrase', 'a block that starts with one of your own phrases'],
    ['something.new', 'feed-disclaimer', 'a known “Feed disclaimer” wording'],
    ['boilerplate.brand-new-family', 'brand-new-family', 'a known “Brand new family” wording'],
  ])('says %s in words', (rule, category, words) => {
    expect(ruleWords({ rule, category })).toBe(words);
  });

  it('has words of its own for every rule in the rule files (no fallback needed)', () => {
    const rules = [...blockRules, ...cardRules].map(({ id, category }) => ({ rule: id, category }));
    const fallbacks = rules.filter((rule) => ruleWords(rule).startsWith('a known'));
    expect(fallbacks).toEqual([]);
  });

  it('never takes a property of a plain object for a rule family', () => {
    expect(ruleWords({ rule: 'constructor', category: 'x' })).toBe('a known “X” wording');
    expect(ruleWords({ rule: '__proto__.toString', category: 'x' })).toBe('a known “X” wording');
  });
});
