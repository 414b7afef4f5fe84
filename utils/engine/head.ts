import { normalizeSpace } from './text';
import { firstMetadata, selectMetadata } from './metadata';
import { RunMemo } from './run-memo';

// Provenance read from the page's <head>: OpenGraph, meta and link tags, schema.org
// JSON-LD, NYT-style byl/cre and Parse.ly metadata. Plain values out; chain.ts decides
// what each means.

export interface HeadSignal {
  /** what the tag says the value is */
  kind: 'syndication-source' | 'original-source' | 'canonical' | 'credit' | 'author' | 'dateline' | 'based-on' | 'publisher';
  /** an organisation or person name, when the tag gives one */
  name?: string;
  /** an address, when the tag gives one */
  url?: string;
  /** the tag as evidence: `<link rel="syndication-source" href="…">` */
  evidence: string;
}

function attr(el: Element, name: string): string {
  return normalizeSpace(el.getAttribute(name) ?? '');
}

/** The non-empty <meta> values named one of `names`, in document order; the name read from `by` (name, then property, by default). */
export function metaValues(doc: Document, names: string[], by: readonly string[] = ['name', 'property']): Array<{ name: string; value: string }> {
  const out: Array<{ name: string; value: string }> = [];
  for (const el of selectMetadata(doc, ['meta'], by.map((a) => `meta[${a}]`).join(', '))) {
    const name = (by.map((a) => el.getAttribute(a)).find((v) => v !== null) ?? '').toLowerCase();
    if (names.includes(name)) {
      const value = attr(el, 'content');
      if (value) out.push({ name, value });
    }
  }
  return out;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return normalizeSpace(value) || undefined;
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === 'object' && 'name' in value) return nameOf((value as { name: unknown }).name);
  return undefined;
}

function urlOf(value: unknown): string | undefined {
  if (typeof value === 'string') return /^https?:\/\//i.test(value) ? value : undefined;
  if (Array.isArray(value)) return urlOf(value[0]);
  if (value && typeof value === 'object') {
    const o = value as { url?: unknown; '@id'?: unknown };
    return urlOf(o.url) ?? urlOf(o['@id']);
  }
  return undefined;
}

/** Every JSON-LD object of the page, @graph flattened. Broken JSON is skipped. */
const jsonLdMemo = new RunMemo<Document, Array<Record<string, unknown>>>();

export function jsonLdObjects(doc: Document): Array<Record<string, unknown>> {
  const known = jsonLdMemo.get(doc);
  if (known) return known;
  const out: Array<Record<string, unknown>> = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      out.push(o);
      if (o['@graph']) visit(o['@graph']);
    }
  };
  for (const script of selectMetadata(doc, ['script'], 'script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // a page's broken JSON-LD says nothing
    }
  }
  // Parsed once per run: the chain, the byline and the publication time all read it.
  jsonLdMemo.set(doc, out);
  return out;
}

const ARTICLE_TYPE = /Article|BlogPosting|Report/;

/** The page's JSON-LD objects that describe an article (NewsArticle, BlogPosting, Report…). */
export function articleObjects(doc: Document): Array<Record<string, unknown>> {
  return jsonLdObjects(doc).filter((o) => ARTICLE_TYPE.test(String(o['@type'] ?? '')));
}

export function headSignals(doc: Document): HeadSignal[] {
  const signals: HeadSignal[] = [];
  for (const rel of ['syndication-source', 'original-source'] as const) {
    for (const el of selectMetadata(doc, ['link', 'meta'], `link[rel~="${rel}"], meta[name="${rel}"], meta[property="${rel}"]`)) {
      const url = attr(el, 'href') || attr(el, 'content');
      if (url) signals.push({ kind: rel, url, evidence: `<${el.tagName.toLowerCase()} ${el.tagName === 'LINK' ? `rel="${rel}" href` : `name="${rel}" content`}="${url}">` });
    }
  }
  const canonical = firstMetadata(doc, ['link'], 'link[rel~="canonical"]');
  if (canonical && attr(canonical, 'href')) {
    signals.push({ kind: 'canonical', url: attr(canonical, 'href'), evidence: `<link rel="canonical" href="${attr(canonical, 'href')}">` });
  }
  for (const { value } of metaValues(doc, ['article:publisher'])) {
    // Usually the site's own social page; a name or address of another outlet is a credit.
    signals.push({ kind: 'publisher', ...(/^https?:/i.test(value) ? { url: value } : { name: value }), evidence: `<meta property="article:publisher" content="${value}">` });
  }
  for (const el of selectMetadata(doc, ['meta'], 'meta[name="parsely-metadata"]')) {
    try {
      const data = JSON.parse(el.getAttribute('content') ?? '') as { source?: unknown; credit?: unknown };
      const name = nameOf(data.source) ?? nameOf(data.credit);
      if (name) signals.push({ kind: 'credit', name, evidence: `Parse.ly metadata: ${name}` });
    } catch {
      // not JSON: nothing to read
    }
  }
  for (const { name, value } of metaValues(doc, ['author', 'byl', 'cre', 'parsely-author', 'article:author', 'dc.creator'])) {
    signals.push({ kind: name === 'cre' ? 'credit' : 'author', name: value.replace(/^by\s+/i, ''), evidence: `<meta name="${name}" content="${value}">` });
  }
  for (const o of articleObjects(doc)) {
    const credit = (field: string, kind: HeadSignal['kind']) => {
      const value = o[field];
      if (value === undefined) return;
      const name = nameOf(value);
      const url = urlOf(value);
      if (name || url) signals.push({ kind, ...(name && { name }), ...(url && { url }), evidence: `JSON-LD ${field}: ${name ?? url}` });
    };
    credit('author', 'author');
    for (const field of ['sourceOrganization', 'creditText', 'provider', 'copyrightHolder']) credit(field, 'credit');
    credit('isBasedOn', 'based-on');
    credit('isBasedOnUrl', 'based-on');
    if (typeof o.dateline === 'string') signals.push({ kind: 'dateline', name: o.dateline, evidence: `JSON-LD dateline: ${o.dateline}` });
  }
  return signals;
}
