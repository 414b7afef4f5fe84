import { articleObjects, metaValues } from './head';
import { normalizeSpace, rawText } from './text';

// Who signed the story and when it was published, from the page's own metadata first
// (JSON-LD, meta tags), then from the marked-up byline and <time> of the article.

/** A byline longer than this is a paragraph, not a name list. */
const MAX_BYLINE_CHARS = 120;
const BYLINE_META = ['author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author'];
const PUBLISHED_META = ['article:published_time', 'datepublished', 'pubdate', 'publishdate', 'dc.date.issued', 'dc.date', 'date', 'parsely-pub-date', 'sailthru.date'];

function names(value: unknown): string[] {
  if (typeof value === 'string') return [normalizeSpace(value)];
  if (Array.isArray(value)) return value.flatMap(names);
  if (value && typeof value === 'object' && 'name' in value) return names((value as { name: unknown }).name);
  return [];
}

/** The first value of one of these <meta> names (name, property or itemprop). */
function meta(doc: Document, wanted: string[]): string | undefined {
  return metaValues(doc, wanted, ['name', 'property', 'itemprop'])[0]?.value;
}

/** "By Jane Doe" → "Jane Doe"; addresses and over-long texts are no byline. */
function cleanByline(text: string | undefined): string | undefined {
  const name = normalizeSpace(text ?? '').replace(/^(?:by|von|par|por|di|door|oleh)\s+/i, '');
  if (!name || name.length > MAX_BYLINE_CHARS || /^https?:\/\//i.test(name) || /^[\w.-]+@/.test(name)) return undefined;
  return name;
}

/** The names the page's metadata gives as the article's authors (JSON-LD, then author meta tags), as written. */
export function authorNames(doc: Document): string[] {
  const fromObjects = articleObjects(doc).flatMap((o) => names(o.author));
  const fromMeta = metaValues(doc, BYLINE_META, ['name', 'property', 'itemprop']).map((m) => normalizeSpace(m.value));
  return [...new Set([...fromObjects, ...fromMeta])].filter((name) => name.length >= 3 && name.length <= MAX_BYLINE_CHARS && !/^https?:\/\//i.test(name));
}

/**
 * The line is the article's byline: after a by-word, it begins with a name the page's
 * metadata gives as the author ("By Jane Doe - Staff Writer", "Associated Press"). A share
 * bar's "Follow Jane Doe" or an "About Jane Doe" box begins otherwise.
 */
export function isBylineOf(text: string, authors: readonly string[]): boolean {
  if (authors.length === 0) return false;
  const line = normalizeSpace(text).replace(/^(?:by|von|par|por|di|door|oleh)\s+/i, '').toLowerCase();
  return authors.some((name) => line.startsWith(name.toLowerCase()));
}

export function articleByline(doc: Document, root: Element | null): string | undefined {
  for (const o of articleObjects(doc)) {
    const list = [...new Set(names(o.author).filter(Boolean))];
    const byline = cleanByline(list.join(', '));
    if (byline) return byline;
  }
  const fromMeta = cleanByline(meta(doc, BYLINE_META));
  if (fromMeta) return fromMeta;
  const marked = (root?.closest('article') ?? root ?? doc.body)?.querySelector('[rel="author"], [itemprop="author"], .byline, .author-name');
  return marked ? cleanByline(rawText(marked)) : undefined;
}

/** An ISO 8601 time when the value parses as one, else undefined (a page's free text is no date). */
function isoTime(value: string | undefined): string | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : value;
}

export function publishedTime(doc: Document, root: Element | null): string | undefined {
  for (const o of articleObjects(doc)) {
    const time = isoTime(typeof o.datePublished === 'string' ? o.datePublished.trim() : undefined);
    if (time) return time;
  }
  const fromMeta = isoTime(meta(doc, PUBLISHED_META));
  if (fromMeta) return fromMeta;
  const time = (root?.closest('article') ?? root)?.querySelector('time[datetime]');
  return isoTime(time?.getAttribute('datetime')?.trim());
}
