import { join } from 'node:path';
import { analyze } from '../../utils/engine/analyze';
import { parseHtml } from '../parse-html';
import { loadLabelledFixtures, scoreFixture, type FixtureScore } from './labels';

// `npm run eval [-- <fixtures dir>]`: the engine over the labelled corpus. Prints, per
// category and per language, precision and recall of collapsed blocks and the story
// sentences hidden, the fixtures with errors, then one summary line.

const root = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'test', 'fixtures');
const fixtures = loadLabelledFixtures(root, ['corpus', 'lookalikes', 'non-article']);
const analyses = fixtures.map((f) => analyze(parseHtml(f.html)));
const scores: FixtureScore[] = fixtures.map((f, i) => scoreFixture(f, analyses[i]!));

interface Tally {
  labels: number;
  recalled: number;
  findings: number;
  correct: number;
  hidden: number;
  story: number;
}
const empty = (): Tally => ({ labels: 0, recalled: 0, findings: 0, correct: 0, hidden: 0, story: 0 });
const byCategory = new Map<string, Tally>();
const byLang = new Map<string, Tally>();
const total = empty();
const tally = (map: Map<string, Tally>, key: string) => map.get(key) ?? map.set(key, empty()).get(key)!;

for (const score of scores) {
  const lang = tally(byLang, score.lang);
  for (const { label, coveredBy } of score.labels) {
    for (const t of [tally(byCategory, label.category), lang, total]) {
      t.labels++;
      if (coveredBy.length > 0) t.recalled++;
    }
  }
  for (const f of score.truePositives) for (const t of [tally(byCategory, f.category), lang, total]) (t.findings++, t.correct++);
  for (const f of score.falsePositives) for (const t of [tally(byCategory, f.category), lang, total]) t.findings++;
  for (const t of [lang, total]) {
    t.hidden += score.hiddenStory.length;
    t.story += score.storyCount;
  }
}

const ratio = (a: number, b: number) => (b === 0 ? '  -  ' : (a / b).toFixed(3));
const row = (name: string, t: Tally, withStory: boolean) =>
  `${name.padEnd(18)} ${String(t.labels).padStart(6)} ${ratio(t.recalled, t.labels).padStart(7)} ${String(t.findings).padStart(8)} ${ratio(t.correct, t.findings).padStart(9)}` +
  (withStory ? ` ${String(t.story).padStart(6)} ${String(t.hidden).padStart(7)}` : '');

console.log(`${'category'.padEnd(18)} ${'labels'.padStart(6)} ${'recall'.padStart(7)} ${'findings'.padStart(8)} ${'precision'.padStart(9)}`);
for (const [name, t] of [...byCategory].sort()) console.log(row(name, t, false));
console.log();
console.log(`${'language'.padEnd(18)} ${'labels'.padStart(6)} ${'recall'.padStart(7)} ${'findings'.padStart(8)} ${'precision'.padStart(9)} ${'story'.padStart(6)} ${'hidden'.padStart(7)}`);
for (const [name, t] of [...byLang].sort()) console.log(row(name, t, true));

const problems = scores.filter((s) => s.falsePositives.length || s.hiddenStory.length || s.labels.some((l) => !l.coveredBy.length || !l.categoryOk));
if (problems.length > 0) {
  console.log('\nfixtures with errors:');
  for (const s of problems) {
    for (const l of s.labels.filter((l) => !l.coveredBy.length)) console.log(`  ${s.name}: missed ${l.label.category}: ${JSON.stringify(l.label.text.slice(0, 90))}`);
    for (const l of s.labels.filter((l) => l.coveredBy.length && !l.categoryOk)) console.log(`  ${s.name}: wrong category for ${l.label.category}: ${l.coveredBy.map((f) => f.category).join(',')}`);
    for (const f of s.falsePositives) console.log(`  ${s.name}: false positive ${f.rule}: ${JSON.stringify(f.text.slice(0, 90))}`);
    for (const h of s.hiddenStory) console.log(`  ${s.name}: HIDDEN STORY: ${JSON.stringify(h.slice(0, 90))}`);
  }
}
const nonArticle = scores.filter((s) => s.name.startsWith('non-article/'));
const nonArticleFindings = nonArticle.reduce((n, s) => n + s.falsePositives.length, 0);
const takenForArticles = fixtures.filter((f, i) => f.name.startsWith('non-article/') && analyses[i]!.isArticle).map((f) => f.name);
if (takenForArticles.length > 0) console.log(`\nnon-article pages the gate let through (nothing found on them): ${takenForArticles.join(', ')}`);
console.log(
  `\nsummary: fixtures=${scores.length} precision=${ratio(total.correct, total.findings)} recall=${ratio(total.recalled, total.labels)} ` +
    `story-sentences=${total.story} hidden=${total.hidden} non-article-pages=${nonArticle.length} non-article-findings=${nonArticleFindings} non-article-gated=${nonArticle.length - takenForArticles.length}`,
);
