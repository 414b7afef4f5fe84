import { rules } from '../rules/book';
import type { BlockRule } from '../rules/types';
import type { Block } from './blocks';
import { headSignals, type HeadSignal } from './head';
import { headMeta, pageHead } from './page-head';

// What the source chain reads from the page, as plain JSON-serialisable data: the head's
// metadata, the byline slots, the blocks the rules marked, the short credit lines and the
// story's paragraphs. Reading it is cheap (a few elements; the head is read once per run);
// building the chain from it (chain.ts buildChainFrom, with the lexicon's large compiled
// patterns) is not, and runs where the patterns are kept: the popup, the background, the CLI.
// The content script, which runs on every page, reads this and never builds the chain.

/** A block a rule marked, with the rule (chain.ts reads its category and the republisher it names). */
export interface MarkedBlock {
  block: Block;
  rule: Pick<BlockRule, 'category' | 'republisher'>;
}

/** A line of the page and its first link (href as written: relative or absolute, or null). */
export interface ChainLine {
  text: string;
  href: string | null;
  /** a credit line after the story's last paragraph (a trailer's place) */
  tail?: true;
  /** how many links the line holds, and the text of its first (credit lines only, when it holds any) */
  links?: number;
  anchor?: string;
}

/** A link inside a story paragraph: the paragraph's index, where the link's text starts in it, its text and its address as written. */
export interface StoryLink {
  paragraph: number;
  at: number;
  text: string;
  href: string;
}

/** A name set in italics inside a story paragraph (<i>, <em>, <cite>: how many presses print an outlet's name): the paragraph, where, the text. */
export interface StorySpan {
  paragraph: number;
  at: number;
  text: string;
}

/** A marked block: its category, and the name its rule's `republisher` pattern captured (trimmed), if any. */
export interface MarkedLine extends ChainLine {
  category: string;
  republisher?: string;
}

export interface ChainInput {
  /** the page's address (http(s)) or null */
  url: string | null;
  /** og:site_name */
  siteName?: string;
  /** the head's provenance signals (head.ts) */
  head: HeadSignal[];
  /** the byline slots outside footers, asides, navigation and figures: text (≤ 80 characters) and href ('' when none) */
  bylines: Array<{ text: string; href: string }>;
  marked: MarkedLine[];
  /** the short lines of the story's container that are not story */
  credits: ChainLine[];
  /** the story's paragraphs (none on a page that is no article) */
  paragraphs: string[];
  /** the links inside the story's paragraphs (absent when there are none) */
  storyLinks?: StoryLink[];
  /** the short italic spans inside the story's paragraphs (absent when there are none) */
  italics?: StorySpan[];
}

/** A byline slot longer than this holds more than a byline. */
const BYLINE_CHARS = 80;

function bylineSlots(doc: Document): ChainInput['bylines'] {
  // Byline slots ("By AFP", a link to /authors/reuters/), and the photo, gallery and comment markup whose slots are none (rules/page-parts.ts).
  const { bylineSlot: BYLINE_SLOT, notByline: NOT_BYLINE } = rules().pageSelectors;
  const out: ChainInput['bylines'] = [];
  for (const el of Array.from(doc.querySelectorAll(BYLINE_SLOT)).slice(0, 40)) {
    if (out.length >= 12) break;
    if (el.closest(NOT_BYLINE)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > BYLINE_CHARS || (!text && !el.hasAttribute('href'))) continue;
    // A slot holding the author's link ("<span class="author"><a href="/autor/efe">…</a></span>"): the link's address (a link that is a
    // slot itself is read on its own).
    const inner = el.querySelector('a[href]');
    out.push({ text, href: el.getAttribute('href') ?? (inner && !inner.matches(BYLINE_SLOT) ? inner.getAttribute('href') : null) ?? '' });
  }
  return out;
}

/** At most this many links and italic spans of the story are read (a page of thousands of links cites no more). */
const STORY_SPANS = 200;
/** A link's or an italic span's text longer than this is no name. */
const SPAN_CHARS = 80;

/** Whether `b` comes after `a` in document order, outside it (walked by hand: happy-dom's compareDocumentPosition errs across subtrees). */
function follows(a: Element, b: Element): boolean {
  if (a.contains(b) || b.contains(a)) return false;
  const path = (el: Element) => {
    const out: Node[] = [];
    for (let n: Node | null = el; n; n = n.parentNode) out.unshift(n);
    return out;
  };
  const pa = path(a);
  const pb = path(b);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  const parent = pa[i - 1];
  if (!parent || i >= pa.length || i >= pb.length) return false;
  const siblings = Array.from(parent.childNodes);
  return siblings.indexOf(pb[i] as ChildNode) > siblings.indexOf(pa[i] as ChildNode);
}

const spaced = (el: Node) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The links and italic names of the story's paragraphs (`elements[i]` holds `paragraphs[i]`), each placed in its paragraph's text. */
function storySpans(paragraphs: string[], elements: Element[]): Pick<ChainInput, 'storyLinks' | 'italics'> {
  const storyLinks: StoryLink[] = [];
  const italics: StorySpan[] = [];
  elements.forEach((el, paragraph) => {
    const text = paragraphs[paragraph];
    if (text === undefined || storyLinks.length + italics.length >= 2 * STORY_SPANS) return;
    for (const span of Array.from(el.querySelectorAll('a[href], i, em, cite'))) {
      const spanText = spaced(span);
      if (!spanText || spanText.length > SPAN_CHARS) continue;
      const at = text.indexOf(spanText);
      if (at < 0) continue;
      if (span.tagName.toUpperCase() === 'A') {
        if (storyLinks.length < STORY_SPANS) storyLinks.push({ paragraph, at, text: spanText, href: span.getAttribute('href')!.trim() });
      } else if (italics.length < STORY_SPANS && !span.querySelector('a[href]')) italics.push({ paragraph, at, text: spanText });
    }
  });
  return { ...(storyLinks.length > 0 && { storyLinks }), ...(italics.length > 0 && { italics }) };
}

/** A credit line as data: its text, first link, whether it follows the story's last paragraph, and its links. */
function creditLine(block: Block, lastStory: Element | undefined): ChainLine {
  const tail = lastStory !== undefined && follows(lastStory, block.element);
  return { text: block.text, href: block.href, ...(tail && { tail: true as const }), ...blockLinks(block) };
}

/** The links of a block: how many, and the text of its first. */
function blockLinks(block: Block): Pick<ChainLine, 'links' | 'anchor'> {
  const nodes = block.nodes ?? [block.element];
  const links = nodes.flatMap((n) => (n.nodeType === 1 ? [...((n as Element).matches('a[href]') ? [n as Element] : []), ...Array.from((n as Element).querySelectorAll('a[href]'))] : []));
  const anchor = links[0] ? spaced(links[0]) : '';
  return links.length > 0 ? { links: links.length, ...(anchor && { anchor }) } : {};
}

function markedLine({ block, rule }: MarkedBlock): MarkedLine {
  const republisher = rule.republisher ? block.text.match(rule.republisher)?.[1]?.trim() : undefined;
  // A republication or source credit's link names the origin by its text or its host (chain.ts addFindings).
  const linked = (rule.category === 'republication' || rule.category === 'source-link') && block.href ? blockLinks(block) : {};
  return { text: block.text, href: block.href, category: rule.category, ...(republisher !== undefined && { republisher }), ...linked };
}

/**
 * Everything the chain reads from the document (never changed here), as plain data.
 * `creditBlocks`: the short lines of the story's container that are not story.
 */
export function readChainInput(
  doc: Document,
  url: string | null,
  paragraphs: string[],
  marked: MarkedBlock[],
  creditBlocks: Block[] = [],
  storyElements: Element[] = [],
): ChainInput {
  const siteName = headMeta(pageHead(doc), 'og:site_name');
  const lastStory = storyElements[storyElements.length - 1];
  return {
    url,
    ...(siteName !== undefined && { siteName }),
    head: headSignals(doc),
    bylines: bylineSlots(doc),
    marked: marked.map(markedLine),
    credits: creditBlocks.map((b) => creditLine(b, lastStory)),
    paragraphs: [...paragraphs],
    ...storySpans(paragraphs, storyElements),
  };
}

// ---- checking one that crossed a context boundary (the background takes it from a page) ----

const HEAD_KINDS = new Set<HeadSignal['kind']>(['syndication-source', 'original-source', 'canonical', 'credit', 'author', 'dateline', 'based-on', 'publisher', 'source-organization']);

/** Whether `value` is a ChainInput of at most `maxChars` characters of text in all. */
export function isChainInput(value: unknown, maxChars = 4_000_000): value is ChainInput {
  let budget = maxChars;
  const str = (v: unknown): v is string => typeof v === 'string' && (budget -= v.length) >= 0;
  const optStr = (v: unknown) => v === undefined || str(v);
  const obj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const list = (v: unknown, each: (item: unknown) => boolean, max = 100_000) => Array.isArray(v) && v.length <= max && v.every(each);
  const num = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= -1 && v <= 1e9;
  const line = (v: unknown) =>
    obj(v) && str(v.text) && (v.href === null || str(v.href)) && (v.tail === undefined || v.tail === true) && (v.links === undefined || num(v.links)) && optStr(v.anchor);
  const span = (v: unknown) => obj(v) && num(v.paragraph) && num(v.at) && str(v.text);
  if (!obj(value)) return false;
  return (
    (value.url === null || str(value.url)) &&
    optStr(value.siteName) &&
    list(value.head, (s) => obj(s) && HEAD_KINDS.has(s.kind as HeadSignal['kind']) && str(s.evidence) && optStr(s.name) && optStr(s.url), 10_000) &&
    list(value.bylines, (b) => obj(b) && str(b.text) && str(b.href), 12) &&
    list(value.marked, (m) => line(m) && obj(m) && str(m.category) && optStr(m.republisher)) &&
    list(value.credits, line) &&
    list(value.paragraphs, str) &&
    (value.storyLinks === undefined || list(value.storyLinks, (l) => span(l) && str((l as { href?: unknown }).href), STORY_SPANS)) &&
    (value.italics === undefined || list(value.italics, span, STORY_SPANS))
  );
}
