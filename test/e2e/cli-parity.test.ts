import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../utils/rules/install-full-book';
import { buildChainFrom } from '../../utils/engine/chain';
import type { ChainInput } from '../../utils/engine/chain-input';
import { compileLexicon } from '../../utils/engine/lexicon';
import { drain } from '../../utils/engine/steps';
import type { Analysis } from '../../utils/engine/types';
import { chainData } from '../../utils/rules/chain-data';
import { FIXTURES } from '../helpers';
import { concat, warcRecord } from '../warc';
import { launch, type ExtensionBrowser } from './support/browsers';
import { startFixtureServer, type FixtureServer } from './support/server';

// Parity: on every fixture page, the CLI's Analysis (article gate, findings, story paragraphs,
// source chain) equals the one the built extension computes in Chromium. The extension's is the
// content script's own answer to the popup's question (popup:get-analysis), asked from the
// extension's service worker, with the chain built from the page's chain input as the popup
// builds it (buildChainFrom, the full rule book's lexicon, after the message's JSON round
// trip); the CLI's comes from one run over a WARC holding the same
// bytes under the same addresses and the same Content-Type the test server sends.
// Left out: the e2e--*.html pages, whose own scripts change the page after load (late
// content, an SPA navigation); the CLI runs no scripts, by design.

const ROOT = join(import.meta.dirname, '..', '..');
const CONTENT_TYPE = 'text/html; charset=utf-8';

function fixturePages(dir = FIXTURES): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? fixturePages(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : []))
    .sort();
}

const pages = fixturePages()
  .map((path) => relative(FIXTURES, path))
  .filter((name) => !name.startsWith('e2e--'));

// The CLI asks the engine for the story on every page (`story: 'always'`); the extension, on
// articles only (a page the gate judges not to be an article gets no story, by design). So
// the story is compared where the gate (compared too) says article.
/**
 * Pages where the two differ today, each with what differs. Open issues, not accepted
 * behaviour: the test fails when another page differs AND when one of these stops differing
 * (then remove it here). None today: the Tribune page's chain (the agency from a photo
 * caption's "— PTI" in the CLI only) agrees since the chain reads story paragraphs on articles only.
 */
const KNOWN_DIFFERENCES: Record<string, string> = {};

type Compared = Pick<Analysis, 'isArticle' | 'findings' | 'chain'> & { paragraphs: string[] | null };
const compared = (a: Analysis): Compared => ({ isArticle: a.isArticle, findings: a.findings, paragraphs: a.isArticle ? a.story.paragraphs : null, chain: a.chain });

let server: FixtureServer;
let browser: ExtensionBrowser;
const cli = new Map<string, Analysis>();

beforeAll(async () => {
  server = await startFixtureServer(FIXTURES);
  const records = [];
  for (const name of pages) records.push((await warcRecord({ url: server.url(name), contentType: CONTENT_TYPE, body: readFileSync(join(FIXTURES, name)) })).bytes);
  const warc = join(mkdtempSync(join(tmpdir(), 'sourceline-parity-')), 'fixtures.warc.gz');
  writeFileSync(warc, concat(records));
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tools/cli/analyze.ts'), warc, '--jobs', '1'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  for (const line of run.stdout.trim().split('\n')) {
    const analysis = JSON.parse(line) as Analysis & { file: string };
    cli.set(analysis.url!, analysis);
  }
  browser = await launch('chromium');
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface TabsApi {
  tabs: {
    query(query: object): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}

const lexicon = compileLexicon(chainData());

/** The content script's Analysis of the page in front (showing `url`), once it has one, with the chain the popup builds from its reply. */
async function extensionAnalysis(url: string): Promise<Analysis> {
  const worker = browser.chromium!.worker;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const reply = await worker
      .evaluate(async () => {
        const api = (globalThis as unknown as { chrome: TabsApi }).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        if (tab?.id === undefined) return null;
        return (await api.tabs.sendMessage(tab.id, { type: 'popup:get-analysis' })) as { status: string; analysis?: Omit<Analysis, 'chain'>; chainInput?: ChainInput } | undefined;
      }, null)
      .catch(() => null);
    if (reply?.status === 'ok' && reply.analysis && reply.chainInput && reply.analysis.url === url) {
      const input = JSON.parse(JSON.stringify(reply.chainInput)) as ChainInput;
      return { ...reply.analysis, chain: drain(buildChainFrom(input, lexicon)) };
    }
    if (Date.now() > deadline) throw new Error(`no analysis from the extension for ${url}: ${JSON.stringify(reply)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('CLI and extension parity', () => {
  it(`gives the same gate, findings, story paragraphs and chain on the ${pages.length} fixture pages`, async () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(cli.size).toBe(pages.length);
    const differing: string[] = [];
    // One tab, each page loaded in it in turn: a new tab per page cost most of this test's time.
    const page = await browser.open('about:blank');
    await page.bringToFront();
    for (const name of pages) {
      const url = server.url(name);
      try {
        await page.goto(url);
        const inBrowser = compared(await extensionAnalysis(url));
        const fromCli = compared(cli.get(url)!);
        const keys = (Object.keys(inBrowser) as (keyof Compared)[]).filter((k) => JSON.stringify(inBrowser[k]) !== JSON.stringify(fromCli[k]));
        if (keys.length > 0) throw new Error(keys.map((k) => `${k}: CLI ${JSON.stringify(fromCli[k]).slice(0, 700)} | extension ${JSON.stringify(inBrowser[k]).slice(0, 700)}`).join('; '));
      } catch (error) {
        differing.push(`${name}: ${(error as Error).message}`);
      }
    }
    await page.close();
    const unexpected = differing.filter((line) => {
      const name = line.slice(0, line.indexOf(':'));
      const known = KNOWN_DIFFERENCES[name];
      return !known || !line.slice(name.length + 2).startsWith(known);
    });
    expect(unexpected).toEqual([]);
    expect(differing.map((line) => line.slice(0, line.indexOf(':'))).sort()).toEqual(Object.keys(KNOWN_DIFFERENCES).sort());
  }, 600_000);
});
