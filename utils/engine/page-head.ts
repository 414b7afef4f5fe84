import { selectMetadata } from './metadata';
import { RunMemo } from './run-memo';
import { normalizeSpace } from './text';

// The page's head, read once per run: every <meta> with a value, every <link> with an
// address, and the JSON-LD (raw and parsed). The gate (is it an article?), the byline and
// publication time, and the source chain all ask their questions of this one reading.

export interface HeadMeta {
  /** name, property and itemprop, lower-cased (null when absent) */
  name: string | null;
  property: string | null;
  itemprop: string | null;
  content: string;
}

export interface HeadLink {
  /** the rel tokens, lower-cased */
  rel: string[];
  href: string;
}

export interface PageHead {
  metas: HeadMeta[];
  links: HeadLink[];
  /** the text of each JSON-LD script */
  jsonLdTexts: string[];
  /** every JSON-LD object, @graph flattened; broken JSON is skipped */
  jsonLd: Array<Record<string, unknown>>;
}

const memo = new RunMemo<Document, PageHead>();

const lower = (el: Element, name: string) => el.getAttribute(name)?.trim().toLowerCase() ?? null;

function read(doc: Document): PageHead {
  const metas: HeadMeta[] = [];
  for (const el of selectMetadata(doc, 'meta[content]')) {
    const content = normalizeSpace(el.getAttribute('content') ?? '');
    if (content) metas.push({ name: lower(el, 'name'), property: lower(el, 'property'), itemprop: lower(el, 'itemprop'), content });
  }
  // The links and the JSON-LD are read at their first question (most pages' gate asks only
  // the <meta>s; the links are the chain's), then kept with the rest for the run.
  let links: HeadLink[] | undefined;
  let jsonLdTexts: string[] | undefined;
  let jsonLd: Array<Record<string, unknown>> | undefined;
  return {
    metas,
    get links() {
      return (links ??= readLinks(doc));
    },
    get jsonLdTexts() {
      return (jsonLdTexts ??= selectMetadata(doc, 'script[type="application/ld+json"]').map((s) => s.textContent ?? ''));
    },
    get jsonLd() {
      return (jsonLd ??= parseJsonLd(this.jsonLdTexts));
    },
  };
}

function readLinks(doc: Document): HeadLink[] {
  const links: HeadLink[] = [];
  for (const el of selectMetadata(doc, 'link[href]')) {
    const href = normalizeSpace(el.getAttribute('href') ?? '');
    if (href) links.push({ rel: (lower(el, 'rel') ?? '').split(/\s+/).filter(Boolean), href });
  }
  return links;
}

function parseJsonLd(jsonLdTexts: string[]): Array<Record<string, unknown>> {
  const jsonLd: Array<Record<string, unknown>> = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      jsonLd.push(o);
      if (o['@graph']) visit(o['@graph']);
    }
  };
  for (const text of jsonLdTexts) {
    try {
      visit(JSON.parse(text));
    } catch {
      // a page's broken JSON-LD says nothing
    }
  }
  return jsonLd;
}

/** The page's head, read at the first question of a run and kept for the run. */
export function pageHead(doc: Document): PageHead {
  const known = memo.get(doc);
  if (known) return known;
  const head = read(doc);
  memo.set(doc, head);
  return head;
}

/** The values of the <meta>s whose attribute (of `by`, the first one present) is one of `names`, in document order. */
export function headMetaValues(head: PageHead, names: string[], by: ReadonlyArray<'name' | 'property' | 'itemprop'> = ['name', 'property']): Array<{ name: string; value: string }> {
  const out: Array<{ name: string; value: string }> = [];
  for (const meta of head.metas) {
    const name = by.map((a) => meta[a]).find((v) => v !== null) ?? '';
    if (names.includes(name)) out.push({ name, value: meta.content });
  }
  return out;
}

/** The first <meta> value named `key` by its name or property ("og:site_name"). */
export function headMeta(head: PageHead, key: string): string | undefined {
  return head.metas.find((m) => m.property === key || m.name === key)?.content;
}
