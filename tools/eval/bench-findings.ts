import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../utils/engine/analyze';
import { installRuleBook, type RuleBook } from '../../utils/rules/book';
import { fullRuleBook } from '../../utils/rules/full-book';
import type { Analysis } from '../../utils/engine/types';
import { parseHtml } from '../parse-html';

// `npm run eval:bench-findings [-- <benchmarks dir>] [--list]`: the findings on independent
// pages nobody labelled for Sourceline (../shared/benchmarks, read at run time, never copied):
//   hidden story: on aeb/ pages, findings whose text is part of the page's human-written
//     article body (three words or more, or a whole line of it): a story sentence collapsed,
//     unless the body keeps what the rule is for (AEB keeps "© AP" lines and some inserts);
//     on trafilatura-eval/ pages, findings that hold a must-include snippet;
//   no word: findings with no letter at all (a number, a date: data, never a widget's words);
//   structure alone: the read-also findings of the full book that the book without its
//     related-label lexicons still finds (how far the insert anatomy carries to unseen labels).
// --list prints each hidden-story and no-word finding (rule, page, text) for reading; nothing is written.

const args = process.argv.slice(2);
const list = args.includes('--list');
const benchmarks = args.find((a) => !a.startsWith('--')) ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'benchmarks');

const words = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []).join(' ');
const files = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.html')).sort().map((n) => join(dir, n)) : []);

interface Truth {
  body?: { text: string; lines: Set<string> };
  include?: string[];
}

const truths = new Map<string, Truth>();
const aebTruth = join(benchmarks, 'aeb', 'ground-truth.json');
if (existsSync(aebTruth)) {
  const bodies = JSON.parse(readFileSync(aebTruth, 'utf8')) as Record<string, { articleBody?: string }>;
  for (const [id, { articleBody = '' }] of Object.entries(bodies))
    truths.set(join(benchmarks, 'aeb', 'html', `${id}.html`), { body: { text: ` ${words(articleBody)} `, lines: new Set(articleBody.split('\n').map(words)) } });
}
const evalData = join(benchmarks, 'trafilatura-eval', 'evaldata.json');
if (existsSync(evalData)) {
  const pages = JSON.parse(readFileSync(evalData, 'utf8')) as Record<string, { file: string; with: string[] }>;
  for (const { file, with: include } of Object.values(pages)) truths.set(join(benchmarks, 'trafilatura-eval', 'html', file), { include: include.map(words).filter(Boolean) });
}

const pages = [...files(join(benchmarks, 'aeb', 'html')), ...files(join(benchmarks, 'trafilatura-eval', 'html')), ...files(join(benchmarks, 'readability-news')), ...files(join(benchmarks, 'real-news'))];
if (pages.length === 0) {
  console.error(`no benchmark pages under ${benchmarks}`);
  process.exit(2);
}

const NEVER = /(?!)/;
const full = fullRuleBook();
const labelsOff: RuleBook = { ...full, blockRules: full.blockRules.filter((r) => r.kind !== 'read-also'), relatedLabelOnly: NEVER, anyRelatedLabel: NEVER };

function hidesStory(text: string, truth: Truth | undefined): boolean {
  const t = words(text);
  if (!t || !truth) return false;
  if (truth.body) return truth.body.text.includes(` ${t} `) && (t.split(' ').length >= 3 || truth.body.lines.has(t));
  return (truth.include ?? []).some((snippet) => t.includes(snippet));
}

let findings = 0;
let judged = 0;
let hidden = 0;
let noWord = 0;
let readAlso = 0;
let structural = 0;
const hiddenByRule = new Map<string, number>();
for (const file of pages) {
  const html = readFileSync(file, 'utf8');
  installRuleBook(full);
  const analysis: Analysis = analyze(parseHtml(html));
  installRuleBook(labelsOff);
  const bare = analyze(parseHtml(html)).findings.filter((f) => f.kind === 'read-also').map((f) => f.text);
  const truth = truths.get(file);
  for (const f of analysis.findings) {
    findings++;
    if (truth) judged++;
    if (!/\p{L}/u.test(f.text)) {
      noWord++;
      if (list) console.log(`no word ${f.rule} ${file.slice(benchmarks.length + 1)}: ${f.text.slice(0, 100)}`);
    }
    if (hidesStory(f.text, truth)) {
      hidden++;
      hiddenByRule.set(f.rule, (hiddenByRule.get(f.rule) ?? 0) + 1);
      if (list) console.log(`hidden ${f.rule} ${file.slice(benchmarks.length + 1)}: ${f.text.slice(0, 100)}`);
    }
    if (f.kind !== 'read-also') continue;
    readAlso++;
    if (bare.some((t) => t.includes(f.text) || f.text.includes(t))) structural++;
  }
}
installRuleBook(full);

console.log('rule                                                 findings in the story text');
for (const [rule, n] of [...hiddenByRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) console.log(`${rule.padEnd(52)} ${String(n).padStart(5)}`);
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : '-');
console.log(
  `bench-findings: pages=${pages.length} findings=${findings} judged=${judged} in-story-text=${hidden} no-word=${noWord} read-also=${readAlso} structure-alone=${structural} (${ratio(structural, readAlso)})`,
);
