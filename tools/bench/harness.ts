import { Readability } from '@mozilla/readability';
import { analyzeDocument } from '../../utils/engine/analyze';
import { applyCollapse } from '../../utils/page/collapse';

// The in-page harness of `npm run bench`: bundled by esbuild into an IIFE and served
// inline at the end of each page's <body>. Each function returns the elapsed time in ms,
// measured in the page with performance.now() (5 µs steps: the pages are served
// cross-origin isolated). No forced garbage collection: a full gc() before each call made
// the run three times longer and every function slower (flushed code), so garbage is left
// to land where it lands, and the rotating order and medians spread it evenly.

export interface BenchInfo {
  elements: number;
  isArticle: boolean;
  findings: number;
  collapsed: number;
  readabilityChars: number;
  readabilityError: string | null;
  /** whether performance.now() has its fine (5 µs) resolution */
  isolated: boolean;
}

export interface Bench {
  floor(): number;
  sourceline(): number;
  readability(): number;
  info(): BenchInfo;
}

declare global {
  interface Window {
    __bench: Bench;
  }
}

let sink = 0;
const last: BenchInfo = {
  elements: 0,
  isArticle: false,
  findings: 0,
  collapsed: 0,
  readabilityChars: 0,
  readabilityError: null,
  isolated: false,
};

function floor(): number {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += (node as Text).length;
  const ms = performance.now() - t0;
  sink += chars;
  return ms;
}

/** As utils/page/session.ts runs it: analyse, then collapse; the undo is not timed. */
function sourceline(): number {
  const t0 = performance.now();
  const detailed = analyzeDocument(document, location.href);
  const { analysis, targets } = detailed;
  const collapse = applyCollapse(document, analysis.findings, targets);
  const ms = performance.now() - t0;
  last.isArticle = analysis.isArticle;
  last.findings = analysis.findings.length;
  last.collapsed = collapse.count;
  collapse.undo();
  return ms;
}

function readability(): number {
  const t0 = performance.now();
  let chars = 0;
  try {
    const article = new Readability(document.cloneNode(true) as Document).parse();
    chars = article?.textContent?.length ?? 0;
    last.readabilityError = null;
  } catch (error) {
    last.readabilityError = error instanceof Error ? error.message : String(error);
  }
  const ms = performance.now() - t0;
  last.readabilityChars = chars;
  sink += chars;
  return ms;
}

window.__bench = {
  floor,
  sourceline,
  readability,
  info: () => ({ ...last, elements: document.getElementsByTagName('*').length, isolated: globalThis.crossOriginIsolated === true }),
};
// Keeps `sink` observable so the text walk cannot be dropped as dead code.
(window as unknown as { __benchSink: () => number }).__benchSink = () => sink;
