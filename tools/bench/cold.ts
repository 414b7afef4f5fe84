import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { preparePage, type BenchServer } from './serve';
import { extensionShift, type ShiftProbe } from './layout-shift';

// The costs a reader pays on every page load, measured from outside with the built
// extension in real Chromium (the first lines of `npm run bench`):
//  - cold: the main-thread CPU time the extension adds to a page load (CDP
//    Performance.getMetrics ThreadTime, with the extension minus without it, page scripts
//    made inert by the server), beside a cold Readability.parse of the same page in the same
//    run (its bundle compiled and run once in the page, ThreadTime the same way). Not
//    ScriptDuration: it counts a script's synchronous run and task callbacks but not the
//    promise continuations after it, nor extension-API callbacks (a content script that
//    burns 30 ms after `await browser.storage.local.get` or `await Promise.resolve()` adds
//    under 3 ms to it, and 30 ms to ThreadTime), which is where the content script works.
//    ThreadTime also holds what the extension makes the page do (style and layout after a
//    collapse, garbage collection): all of it is what the reader pays. ScriptDuration is
//    printed beside it, for comparison with earlier runs;
//  - tab heap: the JS heap the extension leaves in a tab after garbage collection;
//  - streamed: the project's own labelled fixture pages sent as a slow network would (2 KB
//    every 100 ms): first contentful paint, when each block was collapsed and whether a
//    frame was painted between its arrival and its collapse, and the layout shift
//    (Layout Instability API) with and without the extension.

export interface ColdOptions {
  extensionDir: string;
  chromium: string;
  args: string[];
  root: string;
  /** AEB pages for the cold and heap runs */
  aebFiles: string[];
  heapPages: number;
  /** how many streamed fixture pages, spread evenly over them (Infinity: all) */
  streamPages?: number;
  /** only the fixture pages whose name matches */
  streamMatch?: RegExp | undefined;
  log: (line?: string) => void;
}

export interface ColdResult {
  coldRatio: number;
  coldExtMs: number;
  coldReadabilityMs: number;
  heapKb: number;
  collapsedAfterPaint: number;
  collapsedAfterFcp: number;
  /** the share of pages with collapses where a block was collapsed after a frame had shown it in the viewport */
  inViewAfterPaint: number;
  clsMax: number;
  /** median first contentful paint with minus without the extension, streamed (what the paint hold costs) */
  fcpDelayMs: number;
}

const sleep = (t: number) => new Promise((r) => setTimeout(r, t));
const median = (xs: number[]): number => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const quantile = (xs: number[], q: number): number => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * q))]! : NaN;
};
const f = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

/** How long a page is left to settle after "load": the content script analyses in idle-time slices. */
const SETTLE_MS = 1500;

async function launch(options: ColdOptions, withExtension: boolean): Promise<BrowserContext> {
  const args = withExtension
    ? [`--disable-extensions-except=${options.extensionDir}`, `--load-extension=${options.extensionDir}`, ...options.args]
    : options.args;
  const context = await chromium.launchPersistentContext('', { executablePath: options.chromium, headless: true, viewport: { width: 1280, height: 900 }, args });
  if (withExtension && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 15_000 });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    return url.hostname === '127.0.0.1' && url.protocol === 'http:' ? route.continue() : route.abort('blockedbyclient');
  });
  return context;
}

interface Tab {
  page: Page;
  cdp: CDPSession;
}

async function tab(context: BrowserContext, server: BenchServer): Promise<Tab> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.origin}/blank.html`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp };
}

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === name)?.value ?? NaN;
}

interface Cost {
  /** main-thread CPU time, ms (ThreadTime) */
  cpu: number;
  /** ScriptDuration, ms (misses promise continuations and extension-API callbacks) */
  script: number;
}

/** The tab's counters now, in seconds (one getMetrics call). */
async function costNow(cdp: CDPSession): Promise<Cost> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { cpu: get('ThreadTime'), script: get('ScriptDuration') };
}

/** What the tab's main thread spent since `before` (costNow), in ms. */
async function costSince(cdp: CDPSession, before: Cost): Promise<Cost> {
  const now = await costNow(cdp);
  return { cpu: (now.cpu - before.cpu) * 1000, script: (now.script - before.script) * 1000 };
}

/** What one page load cost the tab's main thread, from commit to SETTLE_MS after "load". */
async function loadCost({ page, cdp }: Tab, url: string): Promise<Cost> {
  await page.goto(url, { waitUntil: 'commit', timeout: 30_000 });
  const before = await costNow(cdp);
  await page.waitForLoadState('load', { timeout: 10_000 }).catch(() => undefined);
  await sleep(SETTLE_MS);
  return costSince(cdp, before);
}

async function heapBytes({ cdp }: Tab): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return metric(cdp, 'JSHeapUsedSize');
}

async function readabilityBundle(root: string): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { Readability } from '@mozilla/readability';
const t0 = performance.now();
const article = new Readability(document.cloneNode(true)).parse();
window.__rd = { ms: performance.now() - t0, chars: article && article.textContent ? article.textContent.length : 0 };`,
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** In the page's main world from its first moment: paint, layout shifts, frames, node arrivals and collapses. */
const STREAM_PROBE = `(() => {
  const st = (window.__st = { fcp: null, cls: 0, shifts: [], changes: [], frames: [], collapses: [] });
  const arrived = new WeakMap();
  const heldAt = new WeakMap();
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') st.fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) { st.cls += e.value; st.shifts.push({ at: e.startTime, value: e.value }); } }).observe({ type: 'layout-shift', buffered: true });
  } catch (e) {}
  // Each frame: when its rendering began (the animation-frame callback) and a moment after it was painted (the next task).
  // A frame painted while the extension holds the first paint (paint-hold.ts: the body transparent) shows nothing.
  const frame = () => {
    const held = document.documentElement.hasAttribute('data-sourceline-hold');
    const entry = { raf: performance.now(), painted: Infinity, held };
    st.frames.push(entry);
    setTimeout(() => { entry.painted = performance.now(); }, 0);
    if (st.frames.length < 2000) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const arrival = (el) => { for (let n = el; n; n = n.parentNode) { const t = arrived.get(n); if (t !== undefined) return t; } return 0; };
  new MutationObserver((records) => {
    const now = performance.now();
    for (const r of records) {
      if (r.type === 'childList') {
        for (const n of r.addedNodes) if (!arrived.has(n)) arrived.set(n, now);
        // The extension's own controls, put in or taken out: a change of the page's layout it made.
        for (const n of [...r.addedNodes, ...r.removedNodes]) if (n.nodeType === 1 && n.hasAttribute('data-sourceline-control')) st.changes.push(now);
        continue;
      }
      st.changes.push(now);
      if (r.attributeName === 'data-sourceline-held') { if (r.target.hasAttribute('data-sourceline-held') && !heldAt.has(r.target)) heldAt.set(r.target, now); continue; }
      const v = r.target.getAttribute('data-sourceline-state');
      if ((v === 'collapsed' || v === 'hidden') && r.oldValue !== v) {
        // Where the block stood: its control's place (inserted before it), else its parent's top. Pages
        // only grow below while they stream, so a block below the viewport now was never in it.
        const control = r.target.previousElementSibling;
        const place = control && control.hasAttribute('data-sourceline-control') ? control : r.target.parentElement;
        const top = place ? place.getBoundingClientRect().top : 0;
        // A block held unseen while it waited for judging (early.ts) was out of sight from then on.
        st.collapses.push({ at: now, arrived: arrival(r.target), inView: top < innerHeight, unseenFrom: Math.min(now, heldAt.get(r.target) ?? Infinity) });
      }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeOldValue: true, attributeFilter: ['data-sourceline-state', 'data-sourceline-held'] });
})();`;

interface StreamProbe extends ShiftProbe {
  fcp: number | null;
  cls: number;
  frames: Array<{ raf: number; painted: number; held: boolean }>;
  collapses: Array<{ at: number; arrived: number; inView: boolean; unseenFrom: number }>;
}

async function streamLoad(page: Page, url: string): Promise<StreamProbe> {
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  await sleep(SETTLE_MS);
  return page.evaluate(() => (window as unknown as { __st: StreamProbe }).__st);
}

/** The project's own labelled pages: test/fixtures (seed, counter, corpus, lookalikes). */
function fixturePages(root: string): string[] {
  const dir = join(root, 'test', 'fixtures');
  const out: string[] = [];
  for (const sub of ['', 'corpus', 'lookalikes']) {
    const folder = join(dir, sub);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      if (!name.endsWith('.html') || name.startsWith('e2e--')) continue;
      const labels = join(folder, name.replace(/\.html$/, sub ? '.labels.json' : '.expected.json'));
      if (existsSync(labels)) out.push(join(folder, name));
    }
  }
  return out;
}

export async function benchCold(server: BenchServer, options: ColdOptions): Promise<ColdResult> {
  const { log } = options;
  const started = Date.now();
  const readability = await readabilityBundle(options.root);
  const withExt = await launch(options, true);
  const without = await launch(options, false);
  const result: ColdResult = { coldRatio: NaN, coldExtMs: NaN, coldReadabilityMs: NaN, heapKb: NaN, collapsedAfterPaint: NaN, collapsedAfterFcp: NaN, inViewAfterPaint: NaN, clsMax: NaN, fcpDelayMs: NaN };
  try {
    // ---- cold script and tab heap on the AEB pages
    const ext = await tab(withExt, server);
    const plain = await tab(without, server);
    const ratios: number[] = [];
    const added: number[] = [];
    const rdMs: number[] = [];
    const addedScript: number[] = [];
    const heap: number[] = [];
    log(`== Cold: the built extension on ${options.aebFiles.length} AEB pages (page scripts inert; main-thread CPU time (ThreadTime) from commit to ${SETTLE_MS} ms after load, with − without; cold Readability in the same tab) ==`);
    for (const [i, file] of options.aebFiles.entries()) {
      const url = `${server.origin}/aeb-plain/${encodeURIComponent(file)}`;
      try {
        // Alternating order, so neither side always runs first.
        const order = i % 2 ? [plain, ext] : [ext, plain];
        const costs = new Map<Tab, Cost>();
        for (const t of order) costs.set(t, await loadCost(t, url));
        const extMs = costs.get(ext)!.cpu - costs.get(plain)!.cpu;
        const scriptMs = costs.get(ext)!.script - costs.get(plain)!.script;
        const before = await costNow(plain.cdp);
        await plain.page.addScriptTag({ content: readability });
        const rd = (await costSince(plain.cdp, before)).cpu;
        added.push(extMs);
        addedScript.push(scriptMs);
        rdMs.push(rd);
        ratios.push(extMs / rd);
        let heapNote = '';
        if (i < options.heapPages) {
          // Readability ran in the plain tab: reload it bare before weighing.
          await loadCost(plain, url);
          const kb = ((await heapBytes(ext)) - (await heapBytes(plain))) / 1024;
          heap.push(kb);
          heapNote = `  heap +${f(kb, 0)} KB`;
        }
        log(`${file.slice(0, 12)}  ext +${f(extMs).padStart(6)} ms CPU (ScriptDuration +${f(scriptMs).padStart(6)})  readability ${f(rd).padStart(6)} ms  ratio ${f(extMs / rd, 2).padStart(5)}${heapNote}`);
      } catch (error) {
        log(`${file.slice(0, 12)}  SKIPPED: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
    result.coldRatio = median(ratios);
    result.coldExtMs = median(added);
    result.coldReadabilityMs = median(rdMs);
    result.heapKb = median(heap);
    log(
      `cold summary: ${ratios.length} pages; extension adds median ${f(result.coldExtMs)} ms of main-thread CPU (p90 ${f(quantile(added, 0.9))}; ScriptDuration alone sees median ${f(median(addedScript))} ms of it), cold Readability median ${f(result.coldReadabilityMs)} ms;` +
        ` median per-page ratio ${f(result.coldRatio, 2)}; tab heap added after GC median ${f(result.heapKb, 0)} KB over ${heap.length} pages`,
    );

    // ---- streamed fixture pages
    await withExt.addInitScript(STREAM_PROBE);
    await without.addInitScript(STREAM_PROBE);
    const allPages = fixturePages(options.root).filter((path) => !options.streamMatch || options.streamMatch.test(path.slice(path.lastIndexOf('/') + 1)));
    const every = Math.max(1, Math.ceil(allPages.length / (options.streamPages ?? Infinity)));
    const pages = allPages.filter((_, i) => i % every === 0);
    const CHUNK = 2048;
    const GAP_MS = 100;
    for (const [i, path] of pages.entries()) {
      const html = preparePage(readFileSync(path).toString('latin1'), null);
      server.addStream(`/stream/${i}.html`, Buffer.from(html, 'latin1'), CHUNK, GAP_MS);
    }
    log();
    log(`== Streamed: ${pages.length}${pages.length < allPages.length ? ` (every ${every}th)` : ''} of ${allPages.length} labelled fixture pages sent in ${CHUNK / 1024} KB chunks ${GAP_MS} ms apart (with and without the extension, side by side) ==`);
    let withCollapses = 0;
    let afterPaint = 0;
    let afterFcp = 0;
    let inViewAfterPaint = 0;
    const lateBy: number[] = [];
    let clsMax = 0;
    let clsWorst = '';
    const fcpDelay: number[] = [];
    for (const [i, path] of pages.entries()) {
      const name = path.slice(path.lastIndexOf('/') + 1, -5);
      try {
        const url = `${server.origin}/stream/${i}.html`;
        const [a, b] = await Promise.all([streamLoad(ext.page, url), streamLoad(plain.page, url)]);
        const shift = extensionShift(a);
        // The page's own shifts (layout-shift.ts) are not the extension's, however they differ from the run without it: said, not counted.
        if (a.cls - b.cls > shift + 0.001) log(`${name}: CLS ${f(a.cls, 4)} with the extension, ${f(b.cls, 4)} without; ${f(shift, 4)} of it in the frames after the extension's changes (the rest is the page's own)`);
        if (shift > clsMax) [clsMax, clsWorst] = [shift, name];
        if (a.fcp !== null && b.fcp !== null) fcpDelay.push(a.fcp - b.fcp);
        if (a.collapses.length === 0) continue;
        withCollapses++;
        const fcp = a.fcp ?? Infinity;
        const late = a.collapses.filter((c) => c.at > fcp);
        // Seen: a frame began rendering after the block arrived and was painted (the page not held) before the block was collapsed or held unseen.
        const seen = a.collapses.filter((c) => a.frames.some((f) => !f.held && f.raf > c.arrived && f.painted < c.unseenFrom));
        if (late.length) afterFcp++;
        if (seen.some((c) => c.inView)) inViewAfterPaint++;
        if (seen.length) {
          afterPaint++;
          lateBy.push(Math.max(...seen.map((c) => c.at - fcp)));
        }
        if (seen.length || late.length) {
          log(`${name}: FCP ${f(fcp, 0)} ms; ${a.collapses.length} collapsed at ${a.collapses.map((c) => f(c.at, 0)).join(', ')} ms; after FCP ${late.length}, after a frame showed them ${seen.length} (${seen.filter((c) => c.inView).length} in the viewport); CLS +${f(shift, 4)}`);
        }
      } catch (error) {
        log(`${name}: SKIPPED: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
    result.collapsedAfterPaint = withCollapses ? afterPaint / withCollapses : NaN;
    result.collapsedAfterFcp = withCollapses ? afterFcp / withCollapses : NaN;
    result.inViewAfterPaint = withCollapses ? inViewAfterPaint / withCollapses : NaN;
    result.clsMax = clsMax;
    result.fcpDelayMs = median(fcpDelay);
    log(
      `streamed summary: ${withCollapses} of ${pages.length} pages had collapses; on ${afterPaint} a block was collapsed after a frame had shown it` +
        ` (on ${inViewAfterPaint} in the viewport)` +
        ` (median ${f(median(lateBy), 0)} ms after FCP), on ${afterFcp} something was collapsed after FCP;` +
        ` layout shift added by the extension max ${f(clsMax, 4)}${clsWorst ? ` (${clsWorst})` : ''};` +
        ` first contentful paint with − without the extension median ${f(result.fcpDelayMs)} ms (p90 ${f(quantile(fcpDelay, 0.9))})`,
    );
  } finally {
    await withExt.close();
    await without.close();
  }
  log(`  cold phases took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return result;
}
