import { join } from 'node:path';
import { analyze } from '../../utils/engine/analyze';
import { installRuleBook } from '../../utils/rules/book';
import { fullRuleBook } from '../../utils/rules/full-book';
import { parseHtml } from '../parse-html';
import { ablatedBook, type Ablation } from './ablated-book';
import { loadLabelledFixtures, scoreFixture } from './labels';
import { sourceSite, splitOf, type Split } from './split';

// `npm run eval:ablation [-- <fixtures dir>]`: how far detection carries without the words it
// was tuned on. The labelled corpus is run with parts of the rule book switched off, as a page
// in a language no lexicon holds would meet it:
//   labels:  the related-story label lexicons (rules/related.ts: label rules, lone labels, titled cards)
//   tokens:  the insert class tokens of every language but English (rules/insert-anatomy.ts)
//   lexicons: the boilerplate lexicons (rules/lexicons.ts: promotions, interface, rights, trailers, debris)
// and prints recall per category (dev), then one summary line per split and ablation. What is
// left is what structure, position and markup find on their own: the signals that carry to
// sites and languages never seen. Misses are not listed (the evaluation, `npm run eval`, lists
// dev misses).

const root = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'test', 'fixtures');
const fixtures = loadLabelledFixtures(root, ['corpus', 'lookalikes', 'non-article']).filter((f) => !/--rule-/.test(f.name));
const splits: Split[] = fixtures.map((f) => splitOf(sourceSite(f.labels.source)));
const parsed = fixtures.map((f) => f.html);

interface Tally {
  labels: number;
  recalled: number;
  findings: number;
  correct: number;
  hidden: number;
  nonArticleFindings: number;
}

const ablations: Ablation[] = ['none', 'labels', 'labels+tokens', 'labels+tokens+lexicons'];
const byCategory = new Map<string, Map<Ablation, { labels: number; recalled: number }>>();
const summary = new Map<string, Tally>();

for (const which of ablations) {
  installRuleBook(ablatedBook(which));
  fixtures.forEach((fixture, i) => {
    const analysis = analyze(parseHtml(parsed[i]!));
    const score = scoreFixture(fixture, analysis);
    const key = `${splits[i]} ${which}`;
    const t = summary.get(key) ?? summary.set(key, { labels: 0, recalled: 0, findings: 0, correct: 0, hidden: 0, nonArticleFindings: 0 }).get(key)!;
    if (fixture.name.startsWith('non-article/')) {
      t.nonArticleFindings += analysis.findings.length;
      return;
    }
    t.labels += score.labels.length;
    t.recalled += score.labels.filter((l) => l.coveredBy.length > 0).length;
    t.findings += score.truePositives.length + score.falsePositives.length;
    t.correct += score.truePositives.length;
    t.hidden += score.hiddenStory.length;
    if (splits[i] !== 'dev') return;
    for (const label of score.labels) {
      const row = byCategory.get(label.label.category) ?? byCategory.set(label.label.category, new Map()).get(label.label.category)!;
      const cell = row.get(which) ?? row.set(which, { labels: 0, recalled: 0 }).get(which)!;
      cell.labels++;
      if (label.coveredBy.length > 0) cell.recalled++;
    }
  });
}
installRuleBook(fullRuleBook());

const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : '-');
console.log(`dev recall by category, as parts of the book are switched off`);
console.log(['category'.padEnd(18), 'labels', ...ablations.map((a) => a.padStart(24))].join(' '));
for (const [category, row] of [...byCategory].sort(([a], [b]) => a.localeCompare(b))) {
  const labels = row.get('none')?.labels ?? 0;
  console.log([category.padEnd(18), String(labels).padStart(6), ...ablations.map((a) => ratio(row.get(a)?.recalled ?? 0, row.get(a)?.labels ?? 0).padStart(24))].join(' '));
}
console.log('');
for (const split of ['dev', 'held-out'] as const) {
  for (const which of ablations) {
    const t = summary.get(`${split} ${which}`)!;
    console.log(
      `ablation ${split} off=${which}: recall=${ratio(t.recalled, t.labels)} precision=${ratio(t.correct, t.findings)} hidden=${t.hidden} non-article-findings=${t.nonArticleFindings}`,
    );
  }
}
