import { unlikely } from './article';
import type { Block } from './blocks';
import { relatedLabelOnly } from '../rules/related';
import { normalizeSpace, rawText } from './text';

// Which blocks are the story: the prose of the article, without its furniture (bylines,
// captions, credits, lone labels) and with its standfirst. Rules decide what is
// boilerplate; this decides what, of the rest, a reader came for.

/** Blocks that belong to the page's furniture around the story rather than to its prose. */
const NOT_STORY_TAGS = new Set(['FIGCAPTION', 'CAPTION', 'H1']);
/** Inside the article: its header, footer and navigation (bylines, dates, tags), and figures. */
const ARTICLE_FURNITURE = 'header, footer, nav, figure';

/** Photo, credit and tag lines that are not prose: "Photo: Hau Dinh, AP", "AFP / MARCO BERTORELLO", "Tags: …". */
const NOT_PROSE_LINE =
  /^(?:(?:photo|image|picture|foto|bild|credit|titelbild)s?\s*:|tags?\s*:?\s)|\((?:AP|AFP|Reuters|EPA|Getty Images)? ?Photo\/[^)]{2,60}\)$|^[\p{L}.\s-]{2,40}\s?\/\s?(?:Getty Images|AFP|dpa|Reuters|AP|EPA|picture alliance|imago)\b[^.]{0,40}$|^(?:AFP|dpa|Reuters|AP|EPA|Keystone)\s*\/\s*[\p{Lu}\s.-]{2,40}$|\((?:image|photo|picture|credit)s?:\s*[^)]{2,40}\)$/iu;

/** A line of page furniture at the edge of a story: few words, no sentence ending ("4 Min Read", "Permalien"). */
export function isEdgeFurniture(text: string): boolean {
  return text.length <= 30 && text.split(/\s+/).length <= 4 && !/[.!?…"”»)。！？」]$/.test(text);
}

export function isStoryBlock(block: Block, root: Element): boolean {
  if (NOT_STORY_TAGS.has(block.tag)) return false;
  // A related-story label standing alone ("Mehr zum Thema", "Zum Weiterlesen:").
  if (relatedLabelOnly.test(block.text) || LABEL_LINE.test(block.text)) return false;
  if (NOT_PROSE_LINE.test(block.text)) return false;
  // A list item that is a link is navigation ("About Us", "More news"), not prose.
  if (block.tag === 'LI' && block.linkTextLength >= block.text.length * 0.6) return false;
  // Inside the article: comment threads, bylines, share bars, "most popular" boxes.
  for (let el: Element | null = block.element; el && el !== root; el = el.parentElement) if (unlikely(el)) return false;
  const furniture = block.element.closest(ARTICLE_FURNITURE);
  if (furniture && furniture !== root && root.contains(furniture)) return false;
  // A block that is only a date ("19 March 2023" in a <time>) is metadata, not prose.
  const time = block.nodes ? null : block.element.querySelector('time');
  return !(time && normalizeSpace(rawText(time)) === block.text);
}

/** "More on coronavirus:", "Related:" as a line of its own. */
export const LABEL_LINE = /^(?:more on|more about|mehr zu(?:m)?|mehr über)\s[^:]{1,40}:?$/i;

/** Class names of a standfirst: "intro", "lead", "abstract", "dek", "teaser", "chapo", "vorspann". */
const LEAD_CLASS = /(?:^|[\s_-])(?:lead|intro|teaser|dek|deck|standfirst|summary|abstract|excerpt|sapo|chapo|chapeau|vorspann|subline|subtitle|description)(?:$|[\s_-])/i;
const LEAD_LEVELS = 3;
const MIN_LEAD_CHARS = 40;
const MAX_LEAD_CHARS = 600;

/** The standfirst above the story's container: a lead-classed paragraph before it, near it. */
export function leadParagraph(root: Element): { text: string; element: Element } | null {
  let region: Element = root;
  for (let i = 0; i < LEAD_LEVELS && region.parentElement && region.parentElement.tagName !== 'BODY'; i++) region = region.parentElement;
  let lead: { text: string; element: Element } | null = null;
  // Elements in document order, up to the story's container: only those come before it.
  for (const el of region.querySelectorAll('*')) {
    if (el === root) break;
    if (el.contains(root) || !LEAD_CLASS.test(el.getAttribute('class') ?? '') || unlikely(el)) continue;
    const text = normalizeSpace(rawText(el));
    // The nearest one before the story wins: a kicker or subtitle may come earlier.
    if (text.length >= MIN_LEAD_CHARS && text.length <= MAX_LEAD_CHARS) lead = { text, element: el };
  }
  return lead;
}
