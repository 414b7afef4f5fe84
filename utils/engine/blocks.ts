import { CONTROL_ATTRIBUTE, NON_TEXT_TAGS, isElement, isHiddenByMarkup, isText, normalizeSpace, rawText } from './text';
import { CHECKPOINT, drain, type Steps } from './steps';

// Splits an article into blocks: the smallest elements that hold a run of text, in
// document order. A block is what a rule marks and what the page effect collapses.

/** Elements that start a new block (HTML's block-level and sectioning content). */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG',
  'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Beyond this depth a subtree is read as one run of text (pathological nesting). */
const MAX_DEPTH = 400;

export { CONTROL_ATTRIBUTE } from './text';

export interface Block {
  /** the block element, the lone inline element of a run, or the container of a line run */
  element: Element;
  /**
   * A line of loose text inside `element` (between <br>s or blocks, as autoblogs write
   * paragraphs): the nodes to wrap when collapsing. null when `element` is the block.
   */
  nodes: Node[] | null;
  /** the rule that made this element one block (an insert card, a promotion box), or null */
  card: string | null;
  tag: string;
  text: string;
  /** characters of `text` that sit inside links */
  linkTextLength: number;
  /** the first http(s)-or-relative link in the block */
  href: string | null;
}

function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

function isSkipped(el: Element): boolean {
  // (An element without attributes is neither Sourceline's control nor hidden by markup.)
  return NON_TEXT_TAGS.has(tagOf(el)) || (el.hasAttributes() && (el.hasAttribute(CONTROL_ATTRIBUTE) || isHiddenByMarkup(el)));
}

function linkInfo(nodes: Node[]): { linkTextLength: number; href: string | null } {
  let linkTextLength = 0;
  let href: string | null = null;
  const visit = (el: Element) => {
    const links = tagOf(el) === 'A' ? [el] : el.firstElementChild ? Array.from(el.querySelectorAll('a')) : [];
    for (const a of links) {
      linkTextLength += normalizeSpace(rawText(a)).length;
      href ??= a.getAttribute('href');
    }
  };
  for (const node of nodes) if (isElement(node)) visit(node);
  return { linkTextLength, href };
}

/**
 * The links linkInfo finds among all of `container`'s children, in one query rather than
 * one per child: a link that is a child counts for itself, not for links nested in it.
 */
function containerLinks(container: Element): Element[] {
  // A line of plain text (most paragraphs hold no element at all) has no link to look for.
  if (!container.firstElementChild) return [];
  const underChildLink = (a: Element) => {
    for (let p = a.parentElement; p && p !== container; p = p.parentElement) if (p.parentElement === container && tagOf(p) === 'A') return true;
    return false;
  };
  return Array.from(container.querySelectorAll('a')).filter((a) => !underChildLink(a));
}

/** Not blank: a character normalizeSpace keeps. */
const VISIBLE = /[^\s\u200b]/;

/** normalizeSpace(text) === '', without making the normalised string. */
function isBlank(text: string): boolean {
  return !VISIBLE.test(text);
}

function makeBlock(container: Element, run: Node[], wholeContainer: boolean, card: string | null = null): Block | null {
  const raws = run.map(rawText);
  const text = normalizeSpace(raws.join(''));
  if (!text) return null;
  const elements = run.filter(isElement);
  const onlyText = () => run.every((n) => isElement(n) || isBlank(n.textContent ?? ''));
  // A run that is one inline element (say <a>Source link</a> between paragraphs) is
  // collapsed as that element; any other run of loose nodes is wrapped when collapsed.
  const lone = !wholeContainer && elements.length === 1 && onlyText() ? elements[0]! : null;
  const element = wholeContainer ? container : (lone ?? container);
  const visible = (raw: string) => !isBlank(raw);
  const first = () => raws.findIndex(visible);
  const last = () => raws.length - 1 - [...raws].reverse().findIndex(visible);
  const tag = tagOf(element);
  // A heading inside a link (a card that is all one link, <a><img><h3>headline</h3></a>) is all link text.
  const around = /^H[2-6]$/.test(tag) && container.closest('a[href]');
  return {
    element,
    nodes: wholeContainer || lone ? null : run.slice(first(), last() + 1),
    card,
    tag,
    text,
    ...(around ? { linkTextLength: text.length, href: around.getAttribute('href') } : linkInfo(wholeContainer ? containerLinks(container) : run)),
  };
}

const BLOCK_SELECTOR = [...BLOCK_TAGS].map((t) => t.toLowerCase()).join(',');

const enum ChildKind {
  /** text, or an inline element: part of the current line */
  Inline,
  /** a block element, or an inline one that holds blocks (<font><p>…</p></font> from unclosed tags: its paragraphs are blocks of their own, never merged into a line) */
  Block,
  /** <br>: ends the current line */
  Break,
  /** a comment, script, Sourceline's own control, markup-hidden content (as isSkipped) */
  Skipped,
}

function childKind(node: Node): ChildKind {
  // Each child's type and tag read once (every child of the article is asked).
  const type = node.nodeType;
  if (type === ELEMENT_NODE) {
    const el = node as Element;
    const tag = tagOf(el);
    if (tag === 'BR') return ChildKind.Break;
    if (NON_TEXT_TAGS.has(tag) || (el.hasAttributes() && (el.hasAttribute(CONTROL_ATTRIBUTE) || isHiddenByMarkup(el)))) return ChildKind.Skipped;
    return BLOCK_TAGS.has(tag) || (el.firstElementChild !== null && el.querySelector(BLOCK_SELECTOR) !== null) ? ChildKind.Block : ChildKind.Inline;
  }
  return type === TEXT_NODE ? ChildKind.Inline : ChildKind.Skipped;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The child nodes, in order (a sibling walk: copying the NodeList through its iterator cost more). */
function childrenOf(container: Element): Node[] {
  const out: Node[] = [];
  for (let child = container.firstChild; child; child = child.nextSibling) out.push(child);
  return out;
}

/** The blocks of `root`, in document order. Never mutates the document. */
export function collectBlocks(root: Element, cardRule?: (el: Element) => string | null, rootMayBeCard = false): Block[] {
  return drain(collectBlockSteps(root, cardRule, rootMayBeCard));
}

/** What the walk keeps of a container it reads child by child (an explicit stack: no generator per container). */
interface Frame {
  container: Element;
  children: Node[];
  kinds: ChildKind[];
  /** the next child to read */
  at: number;
  /** the current line of inline nodes */
  run: Node[];
  depth: number;
}

/** collectBlocks as resumable steps. */
export function* collectBlockSteps(
  root: Element,
  cardRule: (el: Element) => string | null = () => null,
  /** read `root` itself as a possible card (for boxes just after the article) */
  rootMayBeCard = false,
): Steps<Block[]> {
  const blocks: Block[] = [];
  if (isSkipped(root)) return blocks;
  /** A container: one block (a card, or no block child and no break), or a frame to read child by child. */
  const enter = (container: Element, depth: number): Frame | null => {
    const children = childrenOf(container);
    // A unit (an insert card, say) is one block however many blocks it holds.
    const card = container !== root || rootMayBeCard ? cardRule(container) : null;
    if (card) {
      const block = makeBlock(container, children, true, card);
      if (block) blocks.push(block);
      return null;
    }
    // Each child judged once: the checks below and the walk after them read the same kinds.
    const kinds = children.map(childKind);
    // A table row of plain cells is one line of data ("1 Kyle Busch 5040 5 1 17 27").
    const plainRow = tagOf(container) === 'TR' && !container.querySelector('p, div, ul, ol, table, h1, h2, h3, h4, h5, h6');
    const hasBlockChild = !plainRow && depth < MAX_DEPTH && kinds.includes(ChildKind.Block);
    // Lines separated by <br> are blocks of their own ("[ad_1]<br>Seoul (ANI): …").
    const hasBreak = depth < MAX_DEPTH && kinds.includes(ChildKind.Break);
    if (!hasBlockChild && !hasBreak) {
      const block = makeBlock(container, children, true);
      if (block) blocks.push(block);
      return null;
    }
    return { container, children, kinds, at: 0, run: [], depth };
  };
  const flush = (frame: Frame) => {
    if (frame.run.length === 0) return;
    const block = makeBlock(frame.container, frame.run, false);
    if (block) blocks.push(block);
    frame.run = [];
  };
  let visited = 1;
  const first = enter(root, 0);
  const stack: Frame[] = first ? [first] : [];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.at >= frame.children.length) {
      flush(frame);
      stack.pop();
      continue;
    }
    const i = frame.at++;
    switch (frame.kinds[i]) {
      case ChildKind.Break:
        flush(frame);
        break;
      case ChildKind.Block: {
        flush(frame);
        if (++visited % CHECKPOINT === 0) yield;
        const inner = enter(frame.children[i] as Element, frame.depth + 1);
        if (inner) stack.push(inner);
        break;
      }
      case ChildKind.Inline:
        frame.run.push(frame.children[i]!);
        break;
    }
  }
  return blocks;
}
