import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../chromium-flags';

// `npx tsx tools/bench/first-page.ts [EXTENSION_DIR]` (env ROUNDS=6): the first page a browser
// loads, streamed (2 KB chunks, 100 ms apart) with an insert in its first chunk, right after
// the extension is installed (a fresh profile) and right after the browser restarts (the same
// profile again). Per run: when the content script held the first paint and let it go, the
// first contentful paint, and when the insert was collapsed, seen from the page (ms from
// navigation). The e2e tests leave this first page out (test/e2e/streamed.test.ts): its rules
// can come later than the paint hold's 250 ms. A tool to look at that moment; no figure is asserted.
const ROOT = resolve(import.meta.dirname, '..', '..');
const dir = resolve(process.argv[2] ?? join(ROOT, '.output', 'chrome-mv3'));
const rounds = Number(process.env.ROUNDS ?? 6);
const CHUNK = 2048;
const story = 'Officials in both capitals described the first meeting as practical and said the working groups would meet again before the summer.';
const page =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Talks</title><meta property="og:type" content="article"></head><body><article><h1>Talks resume</h1>' +
  `<p>${story}</p><p class="insert">Read also | Ministers to meet again in Tokyo next month</p><p>${story}</p>`.padEnd(CHUNK, ' ') +
  Array.from({ length: 15 }, () => `<!--${' '.repeat(CHUNK)}--><p>${story}</p>`).join('') +
  '</article></body></html>';
const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  const body = Buffer.from(page);
  let at = 0;
  const next = () => {
    if (res.destroyed) return;
    res.write(body.subarray(at, at + CHUNK));
    at += CHUNK;
    if (at >= body.length) res.end();
    else setTimeout(next, 100);
  };
  next();
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/first.html`;

interface Probe { holdSet: number; holdGone: number; collapsed: number; fcp: number }

async function firstPage(profile: string): Promise<Probe> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...CHROMIUM_FLAGS],
  });
  try {
    await context.addInitScript(() => {
      const probe = { holdSet: -1, holdGone: -1, collapsed: -1 };
      (window as unknown as { __probe: typeof probe }).__probe = probe;
      new MutationObserver(() => {
        const held = document.documentElement?.hasAttribute('data-sourceline-hold');
        if (held && probe.holdSet < 0) probe.holdSet = performance.now();
        if (!held && probe.holdSet >= 0 && probe.holdGone < 0) probe.holdGone = performance.now();
        if (probe.collapsed < 0 && document.querySelector('.insert[data-sourceline-state="collapsed"]')) probe.collapsed = performance.now();
      }).observe(document, { attributes: true, subtree: true, childList: true });
    });
    const tab = context.pages()[0] ?? (await context.newPage());
    await tab.goto(url, { waitUntil: 'load' });
    return await tab.evaluate(() => ({
      ...(window as unknown as { __probe: Omit<Probe, 'fcp'> }).__probe,
      fcp: performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime ?? -1,
    }));
  } finally {
    await context.close();
  }
}

const line = (moment: string, p: Probe) =>
  `${moment} hold=${Math.round(p.holdSet)}..${Math.round(p.holdGone)} fcp=${Math.round(p.fcp)} collapsed=${Math.round(p.collapsed)} before-fcp=${p.collapsed >= 0 && p.collapsed < p.fcp}`;
let before = { install: 0, restart: 0 };
for (let round = 0; round < rounds; round++) {
  const profile = mkdtempSync(join(tmpdir(), 'sourceline-first-page-'));
  try {
    const install = await firstPage(profile);
    const restart = await firstPage(profile);
    console.log(line('install', install));
    console.log(line('restart', restart));
    before = { install: before.install + Number(install.collapsed >= 0 && install.collapsed < install.fcp), restart: before.restart + Number(restart.collapsed >= 0 && restart.collapsed < restart.fcp) };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
console.log(`first-page collapsed-before-fcp: after-install=${before.install}/${rounds} after-restart=${before.restart}/${rounds}`);
server.close();
