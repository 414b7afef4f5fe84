import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../chromium-flags';
import { bundleInline, serve } from './serve';

// `npx tsx tools/bench/profile-warm.ts [aeb dir] [--pages N] [--calls N] [--top N] [--no-inline] [--lines FUNCTION] [--callers FUNCTION]`: a CPU profile
// (CDP Profiler) of what the warm bench's `sourceline()` times (tools/bench/harness.ts: analyse +
// collapse; `npm run bench -- --warm`) in Chromium, N calls per page after three warm-up
// calls, self and total time summed by function over the pages. A tool to find where the warm
// cost goes; the bench measures it.

const ROOT = resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const count = option('--pages', 40);
const calls = option('--calls', 20);
const top = option('--top', 40);
const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? join(ROOT, '..', 'shared', 'benchmarks', 'aeb');

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
  positionTicks?: Array<{ line: number; ticks: number }>;
}

/** The bundle's source file for each line: esbuild marks each module with a `// path` comment. */
function fileOfLine(bundle: string): (line: number) => string {
  const marks: Array<[number, string]> = [];
  bundle.split('\n').forEach((text, i) => {
    const m = /^\s*\/\/ ((?:utils|tools|node_modules)\/[^\s]+)$/.exec(text);
    if (m) marks.push([i, m[1]!.replace(/^node_modules\//, '~')]);
  });
  return (line) => {
    let found = '?';
    for (const [at, file] of marks) {
      if (at > line) break;
      found = file;
    }
    return found;
  };
}

async function main() {
  const harness = await bundleInline(join(import.meta.dirname, 'profile-warm-page.ts'), ROOT);
  const where = fileOfLine(harness);
  const files = readdirSync(join(dir, 'html')).filter((f) => /\.html?$/.test(f)).sort().slice(0, count);
  const server = await serve(join(dir, 'html'), new Set(files), harness);
  // --no-inline: V8 inlines nothing, so each function's own time is its own (slower overall, shares roughly kept).
  const jsFlags = args.includes('--no-inline') ? ['--js-flags=--no-turbo-inlining --no-maglev-inlining'] : [];
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: [...CHROMIUM_FLAGS, ...jsFlags] });
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const callers = new Map<string, number>();
  /** --callers NAME: that function's own time by caller too (as for natives) */
  const callersOf = args.includes('--callers') ? args[args.indexOf('--callers') + 1] : undefined;
  const lineOf = args.includes('--lines') ? args[args.indexOf('--lines') + 1] : undefined;
  const ticks = new Map<number, number>();
  let all = 0;
  let measured = 0;
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      return url.hostname === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    for (const file of files) {
      // The page without the bench's inline harness; this script added apart, so the profile's lines are the bundle's.
      await page.goto(`${server.origin}/aeb-plain/${encodeURIComponent(file)}`, { waitUntil: 'domcontentloaded' });
      await page.waitForLoadState('load', { timeout: 5_000 }).catch(() => undefined);
      await page.addScriptTag({ content: harness });
      await page.evaluate(() => window.__profileWarm(3));
      await cdp.send('Profiler.start');
      measured += await page.evaluate((n) => window.__profileWarm(n), calls);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } };
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const parent = new Map<number, number>();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const key = (n: Node) => {
        const { functionName, url, lineNumber } = n.callFrame;
        // The added script has no URL: its functions are told by their line (natives have none).
        if (url || lineNumber < 0) return `[${functionName || '(program)'}]`;
        return `${functionName || '(anonymous)'} ${where(lineNumber)}:${lineNumber}`;
      };
      // --lines NAME: where inside the functions so named their own samples fell (bundle lines, 1-based).
      for (const n of profile.nodes)
        if (lineOf && n.callFrame.functionName === lineOf && !n.callFrame.url)
          for (const t of n.positionTicks ?? []) ticks.set(t.line, (ticks.get(t.line) ?? 0) + t.ticks);
      profile.samples.forEach((id, i) => {
        const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
        const node = byId.get(id)!;
        const k = key(node);
        if (k === '[(idle)]' || k === '[(program)]') return;
        all += dt;
        self.set(k, (self.get(k) ?? 0) + dt);
        // A native (a DOM call) or the collector: charged to the engine function that called it, too.
        if ((k.startsWith('[') || (callersOf && k.startsWith(`${callersOf} `))) && parent.has(id)) {
          const by = `${k} <- ${key(byId.get(parent.get(id)!)!)}`;
          callers.set(by, (callers.get(by) ?? 0) + dt);
        }
        const seen = new Set<string>();
        for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
          const kk = key(byId.get(at)!);
          if (seen.has(kk)) continue;
          seen.add(kk);
          total.set(kk, (total.get(kk) ?? 0) + dt);
        }
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const per = files.length * calls;
  console.log(`sourceline() timed ${(measured / per).toFixed(2)} ms per call (mean over ${files.length} pages × ${calls}); profiled ${(all / per).toFixed(2)} ms per call`);
  const show = (title: string, map: Map<string, number>) => {
    console.log(`\n== ${title} (ms per call; % of profiled) ==`);
    for (const [k, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`${(ms / per).toFixed(3).padStart(8)}  ${((100 * ms) / all).toFixed(1).padStart(5)}%  ${k}`);
    }
  };
  show('self', self);
  show('total', total);
  show('natives by caller', callers);
  if (lineOf) {
    const lines = harness.split('\n');
    const sum = [...ticks.values()].reduce((a, b) => a + b, 0);
    console.log(`\n== ${lineOf}: samples by line (${sum}) ==`);
    for (const [line, n] of [...ticks].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`${String(n).padStart(6)}  ${((100 * n) / sum).toFixed(1).padStart(5)}%  ${line}: ${(lines[line - 1] ?? '').trim().slice(0, 150)}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
