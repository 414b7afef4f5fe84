import { normalizeSpace } from './text';
import { headMeta, headMetaValues, pageHead } from './page-head';

// Provenance read from the page's <head>: OpenGraph, meta and link tags, schema.org
// JSON-LD, NYT-style byl/cre and Parse.ly metadata. Plain values out; chain.ts decides
// what each means.

export interface HeadSignal {
  /** what the tag says the value is */
  kind: 'syndication-source' | 'original-source' | 'canonical' | 'credit' | 'author' | 'dateline' | 'based-on' | 'publisher' | 'source-organization';
  /** an organisation or person name, when the tag gives one */
  name?: string;
  /** an address, when the tag gives one */
  url?: string;
  /** the tag as evidence: `<link rel="syndication-source" href="…">` */
  evidence: string;
}

/** The non-empty <meta> values named one of `names`, in document order; the name read from `by` (name, then property, by default). */
export function metaValues(doc: Document, names: string[], by: ReadonlyArray<'name' | 'property' | 'itemprop'> = ['name', 'property']): Array<{ name: string; value: string }> {
  return headMetaValues(pageHead(doc), names, by);
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

/** Every JSON-LD object of the page, @graph flattened (read once per run with the rest of the head: page-head.ts). */
export function jsonLdObjects(doc: Document): Array<Record<string, unknown>> {
  return pageHead(doc).jsonLd;
}

const ARTICLE_TYPE = /Article|BlogPosting|Report/;

/** A name's letters and digits, lower-cased, without a leading "The": "The Daily Example" and "daily-example" are one name. */
const plainName = (name: string | undefined) => (name ?? '').toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]/gu, '');

/** The page's JSON-LD objects that describe an article (NewsArticle, BlogPosting, Report…). */
export function articleObjects(doc: Document): Array<Record<string, unknown>> {
  return jsonLdObjects(doc).filter((o) => ARTICLE_TYPE.test(String(o['@type'] ?? '')));
}

export function headSignals(doc: Document): HeadSignal[] {
  const signals: HeadSignal[] = [];
  const head = pageHead(doc);
  for (const rel of ['syndication-source', 'original-source'] as const) {
    for (const link of head.links.filter((l) => l.rel.includes(rel))) {
      signals.push({ kind: rel, url: link.href, evidence: `<link rel="${rel}" href="${link.href}">` });
    }
    for (const meta of head.metas.filter((m) => m.name === rel || m.property === rel)) {
      signals.push({ kind: rel, url: meta.content, evidence: `<meta name="${rel}" content="${meta.content}">` });
    }
  }
  const canonical = head.links.find((l) => l.rel.includes('canonical'));
  if (canonical) signals.push({ kind: 'canonical', url: canonical.href, evidence: `<link rel="canonical" href="${canonical.href}">` });
  // og:url names the page's address as its publisher gives it: another site's address is the copy's origin, as a canonical's is.
  const ogUrl = head.metas.find((m) => m.property === 'og:url' || m.name === 'og:url')?.content;
  if (ogUrl && ogUrl !== canonical?.href) signals.push({ kind: 'canonical', url: ogUrl, evidence: `<meta property="og:url" content="${ogUrl}">` });
  // Dublin Core's "source": the resource this one is derived from (an address, or the name of the outlet).
  for (const { name, value } of metaValues(doc, ['dc.source', 'dcterms.source'])) {
    const evidence = `<meta name="${name}" content="${value}">`;
    signals.push(/^https?:\/\//i.test(value) ? { kind: 'original-source', url: value, evidence } : { kind: 'source-organization', name: value, evidence });
  }
  // schema.org microdata in the page: <meta itemprop="isBasedOn" content="https://…">.
  for (const { name, value } of metaValues(doc, ['isbasedon', 'isbasedonurl'], ['itemprop'])) {
    if (/^https?:\/\//i.test(value)) signals.push({ kind: 'based-on', url: value, evidence: `<meta itemprop="${name}" content="${value}">` });
  }
  for (const { value } of metaValues(doc, ['article:publisher'])) {
    // Usually the site's own social page; a name or address of another outlet is a credit.
    signals.push({ kind: 'publisher', ...(/^https?:/i.test(value) ? { url: value } : { name: value }), evidence: `<meta property="article:publisher" content="${value}">` });
  }
  for (const meta of head.metas.filter((m) => m.name === 'parsely-metadata')) {
    try {
      const data = JSON.parse(meta.content) as { source?: unknown; credit?: unknown };
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
    // Each entry of a list ("author": [{"@type": "Person", …}, {"@type": "Organization", "name": "Reuters"}]), up to a few.
    const credit = (field: string, kind: HeadSignal['kind'], keep: (name: string | undefined) => boolean = () => true) => {
      const field_ = o[field];
      for (const value of Array.isArray(field_) ? field_.slice(0, 6) : [field_]) {
        if (value === undefined) continue;
        const name = nameOf(value);
        const url = urlOf(value);
        if ((name || url) && keep(name)) signals.push({ kind, ...(name && { name }), ...(url && { url }), evidence: `JSON-LD ${field}: ${name ?? url}` });
      }
    };
    credit('author', 'author');
    for (const field of ['creditText', 'copyrightHolder']) credit(field, 'credit');
    // The organisation the article comes from: an agency, or another outlet when it is not the publisher itself.
    const own = [plainName(nameOf(o.publisher)), plainName(headMeta(head, 'og:site_name'))].filter(Boolean);
    for (const field of ['sourceOrganization', 'provider']) credit(field, 'source-organization', (name) => name === undefined || !own.includes(plainName(name)));
    // The article's own address as its JSON-LD gives it: a copied block keeps the origin's ("mainEntityOfPage": "https://other.example/…").
    for (const field of ['mainEntityOfPage', 'url']) {
      const address = urlOf(o[field]);
      if (address && address !== canonical?.href && address !== ogUrl) signals.push({ kind: 'canonical', url: address, evidence: `JSON-LD ${field}: ${address}` });
    }
    credit('isBasedOn', 'based-on');
    credit('isBasedOnUrl', 'based-on');
    if (typeof o.dateline === 'string') signals.push({ kind: 'dateline', name: o.dateline, evidence: `JSON-LD dateline: ${o.dateline}` });
  }
  return signals;
}
