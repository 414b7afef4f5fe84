import '../../utils/rules/install-full-book';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { analyze } from '../../utils/engine/analyze';
import { parseHtml } from '../parse-html';

// `npm run eval:story -- <benchmarks dir>`: the story text against independent ground
// truth, with Mozilla's Readability run in the same process as a comparator.
//   aeb/               F1 over 4-token shingles (the benchmark's own metric), per page
//   trafilatura-eval/  share of must-include snippets found and must-exclude absent
// Per-page scores are printed worst first, then one summary line per dataset.

type Extractor = (html: string, url: string) => string;

const sourceline: Extractor = (html, url) => {
  const a = analyze(parseHtml(html), url, { story: 'always' });
  return a.story.paragraphs.join('\n');
};

const readability: Extractor = (html) => {
  const doc = parseHtml(html);
  try {
    const article = new Readability(doc as unknown as Document).parse();
    return article?.textContent ?? '';
  } catch {
    return '';
  }
};

/** The benchmark's tokens: \w+ runs (Unicode letters and digits), lower-cased. */
function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

function shingles(text: string): Map<string, number> {
  const t = tokens(text);
  const out = new Map<string, number>();
  for (let i = 0; i + 4 <= t.length; i++) {
    const key = t.slice(i, i + 4).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

interface PRF {
  precision: number | null;
  recall: number | null;
}

/** Precision and recall of one page, as the AEB evaluation computes them. */
function pageScore(predicted: string, truth: string): PRF {
  const p = shingles(predicted);
  const g = shingles(truth);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...p.keys(), ...g.keys()])) {
    const a = p.get(key) ?? 0;
    const b = g.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, a - b);
    fn += Math.max(0, b - a);
  }
  if (fp === 0 && fn === 0) return { precision: 1, recall: 1 };
  return { precision: tp + fp > 0 ? tp / (tp + fp) : null, recall: tp + fn > 0 ? tp / (tp + fn) : null };
}

function mean(values: Array<number | null>): number {
  const real = values.filter((v): v is number => v !== null);
  return real.length ? real.reduce((a, b) => a + b, 0) / real.length : 0;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** One page's figures, named by its file under the benchmarks folder (e.g. `aeb/html/<id>.html`). */
interface PageRow {
  file: string;
  line: string;
  /** Lower is worse: the order of the per-page lines. */
  score: number;
}

interface Dataset {
  rows: PageRow[];
  summary: string;
}

function evalAeb(dir: string): Dataset {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const scores: Array<{ id: string; s: PRF; r: PRF }> = [];
  for (const [id, { articleBody, url }] of Object.entries(truth)) {
    const html = readFileSync(join(dir, 'html', `${id}.html`), 'utf8');
    scores.push({ id, s: pageScore(sourceline(html, url), articleBody), r: pageScore(readability(html, url), articleBody) });
  }
  const pageF1 = (x: PRF) => f1(x.precision ?? 0, x.recall ?? 0);
  const rows = scores.map((row) => ({
    file: `aeb/html/${row.id}.html`,
    line: `aeb ${row.id.slice(0, 12)} sourceline P=${(row.s.precision ?? 0).toFixed(3)} R=${(row.s.recall ?? 0).toFixed(3)} F1=${pageF1(row.s).toFixed(3)}  readability F1=${pageF1(row.r).toFixed(3)}`,
    score: pageF1(row.s),
  }));
  const sp = mean(scores.map((r) => r.s.precision));
  const sr = mean(scores.map((r) => r.s.recall));
  const rp = mean(scores.map((r) => r.r.precision));
  const rr = mean(scores.map((r) => r.r.recall));
  return { rows, summary: `aeb: pages=${scores.length} sourceline F1=${f1(sp, sr).toFixed(3)} P=${sp.toFixed(3)} R=${sr.toFixed(3)} | readability F1=${f1(rp, rr).toFixed(3)} P=${rp.toFixed(3)} R=${rr.toFixed(3)}` };
}

function normalizeForSnippets(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function evalTrafilatura(dir: string): Dataset {
  const data = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, { file: string; with: string[]; without: string[] }>;
  const totals = { s: { inc: 0, exc: 0 }, r: { inc: 0, exc: 0 }, with: 0, without: 0 };
  const rows: PageRow[] = [];
  for (const [url, { file, with: include, without: exclude }] of Object.entries(data)) {
    const path = join(dir, 'html', file);
    if (!existsSync(path)) continue;
    const html = readFileSync(path, 'utf8');
    const s = normalizeForSnippets(sourceline(html, url));
    const r = normalizeForSnippets(readability(html, url));
    const has = (text: string, snippet: string) => text.includes(normalizeForSnippets(snippet));
    const inc = include.filter((x) => has(s, x)).length;
    const exc = exclude.filter((x) => !has(s, x)).length;
    totals.s.inc += inc;
    totals.s.exc += exc;
    totals.r.inc += include.filter((x) => has(r, x)).length;
    totals.r.exc += exclude.filter((x) => !has(r, x)).length;
    totals.with += include.length;
    totals.without += exclude.length;
    const incShare = include.length ? inc / include.length : 1;
    const excShare = exclude.length ? exc / exclude.length : 1;
    rows.push({
      file: `trafilatura-eval/html/${file}`,
      line: `trafilatura ${file.slice(0, 40).padEnd(40)} include=${incShare.toFixed(2)} exclude=${excShare.toFixed(2)}`,
      score: incShare + excShare,
    });
  }
  const ratio = (a: number, b: number) => (b ? a / b : 1).toFixed(3);
  return { rows, summary: `trafilatura: pages=${rows.length} sourceline include=${ratio(totals.s.inc, totals.with)} exclude=${ratio(totals.s.exc, totals.without)} | readability include=${ratio(totals.r.inc, totals.with)} exclude=${ratio(totals.r.exc, totals.without)}` };
}

/** The committed list of pages that once went wrong: file names under the benchmarks folder, `#` starts a comment. */
function readRegressions(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}

const args = process.argv.slice(2);
const quiet = args.includes('--summary');
const regressionsAt = args.indexOf('--regressions');
const regressionsFile = regressionsAt >= 0 ? args[regressionsAt + 1] : join(import.meta.dirname, 'story-regressions.txt');
const dir = args.find((a, i) => !a.startsWith('--') && (regressionsAt < 0 || i !== regressionsAt + 1));
if (!dir || !regressionsFile) {
  console.error('usage: npm run eval:story -- <benchmarks dir (with aeb/ and trafilatura-eval/)> [--summary] [--regressions <file>]');
  process.exit(2);
}
const datasets: Dataset[] = [];
if (existsSync(join(dir, 'aeb'))) datasets.push(evalAeb(join(dir, 'aeb')));
if (existsSync(join(dir, 'trafilatura-eval'))) datasets.push(evalTrafilatura(join(dir, 'trafilatura-eval')));
if (existsSync(join(dir, 'ground-truth.json'))) datasets.push(evalAeb(dir));
if (existsSync(join(dir, 'evaldata.json'))) datasets.push(evalTrafilatura(dir));
// The regressions first: pages that once went wrong, each with its figures (read from the
// benchmarks at run time; only their file names are committed).
const byFile = new Map(datasets.flatMap((d) => d.rows.map((row) => [row.file, row] as const)));
const regressions = readRegressions(regressionsFile);
for (const file of regressions) {
  const row = byFile.get(file);
  console.log(`regression ${row ? row.line : `${file} not found under ${dir}`}`);
}
if (!quiet) for (const { rows } of datasets) for (const row of [...rows].sort((a, b) => a.score - b.score)) console.log(row.line);
for (const { summary } of datasets) console.log(summary);
