// Text helpers shared by the engine. No layout reads: textContent-style walks only.

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Subtrees whose text is never page prose. */
export const NON_TEXT_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED',
  'CANVAS', 'VIDEO', 'AUDIO', 'SELECT', 'TEXTAREA', 'INPUT', 'BUTTON', 'HEAD',
]);

/** Collapse runs of whitespace (including NBSP) to one space and trim. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

export function isText(node: Node): node is Text {
  return node.nodeType === TEXT_NODE;
}

/** Elements whose content the reader does not see, judged from markup only. */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** The visible-by-markup text of a node, unnormalised. */
export function rawText(node: Node): string {
  if (isText(node)) return node.data;
  if (!isElement(node) || NON_TEXT_TAGS.has(node.tagName.toUpperCase()) || isHiddenByMarkup(node)) return '';
  let out = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (isElement(child) && child.tagName.toUpperCase() === 'BR') out += '\n';
    else out += rawText(child);
  }
  return out;
}

/** Count of words, for the popup and for scoring. */
export function wordCount(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return words ? words.length : 0;
}

/** The sentence of `text` that contains the span [index, end). */
export function sentenceAround(text: string, index: number, end: number): string {
  let start = 0;
  for (const m of text.slice(0, index).matchAll(/[.!?]["”’)]?\s+/g)) start = (m.index ?? 0) + m[0].length;
  const stop = text.slice(end).search(/[.!?]["”’)]?(?:\s|$)/);
  const stopAt = stop === -1 ? text.length : end + stop + 1;
  return text.slice(start, stopAt).trim();
}
