import { describe, expect, it } from 'vitest';
import { chainFixtures, sameOutlet, scoreChains, splitOfFixture } from '../../tools/eval/chain';
import { devFoldOf, sourceSite } from '../../tools/eval/split';
import { FIXTURES } from '../helpers';

// The source chain over every fixture with chain labels (seed pages, corpus, lookalikes):
// the figures the chain issue asks for, from the same scoring as `npm run eval:chain`.

describe('source chain over the labelled fixtures', () => {
  // Floors under today's figures (npm run eval:chain prints them), so that a change that
  // loses ground fails; the chain issue's targets (held-out agency ≥ 0.95, cited recall
  // ≥ 0.85, republisher recall ≥ 0.90) are above them and not met yet. Raised with the outlet
  // gazetteer, the grammar's media words and the agencies' house forms (2026-12-06): agency dev
  // 0.952, held-out 0.902; cited precision dev 1.000, held-out 0.885; cited recall of both
  // splits 48/93 = 0.516; republisher recall 29/65 = 0.446.
  const all = chainFixtures(FIXTURES);
  const dev = scoreChains(all.filter((f) => splitOfFixture(f) === 'dev'));
  const heldOut = scoreChains(all.filter((f) => splitOfFixture(f) === 'held-out'));

  it('names no false agency on any page (photo credits, "told Reuters" as a quote, the agency as a topic)', () => {
    expect(dev.agency.falseAgencies).toBe(0);
    expect(heldOut.agency.falseAgencies).toBe(0);
  });

  it('names the right wire agency (or none) on at least 94% of dev pages and 89% of held-out pages', () => {
    expect(dev.agency.labelled).toBeGreaterThanOrEqual(100);
    expect(dev.agency.right / dev.agency.labelled).toBeGreaterThanOrEqual(0.94);
    expect(heldOut.agency.right / heldOut.agency.labelled).toBeGreaterThanOrEqual(0.89);
  });

  it('cites outlets with precision ≥ 0.95 on dev and ≥ 0.85 on held-out', () => {
    expect(dev.cited.truePositives / dev.cited.found).toBeGreaterThanOrEqual(0.95);
    expect(heldOut.cited.truePositives / heldOut.cited.found).toBeGreaterThanOrEqual(0.85);
    expect((dev.cited.hits + heldOut.cited.hits) / (dev.cited.labelled + heldOut.cited.labelled)).toBeGreaterThanOrEqual(0.5);
  });

  it('finds at least 43% of the labelled republishers', () => {
    expect((dev.republishers.hits + heldOut.republishers.hits) / (dev.republishers.labelled + heldOut.republishers.labelled)).toBeGreaterThanOrEqual(0.43);
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

  it('splits the dev sites again into two folds by site (--dev-fold A|B), both holding dev pages', () => {
    const dev = chainFixtures(FIXTURES).filter((f) => splitOfFixture(f) === 'dev');
    const folds = new Set(dev.map((f) => devFoldOf(sourceSite(f.labels.source))));
    expect(folds).toEqual(new Set(['A', 'B']));
    // pages of one site share a fold
    const bySite = new Map<string, Set<string>>();
    for (const f of dev) bySite.set(sourceSite(f.labels.source), (bySite.get(sourceSite(f.labels.source)) ?? new Set()).add(devFoldOf(sourceSite(f.labels.source))));
    for (const foldsOfSite of bySite.values()) expect(foldsOfSite.size).toBe(1);
  });

  it('matches a label in Latin to the name the page prints in its own script, and not to another name', () => {
    expect(sameOutlet('Past', 'Փաստ')).toBe(true);
    expect(sameOutlet('Politika', 'Политика')).toBe(true);
    expect(sameOutlet('Kathimerini', 'Καθημερινή')).toBe(true);
    expect(sameOutlet('Rouydad 24', 'رویداد ۲۴')).toBe(true);
    expect(sameOutlet('Past', 'Փոստ')).toBe(false);
    expect(sameOutlet('Dnevnik', 'Вечерњи')).toBe(false);
    expect(sameOutlet('Rouydad 24', 'رویداد ۲۵')).toBe(false);
    // two consonants are too few to tell names apart
    expect(sameOutlet('Al-Rai', 'الرأی')).toBe(false);
  });

  it('matches a label to the chain through the agency gazetteer, in any of its spellings', () => {
    expect(sameOutlet('AA', 'Anadolu Agency')).toBe(true);
    expect(sameOutlet('Anadolu Ajansı', 'Anadolu Agency')).toBe(true);
    expect(sameOutlet('Associated Press', 'AP')).toBe(true);
    expect(sameOutlet('AFP', 'AP')).toBe(false);
  });
});
