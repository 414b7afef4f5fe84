import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/engine/analyze';
import { blockRules } from '../../utils/rules/block-rules';
import { loadLabelledFixtures, scoreFixture } from '../../tools/eval/labels';
import { parseHtml } from '../../tools/parse-html';
import { FIXTURES, fixtureNames, loadFixture } from '../helpers';
import { sourceSite, splitOf } from '../../tools/eval/split';

// The labelled corpus (test/fixtures/README.md): every label met, no story hidden, no
// false positive, nothing found on pages that are not news articles.

const fixtures = loadLabelledFixtures(FIXTURES, ['corpus', 'lookalikes', 'non-article']);
const results = fixtures.map((fixture) => ({ fixture, analysis: analyze(parseHtml(fixture.html)) }));

describe('the labelled corpus', () => {
  it('has the fixtures the detection issue asks for', () => {
    const corpus = fixtures.filter((f) => f.name.startsWith('corpus/'));
    const nonArticle = fixtures.filter((f) => f.name.startsWith('non-article/'));
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    expect(nonArticle.length).toBeGreaterThanOrEqual(15);
    const lookalikeStory = fixtures
      .filter((f) => f.name.startsWith('lookalikes/') || f.name.startsWith('corpus/'))
      .reduce((n, f) => n + f.labels.story.length, 0);
    expect(lookalikeStory).toBeGreaterThanOrEqual(60);
  });

  it('fires every rule on at least one fixture', () => {
    const seedAnalyses = fixtureNames('seed--').map((name) => analyze(loadFixture(name)));
    const fired = new Set(
      [...results.map((r) => r.analysis), ...seedAnalyses].flatMap((analysis) => analysis.findings.map((f) => f.rule)),
    );
    const unfired = blockRules.map((r) => r.id).filter((id) => !fired.has(id));
    expect(unfired).toEqual([]);
  });
});

/**
 * Recall of the labelled blocks (with their category) per split: the held-out pages are
 * measured, never tuned on (npm run eval), so their misses are not asserted one by one;
 * these floors are what both splits reach now, so a change that loses recall fails.
 */
// Raised with source boxes, teaser runs and the new lexicon families (2026-12-06), measured on
// all 422 pages including the third builder's 95 unseen ones: typed recall dev 0.715, held-out 0.423.
// Lowered when the corpus's made-up class names that spelled the label out ("source-link-box",
// "feed-debris-box", "interface-box"…) were made neutral (2026-12-06): typed dev 0.679, held-out 0.397.
// Raised with the trailing zone, class-named labels and boxes, inner-element furniture (2026-12-06):
// typed dev 0.758, held-out 0.518.
// Raised with strong furniture names, dangling labels, standard read-also labels in 34 languages and
// the navigation guard (issue 14, 2026-12-06): typed dev 0.772, held-out 0.560.
// Raised with the dangling prompt, teaser lists without a label, app links, own-address
// invitations and class tokens (issue 14, h16, 2026-12-06): typed dev 0.795, held-out 0.560.
const RECALL_FLOOR = { dev: 0.79, 'held-out': 0.55 } as const;
/** …and precision floors: findings that match no label, per split (measured dev 0.990, held-out 0.924). */
const PRECISION_FLOOR = { dev: 0.985, 'held-out': 0.92 } as const;

describe('recall per split', () => {
  it.each(['dev', 'held-out'] as const)('%s reaches its floor', (split) => {
    let labels = 0;
    let typed = 0;
    for (const { fixture, analysis } of results) {
      if (/--rule-/.test(fixture.name) || splitOf(sourceSite(fixture.labels.source)) !== split) continue;
      const score = scoreFixture(fixture, analysis);
      labels += score.labels.length;
      typed += score.labels.filter((l) => l.categoryOk).length;
    }
    expect(labels).toBeGreaterThan(0);
    expect(typed / labels).toBeGreaterThanOrEqual(RECALL_FLOOR[split]);
  });

  it.each(['dev', 'held-out'] as const)('%s keeps its precision floor', (split) => {
    let findings = 0;
    let correct = 0;
    for (const { fixture, analysis } of results) {
      if (/--rule-/.test(fixture.name) || splitOf(sourceSite(fixture.labels.source)) !== split) continue;
      const score = scoreFixture(fixture, analysis);
      findings += score.truePositives.length + score.falsePositives.length;
      correct += score.truePositives.length;
    }
    expect(findings).toBeGreaterThan(0);
    expect(correct / findings).toBeGreaterThanOrEqual(PRECISION_FLOOR[split]);
  });
});

describe.each(results.map((r) => [r.fixture.name, r] as const))('%s', (_name, { fixture, analysis }) => {
  const score = scoreFixture(fixture, analysis);
  // Pages written for one rule (corpus/<lang>--rule-*) must meet every label: they are the rule's proof.
  const mustMeetEveryLabel = /--rule-/.test(fixture.name) || fixture.name.startsWith('lookalikes/');

  it('hides no story sentence', () => {
    expect(score.hiddenStory).toEqual([]);
  });

  // Rule proofs, lookalikes and non-article pages may collapse nothing unlabelled; the
  // builders' pages are held to the precision floors above (held-out ones are never tuned on).
  if (mustMeetEveryLabel || fixture.name.startsWith('non-article/')) {
    it('collapses only what is labelled', () => {
      expect(score.falsePositives.map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
    });
  }

  if (fixture.labels.collapse.length > 0 && mustMeetEveryLabel) {
    it('collapses every labelled block, with its category', () => {
      const missed = score.labels.filter((l) => !l.categoryOk).map((l) => `${l.label.category}: ${l.label.text}`);
      expect(missed).toEqual([]);
    });
  }

  if (fixture.name.startsWith('non-article/')) {
    it('finds nothing on a page that is not a news article', () => {
      expect(analysis.findings).toEqual([]);
    });
  }
});
