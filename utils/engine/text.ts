// Text helpers shared by the engine. No layout reads: textContent-style walks only.

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Subtrees whose text is never page prose. */
export const NON_TEXT_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED',
  'CANVAS', 'VIDEO', 'AUDIO', 'SELECT', 'TEXTAREA', 'INPUT', 'BUTTON', 'HEAD',
]);

const CELL_TAGS = new Set(['TD', 'TH']);

/** Something normalizeSpace changes: a space other than " " (\u00a0 is one), a zero-width space, two spaces, a space at either end. */
const NOT_NORMAL = /[^\S ]|\u200b| {2}|^ | $/;

/** Collapse runs of whitespace (including NBSP) to one space and trim. */
export function normalizeSpace(text: string): string {
  // Most texts are already normal: one test, no new string.
  return NOT_NORMAL.test(text) ? text.replace(/[\s\u00a0\u200b]+/g, ' ').trim() : text;
}

/** normalizeSpace(text).length. (The regular expression's one native pass, not a loop over code units: on a cold page that loop ran uncompiled, 7 ms a page.) */
export function normalizedLength(text: string): number {
  return normalizeSpace(text).length;
}

export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

export function isText(node: Node): node is Text {
  return node.nodeType === TEXT_NODE;
}

/** Elements whose content the reader does not see, judged from markup only. */
export function isHiddenByMarkup(el: Element): boolean {
  // Most elements of a page carry no attribute at all: one call instead of three lookups.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Marks the elements Sourceline itself adds (a control before each collapsed block), so an analysis never reads them. */
export const CONTROL_ATTRIBUTE = 'data-sourceline-control';

/** The first element child that is the page's own: an analysis over a page Sourceline has collapsed reads what it would read on the page alone. */
export function firstOwnChild(el: Element): Element | null {
  let child = el.firstElementChild;
  while (child?.hasAttribute(CONTROL_ATTRIBUTE)) child = child.nextElementSibling;
  return child;
}

/** The element's one element child of the page's own, or null when it has none or several. */
export function onlyOwnChild(el: Element): Element | null {
  const first = firstOwnChild(el);
  let next = first?.nextElementSibling;
  while (next?.hasAttribute(CONTROL_ATTRIBUTE)) next = next.nextElementSibling;
  return next ? null : first;
}

/** How many element children of the page's own `el` has. */
export function ownChildCount(el: Element): number {
  // A walk over the children alone (a ':scope >' query tests every element of the subtree).
  let n = 0;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (!child.hasAttribute(CONTROL_ATTRIBUTE)) n++;
  return n;
}

/** The element sibling before `el` that is the page's own (Sourceline's controls skipped). */
export function previousOwnSibling(el: Element): Element | null {
  let sibling = el.previousElementSibling;
  while (sibling?.hasAttribute(CONTROL_ATTRIBUTE)) sibling = sibling.previousElementSibling;
  return sibling;
}

/** An element's textContent without the text of Sourceline's controls in it. */
export function ownTextContent(el: Element): string {
  if (!el.querySelector(`[${CONTROL_ATTRIBUTE}]`)) return el.textContent ?? '';
  let out = '';
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) out += node.data;
    else if (isElement(node) && !node.hasAttribute(CONTROL_ATTRIBUTE)) for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return out;
}

/** The visible-by-markup text of a node, unnormalised. */
export function rawText(node: Node): string {
  return readText(node, Infinity)!;
}

/**
 * normalizeSpace(rawText(node)) when it holds at most `limit` characters, else null. A box
 * tested against a size (an insert card, a promotion box) is often a wrapper of the whole
 * story: its text is not read to the end once what was read is already too long (a
 * normalised prefix is never longer than the whole normalised).
 */
export function textWithin(node: Node, limit: number): string | null {
  const raw = readText(node, limit);
  if (raw === null) return null;
  const text = normalizeSpace(raw);
  return text.length <= limit ? text : null;
}

/** rawText, or null once the text read so far, normalised, is longer than `limit`. */
function readText(node: Node, limit: number): string | null {
  if (isText(node)) return node.data;
  if (!isElement(node) || NON_TEXT_TAGS.has(node.tagName.toUpperCase()) || isHiddenByMarkup(node)) return '';
  // The raw length at which the prefix is next normalised and measured.
  let checkAt = limit;
  // A walk with its own stack, not recursion: a page may nest elements thousands deep.
  let out = '';
  // Strings on the stack are separators to emit once an element's children are done.
  const stack: Array<Node | string> = [];
  const pushChildren = (parent: Node) => {
    for (let child = parent.lastChild; child; child = child.previousSibling) stack.push(child);
  };
  pushChildren(node);
  while (stack.length > 0) {
    const child = stack.pop()!;
    if (typeof child === 'string') {
      out += child;
      continue;
    }
    // (Each node's type read once: most of a walk's cost is what it asks of the nodes.)
    const type = child.nodeType;
    if (type === TEXT_NODE) {
      out += (child as Text).data;
      if (out.length > checkAt) {
        if (normalizedLength(out) > limit) return null;
        checkAt = out.length * 2;
      }
    } else if (type !== ELEMENT_NODE) continue;
    else {
      const tag = (child as Element).tagName.toUpperCase();
      if (tag === 'BR') out += '\n';
      else if (!NON_TEXT_TAGS.has(tag) && !isHiddenByMarkup(child as Element)) {
        // Table cells read as words apart ("1 Kyle Busch 5040"), as a browser shows them.
        if (CELL_TAGS.has(tag)) stack.push(' ');
        pushChildren(child);
      }
    }
  }
  return out;
}

/** Count of words, for the popup and for scoring. */
export function wordCount(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return words ? words.length : 0;
}

/**
 * How far either side of a span its sentence is looked for. A page's text can run to
 * megabytes, and one search over all of it for each name the chain reads would be quadratic.
 */
const SENTENCE_REACH = 1000;

/** The sentence of `text` that contains the span [index, end) (at most SENTENCE_REACH characters either side). */
export function sentenceAround(text: string, index: number, end: number): string {
  const from = Math.max(0, index - SENTENCE_REACH);
  let start = from;
  for (const m of text.slice(from, index).matchAll(/[.!?]["”’)]?\s+/g)) start = from + (m.index ?? 0) + m[0].length;
  // Two characters more than the reach: a stop there is judged with what follows it.
  const ahead = text.slice(end, end + SENTENCE_REACH + 2);
  const toTheEnd = end + ahead.length >= text.length;
  const found = ahead.search(/[.!?]["”’)]?(?:\s|$)/);
  const stop = found !== -1 && (toTheEnd || found < SENTENCE_REACH) ? found : -1;
  const stopAt = stop !== -1 ? end + stop + 1 : toTheEnd ? text.length : end + SENTENCE_REACH;
  return text.slice(start, stopAt).trim();
}
