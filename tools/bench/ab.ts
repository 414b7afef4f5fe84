import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../chromium-flags';
import type { AbFn, AbHarness } from './ab-harness';
import { bundleInline, serve } from './serve';

// `npm run bench:ab -- [--base REV] [aeb dir] [--pages N] [--rounds N] [--profile FILE]`
//
// A performance report, never a test: this tree's engine against a base revision's
// (default HEAD), both bundled into the same page, timed in the same tab in rotating order
// (base, current, Readability), so a busy machine slows both alike. Per page the medians;
// at the end the median per-page ratios current/base, current/readability and
// base/readability. Each page's two results (the analysis and the collapse count) are
// compared: a difference is printed and counted (the change was meant to keep the output).
// Read the ratio against an A/A run (--base HEAD on a clean tree) made at the same load: two
// copies of one engine in one bundle are not timed alike (code placement, which copy warms
// first). On a shared 2-core machine A/A runs gave 0.90 (load ~9) to 0.965–0.98 (load ~4–5).
// --profile FILE: then a CPU profile of the current engine alone over the pages
// (Chromium's sampling profiler), written to FILE, with its top self times printed.

const ROOT = resolve(import.meta.dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Options {
  base: string;
  dir: string;
  pages: number;
  rounds: number;
  profile: string | null;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { base: 'HEAD', dir: join(ROOT, '..', 'shared', 'benchmarks', 'aeb'), pages: Infinity, rounds: 7, profile: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--base') options.base = argv[++i]!;
    else if (arg === '--pages') options.pages = Number(argv[++i]);
    else if (arg === '--rounds') options.rounds = Number(argv[++i]);
    else if (arg === '--profile') options.profile = resolve(argv[++i]!);
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else options.dir = resolve(arg);
  }
  return options;
}

const median = (xs: number[]): number => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');

/** The base revision's utils/, unpacked under node_modules/.cache (so its package imports resolve as this tree's). */
function unpackBase(rev: string): string {
  const commit = execFileSync('git', ['rev-parse', rev], { cwd: ROOT, encoding: 'utf8' }).trim();
  const dir = join(ROOT, 'node_modules', '.cache', 'sourceline-ab', commit);
  if (!existsSync(join(dir, 'utils'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const tar = execFileSync('git', ['archive', '--format=tar', commit, 'utils', 'public/_locales'], { cwd: ROOT, maxBuffer: 1 << 28 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
  }
  return dir;
}

function bundle(baseDir: string): Promise<string> {
  return bundleInline(join(import.meta.dirname, 'ab-harness.ts'), ROOT, { 'sourceline-base': baseDir });
}

const FNS: readonly AbFn[] = ['base', 'current', 'readability'];

async function timePage(page: Page, rounds: number): Promise<Record<AbFn, number>> {
  const samples: Record<AbFn, number[]> = { base: [], current: [], readability: [] };
  for (let r = 0; r < rounds; r++) {
    const order = FNS.map((_, i) => FNS[(i + r) % FNS.length]!);
    const times = await page.evaluate((names) => names.map((n) => (window as unknown as { __ab: AbHarness }).__ab.time(n as AbFn)), order);
    order.forEach((name, i) => samples[name].push(times[i]!));
  }
  return { base: median(samples.base), current: median(samples.current), readability: median(samples.readability) };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const htmlDir = join(options.dir, 'html');
  const files = readdirSync(htmlDir).filter((f) => /\.html?$/i.test(f)).sort().slice(0, options.pages);
  const baseDir = unpackBase(options.base);
  const harness = await bundle(baseDir);
  console.log(`bench:ab: ${files.length} pages, ${options.rounds} rounds; base ${options.base} (${baseDir.split('/').pop()!.slice(0, 10)}); ${cpus().length} cores, load ${loadavg().map((x) => x.toFixed(2)).join(' / ')}`);
  const server = await serve(htmlDir, new Set(files), harness);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  const rows: Array<{ id: string; t: Record<AbFn, number> }> = [];
  let differ = 0;
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient')));
    const page = await context.newPage();
    const open = async (file: string) => {
      await page.goto(`${server.origin}/aeb/${encodeURIComponent(file)}`, { waitUntil: 'domcontentloaded', timeout: 30_000 });
      await page.waitForLoadState('load', { timeout: 5_000 }).catch(() => undefined);
      if (!(await page.evaluate(() => typeof (window as unknown as { __ab?: unknown }).__ab === 'object'))) await page.addScriptTag({ content: harness });
    };
    for (const file of files) {
      const id = file.replace(/\.html?$/, '').slice(0, 12);
      try {
        await open(file);
        const out = await page.evaluate(() => (window as unknown as { __ab: AbHarness }).__ab.outputs());
        if (out.base !== out.current) {
          differ++;
          console.log(`${id}  OUTPUT DIFFERS\n  base    ${out.base.slice(0, 400)}\n  current ${out.current.slice(0, 400)}`);
        }
        const t = await timePage(page, options.rounds);
        rows.push({ id, t });
        console.log(`${id}  base ${f2(t.base).padStart(6)}  current ${f2(t.current).padStart(6)}  readability ${f2(t.readability).padStart(6)}  cur/base ${f3(t.current / t.base)}`);
      } catch (error) {
        console.log(`${id}  SKIPPED: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
    if (options.profile) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      const profiles: unknown[] = [];
      for (const file of files) {
        try {
          await open(file);
          await page.evaluate(() => (window as unknown as { __ab: AbHarness }).__ab.repeat(2));
          if (process.env.AB_ALLOC) {
            await cdp.send('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
            await page.evaluate((n) => (window as unknown as { __ab: AbHarness }).__ab.repeat(n), options.rounds);
            profiles.push((await cdp.send('HeapProfiler.stopSampling')).profile);
          } else {
            await cdp.send('Profiler.start');
            await page.evaluate((n) => (window as unknown as { __ab: AbHarness }).__ab.repeat(n), options.rounds);
            profiles.push((await cdp.send('Profiler.stop')).profile);
          }
        } catch {
          /* skipped above too */
        }
      }
      writeFileSync(options.profile, JSON.stringify(profiles));
      if (!process.env.AB_ALLOC) printTop(profiles as Profile[]);
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  const ratio = (a: AbFn, b: AbFn) => median(rows.map((r) => r.t[a] / r.t[b]));
  console.log(
    `ab summary: ${rows.length} pages; median ms base ${f2(median(rows.map((r) => r.t.base)))} current ${f2(median(rows.map((r) => r.t.current)))} readability ${f2(median(rows.map((r) => r.t.readability)))};` +
      ` median per-page current/base=${f3(ratio('current', 'base'))} base/readability=${f3(ratio('base', 'readability'))} current/readability=${f3(ratio('current', 'readability'))}; outputs differ on ${differ} page(s)`,
  );
}

interface Profile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }>;
  samples: number[];
  timeDeltas: number[];
}

/** Self and total time by function name over all profiles (share of the sampled engine time), the top 40 of each. */
function printTop(profiles: Profile[]) {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  for (const p of profiles) {
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of p.nodes as Array<Profile['nodes'][number] & { children?: number[] }>) for (const c of n.children ?? []) parent.set(c, n.id);
    const key = (id: number) => {
      const f = byId.get(id)!.callFrame;
      // (By name: the harness is inline, so its line numbers move with each page.)
      return f.functionName || '(anonymous)';
    };
    p.samples.forEach((id, i) => {
      const k = key(id);
      if (k.startsWith('(program)') || k.startsWith('(idle)') || k.startsWith('(root)')) return;
      const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
      all += dt;
      self.set(k, (self.get(k) ?? 0) + dt);
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) seen.add(key(at));
      for (const s of seen) total.set(s, (total.get(s) ?? 0) + dt);
    });
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, t]) => `  ${((100 * t) / all).toFixed(1).padStart(5)}%  ${t.toFixed(0).padStart(6)} ms  ${k}`).join('\n');
  console.log(`profile: ${all.toFixed(0)} ms sampled (program and idle left out); self:\n${top(self)}\ntotal:\n${top(total)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
