import { agencies } from '../rules/agencies';
import { citationCues, notACitationBefore } from '../rules/citations';
import { outlets } from '../rules/outlets';
import type { Agency, BlockRule, Outlet } from '../rules/types';
import type { Block } from './blocks';
import { sentenceAround } from './text';
import type { ChainLink } from './types';
import { displayHost, hostOf, safeHttpUrl } from './url';

// Builds the source chain: the site you are on → who it republished from → the wire
// agency → the outlets the story cites. Every link carries the text that proves it.

export interface MarkedBlock {
  block: Block;
  rule: Pick<BlockRule, 'category' | 'republisher'>;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "LatestLY" and "www.latestly.com" share the key "latestly". */
function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/^www\d?\./, '')
    .replace(/\.(?:com|net|org|co|in|news|info|uk|us)(?:\.[a-z]{2})?$/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function meta(doc: Document, property: string): string | undefined {
  const el = doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`);
  const content = el?.getAttribute('content')?.trim();
  return content || undefined;
}

function siteLink(doc: Document, url: string | null): ChainLink {
  const siteName = meta(doc, 'og:site_name');
  const host = hostOf(url);
  const origin = host ? safeHttpUrl('/', url) : undefined;
  if (siteName) {
    return { role: 'site', name: siteName, ...(origin && { url: origin }), evidence: `og:site_name "${siteName}"` };
  }
  if (host) return { role: 'site', name: displayHost(host), url: origin, evidence: `page address ${host}` };
  return { role: 'site', name: 'This page', evidence: 'the page names no site and has no address' };
}

function republisherLinks(marked: MarkedBlock[], baseUrl: string | null): ChainLink[] {
  const links: ChainLink[] = [];
  const add = (link: ChainLink) => {
    const key = nameKey(link.name);
    const same = links.find((l) => {
      const other = nameKey(l.name);
      return other === key || other.startsWith(key) || key.startsWith(other);
    });
    if (!same) {
      links.push(link);
      return;
    }
    // A name read from text beats one derived from a host; keep the first link address.
    if (same.name.includes('.') && !link.name.includes('.')) same.name = link.name;
    if (!same.url && link.url) same.url = link.url;
    same.evidence = `${same.evidence} · ${link.evidence}`;
  };
  for (const { block, rule } of marked) {
    const url = safeHttpUrl(block.href, baseUrl);
    const named = rule.republisher ? block.text.match(rule.republisher)?.[1]?.trim() : undefined;
    if (named) add({ role: 'republisher', name: named, ...(url && { url }), evidence: block.text });
    else if (rule.category === 'source-link' && url) {
      add({ role: 'republisher', name: displayHost(new URL(url).hostname), url, evidence: `"${block.text}" → ${url}` });
    }
  }
  return links;
}

const creditToAgency = new Map<string, Agency>();
for (const agency of agencies) for (const credit of agency.credits) creditToAgency.set(credit, agency);
const creditAlternation = [...creditToAgency.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
/** "Seoul [South Korea]March 19 (ANI):", "WASHINGTON (AP) —": a short place/date head, the credit, a separator. */
const datelinePattern = new RegExp(String.raw`^[^()\n]{0,120}?\((${creditAlternation})\)\s*[:\-–—]+`);
/** "… officials said. (ANI)", "… launch vehicle. — PTI", "(With inputs from PTI)". */
const trailerPatterns = [
  new RegExp(String.raw`\((${creditAlternation})\)\s*$`),
  new RegExp(String.raw`[\-–—]+\s*(${creditAlternation})\.?\s*$`),
  new RegExp(String.raw`\(\s*with inputs from (${creditAlternation})\s*\)\.?\s*$`, 'i'),
];

function agencyLinks(paragraphs: string[]): ChainLink[] {
  const found = new Map<string, ChainLink>();
  const note = (credit: string | undefined, evidence: string) => {
    const agency = credit ? creditToAgency.get(credit) : undefined;
    if (!agency) return;
    const link = found.get(agency.id);
    if (link) link.evidence = `${link.evidence} · ${evidence}`;
    else found.set(agency.id, { role: 'agency', name: agency.name, evidence });
  };
  paragraphs.slice(0, 2).forEach((text) => {
    const m = text.match(datelinePattern);
    if (m) note(m[1], m[0].trim());
  });
  for (const text of paragraphs) {
    for (const pattern of trailerPatterns) {
      const m = text.match(pattern);
      if (m) note(m[1], m[0].trim());
    }
  }
  return [...found.values()];
}

const aliasToOutlet = new Map<string, Outlet>();
for (const outlet of outlets) for (const alias of outlet.aliases) aliasToOutlet.set(alias, outlet);
const outletPattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:[Tt]he\s+)?(${[...aliasToOutlet.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\p{L}\p{N}])`,
  'gu',
);

function citedLinks(paragraphs: string[]): Array<ChainLink & { outletId: string }> {
  const found = new Map<string, ChainLink & { outletId: string }>();
  for (const text of paragraphs) {
    for (const m of text.matchAll(outletPattern)) {
      const outlet = aliasToOutlet.get(m[1]!);
      if (!outlet || found.has(outlet.id)) continue;
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const before = text.slice(Math.max(0, start - 40), start);
      const after = text.slice(end, end + 40);
      if (notACitationBefore.test(before)) continue;
      const cued = citationCues.some((cue) => cue.pattern.test(cue.side === 'before' ? before : after));
      if (cued) found.set(outlet.id, { role: 'cited', name: outlet.name, evidence: sentenceAround(text, start, end), outletId: outlet.id });
    }
  }
  return [...found.values()];
}

export function buildChain(doc: Document, url: string | null, storyParagraphs: string[], marked: MarkedBlock[]): ChainLink[] {
  const site = siteLink(doc, url);
  const siteKey = nameKey(site.name);
  const republishers = republisherLinks(marked, url).filter((l) => nameKey(l.name) !== siteKey);
  const agencyChain = agencyLinks(storyParagraphs);
  const taken = new Set([...republishers, ...agencyChain].map((l) => nameKey(l.name)));
  const agencyIds = new Set(agencies.filter((a) => agencyChain.some((l) => l.name === a.name)).map((a) => a.id));
  const cited = citedLinks(storyParagraphs)
    .filter((l) => !agencyIds.has(l.outletId) && !taken.has(nameKey(l.name)))
    .map(({ outletId: _id, ...link }) => link);
  return [site, ...republishers, ...agencyChain, ...cited];
}
