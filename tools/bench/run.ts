import { spawnSync } from 'node:child_process';
import { CHROMIUM_FLAGS } from '../chromium-flags';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import type { Bench, BenchInfo, BenchParts } from './harness';
import { benchCold, type ColdResult } from './cold';
import { bundleInline, serve, type BenchServer } from './serve';
import { stormPage, syntheticArticle } from './synthetic';

// `npm run bench -- [aeb dir] [--pages N] [--rounds N] [--build] [--cold] [--warm] [--cold-pages N] [--stream-pages N] [--stream-match REGEX]`
//
// A performance report, never a test: nothing here asserts a time.
//  0. Cold (first, tools/bench/cold.ts): what a page load pays with the built extension:
//     added main-thread script against a cold Readability, the tab's heap, and the labelled
//     fixture pages streamed in 2 KB chunks (collapses against first paint, layout shift).
//     `--cold` runs only this phase; `--warm` only phase 1 (the AEB pages, warm).
//  1. AEB pages: floor (one text walk), Sourceline (analyse + collapse: the steps the
//     content script runs on every page in idle-time slices, run here at once, so their
//     total work), Readability, interleaved in rotating order; medians per page. The source
//     chain, which the content script builds only when the popup asks, is timed apart.
//  2. Scaling: synthetic articles at 1×, 10×, 100× (~1,000 / 10,000 / 100,000 elements).
//  3. Long tasks: the built extension on the 100× page. The page's own long tasks (parsing
//     and laying out 100,000 elements) are reported beside the content script's: a
//     Chromium trace tells which tasks ran the content script's code.
//  4. Mutation storm: the extension's share of wall time while a page appends 1,000
//     nodes/s for 10 s and for 12 s after (its refreshes are throttled, so some land late),
//     from Performance.getMetrics ThreadTime (main-thread CPU) with the extension minus
//     without it. Not ScriptDuration: it misses promise continuations and extension-API
//     callbacks (cold.ts), where the content script does its work.
//  5. Bundle size: gzip of the content script and the popup chunk(s).

const ROOT = resolve(import.meta.dirname, '..', '..');
// BENCH_EXTENSION_DIR: measure another build (a copy of an earlier .output/chrome-mv3).
const EXTENSION_DIR = process.env.BENCH_EXTENSION_DIR ?? join(ROOT, '.output', 'chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FUNCTIONS = ['floor', 'sourceline', 'readability'] as const;
type Fn = (typeof FUNCTIONS)[number];
type Times = Record<Fn, number>;

const COMMON_ARGS = [
  ...CHROMIUM_FLAGS,
  // Timing needs every tab running at full speed, in the background too.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

// ---------------------------------------------------------------- arguments

interface Options {
  dir: string;
  pages: number;
  rounds: number;
  build: boolean;
  coldOnly: boolean;
  /** phase 1 only (--warm) */
  warmOnly: boolean;
  coldPages: number;
  /** streamed fixture pages: all, or N spread evenly over them (--stream-pages N) */
  streamPages: number;
  /** only the streamed fixture pages whose name matches (--stream-match REGEX), to look at a few */
  streamMatch?: RegExp;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { dir: join(ROOT, '..', 'shared', 'benchmarks', 'aeb'), pages: Infinity, rounds: 7, build: false, coldOnly: false, warmOnly: false, coldPages: 40, streamPages: Infinity };
  const number = (flag: string, value: string | undefined) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} wants a positive whole number, got ${value}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--pages') options.pages = number(arg, argv[++i]);
    else if (arg === '--rounds') options.rounds = number(arg, argv[++i]);
    else if (arg === '--build') options.build = true;
    else if (arg === '--cold') options.coldOnly = true;
    else if (arg === '--warm') options.warmOnly = true;
    else if (arg === '--cold-pages') options.coldPages = number(arg, argv[++i]);
    else if (arg === '--stream-pages') options.streamPages = number(arg, argv[++i]);
    else if (arg === '--stream-match') options.streamMatch = new RegExp(argv[++i] ?? '');
    else if (arg === '--help' || arg === '-h') {
      console.log(
        'npm run bench -- [aeb dir] [--pages N] [--rounds N (default 7)] [--build (npm run build first)] [--cold (the cold and streamed phases only)] [--warm (the warm AEB phase only)] [--cold-pages N (default 40)] [--stream-pages N (default all: N spread evenly over the fixtures)] [--stream-match REGEX (only the fixtures so named)]',
      );
      process.exit(0);
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else options.dir = resolve(arg);
  }
  return options;
}

// ---------------------------------------------------------------- small helpers

const median = (xs: number[]): number => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = (x: number) => (Number.isFinite(x) ? (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)) : 'n/a');
const ratio = (x: number) => (Number.isFinite(x) ? (x < 10 ? x.toFixed(2) : x.toFixed(1)) : 'n/a');
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));
const log = (line = '') => console.log(line);

async function withTimeout<T>(promise: Promise<T>, limit: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} took over ${limit / 1000} s`)), limit);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Only 127.0.0.1 is reached; every other request is aborted (counted). */
async function blockOutside(context: BrowserContext, counter: { blocked: number }): Promise<void> {
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname === '127.0.0.1') return route.continue();
    counter.blocked++;
    return route.abort('blockedbyclient');
  });
}

// ---------------------------------------------------------------- the extension build

function newestSource(): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const part of ['entrypoints', 'utils', 'components', 'public', 'wxt.config.ts', 'package.json']) visit(join(ROOT, part));
  return newest;
}

/**
 * Runs `npm run build` when the Chrome build is missing, or when asked (--build). A build
 * older than its sources is measured as it is, with a warning in the report.
 */
function ensureBuild(force: boolean): string {
  const content = join(EXTENSION_DIR, 'content-scripts', 'content.js');
  const missing = !existsSync(join(EXTENSION_DIR, 'manifest.json')) || !existsSync(content);
  if (missing || force) {
    console.error(`[bench] ${missing ? '.output/chrome-mv3 is missing' : '--build'}: npm run build`);
    const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
    if (result.status !== 0) {
      if (missing || !existsSync(content)) throw new Error('npm run build failed');
      return 'REBUILD FAILED: measuring the previous build';
    }
    return 'fresh (npm run build)';
  }
  return statSync(content).mtimeMs < newestSource()
    ? 'OLDER THAN ITS SOURCES: measured as it is (add --build to rebuild)'
    : 'up to date';
}

// ---------------------------------------------------------------- the harness

function bundleHarness(): Promise<string> {
  return bundleInline(join(import.meta.dirname, 'harness.ts'), ROOT);
}

declare global {
  interface Window {
    __lt?: Array<{ start: number; duration: number }>;
    __slMark?: number;
    __stormEnd?: number;
  }
}

/** Runs `rounds` rounds of the given functions in rotating order; returns the medians. */
async function timePage(page: Page, rounds: number, fns: readonly Fn[], limit: number): Promise<Times> {
  const samples: Record<Fn, number[]> = { floor: [], sourceline: [], readability: [] };
  for (let r = 0; r < rounds; r++) {
    const order = fns.map((_, i) => fns[(i + r) % fns.length]!);
    const times = await withTimeout(
      page.evaluate((names) => names.map((name) => (window as unknown as { __bench: Bench }).__bench[name as Fn]()), order),
      limit,
      `round ${r + 1}`,
    );
    order.forEach((name, i) => samples[name].push(times[i]!));
  }
  return { floor: median(samples.floor), sourceline: median(samples.sourceline), readability: median(samples.readability) };
}

/** Opens a page and makes sure the harness is there; returns how it got there and whether "load" fired. */
async function openWithHarness(page: Page, url: string, harness: string): Promise<{ how: 'inline' | 'added'; loaded: boolean }> {
  const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
  if (!response || !response.ok()) throw new Error(`HTTP ${response?.status() ?? 'no response'}`);
  // Blocked subresources fail at once; a request that never settles must not hold the run.
  const loaded = await page.waitForLoadState('load', { timeout: 5_000 }).then(
    () => true,
    () => false,
  );
  const how = await installHarness(page, harness);
  return { how, loaded };
}

async function installHarness(page: Page, harness: string): Promise<'inline' | 'added'> {
  if (await page.evaluate(() => typeof (window as unknown as { __bench?: Bench }).__bench === 'object')) return 'inline';
  // The page's markup swallowed the inline script (an unclosed raw-text element…): add it.
  await page.addScriptTag({ content: harness });
  if (!(await page.evaluate(() => typeof (window as unknown as { __bench?: Bench }).__bench === 'object'))) {
    throw new Error('the harness did not load');
  }
  return 'added';
}

// ---------------------------------------------------------------- 1. AEB pages

interface PageResult {
  id: string;
  times: Times;
  info: BenchInfo;
  parts: BenchParts;
}

async function benchAeb(browser: Browser, server: BenchServer, files: string[], harness: string, rounds: number) {
  const counter = { blocked: 0 };
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: true });
  await blockOutside(context, counter);
  let page = await context.newPage();
  const results: PageResult[] = [];
  const skipped: string[] = [];
  const started = Date.now();
  let added = 0;
  const unloaded: string[] = [];
  log(`== AEB pages: ${files.length}, ${rounds} rounds each (floor / sourceline / readability, rotating order; medians in ms) ==`);
  for (const file of files) {
    const id = file.replace(/\.html?$/, '').slice(0, 12);
    try {
      const opened = await openWithHarness(page, `${server.origin}/aeb/${encodeURIComponent(file)}`, harness);
      if (opened.how === 'added') added++;
      if (!opened.loaded) unloaded.push(id);
      const times = await timePage(page, rounds, FUNCTIONS, 60_000);
      const info = await page.evaluate(() => (window as unknown as { __bench: Bench }).__bench.info());
      const parts = await page.evaluate((n) => (window as unknown as { __bench: Bench }).__bench.parts(n), rounds);
      results.push({ id, times, info, parts });
      const what = `${info.elements} el, ${info.isArticle ? `article, ${info.findings} findings` : 'not an article'}${
        info.readabilityError ? `, readability threw: ${info.readabilityError}` : info.readabilityChars === 0 ? ', readability: null' : ''
      }`;
      log(
        `${id}  floor ${ms(times.floor).padStart(6)}  sourceline ${ms(times.sourceline).padStart(6)}  readability ${ms(times.readability).padStart(6)}` +
          `  sl/rd ${ratio(times.sourceline / times.readability).padStart(5)}  sl/floor ${ratio(times.sourceline / times.floor).padStart(6)}  chain ${ms(info.chainMs).padStart(6)}  (${what})`,
      );
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      skipped.push(`${id}: ${message}`);
      log(`${id}  SKIPPED: ${message}`);
      // A stuck or crashed tab is replaced.
      await page.close().catch(() => undefined);
      page = await context.newPage();
    }
  }
  await context.close();
  const slRd = median(results.map((r) => r.times.sourceline / r.times.readability));
  const slFloor = median(results.map((r) => r.times.sourceline / r.times.floor));
  log(
    `AEB summary: ${results.length} pages measured, ${skipped.length} skipped; median ms floor ${ms(median(results.map((r) => r.times.floor)))}` +
      ` sourceline ${ms(median(results.map((r) => r.times.sourceline)))} readability ${ms(median(results.map((r) => r.times.readability)))};` +
      ` median per-page sourceline/readability ${ratio(slRd)}, sourceline/floor ${ratio(slFloor)}`,
  );
  // The popup's first question builds the source chain: its cost, and the whole analysis with it, beside Readability.
  const chainMs = median(results.map((r) => r.info.chainMs));
  const wholeRd = median(results.map((r) => (r.times.sourceline + r.info.chainMs) / r.times.readability));
  log(
    `  source chain at the popup's first question: median ${ms(chainMs)} ms; page's work + chain, median per-page ratio to readability ${ratio(wholeRd)},` +
      ` to floor ${ratio(median(results.map((r) => (r.times.sourceline + r.info.chainMs) / r.times.floor)))}`,
  );
  // How far toward the text walk the page's work can come: what detection inside the article pays at the least,
  // each beside the floor timed in the same loop (median per-page ratio).
  const part = (key: 'rulesOnText' | 'textContent' | 'article' | 'blocks') =>
    `${ms(median(results.map((r) => r.parts[key])))} ms (${ratio(median(results.map((r) => r.parts[key] / r.parts.floor)))}× floor)`;
  log(
    `  costs next to the floor, each timed alone (medians; floor ${ms(median(results.map((r) => r.parts.floor)))} ms): the rules' patterns once on each text node ${part('rulesOnText')},` +
      ` one read of body.textContent ${part('textContent')}, finding the article ${part('article')}, its blocks ${part('blocks')};` +
      ` pages where some block anywhere in the body matches a rule ${results.filter((r) => r.parts.ruleAnywhere).length}/${results.length}`,
  );
  const worst = [...results].sort((a, b) => b.times.sourceline - a.times.sourceline).slice(0, 3);
  log(`  phase took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  log(`  slowest sourceline: ${worst.map((r) => `${r.id} ${ms(r.times.sourceline)} ms (${r.info.elements} el)`).join(', ')}`);
  const p90 = [...results.map((r) => r.times.sourceline)].sort((a, b) => a - b)[Math.floor(results.length * 0.9)] ?? NaN;
  log(`  sourceline p90 ${ms(p90)} ms; articles ${results.filter((r) => r.info.isArticle).length}/${results.length}; requests blocked ${counter.blocked}`);
  const coarse = results.filter((r) => !r.info.isolated).length;
  log(`  timer: ${coarse ? `${coarse} page(s) NOT cross-origin isolated (performance.now() in 100 µs steps)` : 'all pages cross-origin isolated (performance.now() in 5 µs steps)'}`);
  if (unloaded.length) log(`  no "load" event within 5 s (a request that never settled; measured after DOMContentLoaded): ${unloaded.join(', ')}`);
  if (added) log(`  ${added} page(s) swallowed the inline harness; it was added with addScriptTag instead`);
  for (const note of skipped) log(`  skipped ${note}`);
  return { slRd, slFloor, chainMs };
}

// ---------------------------------------------------------------- 2. scaling

const SCALES = [1, 10, 100] as const;

async function benchScaling(browser: Browser, server: BenchServer, harness: string, rounds: number) {
  const counter = { blocked: 0 };
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await blockOutside(context, counter);
  const page = await context.newPage();
  const times = new Map<number, Times>();
  const started = Date.now();
  log();
  log(`== Scaling: synthetic news articles, ${rounds} rounds each (medians in ms) ==`);
  for (const scale of SCALES) {
    try {
      await openWithHarness(page, `${server.origin}/synthetic/${scale}.html`, harness);
      const t = await timePage(page, rounds, FUNCTIONS, 120_000);
      const info = await page.evaluate(() => (window as unknown as { __bench: Bench }).__bench.info());
      times.set(scale, t);
      log(
        `${String(scale).padStart(3)}×  ${String(info.elements).padStart(6)} el  floor ${ms(t.floor).padStart(6)}  sourceline ${ms(t.sourceline).padStart(6)}` +
          `  readability ${ms(t.readability).padStart(6)}  (${info.isArticle ? 'article' : 'NOT an article'}, ${info.findings} findings, ${info.collapsed} collapsed)`,
      );
    } catch (error) {
      log(`${scale}×  SKIPPED: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
  await context.close();
  log(`  phase took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const base = times.get(1);
  const scaleRatio = (scale: number, fn: Fn) => (base && times.get(scale) ? times.get(scale)![fn] / base[fn] : NaN);
  for (const scale of [10, 100]) {
    log(
      `${scale}×/1×: sourceline ${ratio(scaleRatio(scale, 'sourceline'))}  floor ${ratio(scaleRatio(scale, 'floor'))}  readability ${ratio(scaleRatio(scale, 'readability'))}` +
        `  (linear would be ${scale})`,
    );
  }
  return { scale100: scaleRatio(100, 'sourceline'), sourceline100: times.get(100)?.sourceline ?? NaN };
}

// ---------------------------------------------------------------- 3 + 4. the built extension

/** Long-task observer and a marker of when the content script's collapse lands, in the page's main world. */
const INIT_SCRIPT = `(() => {
  window.__lt = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__lt.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  const mark = new MutationObserver(() => {
    if (window.__slMark === undefined) window.__slMark = performance.now();
    mark.disconnect();
  });
  mark.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-sourceline-state'] });
})();`;

async function launchPersistent(withExtension: boolean): Promise<BrowserContext> {
  const args = withExtension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...COMMON_ARGS] : COMMON_ARGS;
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args,
  });
  if (withExtension && context.serviceWorkers().length === 0) {
    await context.waitForEvent('serviceworker', { timeout: 15_000 });
  }
  return context;
}

/** `script`: the main thread's CPU time (ThreadTime, s), which holds all the content script's work (cold.ts says why not ScriptDuration); `at`: the clock. */
async function mainThreadSeconds(cdp: CDPSession): Promise<{ script: number; at: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { script: get('ThreadTime'), at: get('Timestamp') };
}

interface Probe {
  page: Page;
  cdp: CDPSession;
  blocked: { blocked: number };
}

async function probe(context: BrowserContext, server: BenchServer): Promise<Probe> {
  const blocked = { blocked: 0 };
  await blockOutside(context, blocked);
  await context.addInitScript(INIT_SCRIPT);
  const page = context.pages()[0] ?? (await context.newPage());
  // Same origin as the measured pages, so navigations stay in one renderer.
  await page.goto(`${server.origin}/blank.html`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp, blocked };
}

/** The tasks of the renderer's main thread that ran code of the extension (its script's URL is chrome-extension://…). */
interface ContentScriptTasks {
  longest: number;
  count: number;
  over50: number;
  /** the longest few: task ms (of which the extension's code ms, and how it was called) */
  top: string;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string } };
}

async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: unknown[] }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline'] }, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    return events;
  };
}

function contentScriptTasks(events: TraceEvent[]): ContentScriptTasks {
  const ours = events.filter((e) => e.ph === 'X' && (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && e.args?.data?.url?.startsWith('chrome-extension://'));
  const threads = new Set(ours.map((e) => `${e.pid}:${e.tid}`));
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && threads.has(`${e.pid}:${e.tid}`));
  const found = tasks
    .map((t) => ({ ms: (t.dur ?? 0) / 1000, calls: ours.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0)) }))
    .filter((t) => t.calls.length > 0)
    .sort((a, b) => b.ms - a.ms);
  const top = found
    .slice(0, 3)
    .map((t) => `${ms(t.ms)} (${ms(t.calls.reduce((n, e) => n + (e.dur ?? 0) / 1000, 0))} in ${[...new Set(t.calls.map((e) => e.args?.data?.functionName || e.name))].join('+')})`)
    .join(', ');
  return { longest: found[0]?.ms ?? 0, count: found.length, over50: found.filter((t) => t.ms > 50).length, top };
}

interface LongTaskResult {
  /** the content script's own tasks, from the trace (null when not traced) */
  content: ContentScriptTasks | null;
  longest: number;
  count: number;
  contentTask: number | null;
  /** the longest few, as "duration@start" in ms */
  top: string;
  waitedMs: number;
  collapsed: boolean;
  scriptMs: number;
}

async function longTasks({ page, cdp }: Probe, url: string, expectCollapse: boolean): Promise<LongTaskResult> {
  const stopTrace = expectCollapse ? await startTrace(cdp) : null;
  await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
  const before = await mainThreadSeconds(cdp);
  await page.waitForLoadState('load', { timeout: 60_000 });
  const started = Date.now();
  let collapsed = false;
  while (Date.now() - started < 10_000) {
    collapsed = await page.evaluate(() => document.querySelectorAll('[data-sourceline-state]').length > 0);
    if (collapsed || !expectCollapse) break;
    await sleep(100);
  }
  const waitedMs = Date.now() - started;
  // Without the extension there is nothing to wait for; give the page the same settling time.
  // The collapse lands in slices: wait until the count stops growing.
  const count = () => page.evaluate(() => document.querySelectorAll('[data-sourceline-state]').length);
  for (let last = -1, now = await count(); expectCollapse && now !== last && Date.now() - started < 20_000; ) {
    await sleep(500);
    [last, now] = [now, await count()];
  }
  await sleep(expectCollapse ? 500 : 1500);
  const content = stopTrace ? contentScriptTasks(await stopTrace()) : null;
  const after = await mainThreadSeconds(cdp);
  const { lt, mark } = await page.evaluate(() => ({ lt: window.__lt ?? [], mark: window.__slMark }));
  const marked = mark === undefined ? undefined : lt.find((t) => t.start <= mark && mark <= t.start + t.duration + 1);
  return {
    content,
    longest: lt.reduce((m, t) => Math.max(m, t.duration), 0),
    count: lt.length,
    contentTask: marked ? marked.duration : null,
    top: [...lt]
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 4)
      .map((t) => `${ms(t.duration)}@${ms(t.start)}`)
      .join(' '),
    waitedMs,
    collapsed,
    scriptMs: (after.script - before.script) * 1000,
  };
}

/** How long the window runs on after the last batch, to catch refreshes the extension deferred (throttled) past the storm. */
const STORM_TAIL_MS = 12_000;

interface StormRun {
  /** script time (s) and wall time (s) from commit to the last batch */
  during: { script: number; wall: number };
  /** the same from commit to STORM_TAIL_MS after the last batch */
  total: { script: number; wall: number };
  /** longest long task (ms) on the page over the whole window */
  longest: number;
}

/** Main-thread CPU over the storm (commit → last batch) and over the storm plus its tail. */
async function storm({ page, cdp }: Probe, url: string): Promise<StormRun> {
  await page.goto(url, { waitUntil: 'commit', timeout: 30_000 });
  const before = await mainThreadSeconds(cdp);
  await page.waitForLoadState('load');
  await page.waitForFunction(() => window.__stormEnd !== undefined, undefined, { timeout: 30_000, polling: 250 });
  const end = await mainThreadSeconds(cdp);
  await sleep(STORM_TAIL_MS);
  const after = await mainThreadSeconds(cdp);
  const lt = await page.evaluate(() => window.__lt ?? []);
  return {
    during: { script: end.script - before.script, wall: end.at - before.at },
    total: { script: after.script - before.script, wall: after.at - before.at },
    longest: lt.reduce((m, t) => Math.max(m, t.duration), 0),
  };
}

async function benchExtension(server: BenchServer, sourceline100: number) {
  log();
  log('== The built extension (.output/chrome-mv3) on the 100× page, and the mutation storm ==');
  const started = Date.now();
  const withExt = await launchPersistent(true);
  const without = await launchPersistent(false);
  try {
    const ext = await probe(withExt, server);
    const plain = await probe(without, server);
    const url100 = `${server.origin}/plain/100.html`;
    const lt = await longTasks(ext, url100, true);
    const base = await longTasks(plain, url100, false);
    log(
      `with extension:    longest long task ${ms(lt.longest)} ms, ${lt.count} long tasks [${lt.top}]; collapse ${lt.collapsed ? `seen after ${lt.waitedMs} ms past load` : 'NOT seen within 10 s'}` +
        `; the task that applied the collapse: ${lt.contentTask === null ? 'not identified' : `${ms(lt.contentTask)} ms`}; main-thread CPU ${ms(lt.scriptMs)} ms`,
    );
    log(`without extension: longest long task ${ms(base.longest)} ms, ${base.count} long tasks [${base.top}]; main-thread CPU ${ms(base.scriptMs)} ms (parsing and layout of the page alone)`);
    const own = lt.content;
    log(
      own && own.count > 0
        ? `the content script's own tasks (trace: main-thread tasks that ran its code): ${own.count}, longest ${ms(own.longest)} ms, ${own.over50} over 50 ms; longest: ${own.top}`
        : 'the content script\'s own tasks: NOT found in the trace',
    );

    // Does the main thread's CPU time show the content script (it runs in an isolated world)?
    const seen = lt.scriptMs - base.scriptMs;
    const visible = lt.collapsed && Number.isFinite(sourceline100) && seen >= 0.5 * sourceline100;
    log(
      `main-thread CPU with − without on the 100× page: ${ms(seen)} ms (harness sourceline there: ${ms(sourceline100)} ms) → ` +
        (visible ? 'the content script is visible in it' : 'the content script is NOT reliably visible in it'),
    );

    const stormUrl = `${server.origin}/storm.html`;
    const runs: Record<'ext' | 'plain', StormRun[]> = { ext: [], plain: [] };
    for (let rep = 0; rep < 2; rep++) {
      runs.ext.push(await storm(ext, stormUrl));
      runs.plain.push(await storm(plain, stormUrl));
    }
    const share = (r: { script: number; wall: number }) => r.script / r.wall;
    const shares = (which: 'during' | 'total') => ({
      ext: runs.ext.map((r) => share(r[which])),
      plain: runs.plain.map((r) => share(r[which])),
    });
    const during = shares('during');
    const total = shares('total');
    const list = (xs: number[]) => xs.map((x) => x.toFixed(4)).join(', ');
    log(
      `storm (1,000 nodes/s for 10 s after load; 2 runs each, alternating): main-thread CPU share of wall time from commit to the last batch:` +
        ` with extension ${list(during.ext)}, without ${list(during.plain)} (wall ${runs.ext.map((r) => r.during.wall.toFixed(1)).join(', ')} s)`,
    );
    log(
      `  … and to ${STORM_TAIL_MS / 1000} s after it (deferred refreshes included): with ${list(total.ext)}, without ${list(total.plain)};` +
        ` extension CPU in the tail alone ${runs.ext.map((r) => ms((r.total.script - r.during.script) * 1000)).join(', ')} ms` +
        `; longest long task with extension ${runs.ext.map((r) => ms(r.longest)).join(', ')} ms, without ${runs.plain.map((r) => ms(r.longest)).join(', ')} ms`,
    );
    const noise = Math.max(Math.abs(total.ext[0]! - total.ext[1]!), Math.abs(total.plain[0]! - total.plain[1]!));
    const diff = median(total.ext) - median(total.plain);
    const diffDuring = median(during.ext) - median(during.plain);
    let stormCpu = 'n/a';
    if (!visible) log('storm-cpu=n/a: the main thread\'s CPU time did not show the content script on the 100× page, so it cannot isolate it');
    else if (noise > 0.05) log(`storm-cpu=n/a: runs of the same page differ by ${noise.toFixed(3)} of wall time, more than the effect`);
    else {
      stormCpu = Math.max(0, diff).toFixed(3);
      log(
        `extension share = with − without: ${diff.toFixed(4)} over storm + tail (run-to-run spread ±${noise.toFixed(4)}), ${diffDuring.toFixed(4)} over the storm alone; reported ${stormCpu}`,
      );
    }
    log(`requests blocked: ${ext.blocked.blocked + plain.blocked.blocked}; phase took ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return { longest: lt.content && lt.content.count > 0 ? lt.content.longest : NaN, pageLongest: lt.longest, stormCpu };
  } finally {
    await withExt.close();
    await without.close();
  }
}

// ---------------------------------------------------------------- 5. bundle size

function bundleSizes(): number {
  log();
  log('== Bundle size (gzip, node:zlib default level) ==');
  const kb = (path: string) => gzipSync(readFileSync(path)).length / 1024;
  const content = join(EXTENSION_DIR, 'content-scripts', 'content.js');
  if (!existsSync(content)) {
    log('content-scripts/content.js is missing (was .output rebuilt while the bench ran?)');
    return NaN;
  }
  const contentKb = kb(content);
  log(`content-scripts/content.js: ${(statSync(content).size / 1024).toFixed(1)} KB raw, ${contentKb.toFixed(1)} KB gzip`);
  const chunks = join(EXTENSION_DIR, 'chunks');
  const popups = existsSync(chunks) ? readdirSync(chunks).filter((f) => /^popup-.*\.js$/.test(f)) : [];
  for (const file of popups) {
    const path = join(chunks, file);
    log(`chunks/${file}: ${(statSync(path).size / 1024).toFixed(1)} KB raw, ${kb(path).toFixed(1)} KB gzip`);
  }
  if (popups.length === 0) log('no chunks/popup-*.js found');
  return contentKb;
}

// ---------------------------------------------------------------- main

const loadAverage = () => loadavg().map((x) => x.toFixed(2)).join(' / ');

async function main() {
  const started = Date.now();
  const options = parseArgs(process.argv.slice(2));
  const htmlDir = join(options.dir, 'html');
  if (!existsSync(htmlDir)) throw new Error(`no html/ folder in ${options.dir}`);
  const all = readdirSync(htmlDir).filter((f) => /\.html?$/i.test(f)).sort();
  const files = all.slice(0, options.pages);
  const buildState = ensureBuild(options.build);
  const harness = await bundleHarness();
  log(`bench: ${files.length} of ${all.length} pages from ${options.dir}; chromium ${CHROMIUM}; extension build ${buildState}; harness ${(harness.length / 1024).toFixed(0)} KB`);
  log(`machine: ${cpus().length} cores, load average ${loadAverage()} (other work on the machine skews every time below)`);

  const server = await serve(htmlDir, new Set(files), harness);
  server.add('/blank.html', '<!DOCTYPE html><title>blank</title>');
  for (const scale of SCALES) {
    server.add(`/synthetic/${scale}.html`, syntheticArticle({ scale, tail: `<script>${harness}</script>` }));
    server.add(`/plain/${scale}.html`, syntheticArticle({ scale }));
  }
  server.add('/storm.html', stormPage());

  // The costs of every page load first: cold script, tab heap, streamed pages.
  let cold: ColdResult | null = null;
  if (!options.warmOnly) try {
    cold = await benchCold(server, {
      extensionDir: EXTENSION_DIR,
      chromium: CHROMIUM,
      args: COMMON_ARGS,
      root: ROOT,
      aebFiles: files.slice(0, options.coldPages),
      heapPages: 12,
      streamPages: options.streamPages,
      streamMatch: options.streamMatch,
      log,
    });
  } catch (error) {
    log(`cold part failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  const coldLine = cold
    ? `cold-ext/readability=${ratio(cold.coldRatio)} cold-ext-ms=${ms(cold.coldExtMs)} cold-readability-ms=${ms(cold.coldReadabilityMs)}` +
      ` collapsed-after-paint=${cold.collapsedAfterPaint.toFixed(2)} collapsed-in-view-after-paint=${cold.inViewAfterPaint.toFixed(2)} collapsed-after-fcp=${cold.collapsedAfterFcp.toFixed(2)} ext-cls-max=${cold.clsMax.toFixed(4)} ext-fcp-delay-ms=${cold.fcpDelayMs.toFixed(1)}` +
      ` tab-heap-kb=${Number.isFinite(cold.heapKb) ? cold.heapKb.toFixed(0) : 'n/a'}`
    : 'cold-ext/readability=n/a';
  log(coldLine);
  if (options.coldOnly) {
    await server.close();
    log();
    log(`run time ${((Date.now() - started) / 1000).toFixed(0)} s; load average now ${loadAverage()}`);
    log(coldLine);
    return;
  }
  log();

  let aeb = { slRd: NaN, slFloor: NaN, chainMs: NaN };
  let scaling = { scale100: NaN, sourceline100: NaN };
  let extension: { longest: number; pageLongest: number; stormCpu: string } = { longest: NaN, pageLongest: NaN, stormCpu: 'n/a' };
  try {
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: COMMON_ARGS });
    try {
      aeb = await benchAeb(browser, server, files, harness, options.rounds);
      if (!options.warmOnly) scaling = await benchScaling(browser, server, harness, options.rounds);
    } finally {
      await browser.close();
    }
    if (!options.warmOnly) try {
      extension = await benchExtension(server, scaling.sourceline100);
    } catch (error) {
      log(`extension part failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  } finally {
    await server.close();
  }
  const contentKb = bundleSizes();
  log();
  log(`run time ${((Date.now() - started) / 1000).toFixed(0)} s; load average now ${loadAverage()}`);
  log(coldLine);
  log(
    `sourceline/readability=${ratio(aeb.slRd)} sourceline/floor=${ratio(aeb.slFloor)} scale100x=${ratio(scaling.scale100)}` +
      ` longest-task-ms=${Number.isFinite(extension.longest) ? extension.longest.toFixed(0) : 'n/a'} storm-cpu=${extension.stormCpu} content-gzip-kb=${Number.isFinite(contentKb) ? contentKb.toFixed(1) : 'n/a'}` +
      // The page's own longest task with the extension loaded (parsing and layout of 100,000 elements included), for context.
      ` page-longest-task-ms=${Number.isFinite(extension.pageLongest) ? extension.pageLongest.toFixed(0) : 'n/a'}` +
      // The source chain, built when the popup first asks (not on every page): median ms on the AEB pages.
      ` popup-chain-ms=${ms(aeb.chainMs)}`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
