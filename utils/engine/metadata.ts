import { RunMemo } from './run-memo';

// The page's metadata elements (<meta>, <link>, <script>) and tag counts, for the gate, the
// head (page-head.ts, read once a run) and the article decision.

const memo = new RunMemo<Document, Map<string, number>>();

/** How many elements of the tag the page holds, counted once a run (no copy of the list). */
function countOf(doc: Document, tag: string): number {
  let counts = memo.get(doc);
  if (!counts) memo.set(doc, (counts = new Map()));
  let count = counts.get(tag);
  if (count === undefined) counts.set(tag, (count = doc.getElementsByTagName(tag).length));
  return count;
}

/** The collection as an array, read by index (Array.from goes through its iterator, slower in Chromium). */
function copyOf(list: ArrayLike<Element>): Element[] {
  const out = new Array<Element>(list.length);
  for (let i = 0; i < out.length; i++) out[i] = list[i]!;
  return out;
}

/**
 * The elements that match `selector`, in document order (querySelectorAll). The head's
 * <meta>s, <link>s and JSON-LD scripts are each asked for once a run (page-head.ts reads
 * the head once): the query's one walk costs less than a list by tag with matches() on
 * each of its elements (a page holds hundreds of scripts).
 */
export function selectMetadata(doc: Document, selector: string): Element[] {
  return copyOf(doc.querySelectorAll(selector));
}

/** How many elements of these tags the page holds. */
export function countTags(doc: Document, tags: readonly string[]): number {
  return tags.reduce((n, tag) => n + countOf(doc, tag), 0);
}
