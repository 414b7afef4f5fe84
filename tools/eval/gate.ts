import '../../utils/rules/install-full-book';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../utils/engine/analyze';
import { parseHtml } from '../parse-html';
import { loadLabelledFixtures } from './labels';

// `npm run eval:gate [-- <benchmarks dir>]`: the article gate, both ways.
//   articles: every page of ../shared/benchmarks that is a real article (aeb/html,
//     readability-news, real-news, readability-pages/*/source.html), read at run time and
//     never copied into the repository, plus the labelled corpus pages (all articles);
//     gate recall = share of them that come out isArticle.
//   non-articles: test/fixtures/non-article/*; each must get 0 findings.

const benchmarks = process.argv[2] ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'benchmarks');
const fixturesRoot = join(import.meta.dirname, '..', '..', 'test', 'fixtures');

interface Page {
  set: string;
  name: string;
  html: string;
}

function htmlFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.html')).sort() : [];
}

const articles: Page[] = [];
for (const [set, dir] of [
  ['aeb', join(benchmarks, 'aeb', 'html')],
  ['readability-news', join(benchmarks, 'readability-news')],
  ['real-news', join(benchmarks, 'real-news')],
] as const) {
  for (const name of htmlFiles(dir)) articles.push({ set, name, html: readFileSync(join(dir, name), 'utf8') });
}
const pagesDir = join(benchmarks, 'readability-pages');
if (existsSync(pagesDir)) {
  for (const name of readdirSync(pagesDir).sort()) {
    const file = join(pagesDir, name, 'source.html');
    if (existsSync(file)) articles.push({ set: 'readability-pages', name, html: readFileSync(file, 'utf8') });
  }
}
for (const f of loadLabelledFixtures(fixturesRoot, ['corpus'])) articles.push({ set: 'corpus', name: f.name, html: f.html });

const bySet = new Map<string, { pages: number; passed: number; refused: string[] }>();
for (const page of articles) {
  const t = bySet.get(page.set) ?? bySet.set(page.set, { pages: 0, passed: 0, refused: [] }).get(page.set)!;
  t.pages++;
  if (analyze(parseHtml(page.html)).isArticle) t.passed++;
  else t.refused.push(page.name);
}

const nonArticles = loadLabelledFixtures(fixturesRoot, ['non-article']);
const withFindings: string[] = [];
let findings = 0;
let letThrough = 0;
for (const f of nonArticles) {
  const analysis = analyze(parseHtml(f.html));
  if (analysis.isArticle) letThrough++;
  if (analysis.findings.length > 0) {
    findings += analysis.findings.length;
    withFindings.push(`${f.name}: ${analysis.findings.map((x) => `${x.rule} ${JSON.stringify(x.text.slice(0, 60))}`).join(' · ')}`);
  }
}

console.log(`${'article set'.padEnd(18)} ${'pages'.padStart(6)} ${'passed'.padStart(7)} ${'recall'.padStart(7)}`);
let pages = 0;
let passed = 0;
for (const [set, t] of bySet) {
  pages += t.pages;
  passed += t.passed;
  console.log(`${set.padEnd(18)} ${String(t.pages).padStart(6)} ${String(t.passed).padStart(7)} ${(t.passed / t.pages).toFixed(3).padStart(7)}`);
}
for (const [set, t] of bySet) if (t.refused.length) console.log(`  refused (${set}): ${t.refused.join(', ')}`);
if (withFindings.length) {
  console.log('\nnon-article pages with findings:');
  for (const line of withFindings) console.log(`  ${line}`);
}
console.log(
  `\ngate: articles=${pages} passed=${passed} recall=${pages ? (passed / pages).toFixed(3) : '-'} ` +
    `non-article-pages=${nonArticles.length} non-article-findings=${findings} non-article-pages-with-findings=${withFindings.length} non-article-let-through=${letThrough}`,
);
