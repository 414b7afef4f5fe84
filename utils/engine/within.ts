import { RunMemo, inRun } from './run-memo';

// Is an element inside a quotation, a figure…: el.closest(selector) !== null, asked of most
// blocks of a page, several times each (a quotation is the story's, a caption is no
// furniture). closest() walks up from the block testing every ancestor against the
// selector's list; here the page's elements that match are listed once a run (one query of
// the document) and the block is looked for in them. Most pages hold none of a kind (no
// blockquote, no <q>): then no block's ancestors are read at all.

const listed = new RunMemo<Document, Map<string, Element[]>>();

/** Past this many matches on a page, closest() itself (one walk up) costs less than asking each of them. */
const MAX_LISTED = 12;

/** el.closest(selector) !== null. */
export function within(el: Element, selector: string): boolean {
  // Outside a run nothing is kept: asked as closest() asks it.
  if (!inRun()) return el.closest(selector) !== null;
  const doc = el.ownerDocument;
  let lists = listed.get(doc);
  if (!lists) listed.set(doc, (lists = new Map()));
  let matches = lists.get(selector);
  if (!matches) lists.set(selector, (matches = Array.from(doc.querySelectorAll(selector))));
  if (matches.length > MAX_LISTED) return el.closest(selector) !== null;
  for (const match of matches) if (match.contains(el)) return true;
  // An element outside the document (never a block of the page) has ancestors the list does not hold.
  return !el.isConnected && el.closest(selector) !== null;
}
