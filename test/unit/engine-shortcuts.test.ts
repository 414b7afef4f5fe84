import { describe, expect, it } from 'vitest';
import { matchBlockRule, mayMatchText } from '../../utils/engine/classify';
import type { Block } from '../../utils/engine/blocks';

// A shortcut the engine takes to skip reads (utils/engine/classify.ts mayMatchText): it may
// only skip work whose answer is known to be "no", so the analysis stays the same.

describe('mayMatchText (a rule may mark this text, whatever its links)', () => {
  const block = (text: string, linkTextLength: number): Block =>
    ({ element: null as unknown as Element, nodes: null, card: null, tag: 'P', text, linkTextLength, href: null }) as Block;
  const texts = [
    'Subscribe to our newsletter for the latest news',
    'Download our app for the best experience',
    'Read also: The bridge reopens on Monday',
    'The minister said the bridge would reopen on Monday after repairs.',
    'Source link',
    '[ad_1]',
    '',
  ];

  it('is false only where no block of the text, with or without links, gets a rule', () => {
    for (const inTail of [false, true]) {
      for (const text of texts) {
        const matched = [0, text.length].some((links) => matchBlockRule(block(text, links), { inTail }) !== null);
        if (!mayMatchText(text, { inTail })) expect(matched, text).toBe(false);
        if (matched) expect(mayMatchText(text, { inTail }), text).toBe(true);
      }
    }
  });

  it('says yes for a text a rule marks, and no for a story sentence', () => {
    expect(mayMatchText('Source link', { inTail: true })).toBe(true);
    expect(mayMatchText('The minister said the bridge would reopen on Monday after repairs.', { inTail: true })).toBe(false);
  });
});
