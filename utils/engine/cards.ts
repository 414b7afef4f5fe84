import { anyRelatedLabel } from '../rules/related';
import { isElement, isText, NON_TEXT_TAGS, normalizeSpace, rawText } from './text';

// Insert cards: a box inside the article ("Auch interessant:" and a list of headlines,
// an <aside> "Related" teaser) that is one insert however many blocks it holds. It is
// recognised by structure and text together: it starts with a related-story label and
// most of its text is links.

const CARD_TAGS = new Set(['ASIDE', 'DIV', 'SECTION', 'UL', 'OL', 'DL', 'FIGURE', 'TABLE', 'P', 'BLOCKQUOTE']);
const MAX_CARD_CHARS = 1200;
const CARD_LINK_SHARE = 0.5;
/** Enough leading text to read a label. */
const LEAD_CHARS = 40;

/** The first characters of an element's visible text, read without walking all of it. */
function leadingText(el: Element): string {
  let out = '';
  const stack: Node[] = [el];
  while (stack.length > 0 && out.length < LEAD_CHARS) {
    const node = stack.pop()!;
    if (isText(node)) out += node.data;
    else if (isElement(node) && !NON_TEXT_TAGS.has(node.tagName.toUpperCase())) {
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return normalizeSpace(out);
}

export function isInsertCard(el: Element): boolean {
  if (!CARD_TAGS.has(el.tagName.toUpperCase())) return false;
  if (!anyRelatedLabel.test(leadingText(el))) return false;
  const text = normalizeSpace(rawText(el));
  if (text.length > MAX_CARD_CHARS) return false;
  let linkChars = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linkChars += normalizeSpace(rawText(a)).length;
  return linkChars >= text.length * CARD_LINK_SHARE;
}
