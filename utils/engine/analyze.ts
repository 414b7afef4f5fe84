import { findArticleRoot } from './article';
import { collectBlocks, type Block } from './blocks';
import { isInsertCard } from './cards';
import { buildChain, type MarkedBlock } from './chain';
import { matchBlockRule } from './classify';
import { hasArticleMetadata, hasSyndicationCue } from './gate';
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
/** Inside the article: its header, footer and navigation (bylines, dates, tags), and figures. */
const ARTICLE_FURNITURE = 'header, footer, nav, figure';
/** Credits and link-outs stand after the last long paragraph, or among the last few blocks. */
const TAIL_BLOCKS = 4;
const LONG_PARAGRAPH = 120;

function pageTitle(doc: Document, root: Element | null): string {
  const h1 = root?.querySelector('h1') ?? doc.querySelector('h1');
  const fromH1 = h1 ? normalizeSpace(rawText(h1)) : '';
  if (fromH1) return fromH1;
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  return normalizeSpace(og ?? doc.title ?? '');
}

function pageUrl(doc: Document, url: string | null | undefined): string | null {
  if (url) return safeHttpUrl(url) ?? null;
  return safeHttpUrl(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')) ?? null;
}

function isStoryBlock(block: Block, root: Element): boolean {
  if (NOT_STORY_TAGS.has(block.tag)) return false;
  const furniture = block.element.closest(ARTICLE_FURNITURE);
  if (furniture && furniture !== root && root.contains(furniture)) return false;
  // A block that is only a date ("19 March 2023" in a <time>) is metadata, not prose.
  const time = block.element.querySelector('time');
  return !(time && normalizeSpace(rawText(time)) === block.text);
}

/** For each block: is it in the article's tail? */
function tailFlags(blocks: Block[]): boolean[] {
  const flags = new Array<boolean>(blocks.length);
  let longAfter = false;
  for (let i = blocks.length - 1; i >= 0; i--) {
    flags[i] = !longAfter || blocks.length - i <= TAIL_BLOCKS;
    if (blocks[i]!.text.length >= LONG_PARAGRAPH) longAfter = true;
  }
  return flags;
}

/** The article gate, cheapest test first. */
function looksLikeArticle(doc: Document): boolean {
  return hasArticleMetadata(doc) || hasSyndicationCue(doc.body?.textContent ?? '');
}

export function analyzeDocument(doc: Document, url?: string | null): DetailedAnalysis {
  const address = pageUrl(doc, url);
  const lang = doc.documentElement?.getAttribute('lang')?.trim() || undefined;
  const root = looksLikeArticle(doc) ? findArticleRoot(doc) : null;
  const blocks = root ? collectBlocks(root, isInsertCard) : [];
  const inTail = tailFlags(blocks);

  const findings: Finding[] = [];
  const targets: Element[] = [];
  const marked: MarkedBlock[] = [];
  const paragraphs: string[] = [];
  const storyElements: Element[] = [];
  blocks.forEach((block, i) => {
    const rule = matchBlockRule(block, { inTail: inTail[i]! });
    if (rule) {
      findings.push({ kind: rule.kind, category: rule.category, text: block.text, rule: rule.id });
      targets.push(block.element);
      marked.push({ block, rule });
    } else if (root && isStoryBlock(block, root)) {
      paragraphs.push(block.text);
      storyElements.push(block.element);
    }
  });

  const analysis: Analysis = {
    url: address,
    title: pageTitle(doc, root),
    ...(lang && { lang }),
    isArticle: root !== null,
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
