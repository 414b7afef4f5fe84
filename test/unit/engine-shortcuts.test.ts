import { describe, expect, it } from 'vitest';
import { labelPrefixes } from '../../utils/engine/cards';
import { matchBlockRule, mayMatchText } from '../../utils/engine/classify';
import type { Block } from '../../utils/engine/blocks';
import { rules } from '../../utils/rules/book';
import { relatedLabelSets } from '../../utils/rules/related';

// Shortcuts the engine takes to skip reads (utils/engine/cards.ts labelPrefixes,
// utils/engine/classify.ts mayMatchText): each may only skip work whose answer is known
// to be "no", so the analysis stays the same.

describe('labelPrefixes (how a related label can begin)', () => {
  it('lets through every label of the book, in each case, as the label pattern matches it', () => {
    const pattern = rules().anyRelatedLabel;
    const starts = labelPrefixes(pattern);
    expect(starts).not.toBeNull();
    let checked = 0;
    for (const set of relatedLabelSets) {
      for (const label of set.labels) {
        for (const text of [`${label}: x`, `${label.toUpperCase()}: x`, `${label.toLowerCase()}: x`]) {
          if (!pattern.test(text)) continue;
          checked++;
          // The engine tests the lead's first eight code units.
          expect(starts!.test(text.slice(0, 8)), text).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('keeps the pattern’s case folding and turns away other starts', () => {
    const starts = labelPrefixes(/^(?:Related|le|\.\.\.more)(?![\p{L}\p{N}])/iu)!;
    expect(['REL', 'rel', 'Le', 'le', 'le ', '...'].map((t) => starts.test(t))).toEqual([true, true, true, true, true, true]);
    expect(['The', 'Rem', 'l', '', ' Rel', '..m'].map((t) => starts.test(t))).toEqual([false, false, false, false, false, false]);
  });

  it('gives no filter for a pattern it does not read as a plain list of labels', () => {
    expect(labelPrefixes(/^(?:[RL]elated|Leia)/iu)).toBeNull();
    expect(labelPrefixes(/^(?:\w+|Leia)/iu)).toBeNull();
    expect(labelPrefixes(/Related/i)).toBeNull();
    expect(labelPrefixes(/^(?:Related|)/i)).toBeNull();
  });
});

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
