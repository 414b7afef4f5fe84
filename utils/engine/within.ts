import { RunMemo } from './run-memo';

// Is an element inside a quotation, a figure…: el.closest('blockquote, q') !== null and kin,
// asked of most blocks of a page, several times each (a quotation is the story's, a
// caption is no furniture). closest() walks up from the block to the page's root testing
// every ancestor against the selector's list, for each question. Here each element gets,
// once a run, the set of these tags it stands in (its own and its parent's): blocks share
// their ancestors, so a block's walk up stops at its parent, and the questions share it.
// closestTag does the same for a question that needs the element found (the article's
// header, footer, nav or figure above a story block).

/** The tags kept, each a bit. */
const TAGS = ['blockquote', 'q', 'figure', 'figcaption'] as const;
const BIT = new Map<string, number>(TAGS.map((tag, i) => [tag, 1 << i]));

/** Per element this run: the bits of the tracked tags on it and above it. */
const above = new RunMemo<Element, number>();

function tagsAround(from: Element): number {
  const path: Element[] = [];
  let bits = 0;
  for (let el: Element | null = from; el; el = el.parentElement) {
    const known = above.get(el);
    if (known !== undefined) {
      bits = known;
      break;
    }
    path.push(el);
  }
  // (A type selector matches the local name: lower-case for HTML elements, in HTML documents as written for the others.)
  for (let i = path.length - 1; i >= 0; i--) {
    const el = path[i]!;
    bits |= BIT.get(el.localName) ?? 0;
    above.set(el, bits);
  }
  return bits;
}

/** A selector's bits, or null when it names something else than a list of the tracked tags. */
const selectorBits = new Map<string, number | null>();

function bitsOf(selector: string): number | null {
  let bits = selectorBits.get(selector);
  if (bits === undefined) {
    bits = 0;
    for (const part of selector.split(',')) {
      const bit = BIT.get(part.trim());
      if (bit === undefined) {
        bits = null;
        break;
      }
      bits |= bit;
    }
    selectorBits.set(selector, bits);
  }
  return bits;
}

/** el.closest(selector) !== null, for a list of tag names ('blockquote, q, figure'). */
export function within(el: Element, selector: string): boolean {
  const bits = bitsOf(selector);
  if (bits === null) return el.closest(selector) !== null;
  return (tagsAround(el) & bits) !== 0;
}

/** A selector's tag names, or null when it is not a plain list of tag names. */
const selectorTags = new Map<string, ReadonlySet<string> | null>();

function tagsOf(selector: string): ReadonlySet<string> | null {
  let tags = selectorTags.get(selector);
  if (tags === undefined) {
    const names = selector.split(',').map((part) => part.trim());
    tags = names.every((name) => /^[a-z][a-z\d]*$/.test(name)) ? new Set(names) : null;
    selectorTags.set(selector, tags);
  }
  return tags;
}

/** Per selector, per element this run: its closest(selector). */
const nearest = new Map<string, RunMemo<Element, Element | null>>();

/** el.closest(selector) for a list of tag names ('header, footer, nav, figure'), each element's answer kept once a run (blocks share their ancestors). */
export function closestTag(el: Element, selector: string): Element | null {
  const tags = tagsOf(selector);
  if (!tags) return el.closest(selector);
  let memo = nearest.get(selector);
  if (!memo) nearest.set(selector, (memo = new RunMemo()));
  const path: Element[] = [];
  let found: Element | null | undefined;
  for (let at: Element | null = el; at; at = at.parentElement) {
    found = memo.get(at);
    if (found !== undefined) break;
    if (tags.has(at.localName)) {
      found = at;
      break;
    }
    path.push(at);
  }
  found ??= null;
  for (const below of path) memo.set(below, found);
  return found;
}
