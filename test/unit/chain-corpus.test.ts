import { describe, expect, it } from 'vitest';
import { chainFixtures, scoreChains } from '../../tools/eval/chain';
import { FIXTURES } from '../helpers';

// The source chain over every fixture with chain labels (seed pages, corpus, lookalikes):
// the figures the chain issue asks for, from the same scoring as `npm run eval:chain`.

describe('source chain over the labelled fixtures', () => {
  const score = scoreChains(chainFixtures(FIXTURES));

  it('names the right wire agency (or none) on at least 97% of pages', () => {
    expect(score.agency.labelled).toBeGreaterThanOrEqual(40);
    expect(score.agency.right / score.agency.labelled).toBeGreaterThanOrEqual(0.97);
  });

  it('cites outlets with precision ≥ 0.95 and recall ≥ 0.9', () => {
    expect(score.cited.labelled).toBeGreaterThanOrEqual(20);
    expect(score.cited.truePositives / score.cited.found).toBeGreaterThanOrEqual(0.95);
    expect(score.cited.hits / score.cited.labelled).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the republisher wherever the page names one', () => {
    expect(score.republishers.hits).toBe(score.republishers.labelled);
  });
});
