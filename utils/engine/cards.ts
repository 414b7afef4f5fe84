import { rules } from '../rules/book';
import { hasInsertToken, isHeadline } from './insert';
import { firstOwnChild, onlyOwnChild, ownChildCount, isText, NON_TEXT_TAGS, normalizeSpace, rawText, textWithin } from './text';

// Insert cards: a box inside the article that is one insert however many blocks it holds
// ("Auch interessant:" and a list of headlines; a "相关新闻" box of headlines with
// summaries; a gallery teaser with "Leia Mais"). Recognised by structure and text
// together; the rule ids live in rules/cards.ts.

const CARD_TAGS = new Set(['ASIDE', 'DIV', 'SECTION', 'FOOTER', 'UL', 'OL', 'DL', 'FIGURE', 'TABLE']);
const MAX_CARD_CHARS = 1200;
const MAX_TEASER_CHARS = 300;
const CARD_LINK_SHARE = 0.5;
/** A paragraph this long inside a box is prose: the box is not a teaser. */
const PROSE_CHARS = 100;
/** Enough leading text to read a label. */
const LEAD_CHARS = 40;
const HEADING = /^H[2-6]$/;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The first characters of an element's visible text, read without walking all of it. */
function leadingText(el: Element): string {
  if (NON_TEXT_TAGS.has(el.tagName.toUpperCase())) return '';
  let out = '';
  // Document order by the nodes' own links (first child, next sibling, back up), with no stack of every child to fill.
  let node: Node | null = el.firstChild;
  while (node && out.length < LEAD_CHARS) {
    // (Each node's type read once: every box of the article is asked for its lead.)
    const type = node.nodeType;
    if (type === TEXT_NODE) out += ` ${(node as Text).data.trim()}`;
    else if (type === ELEMENT_NODE && node.firstChild && !NON_TEXT_TAGS.has((node as Element).tagName.toUpperCase())) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    node = node && node !== el ? node.nextSibling : null;
  }
  return normalizeSpace(out);
}

function linkTexts(el: Element): string[] {
  return Array.from(el.querySelectorAll('a')).map((a) => normalizeSpace(rawText(a)));
}

/**
 * A label with something after it: a lone "Read more." link is not a card. What follows is
 * a separator or a headline link: "Related Documents" is another label, not "Related".
 * (Read only for a lead that starts with a label: most boxes do not, and need no link read.)
 */
function labelThenMore(el: Element, lead: string): boolean {
  const rest = lead.replace(rules().anyRelatedLabel, '');
  if (!/[\p{L}\p{N}]/u.test(rest)) return false;
  if (/^\s*(?:[|:：›»\-–—…]|\.{2,}|$)/u.test(rest)) return true;
  const firstLink = el.querySelector('a');
  const firstLinkText = firstLink ? normalizeSpace(rawText(firstLink)) : '';
  return firstLinkText !== '' && (rest.trim().startsWith(firstLinkText.slice(0, 12)) || firstLinkText.startsWith(rest.trim().slice(0, 12)));
}

/** A box's title in a wrapper of its own (<header><h3>Related articles</h3></header> over the list): a wrapper whose one child is a heading and that holds no other text. */
function wrapsHeading(el: Element): boolean {
  if (!/^(?:HEADER|DIV|HGROUP)$/.test(el.tagName.toUpperCase())) return false;
  const only = onlyOwnChild(el);
  if (!only || !HEADING.test(only.tagName.toUpperCase())) return false;
  for (let node = el.firstChild; node; node = node.nextSibling) if (isText(node) && node.data.trim()) return false;
  return true;
}

/** el.querySelector(':scope > br') !== null, by a walk of its children (every paragraph of the article is asked; the query walks its whole subtree). */
function hasBreakChild(el: Element): boolean {
  // (A type selector matches the local name.)
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (child.localName === 'br') return true;
  return false;
}

/** The id of the card rule this element meets, or null. */
export function insertCardRule(el: Element): string | null {
  const tag = el.tagName.toUpperCase();
  // A paragraph is a card only when it lists lines: "Auch interessant:<br><a>…</a><br><a>…</a>".
  if (!CARD_TAGS.has(tag) && !(tag === 'P' && hasBreakChild(el))) return null;
  const first = firstOwnChild(el);
  const lead = leadingText(el);
  const startsWithLabel = rules().anyRelatedLabel.test(lead) && labelThenMore(el, lead);
  const hasHeading = first !== null && (HEADING.test(first.tagName.toUpperCase()) || wrapsHeading(first));
  if (!startsWithLabel && !hasHeading) return null;
  const titledByLabel = first !== null && rules().relatedLabelOnly.test(normalizeSpace(rawText(first)));

  const text = textWithin(el, MAX_CARD_CHARS);
  if (text === null) return null;
  const links = linkTexts(el);
  if (links.length === 0) return null;
  // Titled by a label, corroborated by one headline among its links: a "Read also" title over
  // a lone section link ("Технические науки") is a category box, not teasers.
  if (titledByLabel) return links.some(isHeadline) ? 'read-also.card.titled' : null;
  const linkChars = links.reduce((n, t) => n + t.length, 0);
  if (startsWithLabel && linkChars >= text.length * CARD_LINK_SHARE) return 'read-also.card.label-links';
  const prose = Array.from(el.querySelectorAll('p')).some((p) => normalizeSpace(rawText(p)).length >= PROSE_CHARS);
  if (hasHeading && !prose && text.length <= MAX_TEASER_CHARS && links.some((t) => rules().relatedLabelOnly.test(t))) {
    return 'read-also.card.teaser';
  }
  // A heading and links in a box (not a sidebar) its own class names an insert box ("article__related"): teasers, in any language.
  if (hasHeading && tag !== 'ASIDE' && hasInsertToken(el.className)) return 'read-also.card.boxed';
  // A title (a few words, no link, no sentence) over headlines, mostly links: a box of teasers in any language, named or not.
  return hasHeading && tag !== 'ASIDE' && teaserList(first!, links, linkChars, text) ? 'read-also.card.teaser-list' : null;
}

/** A label-sized title with no link over at least TEASER_LIST.minHeadlines headline links that are most of the rest. */
function teaserList(title: Element, links: readonly string[], linkChars: number, text: string): boolean {
  const { scorer, teaserList: sizes } = rules().insertAnatomy;
  if (title.querySelector('a')) return false;
  const label = normalizeSpace(rawText(title));
  if (!/\p{L}/u.test(label) || label.length > scorer.maxLabelChars || label.split(/\s+/).length > scorer.maxLabelWords || /[.!?。！？]$/u.test(label)) return false;
  if (links.filter(isHeadline).length >= sizes.minHeadlines && linkChars >= (text.length - label.length) * sizes.linkShare) return true;
  // …or teasers with their summaries: everything after the title is an item of its own (a
  // div, li or article) that links somewhere and is headed by a headline (a heading among its
  // first two children, not a question: an explainer's "What happens next?" is the story's).
  const items: Element[] = [];
  for (let item = title.nextElementSibling; item; item = item.nextElementSibling) items.push(item);
  return items.length >= sizes.minHeadlines && items.every(isTeaserItem);
}

function isTeaserItem(item: Element): boolean {
  if (!/^(?:DIV|LI|ARTICLE)$/.test(item.tagName.toUpperCase()) || !item.querySelector('a')) return false;
  return Array.from(item.children)
    .slice(0, 2)
    .some((child) => {
      if (!/^H[3-6]$/.test(child.tagName.toUpperCase())) return false;
      const headline = normalizeSpace(rawText(child));
      return isHeadline(headline) && !/[?？]$/u.test(headline);
    });
}

const BOX_TAGS = new Set(['ASIDE', 'DIV', 'SECTION']);
const MAX_BOX_CHILDREN = 4;
const MAX_BOX_CHARS = 400;

/**
 * A small box (a heading and a paragraph or two) whose whole text one boilerplate rule
 * marks: a promo box is collapsed as one, heading included. Returns the rule's id.
 */
export function boilerplateBoxRule(el: Element, match: (text: string, linkChars: () => number) => string | null): string | null {
  // (The page's own children are never more than all of them: most boxes are turned away on the count alone, with no query for controls.)
  if (!BOX_TAGS.has(el.tagName.toUpperCase()) || el.childElementCount < 2) return null;
  const children = ownChildCount(el);
  if (children > MAX_BOX_CHILDREN || children < 2) return null;
  // Loose text beside the children is mixed content, read line by line, not one box.
  for (let child = el.firstChild; child; child = child.nextSibling) if (isText(child) && child.data.trim()) return null;
  const text = textWithin(el, MAX_BOX_CHARS);
  if (text === null) return null;
  // Visible text means leading text too: only a box with none is read for it.
  if (text === '' && leadingText(el).length === 0) return null;
  // The links are read only when the text may be boilerplate (most boxes' text is not).
  return match(text, () => linkTexts(el).reduce((n, t) => n + t.length, 0));
}
