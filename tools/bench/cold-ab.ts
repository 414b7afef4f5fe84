import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../chromium-flags';
import { serve } from './serve';
// `npx tsx tools/bench/cold-ab.ts DIR_A DIR_B ...` (env PAGES=40, ROUNDS=1, HEAP=1 to weigh the tab heap on the first 12 pages):
// built extensions (copies of .output/chrome-mv3) compared on cold AEB page loads in one run, a plain browser and
// each build loading each page in turn (rotating order): per page the main-thread ScriptDuration (the bench's
// cold-ext measure) and ThreadTime (main-thread CPU time, which a busy machine inflates much less) with minus
// without any extension, against a cold Readability in the plain tab. Prints each build's medians and its paired
// per-page differences to the first build. A tool to choose between builds; `npm run bench -- --cold` stays the measure.
const ROOT = resolve(import.meta.dirname, '..', '..');
const count = Number(process.env.PAGES ?? 40);
const rounds = Number(process.env.ROUNDS ?? 1);
const dir = join(ROOT, '..', 'shared', 'benchmarks', 'aeb');
const exts = process.argv.slice(2);
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));
const median = (xs: number[]) => { const s = xs.filter(Number.isFinite).sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };
async function main() {
  const rd = (await build({ stdin: { contents: `import { Readability } from '@mozilla/readability'; new Readability(document.cloneNode(true)).parse();`, resolveDir: ROOT, loader: 'js' }, bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', write: false, logLevel: 'silent' })).outputFiles[0]!.text;
  const files = readdirSync(join(dir, 'html')).filter((f) => /\.html?$/.test(f)).sort().slice(0, count);
  const server = await serve(join(dir, 'html'), new Set(files), '');
  server.add('/blank.html', '<!DOCTYPE html><title>blank</title>');
  const mk = async (ext: string | null) => {
    const context = await chromium.launchPersistentContext('', { executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 900 }, args: ext ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...CHROMIUM_FLAGS, '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'] : [...CHROMIUM_FLAGS, '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'] });
    if (ext && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
    await context.route('**/*', (route) => { const u = new URL(route.request().url()); return u.hostname === '127.0.0.1' || u.protocol === 'chrome-extension:' ? route.continue() : route.abort('blockedbyclient'); });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.origin}/blank.html`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    return { context, page, cdp };
  };
  const metric = async (cdp: CDPSession, name = 'ScriptDuration') => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)!.value;
  const heap = async (cdp: CDPSession) => { await cdp.send('HeapProfiler.collectGarbage'); await cdp.send('HeapProfiler.collectGarbage'); return (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')!.value; };
  const cpu: number[] = [];
  const load = async (t: { page: Page; cdp: CDPSession }, url: string) => { await t.page.goto(url, { waitUntil: 'commit' }); const b = await metric(t.cdp); const c = await metric(t.cdp, 'ThreadTime'); await t.page.waitForLoadState('load').catch(() => 0); await sleep(1500); cpu.push(((await metric(t.cdp, 'ThreadTime')) - c) * 1000); return ((await metric(t.cdp)) - b) * 1000; };
  const tabs = [await mk(null)];
  for (const e of exts) tabs.push(await mk(e));
  const added: number[][] = exts.map(() => []); const ratio: number[][] = exts.map(() => []); const hk: number[][] = exts.map(() => []);
  const rds: number[] = []; const addedCpu: number[][] = exts.map(() => []);
  let k = 0;
  for (let r = 0; r < rounds; r++) for (const [fi, file] of files.entries()) {
    const url = `${server.origin}/aeb-plain/${encodeURIComponent(file)}`;
    const shift = k++ % tabs.length;
    const rot = tabs.map((_, i) => (i + shift) % tabs.length);
    const t = new Array(tabs.length).fill(0);
    const tc = new Array(tabs.length).fill(0);
    for (const i of rot) { t[i] = await load(tabs[i]!, url); tc[i] = cpu.pop()!; }
    exts.forEach((_, i) => (addedCpu[i]!.push(tc[i + 1] - tc[0])));
    let hs = '';
    if (process.env.HEAP && fi < 12) { const h0 = await heap(tabs[0]!.cdp); for (let i = 0; i < exts.length; i++) { const kb = ((await heap(tabs[i + 1]!.cdp)) - h0) / 1024; hk[i]!.push(kb); hs += ` h${i}=${kb.toFixed(0)}`; } }
    const b = await metric(tabs[0]!.cdp); await tabs[0]!.page.addScriptTag({ content: rd }); const rdMs = ((await metric(tabs[0]!.cdp)) - b) * 1000; rds.push(rdMs);
    exts.forEach((_, i) => { added[i]!.push(t[i + 1] - t[0]); ratio[i]!.push((t[i + 1] - t[0]) / rdMs); });
    console.log(file.slice(0, 12), 'rd', rdMs.toFixed(1).padStart(6), exts.map((_, i) => (t[i + 1] - t[0]).toFixed(1).padStart(7)).join(' '), ' cpu', exts.map((_, i) => addedCpu[i]!.at(-1)!.toFixed(1).padStart(7)).join(' '), hs);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  exts.forEach((e, i) => console.log(`${e.padEnd(28)} cpu added median ${median(addedCpu[i]!).toFixed(1)} mean ${mean(addedCpu[i]!).toFixed(1)}; script added mean ${mean(added[i]!).toFixed(1)}; paired script diff to first median ${median(added[i]!.map((x, k) => x - added[0]![k]!)).toFixed(1)}; cpu ${median(addedCpu[i]!.map((x, k) => x - addedCpu[0]![k]!)).toFixed(1)};`));
  exts.forEach((e, i) => console.log(`${e.padEnd(28)} added median ${median(added[i]!).toFixed(1)} ms  ratio median ${median(ratio[i]!).toFixed(3)}  rd median ${median(rds).toFixed(1)}${process.env.HEAP ? `  heap-kb median ${median(hk[i]!).toFixed(0)}` : ''}`));
  for (const t of tabs) await t.context.close();
  await server.close();
}
main().catch((e) => { console.error(e); process.exit(1); });
