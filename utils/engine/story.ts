import { unlikely } from './article';
import type { Block } from './blocks';
import { fromBook, rules } from '../rules/book';
import { RunMemo, RunTextMemo } from './run-memo';
import { closestTag } from './within';
import type { StoryFilter } from '../rules/story-filters';
import { isElement, normalizeSpace, previousOwnSibling, rawText } from './text';

// Which blocks are the story: the prose of the article, without its furniture (bylines,
// captions, credits, lone labels) and with its standfirst. Rules decide what is
// boilerplate; this decides what, of the rest, a reader came for.

/** Blocks that belong to the page's furniture around the story rather than to its prose. */
const NOT_STORY_TAGS = new Set(['FIGCAPTION', 'CAPTION', 'H1']);
/** Inside the article: its header, footer and navigation (bylines, dates, tags), and figures. */
const ARTICLE_FURNITURE = 'header, footer, nav, figure';

/** Captions and photo credits marked by class: "wp-caption-text", "imagedescription", "bildunterschrift". */
const CAPTION_CLASS = /caption|imagedescription|image-description|bildunterschrift|photo-?credit|image-?credit/i;
/** Boxes of teasers and breakers inside the article ("Teasers", "teaser-breaker"), and rating widgets. */
const FURNITURE_CLASS = /teasers|teaser-?list|teaser-?breaker|post-ratings/i;
/** A line of page furniture at the edge of a story: few words, no sentence ending ("4 Min Read", "Permalien"). */
export function isEdgeFurniture(text: string): boolean {
  return text.length <= 30 && text.split(/\s+/).length <= 4 && !/[.!?…"”»)。！？」]$/.test(text);
}

/** Why a block is not story (a filter id or a named reason), or null when it is story. */
export function notStoryReason(block: Block, root: Element): string | null {
  if (NOT_STORY_TAGS.has(block.tag)) return 'story.furniture-tag';
  // A related-story label standing alone ("Mehr zum Thema", "Zum Weiterlesen:").
  if (isRelatedLabelOnly(block.text)) return 'story.related-label';
  const filter = storyFilterFor(block.text);
  if (filter) return filter.id;
  // A headline wrapped in a link (a card's <a><h2>…</h2></a>) is a teaser for another story.
  if (/^H[2-6]$/.test(block.tag) ? block.element.parentElement?.closest('a') : block.tag === 'A' && block.element.querySelector('h2, h3, h4, h5, h6')) return 'story.linked-headline';
  // A list item that is a link is navigation ("About Us", "More news"), not prose.
  if (block.tag === 'LI' && block.linkTextLength >= block.text.length * 0.6) return 'story.link-item';
  // Inside the article: comment threads, bylines, share bars, "most popular" boxes.
  if (inFurnitureBox(block.element, root)) return 'story.furniture-box';
  // A line of loose nodes: a rating widget's <span> among them is furniture too.
  if (block.nodes?.some((node) => isElement(node) && FURNITURE_CLASS.test(node.getAttribute('class') ?? ''))) return 'story.furniture-box';
  // A caption is marked on the line itself, its wrapper or its only child (a video page's
  // "item-caption" box further up holds the story's text).
  const parent = block.element.parentElement;
  for (const el of [block.element, parent !== root ? parent : null]) if (el && CAPTION_CLASS.test(el.getAttribute('class') ?? '')) return 'story.caption';
  // …or on the element inside that holds all its text (an image and its <strong class="caption">).
  const caption = block.element.firstElementChild ? block.element.querySelector('[class*="caption"]') : null;
  if (caption && normalizeSpace(rawText(caption)).length >= block.text.length * 0.9) return 'story.caption';
  const furniture = closestTag(block.element, ARTICLE_FURNITURE);
  if (furniture && furniture !== root && root.contains(furniture)) return 'story.article-furniture';
  // A block that is only a date ("19 March 2023" in a <time>) is metadata, not prose.
  const time = block.nodes ? null : block.element.querySelector('time');
  return time && normalizeSpace(rawText(time)) === block.text ? 'story.date' : null;
}

const labelOnly = new RunTextMemo<boolean>();

/**
 * rules().relatedLabelOnly.test(text), each text's answer kept for the run: the label stage,
 * the lone-label test and the story test ask it of the same block's text (a pattern of every
 * language's labels, a costly test).
 */
export function isRelatedLabelOnly(text: string): boolean {
  let known = labelOnly.get(text);
  if (known === undefined) labelOnly.set(text, (known = rules().relatedLabelOnly.test(text)));
  return known;
}

/** Per element walked this run: the root it was walked up to, and whether a furniture box stands on the way. */
const furnitureAbove = new RunMemo<Element, readonly [root: Element, furniture: boolean]>();

/** Is `el`, or an element above it below `root`, named as furniture? Blocks share their ancestors: each is asked once a run. */
function inFurnitureBox(from: Element, root: Element): boolean {
  const path: Element[] = [];
  let found = false;
  for (let el: Element | null = from; el && el !== root; el = el.parentElement) {
    const known = furnitureAbove.get(el);
    if (known && known[0] === root) {
      found = known[1];
      break;
    }
    path.push(el);
    if (unlikely(el) || FURNITURE_CLASS.test(el.getAttribute('class') ?? '')) {
      found = true;
      break;
    }
  }
  // Every element on the way shares the answer: the box found (or none) stands above each of them.
  for (const el of path) furnitureAbove.set(el, [root, found]);
  return found;
}

export function isStoryBlock(block: Block, root: Element): boolean {
  return notStoryReason(block, root) === null;
}

/** "More on coronavirus:", "Related:" as a line of its own (the story.label-line filter). */
export const labelLine = fromBook((book) => book.storyFilters.find((f) => f.id === 'story.label-line')!.pattern);

/**
 * Story filters describe lines of furniture; a block longer than this is none, and is not
 * handed to their patterns (a 10 MB text node once overflowed a pattern's backtracking stack).
 */
const STORY_FILTER_MAX_CHARS = 4000;

/** The first story filter (rules/story-filters.ts) that turns this text away, or null. */
export function storyFilterFor(text: string): StoryFilter | null {
  if (text.length > STORY_FILTER_MAX_CHARS) return null;
  for (const filter of rules().storyFilters) {
    if (filter.maxLength !== undefined && text.length > filter.maxLength) continue;
    if (filter.pattern.test(text) && (!filter.also || filter.also.test(text))) return filter;
  }
  return null;
}

/** Class names of a standfirst: "intro", "lead", "abstract", "dek", "teaser", "chapo", "vorspann". */
const LEAD_CLASS = /(?:^|[\s_-])(?:lead|intro|teaser|dek|deck|standfirst|summary|abstract|excerpt|sapo|chapo|chapeau|vorspann|subline|subtitle|description)(?:$|[\s_-])|einleitung/i;
const LEAD_LEVELS = 3;
const MIN_LEAD_CHARS = 40;
const MAX_LEAD_CHARS = 600;

/** The standfirst above the story's container: a lead-classed paragraph before it, near it. */
export function leadParagraph(root: Element): { text: string; element: Element } | null {
  let region: Element = root;
  for (let i = 0; i < LEAD_LEVELS && region.parentElement && region.parentElement.tagName !== 'BODY'; i++) region = region.parentElement;
  let lead: { text: string; element: Element } | null = null;
  // A page built of full-width sections puts the headline and standfirst in the section before;
  // a story whose container is the whole <article> may hold it in its own header.
  const before = previousOwnSibling(region);
  const header = root.tagName === 'ARTICLE' ? root.querySelector(':scope > header') : null;
  // Elements in document order, up to the story's container (only those come before it), then
  // its header, in plain loops over each list (no generator resumed per element, no copy of every element of a huge page).
  const consider = (el: Element) => {
    // (The class first: most elements have no lead class, and need no containment asked.)
    if (!LEAD_CLASS.test(el.getAttribute('class') ?? '') || el.contains(root) || unlikely(el)) return;
    const text = normalizeSpace(rawText(el));
    // The nearest one before the story wins: a kicker or subtitle may come earlier.
    if (text.length >= MIN_LEAD_CHARS && text.length <= MAX_LEAD_CHARS) lead = { text, element: el };
  };
  if (before) for (const el of before.querySelectorAll('*')) consider(el);
  // The region's elements before the container, walked in document order up to it (a query of all of them lists the whole story, and what follows, too).
  for (let el = region.firstElementChild; el && el !== root; ) {
    consider(el);
    if (el.firstElementChild) el = el.firstElementChild;
    else {
      while (el !== region && !el.nextElementSibling) el = el.parentElement!;
      el = el !== region ? el.nextElementSibling : null;
    }
  }
  if (header) for (const el of header.querySelectorAll('*')) consider(el);
  return lead;
}
