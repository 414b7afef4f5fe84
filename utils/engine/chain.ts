import { agencies } from '../rules/agencies';
import { authorAsRecipient, citationCues, notACitationBefore } from '../rules/citations';
import { outlets } from '../rules/outlets';
import type { Agency, BlockRule } from '../rules/types';
import type { Block } from './blocks';
import { headSignals } from './head';
import { sentenceAround } from './text';
import type { ChainLink, Confidence } from './types';
import { displayHost, hostOf, safeHttpUrl } from './url';
import { escapeRegExp } from '../regexp';
import { CHECKPOINT, type Steps } from './steps';
import { firstMetadata } from './metadata';

// Builds the source chain: the site you are on → who it republished from → the wire
// agency → the outlets the story cites. Every link carries each piece of text that proves
// it and a confidence; nothing is claimed that the page does not show.

export interface MarkedBlock {
  block: Block;
  rule: Pick<BlockRule, 'category' | 'republisher'>;
}

const RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };


/** "LatestLY", "www.latestly.com" and "The LatestLY" share the key "latestly". */
function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/^(?:https?:\/\/)?(?:www\d?|m|amp|en)\./, '')
    .replace(/\.(?:com|net|org|co|in|news|info|uk|us|ru|ua|it|kr|jp|cn|de|fr|es|pl|br)(?:\.[a-z]{2})?(?:\/.*)?$/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

// ---- agencies -------------------------------------------------------------------------

const agencyByKey = new Map<string, Agency>();
for (const agency of agencies) {
  for (const name of [agency.name, agency.fullName, ...agency.aliases]) agencyByKey.set(nameKey(name), agency);
}
const agencyByCredit = new Map<string, Agency>();
for (const agency of agencies) for (const credit of agency.credits) agencyByCredit.set(credit, agency);

/** The agency a name or address stands for ("Associated Press", "AP News", "apnews.com"). */
export function agencyFor(nameOrUrl: string | undefined): Agency | undefined {
  if (!nameOrUrl) return undefined;
  const host = hostOf(nameOrUrl);
  if (host) return agencies.find((a) => a.hosts.some((h) => host === h || host.endsWith(`.${h}`)));
  return agencyByKey.get(nameKey(nameOrUrl)) ?? agencyByCredit.get(nameOrUrl.trim());
}

const credits = [...agencyByCredit.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
/** "Seoul [South Korea]March 19 (ANI):", "WASHINGTON (AP) —", "(ANSA) - ROMA", "Madrid (EFE).-" */
const DATELINE = new RegExp(String.raw`^(?:[^()\n]|\([^()\n]{0,60}\)){0,160}?\((${credits})(?:/[A-Z]{2,5})?\)\.?\s*(?:[:\-–—]|\.-)`);
/** The same shape with a credit a scraper mistyped ("(ADNRONOS/IGN) -"). */
const DATELINE_ANY = /^[^()\n]{0,120}?\(([A-Z]{4,12})(?:\/[A-Z]{2,5})?\)\.?\s*[:\-–—]/;
/** Agency formats that are not "(CREDIT) -". */
const SPECIAL_DATELINES: RegExp[] = [
  /^\((?:[^=()]{1,12})=(뉴스1|연합뉴스|뉴시스)\)/,
  /^[\p{L}\s,.\d]{2,40}\/(TASS)\/\./u,
  /^[^—\n]{2,60}—\s*(РИА Новости)\./,
  /^[^()\n]{0,30}\((RIA Novosti)\b[^)]*\)\s*[-–—]/,
  /^\S{2,20}-(سانا)$/u,
  /^[\p{L}\s]{2,30},\s*(IRNA)\s*[-–—]/u,
];
/** "… (ANI)", "… launch vehicle. — PTI", "==Kyodo", "(With inputs from PTI)". */
const TRAILERS = [
  new RegExp(String.raw`\((${credits})\)\s*$`),
  new RegExp(String.raw`[\-–—=]{1,2}\s*(${credits})\.?\s*$`),
  new RegExp(String.raw`\(\s*with inputs from (${credits})\s*\)\.?\s*$`, 'i'),
  // "… to sneak into the US. PTI": Indian desks print the bare credit after the last sentence.
  new RegExp(String.raw`[.!?]["”’]?\s+(${credits})\.?\s*$`),
];
/** Reuters' desk line: "(Reporting by X; Editing by Y)". */
const REUTERS_DESK = /^\(?\s*(?:additional\s+)?reporting by [^;()]{2,120};\s*(?:writing by [^;()]{2,80};\s*)?editing by [^()]{2,120}\)?\.?$/i;
/** An e-mail address or link in a notice: "… Redistribution Prohibited] rodongphoto@news1.kr". */
const NOTICE_ADDRESS = /(?:@|https?:\/\/|\bwww\.)([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi;

/** The agency whose own host a notice gives an address at (the agency's photo desk, its site). */
function agencyByAddress(text: string): Agency | undefined {
  for (const m of text.matchAll(NOTICE_ADDRESS)) {
    const agency = agencyFor(`https://${m[1]!.toLowerCase()}/`);
    if (agency) return agency;
  }
  return undefined;
}

/** "Copyright 2023 The Associated Press. All rights reserved." and the like. */
const COPYRIGHT_NAME = /(?:copyright|©)\s*(?:©\s*)?(?:\d{4}\s+)?(?:the\s+)?([^.]{2,60}?)\s*(?:\.|$)/i;

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) (i++, j++);
    else {
      if (++edits > 1) return false;
      if (a.length > b.length) i++;
      else if (b.length > a.length) j++;
      else (i++, j++);
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

// ---- outlets ---------------------------------------------------------------------------

interface Named {
  id: string;
  name: string;
}
const aliasToOutlet = new Map<string, Named>();
for (const outlet of outlets) for (const alias of [outlet.name.replace(/^The /, ''), ...outlet.aliases]) aliasToOutlet.set(alias, outlet);
for (const agency of agencies) {
  for (const alias of [agency.fullName.replace(/^The /, ''), ...agency.aliases]) {
    if (!aliasToOutlet.has(alias)) aliasToOutlet.set(alias, { id: `agency:${agency.id}`, name: agency.name });
  }
  // Short agency credits in running text ("Reuters reported", "according to AFP").
  if (agency.name.length >= 3 && !aliasToOutlet.has(agency.name)) aliasToOutlet.set(agency.name, { id: `agency:${agency.id}`, name: agency.name });
}
const outletPattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:[Tt]he\s+)?(${[...aliasToOutlet.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\p{L}\p{N}])`,
  'gu',
);

// ---- assembling ------------------------------------------------------------------------

interface Draft {
  role: ChainLink['role'];
  key: string;
  name: string;
  url?: string;
  evidence: string[];
  /** the same pieces, for a duplicate check that stays fast on a page that cites an outlet thousands of times */
  seen: Set<string>;
  confidence: Confidence;
  order: number;
}

class ChainBuilder {
  private drafts: Draft[] = [];
  private count = 0;

  add(role: Draft['role'], name: string, evidence: string, confidence: Confidence, url?: string): void {
    // A name of symbols only ("—") still names the site; it just matches nothing else.
    const key = nameKey(name) || `#${name}`;
    if (!name.trim()) return;
    const same = this.drafts.find(
      (d) => d.role === role && (d.key === key || (key.length >= 4 && d.key.startsWith(key)) || (d.key.length >= 4 && key.startsWith(d.key))),
    );
    const safeUrl = safeHttpUrl(url);
    if (!same) {
      this.drafts.push({ role, key, name, ...(safeUrl && { url: safeUrl }), evidence: [evidence], seen: new Set([evidence]), confidence, order: this.count++ });
      return;
    }
    // A name read from text beats one derived from an address.
    if (same.name.includes('.') && !name.includes('.')) same.name = name;
    if (!same.url && safeUrl) same.url = safeUrl;
    if (!same.seen.has(evidence)) {
      same.seen.add(evidence);
      same.evidence.push(evidence);
    }
    if (RANK[confidence] > RANK[same.confidence]) same.confidence = confidence;
  }

  has(role: Draft['role'], name?: string): boolean {
    return this.drafts.some((d) => d.role === role && (name === undefined || d.key === nameKey(name)));
  }

  links(): ChainLink[] {
    const roles: Array<Draft['role']> = ['site', 'republisher', 'agency', 'cited'];
    const siteKeys = new Set(this.drafts.filter((d) => d.role === 'site').map((d) => d.key));
    const taken = new Set<string>();
    const out: ChainLink[] = [];
    for (const role of roles) {
      const drafts = this.drafts
        .filter((d) => d.role === role)
        .sort((a, b) => (role === 'agency' ? RANK[b.confidence] - RANK[a.confidence] : 0) || a.order - b.order);
      for (const d of drafts) {
        // A site does not republish from itself (its own staff's disclaimer), though an
        // agency's own site is the agency; past that an outlet is named once, in its
        // nearest role to the reader.
        if (role === 'republisher' && siteKeys.has(d.key)) continue;
        if (role === 'cited' && (siteKeys.has(d.key) || taken.has(d.key))) continue;
        if (role === 'agency' && taken.has(d.key) && !siteKeys.has(d.key)) continue;
        if (role !== 'site') taken.add(d.key);
        out.push({
          role: d.role,
          name: d.name,
          ...(d.url && { url: d.url }),
          evidence: d.evidence.join(' · '),
          evidences: d.evidence,
          confidence: d.confidence,
        });
      }
    }
    return out;
  }
}

/** An outlet's name for its web host ("theguardian.com" → "The Guardian"), or the bare host. */
function nameForHost(host: string): string {
  const outlet = outlets.find((o) => o.hosts?.some((h) => host === h || host.endsWith(`.${h}`)));
  return outlet?.name ?? displayHost(host);
}

function meta(doc: Document, property: string): string | undefined {
  const el = firstMetadata(doc, ['meta'], `meta[property="${property}"], meta[name="${property}"]`);
  const content = el?.getAttribute('content')?.trim();
  return content || undefined;
}

/** A cross-domain canonical is an origin only when it points at an article, not a front. */
function looksLikeArticleUrl(url: string): boolean {
  const path = new URL(url).pathname;
  const segments = path.split('/').filter(Boolean);
  return segments.length >= 2 || /[-_]\w+[-_]|\d{4,}/.test(path);
}

function addSite(chain: ChainBuilder, doc: Document, url: string | null): string {
  const siteName = meta(doc, 'og:site_name');
  const host = hostOf(url);
  const origin = host ? safeHttpUrl('/', url) : undefined;
  if (siteName) chain.add('site', siteName, `og:site_name "${siteName}"`, 'high', origin);
  else if (host) chain.add('site', displayHost(host), `page address ${host}`, 'high', origin);
  else chain.add('site', 'This page', 'the page names no site and has no address', 'low');
  // The agency's own site: the copy is the agency's.
  const own = agencyFor(url ?? undefined) ?? agencyFor(siteName);
  if (own) chain.add('agency', own.name, `this is ${own.fullName}'s own site (${siteName ?? host})`, 'high');
  return nameKey(siteName ?? host ?? '');
}

function addRepublisher(chain: ChainBuilder, name: string, evidence: string, confidence: Confidence, url?: string): void {
  const agency = agencyFor(name) ?? agencyFor(url);
  if (agency) chain.add('agency', agency.name, evidence, confidence);
  else chain.add('republisher', name, evidence, confidence, url);
}

function addHead(chain: ChainBuilder, doc: Document, url: string | null): void {
  const pageHost = hostOf(url);
  for (const signal of headSignals(doc)) {
    const signalUrl = signal.url ? safeHttpUrl(signal.url, url) : undefined;
    const signalHost = hostOf(signalUrl);
    switch (signal.kind) {
      case 'syndication-source':
      case 'original-source':
      case 'based-on':
        if (signalHost && signalHost !== pageHost) {
          addRepublisher(chain, signal.name ?? nameForHost(signalHost), signal.evidence, 'high', signalUrl);
        }
        break;
      case 'canonical':
        // Weak: section fronts and home pages are not origins.
        if (signalUrl && signalHost && pageHost && signalHost !== pageHost && looksLikeArticleUrl(signalUrl)) {
          addRepublisher(chain, nameForHost(signalHost), signal.evidence, 'low', signalUrl);
        }
        break;
      case 'publisher': {
        // Only an agency here says something the site name does not.
        const agency = agencyFor(signal.name) ?? (signalHost ? agencyFor(signalUrl) : undefined);
        if (agency) chain.add('agency', agency.name, signal.evidence, 'medium');
        break;
      }
      case 'author':
      case 'credit': {
        const agency = agencyFor(signal.name) ?? agencyFor(signal.url);
        if (agency) chain.add('agency', agency.name, signal.evidence, 'high');
        break;
      }
      case 'dateline': {
        const m = signal.name?.match(/\(([^)]{2,20})\)/);
        const agency = agencyFor(m?.[1]);
        if (agency) chain.add('agency', agency.name, signal.evidence, 'high');
        break;
      }
    }
  }
}

function addFindings(chain: ChainBuilder, marked: MarkedBlock[], baseUrl: string | null): void {
  for (const { block, rule } of marked) {
    const url = safeHttpUrl(block.href, baseUrl);
    const named = rule.republisher ? block.text.match(rule.republisher)?.[1]?.trim() : undefined;
    if (named) addRepublisher(chain, named, block.text, 'high', url);
    else if (rule.category === 'source-link' && url) {
      addRepublisher(chain, nameForHost(new URL(url).hostname), `"${block.text}" → ${url}`, 'medium', url);
    }
    if (rule.category === 'copyright-notice' || rule.category === 'feed-disclaimer' || rule.category === 'source-link') {
      const fromCopyright = agencyFor(block.text.match(COPYRIGHT_NAME)?.[1]);
      const fromInputs = agencyByCredit.get(block.text.match(/with inputs from\s+([^()]{2,40}?)\s*\)?\.?$/i)?.[1] ?? '');
      const fromCredit = agencyByCredit.get(block.text.match(/^(\S{2,12})\s*\/\s*\p{Ll}{2,5}\.?$/u)?.[1] ?? '');
      const agency =
        fromCopyright ?? fromInputs ?? fromCredit ?? (/ANSA\s*$/.test(block.text) ? agencyByCredit.get('ANSA') : undefined) ?? agencyByAddress(block.text);
      if (agency) chain.add('agency', agency.name, block.text, 'high');
    }
  }
}

/** Credits inside the story text that name the outlet a story was taken from. */
const REPUBLICATION_CREDITS: RegExp[] = [
  // "(PhatzNewsRoom / WAPO) —-": the reposting site's credit naming the source.
  /^\(\s*[^()/]{2,40}\/\s*([^()/]{2,40}?)\s*\)\s*[-–—]/,
  // "© Provided by The Canadian Press": a portal's credit for the partner's copy.
  /^©\s*Provided by\s+(.{2,60}?)\.?$/,
  // "Pisze Jarosław Osowski w Gazecie Wyborczej": a press review naming the paper.
  /\bPisze\s+\p{Lu}[\p{L}-]+\s+\p{Lu}[\p{L}-]+\s+w\s+(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)/u,
  // "— Взгляд.UA" ending an aggregator snippet: the outlet it is from.
  /\s—\s+([\p{Lu}][\p{L}.]{1,30}(?:\.[A-Za-z]{2,3})?)\.?$/u,
];

function outletName(name: string): string {
  const trimmed = name.trim();
  const known = aliasToOutlet.get(trimmed) ?? aliasToOutlet.get(trimmed.replace(/^the\s+/i, ''));
  return known?.name ?? trimmed;
}

/** Story paragraphs read between two checkpoints. */
const PARAGRAPHS_PER_STEP = CHECKPOINT;

function* addStoryRepublishers(chain: ChainBuilder, paragraphs: string[]): Steps<void> {
  for (const [i, text] of paragraphs.entries()) {
    if (i % PARAGRAPHS_PER_STEP === PARAGRAPHS_PER_STEP - 1) yield;
    for (const pattern of REPUBLICATION_CREDITS) {
      const m = text.match(pattern);
      if (m?.[1]) addRepublisher(chain, outletName(m[1]), sentenceAround(text, m.index ?? 0, (m.index ?? 0) + m[0].length), 'medium');
    }
  }
}

function* addStoryAgencies(chain: ChainBuilder, paragraphs: string[]): Steps<void> {
  paragraphs.slice(0, 5).forEach((text) => {
    const m = text.match(DATELINE);
    if (m) {
      const agency = agencyByCredit.get(m[1]!);
      if (agency) chain.add('agency', agency.name, m[0].trim(), 'high');
      return;
    }
    for (const pattern of SPECIAL_DATELINES) {
      const s = text.match(pattern);
      const agency = s ? agencyByCredit.get(s[1]!) : undefined;
      if (s && agency) chain.add('agency', agency.name, s[0].trim(), 'high');
    }
    const typo = text.match(DATELINE_ANY);
    if (typo && !agencyByCredit.has(typo[1]!)) {
      const agency = agencies.find((a) => a.credits.some((c) => c.length >= 4 && editDistanceAtMostOne(c.toUpperCase(), typo[1]!)));
      if (agency) chain.add('agency', agency.name, `${typo[0].trim()} (credit as printed)`, 'medium');
    }
  });
  for (const [i, text] of paragraphs.entries()) {
    if (i % PARAGRAPHS_PER_STEP === PARAGRAPHS_PER_STEP - 1) yield;
    for (const pattern of TRAILERS) {
      const m = text.match(pattern);
      const agency = m ? agencyByCredit.get(m[1]!) : undefined;
      if (m && agency) chain.add('agency', agency.name, m[0].trim(), 'high');
    }
    if (REUTERS_DESK.test(text)) chain.add('agency', 'Reuters', text, 'medium');
    if (/^KYODO NEWS\b/.test(text)) chain.add('agency', 'Kyodo', text.slice(0, 60), 'high');
  }
}

/** How far around a name its citation cue may stand. */
const CUE_WINDOW = 60;

/** Outlets the story attributes reporting to, and agencies it names as recipients ("told Reuters"). */
function* addCitations(chain: ChainBuilder, paragraphs: string[]): Steps<void> {
  const recipients: Array<{ agency: string; evidence: string }> = [];
  for (const [i, text] of paragraphs.entries()) {
    if (i % PARAGRAPHS_PER_STEP === PARAGRAPHS_PER_STEP - 1) yield;
    let citedEnd = -1;
    for (const m of text.matchAll(outletPattern)) {
      const outlet = aliasToOutlet.get(m[1]!);
      if (!outlet) continue;
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const before = text.slice(Math.max(0, start - CUE_WINDOW), start);
      const after = text.slice(end, end + CUE_WINDOW);
      if (notACitationBefore.test(before)) {
        const agency = agencyFor(outlet.name);
        if (authorAsRecipient.test(before) && agency) {
          recipients.push({ agency: agency.name, evidence: sentenceAround(text, start, end) });
        }
        continue;
      }
      // "according to CNN and the BBC", "сообщают «Интерфакс», РИА Новости": a list shares its cue.
      const listed = citedEnd >= 0 && /^["»”]?\s*(?:,|and|und|et|e|y|и)\s*["«“]?\s*$/iu.test(text.slice(citedEnd, start).replace(/^\s+/, ''));
      if (listed || citationCues.some((cue) => cue.pattern.test(cue.side === 'before' ? before : after))) {
        chain.add('cited', outlet.name, sentenceAround(text, start, end), 'high');
        citedEnd = end;
      }
    }
  }
  // "told Reuters": the agency is most likely the author — said only when nothing better
  // is known, and not when the story also cites it ("Reuters reported": someone else's copy).
  if (!chain.has('agency')) {
    for (const r of recipients) if (!chain.has('cited', r.agency)) chain.add('agency', r.agency, r.evidence, 'medium');
  }
}

export function* buildChain(doc: Document, url: string | null, storyParagraphs: string[], marked: MarkedBlock[]): Steps<ChainLink[]> {
  const chain = new ChainBuilder();
  addSite(chain, doc, url);
  addHead(chain, doc, url);
  addFindings(chain, marked, url);
  yield* addStoryRepublishers(chain, storyParagraphs);
  yield* addStoryAgencies(chain, storyParagraphs);
  yield* addCitations(chain, storyParagraphs);
  return chain.links();
}

/** The compiled patterns above, for test/unit/regex-safety.test.ts (backtracking checks). */
export const chainPatterns = {
  DATELINE,
  DATELINE_ANY,
  SPECIAL_DATELINES,
  TRAILERS,
  REUTERS_DESK,
  COPYRIGHT_NAME,
  NOTICE_ADDRESS,
  REPUBLICATION_CREDITS,
  outletPattern,
};
