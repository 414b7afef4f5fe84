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
}

/** Where a page prints who wrote the story: an agency there is the author ("By AFP", a link to /authors/reuters/). */
const BYLINE_SLOT =
  '[rel~="author"], [itemprop~="author"], .byline, .author, .author-name, .article-author, .entry-author, .post-author, .td-post-author-name, .story-byline, a[href*="/author/"], a[href*="/authors/"]';
/** A byline slot longer than this holds more than a byline. */
const BYLINE_CHARS = 80;

function bylineSlots(doc: Document): ChainInput['bylines'] {
  const out: ChainInput['bylines'] = [];
  for (const el of Array.from(doc.querySelectorAll(BYLINE_SLOT)).slice(0, 12)) {
    if (el.closest('footer, aside, nav, figure, figcaption')) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > BYLINE_CHARS) continue;
    out.push({ text, href: el.getAttribute('href') ?? '' });
  }
  return out;
}

function markedLine({ block, rule }: MarkedBlock): MarkedLine {
  const republisher = rule.republisher ? block.text.match(rule.republisher)?.[1]?.trim() : undefined;
  return { text: block.text, href: block.href, category: rule.category, ...(republisher !== undefined && { republisher }) };
}

/**
 * Everything the chain reads from the document (never changed here), as plain data.
 * `creditBlocks`: the short lines of the story's container that are not story.
 */
export function readChainInput(doc: Document, url: string | null, paragraphs: string[], marked: MarkedBlock[], creditBlocks: Block[] = []): ChainInput {
  const siteName = headMeta(pageHead(doc), 'og:site_name');
  return {
    url,
    ...(siteName !== undefined && { siteName }),
    head: headSignals(doc),
    bylines: bylineSlots(doc),
    marked: marked.map(markedLine),
    credits: creditBlocks.map((b) => ({ text: b.text, href: b.href })),
    paragraphs: [...paragraphs],
  };
}

// ---- checking one that crossed a context boundary (the background takes it from a page) ----

const HEAD_KINDS = new Set<HeadSignal['kind']>(['syndication-source', 'original-source', 'canonical', 'credit', 'author', 'dateline', 'based-on', 'publisher']);

/** Whether `value` is a ChainInput of at most `maxChars` characters of text in all. */
export function isChainInput(value: unknown, maxChars = 4_000_000): value is ChainInput {
  let budget = maxChars;
  const str = (v: unknown): v is string => typeof v === 'string' && (budget -= v.length) >= 0;
  const optStr = (v: unknown) => v === undefined || str(v);
  const obj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const list = (v: unknown, each: (item: unknown) => boolean, max = 100_000) => Array.isArray(v) && v.length <= max && v.every(each);
  const line = (v: unknown) => obj(v) && str(v.text) && (v.href === null || str(v.href));
  if (!obj(value)) return false;
  return (
    (value.url === null || str(value.url)) &&
    optStr(value.siteName) &&
    list(value.head, (s) => obj(s) && HEAD_KINDS.has(s.kind as HeadSignal['kind']) && str(s.evidence) && optStr(s.name) && optStr(s.url), 10_000) &&
    list(value.bylines, (b) => obj(b) && str(b.text) && str(b.href), 12) &&
    list(value.marked, (m) => line(m) && obj(m) && str(m.category) && optStr(m.republisher)) &&
    list(value.credits, line) &&
    list(value.paragraphs, str)
  );
}
