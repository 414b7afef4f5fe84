import { findArticleRoot } from './article';
import { collectBlocks, type Block } from './blocks';
import { buildChain, type MarkedBlock } from './chain';
import { matchBlockRule } from './classify';
import { normalizeSpace, rawText } from './text';
import type { Analysis, Finding } from './types';
import { safeHttpUrl } from './url';

// The engine's entry point: a Document in, a plain Analysis out. No extension APIs, and
// the document is only read, never changed (a unit test holds it to that).

export interface DetailedAnalysis {
  analysis: Analysis;
  /** the element of each finding, same order as analysis.findings (for the page effect) */
  targets: Element[];
  /** the element of each story paragraph, same order as analysis.story.paragraphs */
  storyElements: Element[];
}

/** Blocks that belong to the page's furniture around the story rather than to its prose. */
const NOT_STORY_TAGS = new Set(['FIGCAPTION', 'CAPTION', 'H1']);

function pageTitle(doc: Document, root: Element): string {
  const h1 = root.querySelector('h1') ?? doc.querySelector('h1');
  const fromH1 = h1 ? normalizeSpace(rawText(h1)) : '';
  if (fromH1) return fromH1;
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  return normalizeSpace(og ?? doc.title ?? '');
}

function pageUrl(doc: Document, url: string | null | undefined): string | null {
  if (url) return safeHttpUrl(url) ?? null;
  return safeHttpUrl(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')) ?? null;
}

/** Inside the article: its header, footer and navigation (bylines, dates, tags), and figures. */
const ARTICLE_FURNITURE = 'header, footer, nav, figure';

function isStoryBlock(block: Block, root: Element): boolean {
  if (NOT_STORY_TAGS.has(block.tag)) return false;
  const furniture = block.element.closest(ARTICLE_FURNITURE);
  if (furniture && furniture !== root && root.contains(furniture)) return false;
  // A block that is only a date ("19 March 2023" in a <time>) is metadata, not prose.
  const time = block.element.querySelector('time');
  return !(time && normalizeSpace(rawText(time)) === block.text);
}

export function analyzeDocument(doc: Document, url?: string | null): DetailedAnalysis {
  const root = findArticleRoot(doc);
  const address = pageUrl(doc, url);
  const title = root ? pageTitle(doc, root) : normalizeSpace(doc.title ?? '');
  const lang = doc.documentElement?.getAttribute('lang')?.trim() || undefined;
  const blocks = root ? collectBlocks(root) : [];

  const findings: Finding[] = [];
  const targets: Element[] = [];
  const marked: MarkedBlock[] = [];
  const paragraphs: string[] = [];
  const storyElements: Element[] = [];
  for (const block of blocks) {
    const rule = matchBlockRule(block);
    if (rule) {
      findings.push({ kind: rule.kind, category: rule.category, text: block.text, rule: rule.id });
      targets.push(block.element);
      marked.push({ block, rule });
    } else if (root && isStoryBlock(block, root)) {
      paragraphs.push(block.text);
      storyElements.push(block.element);
    }
  }

  const analysis: Analysis = {
    url: address,
    title,
    ...(lang && { lang }),
    story: { text: paragraphs.join('\n\n'), paragraphs },
    findings,
    chain: buildChain(doc, address, paragraphs, marked),
  };
  return { analysis, targets, storyElements };
}

/** The Analysis of `doc` (DESIGN.md's contract). */
export function analyze(doc: Document, url?: string | null): Analysis {
  return analyzeDocument(doc, url).analysis;
}
