import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../chromium-flags';
import { serve } from './serve';
// `npx tsx tools/bench/cold-cpu.ts DIR_A DIR_B ...` (env PAGES=20, ROUNDS=2): built extensions
// compared on cold AEB page loads by CPU time, not wall time: per page load (to 1.5 s after
// "load"), the main-thread CPU time of the tab's renderer processes (Linux schedstat; the
// extension's own process left out), with each build minus without any, every build and a
// plain browser loading each page in turn (rotating order). On a machine shared with other
// work, wall-time figures (the bench's ScriptDuration) grow with the load; CPU time much less.
// Includes what the extension causes the renderer to do (style, layout after a collapse).
// A tool to choose between builds; `npm run bench -- --cold` stays the measure.
const ROOT = resolve(import.meta.dirname, '..', '..');
const count = Number(process.env.PAGES ?? 20);
const rounds = Number(process.env.ROUNDS ?? 2);
const dir = join(ROOT, '..', 'shared', 'benchmarks', 'aeb');
const exts = process.argv.slice(2);
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };
const read = (p: string) => { try { return readFileSync(p, 'utf8'); } catch { return ''; } };
function children(): Map<number, number[]> {
  const kids = new Map<number, number[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const stat = read(`/proc/${d}/stat`);
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!kids.has(ppid)) kids.set(ppid, []);
    kids.get(ppid)!.push(Number(d));
  }
  return kids;
}
function descendants(pid: number, kids = children()): number[] {
  const out: number[] = [];
  const stack = [pid];
  while (stack.length) { const p = stack.pop()!; for (const c of kids.get(p) ?? []) { out.push(c); stack.push(c); } }
  return out;
}
function rendererCpuMs(browserPid: number): number {
  let ns = 0;
  for (const p of descendants(browserPid)) {
    const cmd = read(`/proc/${p}/cmdline`);
    if (!cmd.includes('--type=renderer') || cmd.includes('--extension-process')) continue;
    ns += Number(read(`/proc/${p}/task/${p}/schedstat`).split(' ')[0] || 0);
  }
  return ns / 1e6;
}
async function main() {
  const files = readdirSync(join(dir, 'html')).filter((f) => /\.html?$/.test(f)).sort().slice(0, count);
  const server = await serve(join(dir, 'html'), new Set(files), '');
  server.add('/blank.html', '<!DOCTYPE html><title>blank</title>');
  const mk = async (ext: string | null) => {
    const before = new Set(children().get(process.pid) ?? []);
    const context = await chromium.launchPersistentContext('', { executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 900 }, args: ext ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...CHROMIUM_FLAGS] : CHROMIUM_FLAGS });
    if (ext && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
    const fresh = (children().get(process.pid) ?? []).filter((p) => !before.has(p) && read(`/proc/${p}/cmdline`).includes('chrom'));
    if (fresh.length !== 1) throw new Error(`browser pid? ${fresh}`);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.origin}/blank.html`);
    return { context, page, pid: fresh[0]! };
  };
  const tabs = [await mk(null)];
  for (const e of exts) tabs.push(await mk(e));
  const load = async (t: any, url: string) => { const c0 = rendererCpuMs(t.pid); await t.page.goto(url, { waitUntil: 'load' }).catch(() => 0); await sleep(1500); const c1 = rendererCpuMs(t.pid); await t.page.goto(`${server.origin}/blank.html`); return c1 - c0; };
  const added: number[][] = exts.map(() => []);
  const rel: number[][] = exts.map(() => []);
  let k = 0;
  for (let r = 0; r < rounds; r++) for (const file of files) {
    const url = `${server.origin}/aeb-plain/${encodeURIComponent(file)}`;
    const order = tabs.map((_, i) => i);
    const shift = k++ % order.length;
    const rot = [...order.slice(shift), ...order.slice(0, shift)];
    const t = new Array(tabs.length).fill(0);
    for (const i of rot) t[i] = await load(tabs[i], url);
    const line = exts.map((_, i) => { added[i]!.push(t[i + 1] - t[0]); rel[i]!.push((t[i + 1] - t[0]) / Math.max(1, t[1] - t[0])); return (t[i + 1] - t[0]).toFixed(1).padStart(7); });
    console.log(file.slice(0, 12), 'plain', t[0].toFixed(1).padStart(6), line.join(' '));
  }
  exts.forEach((e, i) => console.log(`${e.padEnd(20)} median added CPU ${median(added[i]!).toFixed(1)} ms; mean ${(added[i]!.reduce((a, b) => a + b, 0) / added[i]!.length).toFixed(1)}; median of per-page ratio to ${exts[0]}: ${median(rel[i]!).toFixed(3)}`));
  for (const t of tabs) await t.context.close();
  await server.close();
}
main().catch((e) => { console.error(e); process.exit(1); });
