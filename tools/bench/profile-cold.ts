import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../chromium-flags';
import { serve } from './serve';

// `npx tsx tools/bench/profile-cold.ts [aeb dir] [--pages N] [--memory-off]`: a CPU profile (CDP Profiler)
// of the built extension's content script on cold page loads, self time summed by function
// over the pages, for the functions of the extension's own script. A tool to find where
// the cold cost goes; the bench measures it.

const ROOT = resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const pagesAt = args.indexOf('--pages');
const count = pagesAt >= 0 ? Number(args[pagesAt + 1]) : 10;
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--pages') ?? join(ROOT, '..', 'shared', 'benchmarks', 'aeb');
const extension = process.env.BENCH_EXTENSION_DIR ?? join(ROOT, '.output', 'chrome-mv3');

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

async function main() {
  const files = readdirSync(join(dir, 'html')).filter((f) => /\.html?$/.test(f)).sort().slice(0, count);
  const server = await serve(join(dir, 'html'), new Set(files), '');
  server.add('/blank.html', '<!DOCTYPE html><title>blank</title>');
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...CHROMIUM_FLAGS],
  });
  const self = new Map<string, number>();
  let total = 0;
  try {
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
    // --memory-off: the story memory switched off (no source chain built for it after each run).
    if (args.includes('--memory-off')) await context.serviceWorkers()[0]!.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ memoryEnabled: false }));
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.origin}/blank.html`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    for (const file of files) {
      await cdp.send('Profiler.start');
      await page.goto(`${server.origin}/aeb-plain/${encodeURIComponent(file)}`, { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 1500));
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } };
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      profile.samples.forEach((id, i) => {
        const node = byId.get(id)!;
        const { url, functionName, lineNumber, columnNumber } = node.callFrame;
        const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
        const key = url.startsWith('chrome-extension://') ? `${functionName || '(anonymous)'} ${lineNumber}:${columnNumber}` : url ? null : `[${functionName || '(program)'}]`;
        if (!key || key === '[(idle)]' || key === '[(program)]') return;
        self.set(key, (self.get(key) ?? 0) + dt);
        if (url) total += dt;
      });
    }
  } finally {
    await context.close();
    await server.close();
  }
  console.log(`extension self time over ${files.length} pages: ${total.toFixed(1)} ms (per page ${(total / files.length).toFixed(1)})`);
  // The bundle is minified: each function shown with the start of its code.
  const lines = readFileSync(join(extension, 'content-scripts', 'content.js'), 'utf8').split('\n');
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    const at = /(\d+):(\d+)$/.exec(key);
    const code = at ? (lines[Number(at[1])] ?? '').slice(Number(at[2]), Number(at[2]) + 70) : '';
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}  ${code}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
