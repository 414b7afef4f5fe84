import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { analyzePageSteps } from '../../utils/engine/analyze';
import { drain } from '../../utils/engine/steps';
import { installRuleBook } from '../../utils/rules/book';
import { decodeRuleBook, encodeRuleBook } from '../../utils/rules/book-wire';
import { fullRuleBook } from '../../utils/rules/full-book';
import { decodeHtml } from '../decode-html';
import { parseHtml } from '../parse-html';
import { CHROMIUM_FLAGS } from '../chromium-flags';

// `npx tsx tools/bench/regexp-cost.ts [--pages N] [--top N] [--chromium]`: which regular expressions a
// cold page load runs for the first time in the content script's analysis (analyzePageSteps, no chain), with the stored book (rules/book-wire.ts), on the
// AEB pages, and what compiling each costs in Node's V8 (CPU time, median of 5, a copy
// with a distinct no-op suffix so that V8's cache does not answer): per page the sum, and
// the patterns that cost most over the pages. A model of the content script's first-use
// compile cost (its analysis drained at once, not early.ts's), to choose what to cut.
// --chromium: each pattern compiled and first run in a page of real Chromium instead (its V8 differs
// from Node's: the i flag and property classes cost there in other proportions), wall time, median of 5.

const ROOT = resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const opt = (name: string, d: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : d);
const count = opt('--pages', 40);
const top = opt('--top', 25);
const dir = join(ROOT, '..', 'shared', 'benchmarks', 'aeb', 'html');
const wire = JSON.stringify(encodeRuleBook(fullRuleBook()));
const seen = new Set<string>();
const used: string[] = [];
const note = (re: RegExp) => {
  const key = `${re.flags}\u0000${re.source}`;
  if (!seen.has(key)) {
    seen.add(key);
    used.push(key);
  }
};
for (const name of ['test', 'exec'] as const) {
  const original = RegExp.prototype[name] as (this: RegExp, s: string) => unknown;
  (RegExp.prototype as unknown as Record<string, unknown>)[name] = function (this: RegExp, s: string) {
    note(this);
    return original.call(this, s);
  };
}
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let salt = 0;
const costs = new Map<string, number>();
function cost(key: string): number {
  let c = costs.get(key);
  if (c === undefined) {
    const [flags, source] = key.split('\u0000') as [string, string];
    const xs: number[] = [];
    for (let k = 0; k < 5; k++) {
      const re = new RegExp(`(?:${source})|(?!)x{${++salt}}`, flags.replace(/[gy]/g, ''));
      const t0 = cpu();
      re.test('');
      xs.push(cpu() - t0);
    }
    c = xs.sort((a, b) => a - b)[2]!;
    costs.set(key, c);
  }
  return c;
}
/** Fills `costs` with each pattern's compile and first test in a page of Chromium: wall time, median of 5 copies (each with its own no-op suffix, so that V8's cache does not answer). */
async function costInChromium(keys: string[]): Promise<void> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    const times = await page.evaluate((patterns) => {
      let n = 0;
      return patterns.map(([source, flags]) => {
        const xs: number[] = [];
        for (let k = 0; k < 5; k++) {
          const re = new RegExp(`(?:${source})|(?!)x{${++n}}`, flags);
          const t0 = performance.now();
          re.test('');
          xs.push(performance.now() - t0);
        }
        return xs.sort((a, b) => a - b)[2]!;
      });
    }, keys.map((key) => { const [flags, source] = key.split('\u0000') as [string, string]; return [source, flags.replace(/[gy]/g, '')] as [string, string]; }));
    keys.forEach((key, i) => costs.set(key, times[i]!));
  } finally {
    await browser.close();
  }
}
const files = readdirSync(dir).filter((f) => /\.html?$/.test(f)).sort().slice(0, count);
const usedByPage: string[][] = [];
for (const file of files) {
  seen.clear();
  used.length = 0;
  installRuleBook(decodeRuleBook(JSON.parse(wire))!);
  const text = decodeHtml(readFileSync(join(dir, file))).text;
  drain(analyzePageSteps(parseHtml(text), `https://example.org/${file}`));
  usedByPage.push([...used]);
}
if (args.includes('--chromium')) await costInChromium([...new Set(usedByPage.flat())]);
const perPage: number[] = [];
const byPattern = new Map<string, { total: number; pages: number }>();
files.forEach((file, p) => {
  const keys = usedByPage[p]!;
  let sum = 0;
  for (const key of keys) {
    const c = cost(key);
    sum += c;
    const e = byPattern.get(key) ?? { total: 0, pages: 0 };
    e.total += c;
    e.pages++;
    byPattern.set(key, e);
  }
  perPage.push(sum);
  console.log(file.slice(0, 12), String(keys.length).padStart(4), 'patterns', sum.toFixed(1).padStart(7), 'ms');
});
const sorted = [...perPage].sort((a, b) => a - b);
console.log(`median per page ${sorted[sorted.length >> 1]!.toFixed(1)} ms, mean ${(perPage.reduce((a, b) => a + b, 0) / perPage.length).toFixed(1)} ms`);
for (const [key, e] of [...byPattern].sort((a, b) => b[1].total - a[1].total).slice(0, top)) {
  const [flags, source] = key.split('\u0000') as [string, string];
  console.log(e.total.toFixed(1).padStart(8), String(e.pages).padStart(3), (e.total / e.pages).toFixed(2).padStart(7), flags.padEnd(3), source.length, source.slice(0, 90));
}
