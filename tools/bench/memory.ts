import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../chromium-flags';
import { parseHtml } from '../parse-html';
import { benchMemory, benchPageRun } from './memory-page';

// `npm run bench:memory`: the story memory's costs. In Chromium (Debian's, headless; the
// memory's own code bundled into a page) and in Node beside it:
//   - lookup time with 10,000 stored stories (median and p95 of 400 lookups, half of them
//     copies of stored stories), the time to fill the index, fingerprint time per story;
//   - bytes per stored story (sketch, numbers, address, site, title, agency);
//   - the time a page's run adds: the source chain (built in idle time after the run, so
//     the memory knows the agency; before, it was built only when the popup opened) beside
//     the run itself, on the seed article page. The fingerprint is computed in the
//     background, not on the page.
// A report, never a test: the machines are shared and noisy.

const ROOT = join(import.meta.dirname, '..', '..');
const STORIES = Number(process.env.MEMORY_BENCH_STORIES ?? 10_000);
const LOOKUPS = 400;
const SEED_PAGE = join(ROOT, 'test', 'fixtures', 'seed--wordpress-autoblog.html');

function vocabulary(): string[] {
  const dir = join(ROOT, 'test', 'fixtures', 'reuse');
  const words = readdirSync(dir)
    .filter((f) => f.startsWith('en--'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n-----\n')[1]!.split(/\s+/))
    .filter(Boolean);
  return [...new Set(words)];
}

const fmt = (x: number) => x.toFixed(3);

async function inChromium(words: string[], html: string): Promise<void> {
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, 'memory-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'memoryBench',
    platform: 'browser',
    define: { __SOURCELINE_EXTENSION__: 'false' },
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>memory bench</title>');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const memory = await page.evaluate(
      ([vocab, n, lookups]) => (globalThis as unknown as { memoryBench: typeof import('./memory-page') }).memoryBench.benchMemory(vocab, n, lookups, () => performance.now()),
      [words, STORIES, LOOKUPS] as const,
    );
    console.log(
      `chromium memory: stories=${memory.stories} lookup-ms median=${fmt(memory.lookupMsMedian)} p95=${fmt(memory.lookupMsP95)} (hits ${memory.hits}/${memory.lookups}, copies are half) ` +
        `fill-index-ms=${memory.buildMs.toFixed(0)} fingerprint-ms median=${fmt(memory.fingerprintMsMedian)} bytes-per-story=${memory.bytesPerStoryMean.toFixed(0)} (sketch ${memory.sketchBytesMean.toFixed(0)})`,
    );
    const cost = await page.evaluate(
      ([source, url]) => {
        const doc = new DOMParser().parseFromString(source, 'text/html');
        return (globalThis as unknown as { memoryBench: typeof import('./memory-page') }).memoryBench.benchPageRun(doc, url, 21, () => performance.now());
      },
      [html, 'https://worldnewsline24.example/2023/03/19/south-korea-starts-process-to-normalise-gsomia/'] as const,
    );
    console.log(
      `chromium page run (seed page): run-ms=${fmt(cost.runMs)} added note-ms=${fmt(cost.noteMs)} (${((100 * cost.noteMs) / cost.runMs).toFixed(0)} % of the run, in idle time) background chain-ms=${fmt(cost.chainMs)} fingerprint-ms=${fmt(cost.fingerprintMs)}`,
    );
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const words = vocabulary();
  const html = readFileSync(SEED_PAGE, 'utf8');
  const node = benchMemory(words, STORIES, LOOKUPS, () => performance.now());
  console.log(
    `node memory: stories=${node.stories} lookup-ms median=${fmt(node.lookupMsMedian)} p95=${fmt(node.lookupMsP95)} (hits ${node.hits}/${node.lookups}) ` +
      `fill-index-ms=${node.buildMs.toFixed(0)} fingerprint-ms median=${fmt(node.fingerprintMsMedian)} bytes-per-story=${node.bytesPerStoryMean.toFixed(0)} (sketch ${node.sketchBytesMean.toFixed(0)})`,
  );
  const cost = benchPageRun(parseHtml(html), 'https://worldnewsline24.example/2023/03/19/south-korea-starts-process-to-normalise-gsomia/', 11, () => performance.now());
  console.log(`node page run (seed page, linkedom/happy-dom parse): run-ms=${fmt(cost.runMs)} note-ms=${fmt(cost.noteMs)} chain-ms=${fmt(cost.chainMs)} fingerprint-ms=${fmt(cost.fingerprintMs)}`);
  await inChromium(words, html);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
