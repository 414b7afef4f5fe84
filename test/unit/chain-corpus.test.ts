import { describe, expect, it } from 'vitest';
import { chainFixtures, sameOutlet, scoreChains, splitOfFixture } from '../../tools/eval/chain';
import { sourceSite } from '../../tools/eval/split';
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

describe('eval:chain split and label matching', () => {
  it('splits by source site: pages of one site share a split, and both splits hold pages', () => {
    const fixtures = chainFixtures(FIXTURES);
    const bySite = new Map<string, Set<string>>();
    for (const f of fixtures) {
      const site = sourceSite(f.labels.source);
      bySite.set(site, (bySite.get(site) ?? new Set()).add(splitOfFixture(f)));
    }
    for (const splits of bySite.values()) expect(splits.size).toBe(1);
    expect(fixtures.some((f) => splitOfFixture(f) === 'dev')).toBe(true);
    expect(fixtures.some((f) => splitOfFixture(f) === 'held-out')).toBe(true);
  });

  it('matches a label to the chain through the agency gazetteer, in any of its spellings', () => {
    expect(sameOutlet('AA', 'Anadolu Agency')).toBe(true);
    expect(sameOutlet('Anadolu Ajansı', 'Anadolu Agency')).toBe(true);
    expect(sameOutlet('Associated Press', 'AP')).toBe(true);
    expect(sameOutlet('AFP', 'AP')).toBe(false);
  });
});
