import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/engine/analyze';
import { blockRules } from '../../utils/rules/block-rules';
import { loadLabelledFixtures, scoreFixture } from '../../tools/eval/labels';
import { parseHtml } from '../../tools/parse-html';
import { FIXTURES, fixtureNames, loadFixture } from '../helpers';

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

describe.each(results.map((r) => [r.fixture.name, r] as const))('%s', (_name, { fixture, analysis }) => {
  const score = scoreFixture(fixture, analysis);

  it('hides no story sentence', () => {
    expect(score.hiddenStory).toEqual([]);
  });

  it('collapses only what is labelled', () => {
    expect(score.falsePositives.map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
  });

  if (fixture.labels.collapse.length > 0) {
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
