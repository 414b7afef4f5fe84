import { unlikely } from './article';
import type { Block } from './blocks';
import { relatedLabelOnly } from '../rules/related';
import { isElement, normalizeSpace, rawText } from './text';

// Which blocks are the story: the prose of the article, without its furniture (bylines,
// captions, credits, lone labels) and with its standfirst. Rules decide what is
// boilerplate; this decides what, of the rest, a reader came for.

/** Blocks that belong to the page's furniture around the story rather than to its prose. */
const NOT_STORY_TAGS = new Set(['FIGCAPTION', 'CAPTION', 'H1']);
/** Inside the article: its header, footer and navigation (bylines, dates, tags), and figures. */
const ARTICLE_FURNITURE = 'header, footer, nav, figure';

/** Photo, credit and tag lines that are not prose: "Photo: Hau Dinh, AP", "AFP / JANA KOLLMANN", "Tags: …". */
const NOT_PROSE_LINE =
  /^(?:(?:photo|image|picture|foto|bild|credit|titelbild)s?\s*:|tags?\s*:?\s)|\((?:AP|AFP|Reuters|EPA|Getty Images)? ?Photo\/[^)]{2,60}\)$|^[\p{L}.\s-]{2,40}\s?\/\s?(?:Getty Images|AFP|dpa|Reuters|AP|EPA|picture alliance|imago)\b[^.]{0,40}$|^(?:AFP|dpa|Reuters|AP|EPA|Keystone)\s*\/\s*[\p{Lu}\s.-]{2,40}$|\((?:image|photo|picture|credit)s?:\s*[^)]{2,40}\)$/iu;

/** A source credit printed as a line of its own: "ISLANDNEWS.COM", "www.example.org". */
const DOMAIN_LINE = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,6}\/?$/iu;
/** "Read more:" and its kin as a line of its own: a pointer away from the story. */
const READ_MORE_LINE = /^(?:read more|weiterlesen|lire la suite|leer más|leggi anche|continue reading)\s*[:.…]?$/i;
/** Captions and photo credits marked by class: "wp-caption-text", "imagedescription", "bildunterschrift". */
const CAPTION_CLASS = /caption|imagedescription|image-description|bildunterschrift|photo-?credit|image-?credit/i;
/** A label and an address: "Permalink https://p.dw.com/p/RPYx", "Source: https://…". */
const LABELLED_URL_LINE = /^[\p{L} ]{2,20}:?\s+https?:\/\/\S+$/u;
/** A field label standing alone: "Release Date:", "Fotos:". */
const FIELD_LABEL_LINE = /^(?:\p{Lu}[\p{L}.-]*\s?){1,3}:$/u;
/** A pitch for the site's newsletter ("Melde dich hier für unseren Newsletter an!"). */
const NEWSLETTER_PITCH = /newsletter/i;
const SIGN_UP = /sign up|subscribe|melde dich|meld dich|abonnier|inscri|suscr[ií]b|iscriviti|assine/i;
const MAX_PITCH_CHARS = 300;
/** Boxes of teasers and breakers inside the article ("Teasers", "teaser-breaker"), and rating widgets. */
const FURNITURE_CLASS = /teasers|teaser-?list|teaser-?breaker|post-ratings/i;
/** A caption that ends on its photo credit: "… gesegnet. | © Augusta National/Getty Images". */
const PHOTO_CREDIT_END = /\s[|·]\s?©\s?[^.©|]{2,60}$/u;
/** Standing trailers of agency copy that carry no news. */
const AGENCY_TRAILER = /^our standards:\s*the thomson reuters trust principles\.?$/i;

/** A line of page furniture at the edge of a story: few words, no sentence ending ("4 Min Read", "Permalien"). */
export function isEdgeFurniture(text: string): boolean {
  return text.length <= 30 && text.split(/\s+/).length <= 4 && !/[.!?…"”»)。！？」]$/.test(text);
}

export function isStoryBlock(block: Block, root: Element): boolean {
  if (NOT_STORY_TAGS.has(block.tag)) return false;
  // A related-story label standing alone ("Mehr zum Thema", "Zum Weiterlesen:").
  if (relatedLabelOnly.test(block.text) || LABEL_LINE.test(block.text)) return false;
  if (NOT_PROSE_LINE.test(block.text) || DOMAIN_LINE.test(block.text) || READ_MORE_LINE.test(block.text) || AGENCY_TRAILER.test(block.text)) return false;
  if (LABELLED_URL_LINE.test(block.text) || (FIELD_LABEL_LINE.test(block.text) && block.text.length <= 25)) return false;
  if (block.text.length <= MAX_PITCH_CHARS && NEWSLETTER_PITCH.test(block.text) && SIGN_UP.test(block.text)) return false;
  // A headline wrapped in a link (a card's <a><h2>…</h2></a>) is a teaser for another story.
  if (/^H[2-6]$/.test(block.tag) ? block.element.parentElement?.closest('a') : block.tag === 'A' && block.element.querySelector('h2, h3, h4, h5, h6')) return false;
  // A list item that is a link is navigation ("About Us", "More news"), not prose.
  if (block.tag === 'LI' && block.linkTextLength >= block.text.length * 0.6) return false;
  // Inside the article: comment threads, bylines, share bars, "most popular" boxes.
  for (let el: Element | null = block.element; el && el !== root; el = el.parentElement) {
    if (unlikely(el) || FURNITURE_CLASS.test(el.getAttribute('class') ?? '')) return false;
  }
  // A line of loose nodes: a rating widget's <span> among them is furniture too.
  if (block.nodes?.some((node) => isElement(node) && FURNITURE_CLASS.test(node.getAttribute('class') ?? ''))) return false;
  if (PHOTO_CREDIT_END.test(block.text)) return false;
  // A caption is marked on the line itself, its wrapper or its only child (a video page's
  // "item-caption" box further up holds the story's text).
  const parent = block.element.parentElement;
  for (const el of [block.element, parent !== root ? parent : null]) if (el && CAPTION_CLASS.test(el.getAttribute('class') ?? '')) return false;
  // …or on the element inside that holds all its text (an image and its <strong class="caption">).
  const caption = block.element.firstElementChild ? block.element.querySelector('[class*="caption"]') : null;
  if (caption && normalizeSpace(rawText(caption)).length >= block.text.length * 0.9) return false;
  const furniture = block.element.closest(ARTICLE_FURNITURE);
  if (furniture && furniture !== root && root.contains(furniture)) return false;
  // A block that is only a date ("19 March 2023" in a <time>) is metadata, not prose.
  const time = block.nodes ? null : block.element.querySelector('time');
  return !(time && normalizeSpace(rawText(time)) === block.text);
}

/** "More on coronavirus:", "Related:" as a line of its own. */
export const LABEL_LINE = /^(?:more on|more about|mehr zu(?:m)?|mehr über)\s[^:]{1,40}:?$/i;

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
  const before = region.previousElementSibling;
  const header = root.tagName === 'ARTICLE' ? root.querySelector(':scope > header') : null;
  // Elements in document order, up to the story's container (only those come before it), then
  // its header; walked lazily (a copy of every element of a huge page costs tens of ms).
  function* candidates(): Generator<Element> {
    if (before) yield* before.querySelectorAll('*');
    for (const el of region.querySelectorAll('*')) {
      if (el === root) break;
      yield el;
    }
    if (header) yield* header.querySelectorAll('*');
  }
  for (const el of candidates()) {
    if (el.contains(root) || !LEAD_CLASS.test(el.getAttribute('class') ?? '') || unlikely(el)) continue;
    const text = normalizeSpace(rawText(el));
    // The nearest one before the story wins: a kicker or subtitle may come earlier.
    if (text.length >= MIN_LEAD_CHARS && text.length <= MAX_LEAD_CHARS) lead = { text, element: el };
  }
  return lead;
}
