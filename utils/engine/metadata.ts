import { RunMemo } from './run-memo';

// The page's metadata elements (<meta>, <link>, <script>), read by tag: the gate, the
// title and the chain ask a dozen questions of them, and a selector query over the whole
// document for each question walked every element of the page each time. A list by tag
// name is one cheap walk, kept for the run.

const memo = new RunMemo<Document, Map<string, Element[]>>();

function byTag(doc: Document, tag: string): Element[] {
  let lists = memo.get(doc);
  if (!lists) memo.set(doc, (lists = new Map()));
  let elements = lists.get(tag);
  if (!elements) lists.set(tag, (elements = copyOf(doc.getElementsByTagName(tag))));
  return elements;
}

/** The collection as an array, read by index (Array.from goes through its iterator, slower in Chromium). */
function copyOf(list: HTMLCollectionOf<Element>): Element[] {
  const out = new Array<Element>(list.length);
  for (let i = 0; i < out.length; i++) out[i] = list[i]!;
  return out;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/** The elements of these tags that match `selector` (which names only these tags), in document order, as querySelectorAll. */
export function selectMetadata(doc: Document, tags: readonly string[], selector: string): Element[] {
  const found = tags.flatMap((tag) => byTag(doc, tag).filter((el) => el.matches(selector)));
  if (tags.length > 1) found.sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
  return found;
}

/** The first of them, as querySelector. */
export function firstMetadata(doc: Document, tags: readonly string[], selector: string): Element | null {
  return selectMetadata(doc, tags, selector)[0] ?? null;
}

/** How many elements of these tags the page holds. */
export function countTags(doc: Document, tags: readonly string[]): number {
  return tags.reduce((n, tag) => n + byTag(doc, tag).length, 0);
}
