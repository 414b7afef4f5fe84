import { describe, expect, it } from 'vitest';
import { loadLabelledFixtures } from '../../tools/eval/labels';
import { devFoldOf, sourceSite, splitOf } from '../../tools/eval/split';
import { FIXTURES } from '../helpers';

// The dev split's two folds (npm run eval -- --dev-fold A|B): a change is looked at on one fold's
// misses and kept only when the other fold moves as much. The folds must be a fixed function of
// the site (a page lands with its siblings) and must both hold a fair share of the dev sites.

describe('the dev folds', () => {
  it('are a fixed function of the site', () => {
    expect(devFoldOf('news.example')).toBe(devFoldOf('news.example'));
    const folds = new Set(['a.example', 'b.example', 'c.example', 'd.example', 'e.example', 'f.example', 'g.example', 'h.example'].map(devFoldOf));
    expect(folds).toEqual(new Set(['A', 'B']));
  });

  it('split the dev sites of the corpus into two halves, each at least a third', () => {
    const sites = new Set(
      loadLabelledFixtures(FIXTURES, ['corpus'])
        .filter((f) => !/--rule-/.test(f.name))
        .map((f) => sourceSite(f.labels.source))
        .filter((site) => splitOf(site) === 'dev'),
    );
    const a = [...sites].filter((site) => devFoldOf(site) === 'A').length;
    expect(sites.size).toBeGreaterThan(20);
    expect(a).toBeGreaterThanOrEqual(sites.size / 3);
    expect(sites.size - a).toBeGreaterThanOrEqual(sites.size / 3);
  });
});
