import '../../utils/rules/install-full-book';
import 'sourceline-base/utils/rules/install-full-book';
import { Readability } from '@mozilla/readability';
import type { Collapse } from '../../utils/page/collapse';
import { analyseAndCollapse } from '../../utils/page/page-run';
import { drain } from '../../utils/engine/steps';
import { DEFAULT_SETTINGS } from '../../utils/settings/schema';
import { analyseAndCollapse as baseAnalyseAndCollapse } from 'sourceline-base/utils/page/page-run';
import { drain as baseDrain } from 'sourceline-base/utils/engine/steps';
import { DEFAULT_SETTINGS as BASE_SETTINGS } from 'sourceline-base/utils/settings/schema';

// The in-page harness of `npm run bench:ab` (tools/bench/ab.ts): this tree's engine and a
// base revision's engine, bundled side by side, each timed doing the content script's work
// on the page (analyse + collapse, then undone, untimed), and Readability beside them.

export type AbFn = 'base' | 'current' | 'readability';

export interface AbHarness {
  time(fn: AbFn): number;
  /** the two engines' results on this page as JSON (must be equal) */
  outputs(): { base: string; current: string };
  /** runs the current engine `n` times (for a profile) */
  repeat(n: number): void;
}

declare global {
  interface Window {
    __ab: AbHarness;
  }
}

let sink = 0;

function current(): { ms: number; out: string } {
  const collapses: Collapse[] = [];
  const t0 = performance.now();
  const page = drain(analyseAndCollapse(document, location.href, DEFAULT_SETTINGS, collapses));
  const ms = performance.now() - t0;
  const out = JSON.stringify({ analysis: page.analysis, collapsed: collapses.reduce((n, c) => n + c.count, 0) });
  for (const collapse of collapses.reverse()) collapse.undo();
  return { ms, out };
}

function base(): { ms: number; out: string } {
  const collapses: Array<{ count: number; undo(): void }> = [];
  const t0 = performance.now();
  const page = baseDrain(baseAnalyseAndCollapse(document, location.href, BASE_SETTINGS, collapses as never));
  const ms = performance.now() - t0;
  const out = JSON.stringify({ analysis: page.analysis, collapsed: collapses.reduce((n, c) => n + c.count, 0) });
  for (const collapse of collapses.reverse()) collapse.undo();
  return { ms, out };
}

function readability(): number {
  const t0 = performance.now();
  try {
    sink += new Readability(document.cloneNode(true) as Document).parse()?.textContent?.length ?? 0;
  } catch {
    sink++;
  }
  return performance.now() - t0;
}

window.__ab = {
  time: (fn) => (fn === 'base' ? base().ms : fn === 'current' ? current().ms : readability()),
  outputs: () => ({ base: base().out, current: current().out }),
  repeat: (n) => {
    for (let i = 0; i < n; i++) {
      const collapses: Collapse[] = [];
      sink += drain(analyseAndCollapse(document, location.href, DEFAULT_SETTINGS, collapses)).analysis.findings.length;
      for (const collapse of collapses.reverse()) collapse.undo();
    }
  },
};
(window as unknown as { __abSink: () => number }).__abSink = () => sink;
