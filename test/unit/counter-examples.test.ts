import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/engine/analyze';
import { expectedFor, fixtureNames, loadFixture } from '../helpers';

// Story sentences that merely look like boilerplate, inserts or citations must stay story.

interface Expected {
  findings: unknown[];
  chain: Array<{ role: string; name: string }>;
  storyParagraphCount: number;
}

describe.each(fixtureNames('counter--'))('%s', (name) => {
  const doc = loadFixture(name);
  const analysis = analyze(doc);
  const expected = expectedFor<Expected>(name);
  const bodyParagraphs = Array.from(doc.querySelectorAll('.article-body p')).map((p) =>
    (p.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );

  it('collapses nothing', () => {
    expect(analysis.findings).toEqual([]);
  });

  it('keeps every paragraph as story', () => {
    expect(bodyParagraphs.length).toBe(expected.storyParagraphCount);
    expect(analysis.story.paragraphs).toEqual(bodyParagraphs);
  });

  it('cites no outlet from "told Reuters", "seen by Reuters", "speaking to CNN" or "according to the statement/DGP"', () => {
    expect(analysis.chain[0]).toEqual(expect.objectContaining(expected.chain[0]));
    expect(analysis.chain.filter((l) => l.role === 'cited' || l.role === 'republisher')).toEqual([]);
  });

  it('takes "told Reuters" as a hint that Reuters wrote the copy, and says it is only likely', () => {
    expect(analysis.chain.slice(1).map(({ role, name, confidence }) => ({ role, name, confidence }))).toEqual([
      { role: 'agency', name: 'Reuters', confidence: 'medium' },
    ]);
  });
});
