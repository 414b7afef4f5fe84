import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../tools/parse-html';
import { analyze } from '../../utils/engine/analyze';
import { launch, type BrowserName, type ExtensionBrowser } from './support/browsers';
import { decodePng, redPixels } from './support/png';

// Pages that arrive as a slow network sends them (in 2 KB chunks): the content script
// starts at document_start and collapses each block as the parser completes it, so an
// insert in the first chunk is never painted; and once the page is complete, what is
// collapsed in the page is exactly what the CLI's `analyze` finds in the same file.

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');
const SHOTS = join(ROOT, 'test-results', 'streamed');
const CHUNK = 2048;
/** Fixture pages streamed at once in the every-fixture comparison. */
const CONCURRENT_PAGES = 6;

/** Our own page: the insert is in its first 2 KB and painted red; the rest of the story follows 100 ms a chunk. */
function insertFirstPage(): string {
  const story = [
    'Seoul, March 19: The two governments said on Sunday that talks on the intelligence pact would resume within weeks, after a pause of almost four years.',
    'Officials in both capitals described the first meeting as practical and said the working groups would meet again before the summer.',
    'The opposition in Seoul criticised the timing, saying the government had not explained what it had received in return for resuming the talks.',
    'Analysts said the agreement mattered less for what it changed at once than for what it signalled about relations between the neighbours.',
  ];
  const head =
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Talks resume</title>' +
    '<meta property="og:type" content="article"><style>body{font:18px/1.5 serif;margin:20px;color:#111;background:#fff}' +
    '.insert{background:#ff0000;color:#ff0000;padding:30px 0;font-weight:bold}</style></head><body><article><h1>Talks on the pact resume</h1>' +
    `<p>${story[0]}</p><p class="insert">Read also | Ministers to meet again in Tokyo next month</p><p>${story[1]}</p>`;
  // The rest arrives in later chunks: padding comments make each paragraph its own chunk.
  // About two seconds of page after the first chunk, so the first paint comes while it still arrives.
  const later = [...story.slice(2), ...story.slice(1), ...story, ...story]
    .map((p) => `<!--${' '.repeat(CHUNK)}--><p>${p}</p>`)
    .join('');
  const first = head.padEnd(CHUNK - 8, ' ');
  return `${first}${later}<!--${' '.repeat(CHUNK)}--></article></body></html>`;
}

interface StreamServer {
  origin: string;
  close(): Promise<void>;
}

/** `/insert-first.html`, and every fixture at `/f/<path>`, sent CHUNK bytes at a time. */
async function startStreamServer(fixtures: string[]): Promise<StreamServer> {
  const pages = new Map<string, { body: Buffer; gapMs: number }>([['/insert-first.html', { body: Buffer.from(insertFirstPage()), gapMs: 100 }]]);
  for (const name of fixtures) pages.set(`/f/${name}`, { body: readFileSync(join(FIXTURES, name)), gapMs: 20 });
  const server: Server = createServer((req, res) => {
    const page = pages.get(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    let at = 0;
    const next = () => {
      if (res.destroyed) return;
      res.write(page.body.subarray(at, at + CHUNK));
      at += CHUNK;
      if (at >= page.body.length) res.end();
      else setTimeout(next, page.gapMs);
    };
    next();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const fixtures = [
  ...readdirSync(FIXTURES).filter((n) => /^(?:seed|counter)--.*\.html$/.test(n)),
  ...readdirSync(join(FIXTURES, 'corpus'))
    .filter((n) => n.endsWith('.html'))
    .map((n) => `corpus/${n}`),
].sort();

/** In the page: the collapsed blocks' texts, read as the engine reads a block (no scripts, no hidden markup, <br> a line break). */
function collapsedTexts(): string[] {
  const skip = 'script,style,noscript,template,svg,math,iframe,object,embed,canvas,video,audio,select,textarea,input,button,head,[hidden],[aria-hidden="true"]';
  return Array.from(document.querySelectorAll('[data-sourceline-state="collapsed"]')).map((el) => {
    const copy = el.cloneNode(true) as Element;
    for (const gone of Array.from(copy.querySelectorAll(skip))) gone.remove();
    for (const styled of Array.from(copy.querySelectorAll('[style]'))) if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(styled.getAttribute('style') ?? '')) styled.remove();
    for (const br of Array.from(copy.querySelectorAll('br'))) br.replaceWith('\n');
    for (const cell of Array.from(copy.querySelectorAll('td,th'))) cell.prepend(' ');
    return (copy.textContent ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
  });
}

/** In the page, for a failure's message: its state, whether the extension's stylesheet (injected with its content script) applies, Sourceline's marks. */
function selfReport(): string {
  const probe = document.body.appendChild(document.createElement('div'));
  probe.setAttribute('data-sourceline-state', 'collapsed');
  const injected = getComputedStyle(probe).display === 'none';
  probe.remove();
  const count = (selector: string) => document.querySelectorAll(selector).length;
  return `page ${document.readyState}, stylesheet ${injected ? 'injected' : 'absent'}, ${count('[data-sourceline-state]')} marked, ${count('[data-sourceline-control]')} controls, ${count('[data-sourceline-held]')} held`;
}

describe.each<BrowserName>(['chromium', 'firefox'])('streamed pages in %s', (browserName) => {
  let browser: ExtensionBrowser;
  let server: StreamServer;

  beforeAll(async () => {
    server = await startStreamServer(fixtures);
    browser = await launch(browserName);
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('never shows an insert of the first chunk: a screenshot right after first paint has none of its red', async () => {
    // A page first, so the background has stored the rule book: the first page after an install
    // asks the background for it, and on a loaded machine the answer can come later than the paint
    // hold's 250 ms; that page is then painted unjudged (tools/bench/first-page.ts looks at that
    // moment). What this test checks is every other page.
    const warm = await browser.open(`${server.origin}/f/${fixtures[0]}`);
    await warm.waitFor(() => document.readyState === 'complete' && document.querySelector('[data-sourceline-state]') !== null, null, 20_000).catch(() => undefined);
    await warm.close();
    const page = await browser.open(`${server.origin}/insert-first.html`, { until: 'started' });
    try {
      await page.waitFor(() => performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint'), null, 10_000);
      const shot = join(SHOTS, `${browserName}-first-paint.png`);
      await page.screenshot(shot);
      // The screenshot was taken while the page was still arriving (else it would prove nothing).
      expect(await page.evaluate(() => document.readyState, null)).toBe('loading');
      expect(redPixels(decodePng(readFileSync(shot)))).toBe(0);

      // Once complete, the insert is collapsed behind its control; opened, its red shows (the check sees red when there is red).
      await page.waitFor(() => document.readyState === 'complete', null);
      expect(await page.evaluate(() => document.querySelector('.insert')?.getAttribute('data-sourceline-state') ?? null, null)).toBe('collapsed');
      await page.click('button[data-sourceline-control]');
      const opened = join(SHOTS, `${browserName}-opened.png`);
      await page.screenshot(opened);
      expect(redPixels(decodePng(readFileSync(opened)))).toBeGreaterThan(1000);
    } finally {
      await page.close();
    }
  });

  // The seed and counter pages and a fixed share of the corpus (every third page in Chromium, every
  // eighth in Firefox, where a tab costs seconds to create here), so the e2e tier fits CI's time.
  // Every fixture is streamed node by node against the analysis in test/unit/early-collapse.test.ts,
  // and loaded in Chromium against the CLI in test/e2e/cli-parity.test.ts.
  const every = browserName === 'chromium' ? 3 : 8;
  const compared = fixtures.filter((name, i) => !name.startsWith('corpus/') || i % every === 0);

  it(`collapses on one in ${every} corpus fixtures and the seed and counter pages, streamed, exactly what the CLI’s analyze finds`, async () => {
    const mismatches: string[] = [];
    // Several pages at a time: each spends most of its time waiting for chunks and for quiet.
    const queue = [...compared];
    let turn = Promise.resolve();
    const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
      const result = turn.then(task);
      turn = result.then(
        () => undefined,
        () => undefined,
      );
      return result;
    };
    /** One load of a fixture: null when the page ends as analyze finds, else what differs and what the page says of itself. */
    const compare = async (name: string): Promise<string | null> => {
      const url = `${server.origin}/f/${name}`;
      const expected = analyze(parseHtml(readFileSync(join(FIXTURES, name), 'utf8')), url).findings.map((f) => f.text);
      // Tabs are opened and closed one at a time (Firefox's BiDi loses a tab created while another closes; Chromium, opening six at once, missed collapses); they load side by side.
      const page = await exclusive(() => browser.open(url, { until: 'started' }));
      try {
        await page.waitFor(({ u }) => location.href === u && document.readyState === 'complete', { u: url }, 10_000).catch(() => undefined);
        // Until the page shows what analyze finds (or 10 s): blocks collapsed while the page
        // loaded stand until the analysis at the end, which in a background tab of a loaded
        // machine can come seconds later, confirms or undoes them.
        const same = async () => JSON.stringify(await page.evaluate(collapsedTexts, null)) === JSON.stringify(expected);
        for (const until = Date.now() + 10_000; !(await same()) && Date.now() < until; ) await new Promise((resolve) => setTimeout(resolve, 100));
        // Nothing more comes later (a run that would collapse more, or undo some).
        await new Promise((resolve) => setTimeout(resolve, expected.length ? 300 : 800));
        const got = await page.evaluate(collapsedTexts, null);
        if (JSON.stringify(got) === JSON.stringify(expected)) return null;
        return `${name}: in page ${JSON.stringify(got)}, analyze ${JSON.stringify(expected)} (${await page.evaluate(selfReport, null)}; console: ${JSON.stringify(page.consoleLines())})`;
      } finally {
        await exclusive(() => page.close());
      }
    };
    const worker = async () => {
      for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
        const first = await compare(name);
        if (!first) continue;
        // Once in a CI run, two small pages in Chromium ended with nothing collapsed, which no
        // rerun here reproduced (every page, at every byte split, under load). A page is loaded
        // again in a fresh tab: a mismatch both times fails the test; a mismatch once is printed,
        // with what the page said of itself, so a pattern can be seen in the logs.
        const second = await compare(name);
        if (second) mismatches.push(first, second);
        else console.warn(`streamed page matched only when loaded again: ${first}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENT_PAGES }, worker));
    mismatches.sort();
    expect(mismatches).toEqual([]);
  }, 600_000);
});
