import '../../utils/rules/install-full-book';
import { Readability } from '@mozilla/readability';
import { findArticle, type ArticleRoot } from '../../utils/engine/article';
import { collectBlocks } from '../../utils/engine/blocks';
import { matchBlockRule } from '../../utils/engine/classify';
import { withRunMemo } from '../../utils/engine/run-memo';
import { drain } from '../../utils/engine/steps';
import type { Collapse } from '../../utils/page/collapse';
import { analyseAndCollapse } from '../../utils/page/page-run';
import { pageChainSteps } from '../../utils/engine/analyze';
import { DEFAULT_SETTINGS } from '../../utils/settings/schema';
import { blockRules } from '../../utils/rules/block-rules';

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
  /** median ms to build the source chain, which the content script leaves for the popup's first question */
  chainMs: number;
  /** whether performance.now() has its fine (5 µs) resolution */
  isolated: boolean;
}

/** Medians (ms) of what detection inside the article pays at the least, each timed alone. */
export interface BenchParts {
  /** the floor again, timed alone in the same loop as the parts (their yardstick) */
  floor: number;
  /** the rules' patterns tested once on each text node short enough for a rule: text detection with no blocks, no article and no shapes */
  rulesOnText: number;
  /** one read of document.body.textContent (the cheapest way to the page's text; the gate needs it only on pages without article metadata) */
  textContent: number;
  /** finding the article (a scoring walk over the body) */
  article: number;
  /** splitting the article into blocks */
  blocks: number;
  /** whether some block anywhere in the body (menus and footers too) matches a rule: a page-level pre-check could skip only pages without one */
  ruleAnywhere: boolean;
}

export interface Bench {
  floor(): number;
  sourceline(): number;
  readability(): number;
  parts(rounds: number): BenchParts;
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
  chainMs: NaN,
  isolated: false,
};
const chainSamples: number[] = [];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : NaN;
}

function floor(): number {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += (node as Text).length;
  const ms = performance.now() - t0;
  sink += chars;
  return ms;
}

/**
 * The content script's work on every page (utils/page/session.ts): analyse, then
 * collapse, the same steps it runs in idle-time slices, here run to the end at once, so
 * the time is their total work without the waits between slices. The undo is not timed,
 * nor the source chain, which waits for the popup (timed apart as `chainMs`).
 */
function sourceline(): number {
  const collapses: Collapse[] = [];
  const t0 = performance.now();
  const page = drain(analyseAndCollapse(document, location.href, DEFAULT_SETTINGS, collapses));
  const { analysis } = page;
  const ms = performance.now() - t0;
  // Not part of the page's cost: the chain is built when the popup first asks (timed apart, for the report).
  const c0 = performance.now();
  sink += drain(withRunMemo(pageChainSteps(page))).length;
  chainSamples.push(performance.now() - c0);
  last.chainMs = median(chainSamples);
  last.isArticle = analysis.isArticle;
  last.findings = analysis.findings.length;
  last.collapsed = collapses.reduce((n, c) => n + c.count, 0);
  for (const collapse of collapses.reverse()) collapse.undo();
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

/** Every pattern of the rules (and their link variants), one regular expression per set of flags. */
const ruleUnions = (() => {
  const byFlags = new Map<string, string[]>();
  for (const pattern of blockRules.flatMap((r) => [r.pattern, ...(r.linkedPattern ? [r.linkedPattern] : [])])) {
    byFlags.set(pattern.flags, [...(byFlags.get(pattern.flags) ?? []), `(?:${pattern.source})`]);
  }
  return [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
})();
const RULE_MAX_LENGTH = Math.max(...blockRules.map((r) => r.maxLength));

/**
 * The least text detection can do: read each text node once and test it against the rules,
 * with no blocks assembled, no article found and no shapes checked.
 */
function rulesOnText(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let hits = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).length > RULE_MAX_LENGTH) continue;
    const text = (node as Text).data;
    for (const union of ruleUnions) {
      if (union.test(text)) {
        hits++;
        break;
      }
    }
  }
  return hits;
}

/** The costs next to the floor: each timed alone `rounds` times (medians). */
function parts(rounds: number): BenchParts {
  const samples = { floor: [] as number[], rulesOnText: [] as number[], textContent: [] as number[], article: [] as number[], blocks: [] as number[] };
  const time = (fn: () => unknown) => {
    const t0 = performance.now();
    sink += fn() ? 1 : 0;
    return performance.now() - t0;
  };
  for (let r = 0; r < rounds; r++) {
    samples.floor.push(floor());
    samples.rulesOnText.push(time(rulesOnText));
    samples.textContent.push(time(() => document.body.textContent));
    let found: ArticleRoot | null = null;
    samples.article.push(time(() => (found = drain(withRunMemo(findArticle(document))))));
    samples.blocks.push(time(() => found && collectBlocks(found.scope)));
  }
  const ruleAnywhere = collectBlocks(document.body).some((block) => matchBlockRule(block, { inTail: true }) !== null);
  return {
    floor: median(samples.floor),
    rulesOnText: median(samples.rulesOnText),
    textContent: median(samples.textContent),
    article: median(samples.article),
    blocks: median(samples.blocks),
    ruleAnywhere,
  };
}

window.__bench = {
  floor,
  sourceline,
  readability,
  parts,
  info: () => ({ ...last, elements: document.getElementsByTagName('*').length, isolated: globalThis.crossOriginIsolated === true }),
};
// Keeps `sink` observable so the text walk cannot be dropped as dead code.
(window as unknown as { __benchSink: () => number }).__benchSink = () => sink;
