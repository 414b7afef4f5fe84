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

function evalAeb(dir: string, quiet: boolean): string {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const rows: Array<{ id: string; s: PRF; r: PRF }> = [];
  for (const [id, { articleBody, url }] of Object.entries(truth)) {
    const html = readFileSync(join(dir, 'html', `${id}.html`), 'utf8');
    rows.push({ id, s: pageScore(sourceline(html, url), articleBody), r: pageScore(readability(html, url), articleBody) });
  }
  const pageF1 = (x: PRF) => f1(x.precision ?? 0, x.recall ?? 0);
  if (!quiet) {
    for (const row of [...rows].sort((a, b) => pageF1(a.s) - pageF1(b.s))) {
      console.log(`aeb ${row.id.slice(0, 12)} sourceline P=${(row.s.precision ?? 0).toFixed(3)} R=${(row.s.recall ?? 0).toFixed(3)} F1=${pageF1(row.s).toFixed(3)}  readability F1=${pageF1(row.r).toFixed(3)}`);
    }
  }
  const sp = mean(rows.map((r) => r.s.precision));
  const sr = mean(rows.map((r) => r.s.recall));
  const rp = mean(rows.map((r) => r.r.precision));
  const rr = mean(rows.map((r) => r.r.recall));
  return `aeb: pages=${rows.length} sourceline F1=${f1(sp, sr).toFixed(3)} P=${sp.toFixed(3)} R=${sr.toFixed(3)} | readability F1=${f1(rp, rr).toFixed(3)} P=${rp.toFixed(3)} R=${rr.toFixed(3)}`;
}

function normalizeForSnippets(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function evalTrafilatura(dir: string, quiet: boolean): string {
  const data = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, { file: string; with: string[]; without: string[] }>;
  const totals = { s: { inc: 0, exc: 0 }, r: { inc: 0, exc: 0 }, with: 0, without: 0 };
  const rows: Array<{ file: string; inc: number; exc: number }> = [];
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
    rows.push({ file, inc: include.length ? inc / include.length : 1, exc: exclude.length ? exc / exclude.length : 1 });
  }
  if (!quiet) {
    for (const row of rows.sort((a, b) => a.inc + a.exc - (b.inc + b.exc))) {
      console.log(`trafilatura ${row.file.slice(0, 40).padEnd(40)} include=${row.inc.toFixed(2)} exclude=${row.exc.toFixed(2)}`);
    }
  }
  const ratio = (a: number, b: number) => (b ? a / b : 1).toFixed(3);
  return `trafilatura: pages=${rows.length} sourceline include=${ratio(totals.s.inc, totals.with)} exclude=${ratio(totals.s.exc, totals.without)} | readability include=${ratio(totals.r.inc, totals.with)} exclude=${ratio(totals.r.exc, totals.without)}`;
}

const args = process.argv.slice(2);
const quiet = args.includes('--summary');
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: npm run eval:story -- <benchmarks dir (with aeb/ and trafilatura-eval/)> [--summary]');
  process.exit(2);
}
const lines: string[] = [];
if (existsSync(join(dir, 'aeb'))) lines.push(evalAeb(join(dir, 'aeb'), quiet));
if (existsSync(join(dir, 'trafilatura-eval'))) lines.push(evalTrafilatura(join(dir, 'trafilatura-eval'), quiet));
if (existsSync(join(dir, 'ground-truth.json'))) lines.push(evalAeb(dir, quiet));
if (existsSync(join(dir, 'evaldata.json'))) lines.push(evalTrafilatura(dir, quiet));
for (const line of lines) console.log(line);
