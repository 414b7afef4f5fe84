import { rules } from '../rules/book';
import type { Agency } from '../rules/types';
import type { Block } from './blocks';
import { readChainInput, type ChainInput, type ChainLine, type MarkedBlock, type MarkedLine, type StoryLink, type StorySpan } from './chain-input';
import type { HeadSignal } from './head';
import { sentenceAround } from './text';
import type { ChainLink, Confidence } from './types';
import { displayHost, hostOf, safeHttpUrl } from './url';
import { CHECKPOINT, drain, type Steps } from './steps';
import { compileLexicon, nameKey, type ChainData, type Lexicon } from './lexicon';

// Builds the source chain: the site you are on → who it republished from → the wire
// agency → the outlets the story cites. Every link carries each piece of text that proves
// it and a confidence; nothing is claimed that the page does not show. Every agency, outlet
// and credit word comes from the lexicon (lexicon.ts, compiled from utils/rules data).
// What it reads of the page is read first, as plain data (chain-input.ts readChainInput);
// the chain is built from that data alone (buildChainFrom), wherever the lexicon is kept.

export type { ChainInput, MarkedBlock };

const RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

/** The same shape with a credit a scraper mistyped ("(ADNRONOS/IGN) -"). */
const DATELINE_ANY = /^[^()\n]{0,120}?\(([A-Z]{4,12})(?:\/[A-Z]{2,5})?\)\.?\s*[:\-–—]/;
/** A wire desk line: "(Reporting by X; Editing by Y)" (the agency whose form it is: `desk`). */
const DESK_LINE = /^\(?\s*(?:additional\s+)?reporting by [^;()]{2,120};\s*(?:writing by [^;()]{2,80};\s*)?editing by [^()]{2,120}\)?\.?$/i;
/** An e-mail address or link in a notice: "… Redistribution Prohibited] rodongphoto@news1.kr". */
const NOTICE_ADDRESS = /(?:@|https?:\/\/|\bwww\.)([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi;
/** A credit line is short: a paragraph longer than this is story. */
const CREDIT_LINE_CHARS = 140;

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
  /** recognised by its shape, not by the gazetteer or a credit: how sure (0–1) */
  inferred?: number;
  order: number;
}

class ChainBuilder {
  private drafts: Draft[] = [];
  private count = 0;

  /** `inferred`: the name was recognised as an outlet by its shape only, with this score (0–1). */
  add(role: Draft['role'], name: string, evidence: string, confidence: Confidence, url?: string, inferred?: number): void {
    // A name of symbols only ("—") still names the site; it just matches nothing else.
    const key = nameKey(name) || `#${name}`;
    if (!name.trim()) return;
    const safeUrl = safeHttpUrl(url);
    // One link is one origin: "Источник: <a href="https://example.ru/…">Пример Ньюс</a>" named by its text and by its host.
    const same = this.drafts.find(
      (d) =>
        d.role === role &&
        (d.key === key || (key.length >= 4 && d.key.startsWith(key)) || (d.key.length >= 4 && key.startsWith(d.key)) || (role === 'republisher' && safeUrl !== undefined && d.url === safeUrl)),
    );
    if (!same) {
      this.drafts.push({
        role,
        key,
        name,
        ...(safeUrl && { url: safeUrl }),
        evidence: [evidence],
        seen: new Set([evidence]),
        confidence,
        ...(inferred !== undefined && { inferred }),
        order: this.count++,
      });
      return;
    }
    // Stated once is stated.
    if (inferred === undefined) delete same.inferred;
    else if (same.inferred !== undefined) same.inferred = Math.max(same.inferred, inferred);
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
    /** the draft of the role nearer the reader that named each outlet */
    const taken = new Map<string, Draft>();
    let author: string | undefined;
    const out: ChainLink[] = [];
    for (const role of roles) {
      const drafts = this.drafts
        .filter((d) => d.role === role)
        .sort((a, b) => (role === 'agency' ? RANK[b.confidence] - RANK[a.confidence] : 0) || a.order - b.order);
      for (const d of drafts) {
        // A site does not republish from itself (its own staff's disclaimer), though an
        // agency's own site is the agency; past that an outlet is named once, in its
        // nearest role to the reader, unless the story also cites it in a sentence of its own
        // ("Fonte: G1" and "… o último publicado pelo G1"; "/ritzau/AFP" and "ifølge AFP"):
        // the agency that wrote the copy is never cited in it.
        if (role === 'republisher' && siteKeys.has(d.key)) continue;
        const near = taken.get(d.key);
        if (role === 'cited' && (siteKeys.has(d.key) || (near && (d.key === author || d.evidence.every((e) => near.evidence.some((n) => n.includes(e))))))) continue;
        if (role === 'agency' && near && !siteKeys.has(d.key)) continue;
        if (role === 'agency') author ??= d.key;
        if (role !== 'site' && !near) taken.set(d.key, d);
        out.push({
          role: d.role,
          name: d.name,
          ...(d.url && { url: d.url }),
          evidence: d.evidence.join(' · '),
          evidences: d.evidence,
          confidence: d.confidence,
          ...(d.inferred !== undefined && { recognised: true as const, score: d.inferred }),
        });
      }
    }
    return out;
  }
}

/** An outlet's name for its web host ("theguardian.com" → "The Guardian"), or the bare host. */
function nameForHost(lex: Lexicon, host: string): string {
  return lex.outletForHost(host)?.name ?? displayHost(host);
}

/** A cross-domain canonical is an origin only when it points at an article, not a front. */
function looksLikeArticleUrl(url: string): boolean {
  const path = new URL(url).pathname;
  const segments = path.split('/').filter(Boolean);
  return segments.length >= 2 || /[-_]\w+[-_]|\d{4,}/.test(path);
}

function addSite(lex: Lexicon, chain: ChainBuilder, siteName: string | undefined, url: string | null): string {
  const host = hostOf(url);
  const origin = host ? safeHttpUrl('/', url) : undefined;
  if (siteName) chain.add('site', siteName, `og:site_name "${siteName}"`, 'high', origin);
  else if (host) chain.add('site', displayHost(host), `page address ${host}`, 'high', origin);
  else chain.add('site', 'This page', 'the page names no site and has no address', 'low');
  // The agency's own site: the copy is the agency's.
  const own = writer(lex.agencyFor(url ?? undefined) ?? lex.agencyFor(siteName));
  if (own) chain.add('agency', own.name, `this is ${own.fullName}'s own site (${siteName ?? host})`, 'high');
  return nameKey(siteName ?? host ?? '');
}

/** A photo-only agency never wrote the story. */
function writer(agency: Agency | undefined): Agency | undefined {
  return agency && !agency.kinds.includes('f') ? agency : undefined;
}

/** `inferred`: the name was recognised as an outlet by its shape only, with this score (the popup marks it so). */
function addRepublisher(lex: Lexicon, chain: ChainBuilder, name: string, evidence: string, confidence: Confidence, url?: string, inferred?: number): void {
  // "Source: Agencies", "Fonte: Redação", "Source: Facebook", "facebook.com/somepage": no one's copy.
  // "Source: Riverside Herald, May 12, 2024": the name without the date after it.
  name = name.replace(TRAILING_DATE, '');
  // "Artykuł pochodzi z serwisu Riverside Herald": a lower-case media noun before the name is no part of it (a capitalised one is:
  // "Gazeta Wyborcza"; so is one in a script without case: "صحيفة ريفرسايد").
  if (/^\p{Ll}/u.test(name) && lex.MEDIA_FIRST.test(name)) name = name.replace(lex.MEDIA_FIRST, '');
  // "Source: May 12, 2024": a date alone names no one.
  if (DATE_ONLY.test(name.trim())) return;
  if (lex.notOriginName(name) || lex.notOriginHost(name.toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, ''))) return;
  const agency = writer(namedAgency(lex, name) ?? lex.agencyFor(url));
  if (agency) chain.add('agency', agency.name, evidence, confidence);
  // "Source: www.example.com" names the site example.com.
  else chain.add('republisher', lex.HOST_NAME.test(name) ? name.replace(/^www\d?\./i, '') : name, evidence, confidence, url, inferred);
}

/** The host without the prefixes one site's several hosts differ by ("www.", "m.", "amp.", "edition."…: any sub-domain of the other). */
function sameSite(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = a.toLowerCase().replace(/^(?:www\d?|m|amp|mobile)\./, '');
  const y = b.toLowerCase().replace(/^(?:www\d?|m|amp|mobile)\./, '');
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}

function addHead(lex: Lexicon, chain: ChainBuilder, signals: HeadSignal[], url: string | null, siteName?: string): void {
  const pageHost = hostOf(url);
  for (const signal of signals) {
    const signalUrl = signal.url ? safeHttpUrl(signal.url, url) : undefined;
    const signalHost = hostOf(signalUrl);
    switch (signal.kind) {
      case 'syndication-source':
      case 'original-source':
      case 'based-on':
        // JSON-LD "isBasedOn": "https://…" gives an address as its name: the outlet is named by its host then.
        if (signalHost && !sameSite(signalHost, pageHost)) {
          const named = signal.name && !/^https?:\/\//i.test(signal.name) ? signal.name : undefined;
          addRepublisher(lex, chain, named ?? nameForHost(lex, signalHost), signal.evidence, 'high', signalUrl);
        }
        break;
      case 'canonical':
        // Weak: section fronts and home pages are not origins, nor the site's other hosts (m., amp., a sub-domain, a host named as the site).
        if (signalUrl && signalHost && pageHost && !sameSite(signalHost, pageHost) && !(siteName && namesHost(siteName, signalHost)) && looksLikeArticleUrl(signalUrl)) {
          addRepublisher(lex, chain, nameForHost(lex, signalHost), signal.evidence, 'low', signalUrl);
        }
        break;
      case 'source-organization': {
        // JSON-LD sourceOrganization or provider, Dublin Core source: an agency wrote it, or another outlet published it first.
        const agency = writer(namedAgency(lex, signal.name) ?? lex.agencyFor(signalUrl));
        if (agency) chain.add('agency', agency.name, signal.evidence, 'high');
        else if (signalHost && sameSite(signalHost, pageHost)) break;
        else if (signal.name && !lex.PHOTO_LINE.test(signal.name)) addRepublisher(lex, chain, outletName(lex, signal.name), signal.evidence, 'medium', signalUrl);
        else if (signalHost && !sameSite(signalHost, pageHost)) addRepublisher(lex, chain, nameForHost(lex, signalHost), signal.evidence, 'medium', signalUrl);
        break;
      }
      case 'publisher': {
        // Only an agency here says something the site name does not.
        const agency = writer(lex.agencyFor(signal.name) ?? (signalHost ? lex.agencyFor(signalUrl) : undefined));
        if (agency) chain.add('agency', agency.name, signal.evidence, 'medium');
        break;
      }
      case 'author':
      case 'credit': {
        const agency = writer(namedAgency(lex, signal.name) ?? lex.agencyFor(signal.url));
        if (agency) chain.add('agency', agency.name, signal.evidence, 'high');
        // The author or credit holder is another outlet of the gazetteer ("author": {"@type": "Organization", "name": "The Straits Times"}).
        else if (signal.name) {
          const known = knownOutlet(lex, signal.name.replace(lex.STAFF_SUFFIX, ''));
          if (known && !ownName(lex, known.name, siteName, url) && !ownName(lex, signal.name, siteName, url)) addRepublisher(lex, chain, known.name, signal.evidence, 'medium');
        }
        break;
      }
      case 'dateline': {
        const m = signal.name?.match(/\(([^)]{2,20})\)/);
        const agency = writer(lex.agencyFor(m?.[1]));
        if (agency) chain.add('agency', agency.name, signal.evidence, 'high');
        break;
      }
    }
  }
}

/** The agency among the names of a credit ("Jane Doe, Associated Press", "AFP/dpa", "Reuters and AP"): the first. */
function namedAgency(lex: Lexicon, names: string | undefined): Agency | undefined {
  if (!names) return undefined;
  // "ANTARA (15/03/1987)": the name without a date or note in brackets.
  const whole = lex.agencyFor(names) ?? lex.agencyFor(names.replace(/\s*\([^()]{0,40}\)?\s*$/, '')) ?? lex.agencyFor(names.replace(lex.STAFF_SUFFIX, ''));
  if (whole) return whole;
  let first: Agency | undefined;
  for (const part of names.split(/\s*(?:[,/|·;]|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bwith\b)\s*|\s*[-–—]\s+|\s+[-–—]\s*/)) {
    const name = part.replace(/^(?:by|von|par|por|di|door|oleh|av|af)\s+/i, '').trim();
    const agency = lex.agencyFor(name);
    // A credit token ("RSS") says more than a generic name beside it ("National News Agency").
    if (agency && lex.agencyByCredit.get(name) === agency) return agency;
    first ??= agency;
  }
  return first;
}

/** The agency whose own host a notice gives an address at (the agency's photo desk, its site). */
function agencyByAddress(lex: Lexicon, text: string): Agency | undefined {
  for (const m of text.matchAll(NOTICE_ADDRESS)) {
    const agency = writer(lex.agencyFor(`https://${m[1]!.toLowerCase()}/`));
    if (agency) return agency;
  }
  return undefined;
}

/** The agency a copyright line names: "Copyright 2023 The Associated Press", "© dpa-infocom", "Riproduzione riservata © Copyright ANSA". */
function copyrightAgency(lex: Lexicon, text: string): Agency | undefined {
  const named = text.match(lex.COPYRIGHT)?.[1];
  const agency = writer(namedAgency(lex, named?.replace(/^(?:©|copyright)\s*/i, '')));
  if (agency) return agency;
  // A notice that ends on a credit ("… © Copyright ANSA").
  const last = text.match(/([\p{L}-]{2,20})\s*\.?$/u)?.[1];
  return last ? writer(lex.agencyByCredit.get(last)) : undefined;
}

/** A copyright line of its own: "Copyright 2024 Agence France-Presse", "© 2024 Reuters", "(c) AFP". */
const COPYRIGHT_OPENING = /^(?:©|\(c\)|copyright\b)/i;
/** The year a copyright line gives ("© 2024 Reuters"): a photo's caption seldom prints one. */
const COPYRIGHT_YEAR = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:19|20)\d\d\b/i;

/**
 * A short line of its own by the story's end opening with a copyright mark (no rule marked it: no "All rights reserved") names the
 * agency it credits: a story paragraph, or a line after the story with the notice's year (a caption's "© Reuters" credits the photo);
 * never a photo's "© AFP/Jane Doe".
 */
function readCopyrightLine(lex: Lexicon, chain: ChainBuilder, text: string): void {
  const line = text.trim();
  if (line.length > CREDIT_LINE_CHARS || !COPYRIGHT_OPENING.test(line) || line.includes('/') || lex.PHOTO_LINE.test(line)) return;
  const agency = copyrightAgency(lex, line);
  if (agency) chain.add('agency', agency.name, line, 'high');
}

/** A credit alone on its line: "(Tanjug)", "— PTI", "-- Kyodo". */
const SIGNOFF_LINE = /^(?:\(\s*([^()\s]{2,20})\s*\)|[-–—=]{1,2}\s*([^\s\-–—]{2,20}))\.?$/u;

/** "ale/dpa", "dpa/jd": initials of two to four lower-case letters and a credit, slashed; group 1 or 2 the credit. */
const INITIALLED_SIGNOFF = /^(?:\p{Ll}{2,4}\s?\/\s?([^\s/]{2,20})|([^\s/]{2,20})\s?\/\s?\p{Ll}{2,4})\.?$/u;

/** A sign-off on a short line of its own by the story: "(Tanjug)", "— PTI", "AGERPRES (RO - author: …)", "La Presse canadienne". */
function readSignoffLine(lex: Lexicon, chain: ChainBuilder, text: string): void {
  const line = text.trim();
  if (line.length > CREDIT_LINE_CHARS || lex.PHOTO_LINE.test(line)) return;
  const alone = line.match(SIGNOFF_LINE);
  // "ale/dpa", "dpa/jd", "mja/AFP": an editor's initials and the agency (initials are lower-case; a photo's "AFP/Jane Doe" is not).
  const initialled = line.match(INITIALLED_SIGNOFF);
  const credit = alone?.[1] ?? alone?.[2] ?? initialled?.[1] ?? initialled?.[2];
  const signed = credit ? writer(lex.agencyByCredit.get(credit)) : undefined;
  const shaped = line.match(lex.SIGNOFF);
  const byShape = shaped ? writer(lex.shapes.get('signoff')?.get(shaped[1]!)) : undefined;
  // A full name, never a bare credit token (a photo's "AFP" under a picture is no sign-off).
  const full = /\s/.test(line) && line.length >= 8 ? writer(lex.agencyFor(line)) : undefined;
  const agency = signed ?? byShape ?? slashedSignoff(lex, line) ?? (full && !full.common ? full : undefined);
  if (agency) chain.add('agency', agency.name, line, signed || byShape || slashedSignoff(lex, line) ? 'high' : 'medium');
}

/** One credit between slashes: "/ritzau/". */
const SLASHED_CREDIT = /^\/\s*[\p{L}.-]{2,20}\s*\/$/u;

/** A part of a slashed sign-off that names no one: an editor's initials ("jkl"), a newsroom word ("Redacción"). */
const SIGNOFF_INITIALS = /^\p{Ll}{2,4}$/u;

/**
 * A sign-off of slashes ("dpa/AFP/jkl", "/ritzau/", "/ritzau/AFP", "EFE/Redacción"): every part an agency's credit, an editor's initials
 * or a newsroom word, with slashes around it or a part that is no agency's (a photo's "AFP/dpa" has neither); no photo agency among
 * them. The first agency, the distributing one.
 */
function slashedSignoff(lex: Lexicon, line: string): Agency | undefined {
  if (!SLASHED_CREDITS.test(line) && !SLASHED_CREDIT.test(line)) return undefined;
  const parts = line.replace(/^\/|\/$/g, '').split('/').map((p) => p.trim());
  const agencies = parts.map((p) => lex.agencyByCredit.get(p));
  const filler = (p: string) => SIGNOFF_INITIALS.test(p) || lex.STAFF_SUFFIX.test(` ${p}`);
  if (!parts.every((p, i) => agencies[i] || filler(p)) || agencies.some((a) => a?.kinds.includes('f'))) return undefined;
  if (!/^\/|\/$/.test(line.trim()) && !parts.some(filler)) return undefined;
  return agencies.find((a) => a !== undefined);
}

/** "/ritzau/AFP", "NTB/AFP": credits and slashes only. */
const SLASHED_CREDITS = /^\/?\s*[\p{L}.-]{2,20}(?:\s*\/\s*[\p{L}.-]{2,20})+\s*\/?$/u;

/**
 * A link's address, unless it goes to the page's own site (a "#", a tag page) or to a host no link names an
 * origin by (a shortener, a feed proxy, a social network: lexicon notOriginHost).
 */
function foreignLink(lex: Lexicon, href: string | null | undefined, pageUrl: string | null): string | undefined {
  const url = safeHttpUrl(href, pageUrl);
  const host = hostOf(url)?.replace(/^www\./, '');
  const pageHost = hostOf(pageUrl)?.replace(/^www\./, '');
  if (host && ((pageHost && host === pageHost) || lex.notOriginHost(host))) return undefined;
  return url;
}

/** The marked lines whose place is a credit's: a name in them names the copy's origin (readNamedLine). */
const CREDIT_CATEGORIES = new Set(['source-link', 'republication', 'feed-disclaimer', 'copyright-notice', 'feed-debris']);

function addFindings(lex: Lexicon, chain: ChainBuilder, marked: MarkedLine[], baseUrl: string | null, siteName?: string): void {
  for (const block of marked) {
    const url = foreignLink(lex, block.href, baseUrl);
    // The name the rule's pattern captured (chain-input.ts markedLine).
    const captured = block.republisher;
    // "Source: the health ministry" names no outlet: a name starts with a capital (or is a web host).
    const named = captured && (!/^\p{Ll}/u.test(captured) || lex.HOST_NAME.test(captured)) ? captured : undefined;
    if (named) addRepublisher(lex, chain, named, block.text, 'high', url);
    else if ((block.category === 'source-link' || block.category === 'republication') && url) {
      addRepublisher(lex, chain, linkedName(lex, block, url), `"${block.text}" → ${url}`, 'medium', url);
    } else if (block.category === 'republication') readClosingName(lex, chain, block.text);
    if (block.category === 'copyright-notice' || block.category === 'feed-disclaimer' || block.category === 'source-link') {
      // A sign-off of slashed credits names each agency, the distributing one first ("/ritzau/AFP").
      if (SLASHED_CREDITS.test(block.text)) {
        for (const part of block.text.split('/')) {
          const agency = writer(lex.agencyByCredit.get(part.trim()));
          if (agency) chain.add('agency', agency.name, block.text, 'high');
        }
      }
      // "रासस", "ANTARA." alone on a line a source rule collapsed: the credit itself (a photo's credit is no source line).
      if (block.category === 'source-link') {
        const alone = writer(lex.agencyByCredit.get(block.text.trim().replace(/\.$/, '')));
        if (alone) chain.add('agency', alone.name, block.text, 'high');
      }
      const fromInputs = lex.agencyByCredit.get(block.text.match(/with inputs from\s+([^()]{2,40}?)\s*\)?\.?$/i)?.[1] ?? '');
      const fromCredit = lex.agencyByCredit.get(block.text.match(/^(\S{2,12})\s*\/\s*\p{Ll}{2,5}\.?$/u)?.[1] ?? '');
      const agency = writer(copyrightAgency(lex, block.text) ?? fromInputs ?? fromCredit ?? agencyByAddress(lex, block.text));
      if (agency) chain.add('agency', agency.name, block.text, 'high');
    }
    if (block.text.length <= CREDIT_LINE_CHARS) {
      readSignoffLine(lex, chain, block.text);
      // "2015-09-26 08:14Xinhua Editor: Mo Hong'e" collapsed with the page furniture still credits the copy.
      readInlineCredits(lex, chain, block.text);
      readCreditLine(lex, chain, block.text, url, hostOf(baseUrl));
      // A feed template's origin line may be collapsed as feed debris: it still names the origin.
      readFeedOrigin(lex, chain, block.text, url);
      readPrintedAddress(lex, chain, block.text, hostOf(baseUrl));
    }
    readPostTrailer(lex, chain, block.text, url);
    // (after the readers above: a name a phrase gives is the name as the page writes it)
    if (CREDIT_CATEGORIES.has(block.category)) readNamedLine(lex, chain, block.text, url, siteName, baseUrl);
  }
}

/**
 * The origin a credit's link goes to, named by the link's text when that names the host ("Zuerst erschienen bei <a>Gizmo Site</a>" →
 * gizmo-site.example: "Gizmo Site") or is the gazetteer's outlet of that host, else by the host (the gazetteer's name, or the bare host).
 */
function linkedName(lex: Lexicon, line: ChainLine, url: string): string {
  const host = new URL(url).hostname;
  const outlet = lex.outletForHost(host);
  if (outlet) return outlet.name;
  const anchor = line.links === 1 && line.anchor ? cleanName(line.anchor) : '';
  return anchor && namesHost(anchor, host) && !lex.notOriginName(anchor) ? anchor : displayHost(host);
}

/**
 * The name ending a republication credit the detector recognised by its wording but whose rule captures no name ("Dieser Artikel
 * erschien zuerst bei Gizmo Site.", "Cet article a été publié initialement sur Le Monde"): a gazetteer outlet or agency, a web host, or
 * a capitalised name with an outlet's word; a capitalised run of words alone names nothing ("… first published in March").
 */
const CLOSING_NAME = /(?:^|\s)((?:[\p{Lu}\p{N}][\p{L}\p{N}'’&+-]*\s+){0,4}[\p{Lu}\p{N}][\p{L}\p{N}'’&+-]*|[\p{L}\p{N}-]{2,40}\.[a-z]{2,6}(?:\.[a-z]{2})?)\s*[.!]?$/u;

function readClosingName(lex: Lexicon, chain: ChainBuilder, text: string): void {
  const line = text.trim();
  if (line.length > CREDIT_LINE_CHARS || lex.PHOTO_LINE.test(line)) return;
  const name = cleanName(line.match(CLOSING_NAME)?.[1] ?? '');
  if (!name || lex.notOriginName(name)) return;
  const agency = writer(namedAgency(lex, name));
  if (agency) return chain.add('agency', agency.name, line, 'high');
  const known = knownOutlet(lex, name);
  if (known) addRepublisher(lex, chain, known.name, line, 'high');
  else if (outletLikeness(lex, name) > 0) addRepublisher(lex, chain, name, line, 'medium', undefined, outletLikeness(lex, name));
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

function outletName(lex: Lexicon, name: string): string {
  const trimmed = name.trim();
  const known = lex.aliasToOutlet.get(trimmed) ?? lex.aliasToOutlet.get(trimmed.replace(/^the\s+/i, ''));
  return known?.name ?? trimmed;
}

/** Story paragraphs read between two checkpoints. */
const PARAGRAPHS_PER_STEP = CHECKPOINT;

function* addStoryRepublishers(lex: Lexicon, chain: ChainBuilder, paragraphs: string[], pageHost?: string): Steps<void> {
  for (const [i, text] of paragraphs.entries()) {
    if (i % PARAGRAPHS_PER_STEP === PARAGRAPHS_PER_STEP - 1) yield;
    if (i < 2) readOutletDateline(lex, chain, text);
    if (i === 0) readPressReview(lex, chain, text);
    if (i === 0) readLeadCredit(lex, chain, text);
    if (i >= paragraphs.length - 3) readPostTrailer(lex, chain, text);
    for (const [n, pattern] of REPUBLICATION_CREDITS.entries()) {
      const m = text.match(pattern);
      // "(PhatzNewsRoom / WAPO) —- …": the bracketed credit opening the paragraph is the evidence, not the sentence it opens (which may
      // cite the same outlet in words of its own: "… The Washington Post published a new account").
      const evidence = n === 0 && m ? m[0].replace(/\s*[-–—]+$/, '') : sentenceAround(text, m?.index ?? 0, (m?.index ?? 0) + (m?.[0].length ?? 0));
      if (m?.[1]) addRepublisher(lex, chain, outletName(lex, m[1]), evidence, 'medium');
    }
    if (text.length <= CREDIT_LINE_CHARS) readCreditLine(lex, chain, text, undefined, pageHost);
    // "… the reforms would continue. – The Jakarta Post": the closing paragraphs' trailer names the origin.
    if (i >= paragraphs.length - 3) readOutletTrailer(lex, chain, text);
    readFeedOrigin(lex, chain, text);
    if (text.length <= CREDIT_LINE_CHARS) readPrintedAddress(lex, chain, text, pageHost);
  }
}

/**
 * The footer SEO plugins add to a feed's posts, in the site's language ("The post <title> appeared first on Business Daily.", "Der
 * Beitrag <title> erschien zuerst auf inside digital."): the site it names is the copy's origin (an agency: the author). The name is
 * known, a host, shaped like an outlet's, or capitalised; "the agenda of the coalition talks" is none.
 */
function readPostTrailer(lex: Lexicon, chain: ChainBuilder, text: string, url?: string): void {
  const line = text.trim();
  if (line.length > 500) return;
  const m = line.match(lex.ORIGIN_POST);
  if (!m) return;
  const name = cleanName(m[1]!);
  const agency = writer(namedAgency(lex, name));
  if (agency) return chain.add('agency', agency.name, line, 'high');
  const known = knownOutlet(lex, name);
  if (known) return addRepublisher(lex, chain, known.name, line, 'high', url);
  // "Palomita de maíz", "IFK Norrköping", "Учительская газета": a site's name as it writes it, up to six words, its first capitalised (or
  // in a script without capitals); "inside digital": lower case, up to three words, no comma, no article or preposition first.
  const words = name.split(/\s+/);
  const upper = words.length <= 6 && !/^\p{Ll}/u.test(name) && !/[,;:]/.test(name);
  const lower = words.length <= 3 && /^\p{Ll}/u.test(name) && !/[,;:]/.test(name) && !/^(?:the|a|an|der|die|das|dem|den|des|le|la|les|l['’]|el|los|las|o|os|as|de|du|il|lo|het|een|en|i|на|в)\s/iu.test(name);
  if (outletLikeness(lex, name) > 0 || upper || lower) addRepublisher(lex, chain, name, line, 'medium', url);
}

/**
 * "به گزارش ایسنا، …", "به گزارش خبرنگار ایلنا، …": a lead-in credit opening the story credits the whole copy: an agency (its name
 * after a media noun or "reporter" too) is the author, a known outlet or a name with an outlet word ("روزنامه شرق") the origin.
 */
function readLeadCredit(lex: Lexicon, chain: ChainBuilder, text: string): void {
  const m = text.match(lex.LEAD_CREDIT);
  if (!m) return;
  const evidence = sentenceAround(text, 0, m[0].length);
  // "به گزارش ایلنا به نقل از پایگاه اطلاع رسانی دولت، …": the credit, then the source it quotes, which the story cites (named as the
  // lead-in writes it, up to five words: the form marks it as a source, whatever it is).
  const quoting = lex.LEAD_QUOTING.exec(m[1]!);
  const quoted = quoting ? cleanName(m[1]!.slice(quoting.index + quoting[0].length)) : '';
  if (quoted && quoted.split(/\s+/).length <= 5 && !lex.notOriginName(quoted)) {
    const source = writer(namedAgency(lex, quoted)) ?? knownOutlet(lex, quoted);
    chain.add('cited', source?.name ?? quoted, evidence, 'medium', undefined, source ? undefined : 0.6);
  }
  const whole = cleanName(quoting ? m[1]!.slice(0, quoting.index) : m[1]!);
  const bare = whole.replace(lex.MEDIA_FIRST, '');
  const agency = writer(namedAgency(lex, bare) ?? namedAgency(lex, whole));
  if (agency) return chain.add('agency', agency.name, evidence, 'high');
  // A gazetteer name opening the name ("همشهری آنلاین": Hamshahri's site) is that outlet.
  const opening = lex.findOutlets(bare)[0];
  const known = knownOutlet(lex, bare) ?? knownOutlet(lex, whole) ?? (opening?.[0] === 0 ? lex.aliasToOutlet.get(opening[2]) : undefined);
  if (known) return addRepublisher(lex, chain, known.name, evidence, 'medium');
  if (whole.split(/\s+/).length <= 4 && outletLikeness(lex, whole) > 0) addRepublisher(lex, chain, whole, evidence, 'medium');
}

/**
 * The story's first paragraph hands over to an outlet's quoted text ("«Փաստ» օրաթերթը գրում է. «Կառավարությունը…", "The Guardian
 * writes: "…""): a press review, the copy is that outlet's. The name is known, quoted, or has an outlet's word or host; an agency is the author.
 */
function readPressReview(lex: Lexicon, chain: ChainBuilder, text: string): void {
  const m = text.match(lex.PRESS_REVIEW);
  if (!m) return;
  const name = cleanName(m[2]!);
  const evidence = sentenceAround(text, 0, m[0].length);
  const agency = writer(namedAgency(lex, name));
  if (agency) return chain.add('agency', agency.name, evidence, 'high');
  const known = knownOutlet(lex, name);
  if (known || (m[1] && name.split(/\s+/).length <= 4) || outletLikeness(lex, name) > 0) {
    addRepublisher(lex, chain, known?.name ?? name, evidence, 'medium');
  }
}

/** "… would continue. – The Jakarta Post", "… al país. — Diario Libre": a dash and an outlet's name ending a paragraph; group 1 the name. */
const OUTLET_TRAILER = /[.!?…]["”’»]?\s*[-–—]{1,2}\s*([\p{Lu}\p{N}][^.!?\-–—()]{1,40}?)\s*\.?$/u;

/** The outlet a trailer ending a paragraph names: a gazetteer outlet, or a name shaped like one (an agency's is read by NAMED_TRAILER). */
function readOutletTrailer(lex: Lexicon, chain: ChainBuilder, text: string): void {
  const m = text.match(OUTLET_TRAILER);
  if (!m) return;
  const name = cleanName(m[1]!);
  if (lex.agencyFor(name) || lex.PHOTO_LINE.test(name)) return;
  const known = knownOutlet(lex, name);
  const evidence = m[0].replace(/^[.!?…]["”’»]?\s*/, '').trim();
  if (known) addRepublisher(lex, chain, known.name, evidence, 'medium');
  else if (outletLikeness(lex, name) > 0 && CAPITALISED_NAME.exec(name)?.[1] === name) addRepublisher(lex, chain, name, evidence, 'low');
}

/** "Muqdisho (Wararka Maanta) – …", "WASHINGTON (CNN) —": an outlet's own credit in the dateline; group 1 the name. */
const OUTLET_DATELINE = /^[\p{L}\s,.'’-]{2,40}\((\p{Lu}[\p{L}\p{N}.&'’ -]{1,40}?)\)\s*[-–—:]/u;

/** The outlet a dateline credits, when it is no agency: known, shaped like an outlet, or a name of two to four capitalised words. */
function readOutletDateline(lex: Lexicon, chain: ChainBuilder, text: string): void {
  const m = text.match(OUTLET_DATELINE);
  const name = m?.[1]?.trim();
  if (!m || !name || lex.PHOTO_LINE.test(name) || lex.agencyFor(name) || lex.agencyByCredit.has(name)) return;
  const known = knownOutlet(lex, name);
  const words = name.split(/\s+/);
  const named = known || outletLikeness(lex, name) > 0 || (words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)));
  if (named) addRepublisher(lex, chain, known?.name ?? name, m[0].trim(), 'medium');
}

/** A capitalised name of up to six words (with the small words of names: of, de, da, der…), read at the start of the text. */
const CAPITALISED_NAME =
  /^["«“„']?((?:[\p{Lu}\p{N}][\p{L}\p{N}'’.&+-]*|[\p{L}\p{N}-]{2,40}\.[a-z]{2,6}(?:\.[a-z]{2})?)(?:\s+(?:(?:of|de|da|do|del|della|di|der|des|du|la|le|el|y|&|and|und|am|an|on|in)\s+)?(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.&+-]*)){0,5})/u;

/**
 * How sure an open-class name is an outlet: a web host, or outlet words in it (in a script without capitals, where names join
 * them without a space, inside a word: "リバーサイド新聞", "리버사이드일보").
 */
function outletLikeness(lex: Lexicon, name: string): number {
  if (lex.HOST_NAME.test(name)) return 0.8;
  if (lex.OUTLET_WORD.test(` ${name} `)) return /\s/.test(name) ? 0.75 : 0.6;
  if (!/[\p{Lu}\p{Ll}]/u.test(name) && lex.UNSPACED_OUTLET_WORD.test(name)) return 0.6;
  // "Aftonbladet", "Nordkurier", "Iltalehti": one word ending in an outlet word of a language that compounds its nouns.
  if (!/\s/.test(name) && lex.COMPOUND_OUTLET_NAME.test(name.slice(0, 1) + name.slice(1).toLowerCase())) return 0.6;
  return 0;
}

/** The name an open-class credit names, trimmed of a trailing possessive or punctuation. */
function cleanName(name: string): string {
  return name.replace(/['’]s$/, '').replace(/[.,:;]+$/, '').trim();
}

/** "Source: X", "By X", "With X", "Read it on X": a short line of its own that credits an agency or names the origin. */
function readCreditLine(lex: Lexicon, chain: ChainBuilder, text: string, url?: string, pageHost?: string, field = false): void {
  const line = text.trim();
  if (lex.PHOTO_LINE.test(line)) return;
  readSourceField(lex, chain, line, url);
  // "記者陳熙文/台北報導聯合報": the paper after a reporter's byline is the copy's origin (a known outlet or agency only).
  const reported = line.length <= 60 ? line.match(lex.REPORTER_CREDIT)?.[1] : undefined;
  if (reported) {
    const agency = writer(namedAgency(lex, reported));
    const known = knownOutlet(lex, reported);
    if (agency) chain.add('agency', agency.name, line, 'high');
    else if (known) addRepublisher(lex, chain, known.name, line, 'high', url);
    if (agency || known) return;
  }
  // "Source: X", "By X", "With X", and a name's co-credit ("Par Le Figaro avec AFP", "Da Redação, com Agência Brasil").
  // The name before a co-credit is a byline's when a by-word opens the line, a separator ends the name, or it is a known outlet or a
  // newsroom ("Redacción con información de EFE"); "Interview with Reuters" is none.
  const co = line.length <= 80 ? line.match(lex.WITH_AFTER_NAME) : null;
  const coCredit = co && (co[1] || co[3] || knownOutlet(lex, co[2]!) || lex.STAFF_SUFFIX.test(` ${co[2]}`)) ? co[4] : undefined;
  const credits = [line.match(lex.SOURCE_LINE)?.[1], line.match(lex.BY_LINE)?.[1], line.match(lex.WITH_LINE)?.[1], coCredit];
  for (const names of credits) {
    const agency = names ? writer(namedAgency(lex, names)) : undefined;
    if (agency) {
      chain.add('agency', agency.name, line, 'high');
      return;
    }
  }
  // "Fuente ABC": a Source word without its colon names the origin only when the name is known or an acronym ("Credit Suisse" is no credit).
  const bare = line.length <= 60 ? line.match(lex.SOURCE_BARE)?.[1] : undefined;
  if (bare) {
    const agency = writer(namedAgency(lex, bare));
    const known = knownOutlet(lex, bare);
    if (agency) chain.add('agency', agency.name, line, 'high');
    else if (known) addRepublisher(lex, chain, known.name, line, 'high', url);
    else if (/^[\p{Lu}\p{N}]{2,8}$/u.test(bare)) addRepublisher(lex, chain, bare, line, 'medium', url);
    return;
  }
  // A Source line or an origin trailer that names no agency names the origin.
  // (The outlet before the verb, "X पर प्रकाशित हुआ था", "Bu haber X'dan alınmıştır", is an origin trailer too.)
  const after = line.length <= 100 ? line.match(lex.ORIGIN_AFTER)?.[1] : undefined;
  // "این مطلب نخستین بار در X منتشر شده است": a lead phrase and a verb after the name, the name without the verb.
  const led = line.match(lex.ORIGIN)?.[1];
  const whole = after !== undefined && led?.startsWith(after) ? after : (led ?? after);
  const inline = line.match(lex.ORIGIN_INLINE)?.[1];
  // "This article is republished from The Conversation under a Creative Commons license": the name, not the rest of the line (a
  // known outlet, a host, or a capitalised name shaped like an outlet's that lower-case words follow).
  const inlineShaped = inline !== undefined && whole?.startsWith(inline) === true && /^\s+\p{Ll}/u.test(whole.slice(inline.length)) && outletLikeness(lex, cleanName(inline)) > 0;
  const inlineKnown = inline !== undefined && (knownOutlet(lex, cleanName(inline)) !== undefined || lex.HOST_NAME.test(cleanName(inline)) || inlineShaped);
  const trailer = whole && inlineKnown && CAPITALISED_NAME.exec(cleanName(whole))?.[1] !== cleanName(whole) && !knownOutlet(lex, cleanName(whole)) ? inline : (whole ?? inline);
  // "Source: Riverside Herald, May 12, 2024": the name without the date after it.
  const origin = (trailer ?? line.match(lex.SOURCE_LINE)?.[1])?.replace(TRAILING_DATE, '');
  if (!origin) return;
  // "BirGün'den alınmıştır": the case ending after an apostrophe is the verb's, not the name's.
  const name = cleanName(origin === after ? origin.replace(/['’]\p{Ll}{1,5}$/u, '') : origin);
  // "This article originally appeared on Reuters", "Bu haber Anadolu Ajansı'ndan alınmıştır": an agency as the origin wrote the copy.
  const originAgency = trailer !== undefined ? writer(namedAgency(lex, name)) : undefined;
  if (originAgency) {
    chain.add('agency', originAgency.name, line, 'high');
    return;
  }
  // After "Read it on", "This article comes from" a capitalised name is the origin by the phrase alone.
  // A Source field's value, apart from its label (a label/value pair of the markup), names the origin by its place: up to four words, the
  // first capitalised (many languages write only a name's first word so: "Poliisin tiedotteet", "Agência de notícias"), no sentence in it;
  // a value linked to another site is named by that site (below).
  const fieldName = field && !hostOf(url) && name.split(/\s+/).length <= 4 && /^[\p{Lu}\p{N}][^.!?:;,()]*$/u.test(name);
  // A name in a script without capitals ("ไทยรัฐออนไลน์", "新华网", "দৈনিক প্রথম আলো") after a phrase that touches it or before a verb
  // that follows it: up to three words, named by the phrase alone (a Latin name must be capitalised).
  // (A script without spaces has no words to count: up to sixteen characters there, no comma.)
  const unspacedName = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(name);
  const uncased =
    (after !== undefined || lex.ORIGIN_UNSPACED.test(line)) &&
    name.length <= (unspacedName ? 16 : 30) &&
    name.split(/\s+/).length <= 3 &&
    !/[\p{Lu}\p{Ll}，、,;；]/u.test(name) &&
    (!unspacedName || lex.UNSPACED_OUTLET_WORD.test(name));
  const shaped =
    outletLikeness(lex, name) > 0 || fieldName || (trailer !== undefined && (CAPITALISED_NAME.exec(name)?.[1] === name || (uncased && !lex.notOriginName(name))));
  const linkHost = hostOf(url);
  // "Fonte: https://www.example.com.br/noticia/…": the host of the address a Source line prints (not the site's own, not a social network's).
  const address = trailer === undefined ? PRINTED_ADDRESS.exec(name) : null;
  const printedHost = address && address.index === 0 ? address[1]!.toLowerCase().replace(/^www\./, '') : undefined;
  const printed = printedHost && printedHost !== pageHost?.replace(/^www\./, '') && !lex.notOriginHost(printedHost) ? printedHost : undefined;
  const known = lex.aliasToOutlet.get(name) ?? lex.aliasToOutlet.get(name.replace(/^the\s+/i, ''));
  if (known) addRepublisher(lex, chain, known.name, line, 'high', url);
  else if (shaped && name.length <= 60) addRepublisher(lex, chain, name, line, 'medium', url);
  else if (printed) addRepublisher(lex, chain, nameForHost(lex, printed), line, 'medium', `https://${printed}/`);
  else if (linkHost) addRepublisher(lex, chain, nameForHost(lex, linkHost), `"${line}" → ${url}`, 'medium', url);
}

/**
 * A Source field among a metadata line's other fields ("2024-05-12 10:00 来源：人民网 作者：张三", "12.05.2024 | Nguồn: VnExpress"):
 * its one-word value names the copy's agency, or its origin when the gazetteer knows it, it is a web host or it holds an outlet's word
 * ("人民网": 网, site). A line that opens with the Source word is a Source line (SOURCE_LINE), read as one.
 */
function readSourceField(lex: Lexicon, chain: ChainBuilder, line: string, url?: string): void {
  if (line.length > CREDIT_LINE_CHARS || lex.SOURCE_LINE.test(line)) return;
  const m = lex.SOURCE_FIELD.exec(line);
  if (!m || m.index === 0) return;
  // The fields before it are a date, a time, labels: no sentence ("… the report cites Source: Bloomberg" is one).
  if ((line.slice(0, m.index).match(/(?:^|\s)\p{Ll}/gu) ?? []).length > 2) return;
  const name = cleanName(m[1]!);
  if (lex.notOriginName(name)) return;
  const agency = writer(namedAgency(lex, name));
  if (agency) return chain.add('agency', agency.name, line, 'high');
  const known = knownOutlet(lex, name);
  if (known) return addRepublisher(lex, chain, known.name, line, 'high', url);
  const uncased = !/[\p{Lu}\p{Ll}]/u.test(name) && lex.UNSPACED_OUTLET_WORD.test(name);
  if (uncased || outletLikeness(lex, name) > 0) addRepublisher(lex, chain, name, line, 'medium', url);
}

/** "Lähde" on a line of its own, "Poliisin tiedotteet" on the next: a Source word and its value apart (a label and its field). */
function readSourceAlone(lex: Lexicon, chain: ChainBuilder, text: string, next: ChainLine | undefined, pageUrl: string | null): void {
  const value = next?.text.trim();
  if (!value || value.length > 80 || !lex.SOURCE_ALONE.test(text.trim())) return;
  readCreditLine(lex, chain, `${text.trim().replace(/\s*[:：]$/, '')}: ${value}`, foreignLink(lex, next!.href, pageUrl), hostOf(pageUrl), true);
}

/** "– UTUSAN ONLINE" closing the copy: a dash and a name, on a line of its own. */
const DASH_TRAILER = /^[-–—]\s*([^\s\-–—][^.!?]{1,40}?)\s*[-–—]?\.?$/u;
/** "Fitnah bermaharajalela – PM (Utusan Malaysia 4 Julai 2008)": a clipping's credit, the paper and its date. */
const CLIPPING_CREDIT = /\(\s*([^()\d]{2,40}?)[,\s]+\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}\s*\)\s*$/u;

/** The outlet a name is in the gazetteer as ("UTUSAN ONLINE", "The Navbharattimes"). */
function knownOutlet(lex: Lexicon, name: string): { id: string; name: string } | undefined {
  const bare = name.trim().replace(/^the\s+/i, '');
  return lex.aliasToOutlet.get(name.trim()) ?? lex.aliasToOutlet.get(bare);
}

/** Feed templates of auto-posting blogs and a clipping's or trailer's outlet: the copy's origin. */
function readFeedOrigin(lex: Lexicon, chain: ChainBuilder, text: string, url?: string): void {
  const line = text.trim();
  // "via The Guardian" is an origin when the line links somewhere (a feed's source link).
  const linked = line.match(lex.ORIGIN_LINKED)?.[1] ?? (url ? line.match(lex.ORIGIN_VIA)?.[1] : undefined);
  const titled = line.match(lex.ORIGIN_TITLED)?.[1];
  for (const origin of [linked, titled]) {
    if (!origin) continue;
    const name = cleanName(origin);
    const known = knownOutlet(lex, name);
    if (known) addRepublisher(lex, chain, known.name, line, 'high', url);
    else if (name.length <= 40 && (outletLikeness(lex, name) > 0 || CAPITALISED_NAME.exec(name)?.[1] === name || !/\p{Lu}|\p{Ll}/u.test(name))) {
      addRepublisher(lex, chain, name, line, 'medium', url);
    }
  }
  // A gazetteer outlet, or a name shaped like one ("– Kathmandu Herald", "— portal.example.com"): "– PM" and "(Reuters 4 July 2008)" name no origin.
  const trailer = line.length <= 60 ? line.match(DASH_TRAILER)?.[1] : undefined;
  const clipping = line.match(CLIPPING_CREDIT)?.[1];
  for (const origin of [trailer, clipping]) {
    const known = origin ? knownOutlet(lex, origin) : undefined;
    const name = origin ? cleanName(origin) : '';
    if (known) addRepublisher(lex, chain, known.name, line, 'medium', url);
    else if (origin && outletLikeness(lex, name) > 0 && CAPITALISED_NAME.exec(name)?.[1] === name) addRepublisher(lex, chain, name, line, 'low', url);
  }
}

/** An address printed as text: a broken link's residue ('et="_blank">https://news.yahoo.co.jp/…'), a bare source address. */
const PRINTED_ADDRESS = /\bhttps?:\/\/((?:[a-z0-9-]+\.)+[a-z]{2,})(?=[/…?#:\s"'<]|$)/i;

/**
 * A short line that is little more than the address of a known outlet's page: the copy's origin
 * (only an outlet the gazetteers know by its host: a printed address of anything else names nothing).
 */
function readPrintedAddress(lex: Lexicon, chain: ChainBuilder, text: string, pageHost: string | undefined): void {
  const m = PRINTED_ADDRESS.exec(text);
  if (!m || text.length > CREDIT_LINE_CHARS) return;
  const host = m[1]!.toLowerCase();
  if (pageHost && (host === pageHost || host.endsWith(`.${pageHost}`) || pageHost.endsWith(`.${host}`))) return;
  // The words around the address: a few ("続きを読む", "Source:"), not a sentence that mentions a site.
  const rest = text.replace(/\S*https?:\/\/\S*/gi, ' ');
  if ((rest.match(/[\p{L}\p{N}]+/gu) ?? []).join('').length > 30) return;
  const outlet = lex.outletForHost(host);
  if (outlet) addRepublisher(lex, chain, outlet.name, text.trim(), 'medium', `https://${host}/`);
}

/** Printed addresses ending a line ("from The Navbharattimes https://ift.tt/2RBfYmn") and its closing marks. */
const LINE_TAIL = /(?:\s+https?:\/\/\S+)+\s*$|[\s.。!)）\]]+$/u;
/** A date after a credit's name, after a comma: ", 12 Mei 2024", ", May 12, 2024", ", 12.05.2024", ", 2024-05-12". */
const TRAILING_DATE = /,\s*(?:\d{1,2}\.?\s+\p{L}{3,12}\.?,?\s+\d{4}|\p{L}{3,12}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})\.?$/u;
/** A date and nothing else: "May 12, 2024", "12 Mei 2024", "12/05/2024". */
const DATE_ONLY = /^(?:\p{L}{3,12}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+\p{L}{3,12}\.?,?\s+\d{4}|[\d\s./:-]+)$/u;
/** A date after a name: ", 12 mai 2024", " 12.05.2024", ", 4 July 2008". */
const DATE_AFTER_NAME = /(?<![\s,]),?\s+\d{1,2}\.?\s*(?:\p{L}{3,12}\.?|\d{1,2}\.)\s*\d{2,4}$/u;
/** A letter of a script written without spaces between words. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** "Label: value" on a short line: a label of up to four words (no sentence), a colon, the value (group 2). */
const LABELLED_VALUE = /^([^:：.!?]{2,40})[:：]\s*(.{2,60})$/u;
/** "… ( headline - Outlet )", "Headline – Outlet": a dash or bar and the name closing the line (group 1). */
const CLOSING_AFTER_DASH = /\s[-–—|]\s+([^-–—|()（）]{2,40})$/u;
/** Up to three words (no punctuation) before the name closing a line: "from The Navbharattimes"; group 1 the words, 2 the name. */
const WORDS_BEFORE_NAME = /^((?:[^\s\p{P}\p{S}]{1,12}\s+){1,3}?)(\S.{1,50})$/u;
/** An address printed in a line and the host's name printed as a word of it ("Artikel ini telah tayang di Tribunnews.com … http://www.tribunnews.com/…"). */
const HOST_WORD = /(?:^|[\s(«"“])((?:www\.)?[\p{L}\p{N}-]{2,40}(?:\.[\p{L}\p{N}-]{2,20})+)(?=[\s,.;:)»"”]|$)/gu;

/**
 * A short credit line that names an outlet of the gazetteer in a credit's place, whatever words stand around it: the value of a
 * "label: value" line ("Bron: AD", "Fonte e foto: RFI", in any language's label), the name after a dash closing the line ("( headline
 * - 読売新聞 )"), the name after up to three words on a line ending on an address ("from The Navbharattimes https://…"); or an address printed in the line whose host
 * the line also names as a word ("… tayang di Tribunnews.com …, http://www.tribunnews.com/…"). The place and the gazetteer (or the
 * address) say it, not the phrase: a line in a language no grammar holds still names its origin. Never an agency (an unknown label may
 * be a photo's: "Foto e texto: AFP"), never the site itself, never after "told"; a photo credit names none.
 */
function readNamedLine(lex: Lexicon, chain: ChainBuilder, text: string, url: string | undefined, siteName: string | undefined, pageUrl: string | null, tail = true): void {
  const line = text.trim();
  if (line.length > 400 || lex.PHOTO_LINE.test(line)) return;
  if (line.length <= 200) {
    let bare = line;
    for (let previous = ''; previous !== bare; ) (previous = bare), (bare = bare.replace(LINE_TAIL, ''));
    const labelled = bare.match(LABELLED_VALUE);
    const label = labelled?.[1]?.trim();
    const dashed = bare.match(CLOSING_AFTER_DASH)?.[1];
    // (Only on a feed template's line, which ends on the address it links: "Watch CNN" names no origin.)
    const worded = bare.length <= 60 && /https?:\/\/\S+$/.test(line) ? bare.match(WORDS_BEFORE_NAME) : null;
    // A sign-off: the name alone, in brackets, after a copyright sign and year, or before a date ("(The Guardian)", "[Le Monde]",
    // "© 2024 Kathmandu Herald. All rights reserved.", "Le Monde, 12 mai 2024").
    const signed = bare.trim().replace(/^[(\[]\s*|\s*[)\]]$/g, '').replace(/^(?:©|\(c\))\s*(?:\d{4}\s*)?/i, '').replace(DATE_AFTER_NAME, '').split(/\.\s/)[0];
    const candidates: Array<[name: string | undefined, confidence: Confidence]> = [
      [signed, 'medium'],
      [label && label.split(/\s+/).length <= 4 && !lex.PHOTO_BEFORE.test(label) ? labelled![2] : undefined, 'medium'],
      [dashed, 'medium'],
      [worded && !rules().citations.notACitationBefore.test(worded[1]!.trim()) ? worded[2] : undefined, 'low'],
    ];
    // In a script without spaces no word edge marks where the name starts: a gazetteer outlet closing a short line of no sentence
    // ("記者陳熙文/台北報導聯合報").
    if (bare.length <= 30 && UNSPACED_SCRIPT.test(bare) && !/[，。！？,!?]/u.test(bare)) {
      const last = lex.findOutlets(bare).at(-1);
      if (last && last[1] === bare.length) candidates.push([last[2], 'medium']);
    }
    for (const [raw, confidence] of candidates) {
      const name = raw ? cleanName(raw) : '';
      const known = name ? knownOutlet(lex, name) : undefined;
      if (!known || lex.agencyFor(name) || lex.agencyFor(known.name) || ownName(lex, known.name, siteName, pageUrl) || ownName(lex, name, siteName, pageUrl)) continue;
      addRepublisher(lex, chain, known.name, line, confidence, url);
      return;
    }
    // Outside the gazetteer, after the story only (a section's "Category: World News" heads it): a value shaped like an outlet's name,
    // of up to four capitalised words with an outlet's word or a web host ("Zdroj: Radio Mbali Online"), after a label of up to three.
    const value = tail && label && label.split(/\s+/).length <= 3 && !lex.PHOTO_BEFORE.test(label) ? cleanName(labelled![2]!) : '';
    if (value && !lex.agencyFor(value) && !lex.notOriginName(value) && !ownName(lex, value, siteName, pageUrl)) {
      const score = outletLikeness(lex, value);
      if (score > 0 && CAPITALISED_NAME.exec(value)?.[1] === value && value.split(/\s+/).length <= 4) addRepublisher(lex, chain, value, line, 'low', url, score);
    }
  }
  const address = PRINTED_ADDRESS.exec(line);
  const host = address?.[1]?.toLowerCase().replace(/^www\d?\./, '');
  const pageHost = hostOf(pageUrl)?.replace(/^www\d?\./, '');
  if (!address || !host || sameSite(host, pageHost) || lex.notOriginHost(host) || INSTITUTION_HOST.test(host)) return;
  // The address of a story (a path of its own), not of a home page or a site's section.
  // It ends the line, as a trailer prints it ("… dengan judul …, http://…"): an address inside a sentence is the story's.
  const printed = line.slice(address.index).match(/^\S+/)![0];
  if (!/^\S+\s*$/.test(line.slice(address.index)) || !safeHttpUrl(printed) || !looksLikeArticleUrl(safeHttpUrl(printed)!)) return;
  const words = line.replace(/\S*https?:\/\/\S*/gi, ' ');
  for (const m of words.matchAll(HOST_WORD)) {
    const word = m[1]!.replace(/^www\d?\./i, '');
    if (!namesHost(word, host) && word.toLowerCase() !== host) continue;
    const outlet = lex.outletForHost(host);
    if (writer(lex.agencyFor(`https://${host}/`))) return;
    addRepublisher(lex, chain, outlet?.name ?? word, line, 'medium', `https://${host}/`);
    return;
  }
}

/** A short line that names the outlet its link goes to ("Novinky.cz" → novinky.cz, "Digi24.ro, 4 decembrie 2025"): the copy's origin. */
function readHostCredit(lex: Lexicon, chain: ChainBuilder, text: string, url: string | undefined, pageHost: string | undefined): void {
  const host = hostOf(url)?.replace(/^www\./, '');
  if (!host || !pageHost || host === pageHost.replace(/^www\./, '') || lex.PHOTO_LINE.test(text)) return;
  const at = text.toLowerCase().indexOf(host);
  // The name as printed, not a printed address ("https://ift.tt/…" is a redirect, no name).
  if (at < 0 || /[\p{L}\p{N}]/u.test(text[at + host.length] ?? '') || /[/.@\p{L}\p{N}]/u.test(text[at - 1] ?? '')) return;
  const name = text.slice(at, at + host.length);
  addRepublisher(lex, chain, nameForHost(lex, host) === displayHost(host) ? name : nameForHost(lex, host), `"${text}" → ${url}`, 'medium', url);
}

/** A credit inside a longer line ("… Sumber : ANTARA (15/03/1987) …", "08:14Xinhua Editor: …"). */
function readInlineCredits(lex: Lexicon, chain: ChainBuilder, text: string): void {
  if (lex.PHOTO_LINE.test(text)) return;
  for (const pattern of lex.INLINE_CREDITS) {
    const m = text.match(pattern);
    const agency = m ? writer(lex.agencyByCredit.get(m[1]!) ?? lex.agencyFor(m[1])) : undefined;
    if (m && agency && !lex.PHOTO_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 30), (m.index ?? 0) + 1))) chain.add('agency', agency.name, sentenceAround(text, m.index ?? 0, (m.index ?? 0) + m[0].length), 'high');
  }
}

function* addStoryAgencies(lex: Lexicon, chain: ChainBuilder, paragraphs: string[], creditLines: string[]): Steps<void> {
  // The story's first paragraphs, and the short lines around it (a dateline on a line of its own is no story paragraph).
  [...paragraphs.slice(0, 5), ...creditLines].forEach((text) => {
    if (lex.PHOTO_LINE.test(text)) return;
    const m = text.match(lex.DATELINE) ?? text.match(lex.DATELINE_COLON);
    if (m) {
      const agency = lex.agencyByCredit.get(m[1]!);
      if (agency) chain.add('agency', agency.name, m[0].trim(), 'high');
      return;
    }
    for (const { shape, pattern } of lex.SPECIAL_DATELINES) {
      const s = text.match(pattern);
      const agency = s ? lex.shapes.get(shape)?.get(s[1]!) : undefined;
      if (s && agency) chain.add('agency', agency.name, s[0].trim(), 'high');
    }
    // The dateline forms of many agencies, read for every agency's credit: "София, 5 май /БТА/.", "Riyadh, May 05, 2024, SPA --",
    // "Bakı. 5 may. APA." (the last two with a date: "Earlier, Reuters — citing officials —" is no dateline).
    for (const [k, pattern] of GENERIC_DATELINES.entries()) {
      const g = text.match(pattern);
      const agency = g && (k === 0 || /\d/.test(g[0].slice(0, g[0].lastIndexOf(g[1]!)))) ? writer(lex.agencyByCredit.get(g[1]!)) : undefined;
      if (g && agency) chain.add('agency', agency.name, g[0].trim(), 'high');
    }
    readInlineCredits(lex, chain, text);
    const typo = text.match(DATELINE_ANY);
    if (typo && !lex.agencyByCredit.has(typo[1]!)) {
      const agency = lex.agencies.find((a) => !a.kinds.includes('f') && a.credits.some((c) => c.length >= 4 && editDistanceAtMostOne(c.toUpperCase(), typo[1]!)));
      if (agency) chain.add('agency', agency.name, `${typo[0].trim()} (credit as printed)`, 'medium');
    }
  });
  const desk = [...(lex.shapes.get('desk')?.values() ?? [])][0];
  const lead = lex.shapes.get('lead');
  const selfReport = lex.shapes.get('reports-that');
  const signoff = lex.shapes.get('signoff');
  for (const text of creditLines) readSignoffLine(lex, chain, text);
  for (const [i, text] of paragraphs.entries()) {
    if (i % PARAGRAPHS_PER_STEP === PARAGRAPHS_PER_STEP - 1) yield;
    if (lex.PHOTO_LINE.test(text)) continue;
    for (const pattern of lex.TRAILERS) {
      const m = text.match(pattern);
      const agency = m ? (lex.agencyByCredit.get(m[1]!) ?? lead?.get(m[1]!) ?? selfReport?.get(m[1]!) ?? signoff?.get(m[1]!)) : undefined;
      if (m && agency) chain.add('agency', agency.name, m[0].trim().length > 3 ? m[0].trim() : text.slice(0, 60), 'high');
    }
    if (desk && DESK_LINE.test(text)) chain.add('agency', desk.name, text, 'medium');
    // "【ワシントン時事】" opens the copy wherever a blog pasted it.
    const bracket = lex.SPECIAL_DATELINES.find((d) => d.shape === 'jp-bracket')?.pattern.exec(text);
    const bracketAgency = bracket ? lex.shapes.get('jp-bracket')?.get(bracket[1]!) : undefined;
    if (bracket && bracketAgency) chain.add('agency', bracketAgency.name, bracket[0], 'high');
    const named = text.match(lex.NAMED_TRAILER);
    const trailerAgency = named ? writer(namedAgency(lex, named[1])) : undefined;
    if (named && trailerAgency) chain.add('agency', trailerAgency.name, named[0].replace(/^[.!?]["”’]?\s*/, '').trim(), 'high');
    readInlineCredits(lex, chain, text);
  }
}

/**
 * Datelines with the credit between slashes, after a comma, or after a full stop (group 1 the credit: a word or two, the agency
 * gazetteer's credits decide): a place and date first, capitalised, of letters, digits, spaces, commas and dots (no sentence).
 * (Literals, not built from parts: a module-level `new RegExp` would stay in the content script's bundle.)
 */
const GENERIC_DATELINES = [
  /^\p{Lu}[\p{L}\p{N}\s,.'’-]{1,60}?\s\/\s?(\p{L}[\p{L}\p{N}.-]{1,20}(?:\s\p{L}[\p{L}\p{N}.-]{1,20})?)\s?\/\s*(?:[.:\-–—]|$)/u,
  /^\p{Lu}[\p{L}\p{N}\s,.'’-]{1,60}?,\s*(\p{L}[\p{L}\p{N}.-]{1,20}(?:\s\p{L}[\p{L}\p{N}.-]{1,20})?)\s*(?:[-–—]{1,2}|:)\s/u,
  /^\p{Lu}[\p{L}\p{N}\s,.'’-]{1,60}?\.\s*(\p{L}[\p{L}\p{N}.-]{1,20}(?:\s\p{L}[\p{L}\p{N}.-]{1,20})?)\.(?:\s|$)/u,
];

/** An agency the story told something to, or that interviewed ("told Reuters"): the copy's likely author, when nothing better is known. */
interface Recipient {
  agency: string;
  evidence: string;
}

/** An opening quote mark before a name. */
const QUOTE_MARK = /["«“„]/;

/** A word of two lower-case letters or more and a full stop inside a capitalised run ("Monday. Channel"): a sentence ends there ("St. Louis" goes on). */
const SENTENCE_END = /\p{Ll}{2}\.\s/u;
/** A capitalised word right before a name, not closing a sentence: the name starts earlier. */
const RUN_BEFORE = /[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*(?<!\p{Ll}{2}\.)\s+$/u;

/** A capitalised word right after a name: the name in the text is longer. */
const LONGER_NAME = /^ [\p{Lu}\p{N}]/u;

/** How far around a name its citation cue may stand. */
const CUE_WINDOW = 60;
/** How far before a name a cue that makes it the outlet told may stand ("säger X, talesperson för Y, till …"). */
const RECIPIENT_WINDOW = 120;

/**
 * Whether the name at [start, end) is the outlet a speaker told or that interviewed them ("told the Riverside Herald", "sagte Huber
 * den Fernsehsendern …", "…n egindako elkarrizketa"): rules/citations.ts recipientCues, tested before the name with and without a media
 * noun between them. The caller makes sure the name is no agency's (an agency told is the copy's likely author).
 */
function toldOutlet(lex: Lexicon, text: string, start: number, end: number): boolean {
  const cues = rules().citations.recipientCues;
  if (!cues?.length) return false;
  const wide = text.slice(Math.max(0, start - RECIPIENT_WINDOW), start);
  const stems = lex.MEDIA_TAIL.test(wide) ? [wide, wide.replace(lex.MEDIA_TAIL, '$1$2'), wide.replace(lex.MEDIA_TAIL, '$1')] : [wide];
  const after = text.slice(end, end + CUE_WINDOW);
  return cues.some((cue) => (cue.side === 'before' ? stems.some((stem) => cue.pattern.test(stem)) : cue.pattern.test(after)));
}

/**
 * Whether an outlet told is the site's own newsroom ("The Housing Director told KCLR News" on KCLR 96FM): its name, or its first word
 * and the site name's (or the host's first label) the same. The site's own interview cites no one.
 */
function siteOwns(lex: Lexicon, name: string, siteName: string | undefined, pageUrl: string | null): boolean {
  if (ownName(lex, name, siteName, pageUrl)) return true;
  const first = (n: string) => plainKey(n.replace(/^the\s+/i, '').split(/\s+/)[0] ?? '');
  const word = first(name);
  if (word.length < 3) return false;
  const label = plainKey(hostOf(pageUrl)?.replace(/^(?:www\d?|m|amp|mobile)\./, '').split('.')[0] ?? '');
  return (siteName !== undefined && first(siteName) === word) || (word.length >= 4 && label.startsWith(word));
}

/**
 * A place closing a capitalised run ("… di Jakarta", "… in London"): the preposition and one capitalised word.
 * (Begun only where a run of spaces begins: the same match, and a long run of spaces is read once, not once from each of its spaces.)
 */
const PLACE_AFTER_NAME = /(?<!\s)\s+(?:di|in|at|en|à|w|v)\s+\p{Lu}[\p{L}-]+$/u;

/** A name that is an outlet's word and nothing else ("Post", "Times"): which outlet it is, the story said before. */
function bareOutletWord(lex: Lexicon, name: string): boolean {
  return !/[\s\d.]/.test(name) && lex.OUTLET_WORD.test(` ${name} `);
}

/** Outlets the story attributes reporting to, and agencies it names as recipients ("told Reuters"). */
function* addCitations(lex: Lexicon, chain: ChainBuilder, paragraphs: string[], italics: StorySpan[] = [], own: (name: string) => boolean = () => false): Steps<void> {
  const recipients: Recipient[] = [];
  const italicsOf = new Map<number, StorySpan[]>();
  for (const span of italics) italicsOf.set(span.paragraph, [...(italicsOf.get(span.paragraph) ?? []), span]);
  for (const [i, text] of paragraphs.entries()) {
    if (i % PARAGRAPHS_PER_STEP === PARAGRAPHS_PER_STEP - 1) yield;
    let citedEnd = -1;
    const known: Array<[number, number]> = [];
    for (const [start, end, alias] of lex.findOutlets(text)) {
      const outlet = lex.aliasToOutlet.get(alias)!;
      // A name from the public lists that runs on into a longer capitalised name ("Civil Defence", "Metro Police") is not that outlet.
      if (outlet.listed && LONGER_NAME.test(text.slice(end, end + 4))) continue;
      const before = text.slice(Math.max(0, start - CUE_WINDOW), start);
      // No gazetteer name is the end of a longer name ("Channel 12 News" is no "12 News", "Lõuna-Eesti Postimees" no
      // "Postimees"), unless the word before is the cue ("Según Faro de Vigo") or a media noun ("Vefmiðillinn DV").
      // (Nor is an article opening the sentence part of a name: "A BBC szerint", "Der BBC zufolge".)
      if (RUN_BEFORE.test(before.slice(-30)) && !lex.CITE_BEFORE.test(before) && !lex.MEDIA_NOUN_BEFORE.test(before) && !/^[Tt]he\s/.test(text.slice(start, end)) && !SENTENCE_ARTICLE.test(before)) continue;
      known.push([start, end]);
      const after = text.slice(end, end + CUE_WINDOW);
      // "sagte Weil der Neuen Osnabrücker Zeitung", "säger X till Aftonbladet": an outlet told is cited (its interview); an agency told is not.
      if (!lex.agencyFor(outlet.name) && !lex.agencyFor(alias) && !own(outlet.name) && !own(alias) && toldOutlet(lex, text, start, end)) {
        chain.add('cited', outlet.name, sentenceAround(text, start, end), outlet.listed ? 'medium' : 'high');
        citedEnd = end;
        continue;
      }
      const { notACitationBefore, authorAsRecipient, authorAsInterviewer, authorAsRecipientAfter, cues: citationCues } = rules().citations;
      // "AZƏRTAC-a açıqlamasında bildirib": the agency as the recipient, the verb after it.
      const recipientAfter = authorAsRecipientAfter?.test(after) ? writer(lex.agencyFor(outlet.name)) : undefined;
      if (recipientAfter) {
        recipients.push({ agency: recipientAfter.name, evidence: sentenceAround(text, start, end) });
        continue;
      }
      // "Reuters spoke to three officials", "„ინტერპრესნიუსი“ … ესაუბრა": the agency interviewed, the copy most likely its own.
      const interviewer = authorAsInterviewer?.test(text.slice(end, end + 120)) ? writer(lex.agencyFor(outlet.name)) : undefined;
      if (interviewer && !notACitationBefore.test(before)) {
        recipients.push({ agency: interviewer.name, evidence: sentenceAround(text, start, end) });
        continue;
      }
      if (notACitationBefore.test(before)) {
        const agency = writer(lex.agencyFor(outlet.name));
        if (authorAsRecipient.test(before) && agency) {
          recipients.push({ agency: agency.name, evidence: sentenceAround(text, start, end) });
        }
        // "told Reuters": the agency may be the author. "sagte Weil der Neuen Osnabrücker Zeitung",
        // "said in an interview with the Washington Post": the quote is that outlet's, cited.
        continue;
      }
      // "according to CNN and the BBC", "сообщают «Интерфакс», РИА Новости": a list shares its cue.
      const listed = citedEnd >= 0 && lex.LIST_JOIN.test(text.slice(citedEnd, start).replace(/^\s+/, ''));
      // The cues of rules/citations.ts, and the credit grammar's cues of every language ("prenosi Hina", "повідомляє УНІАН").
      const cued =
        citationCues.some((cue) => cue.pattern.test(cue.side === 'before' ? before : after)) || lex.CITE_BEFORE.test(before) || lex.CITE_AFTER.test(after);
      if (listed || cued) {
        // The hand-made list's outlets are sure; a public list's name may be a namesake.
        chain.add('cited', outlet.name, sentenceAround(text, start, end), outlet.listed ? 'medium' : 'high');
        citedEnd = end;
      }
    }
    addOpenClassCitations(lex, chain, text, known, italicsOf.get(i), recipients, own);
    addUncasedCitations(lex, chain, text);
  }
  // "told Reuters", "Reuters spoke to": the agency is most likely the author — said only when nothing better
  // is known, and not when the story also cites it ("Reuters reported": someone else's copy).
  if (!chain.has('agency')) {
    for (const r of recipients) if (!chain.has('cited', r.agency)) chain.add('agency', r.agency, r.evidence, 'medium');
  }
}

/** An article opening a sentence, right before a name: "A BBC szerint", "Der BBC zufolge", "Selon … . La BBC affirme". */
const SENTENCE_ARTICLE = /(?:^|[.!?]["”»]?\s+)(?:The|A|An|Az|Der|Die|Das|Dem|Den|Des|Le|La|Les|L['’]|El|Los|Las|O|Os|As|Il|Lo|Gli|De|Het|Det|Το|Η|Ο|Τα)\s*$/u;

/** The Arabic prepositions written joined to the next word (ل "to/for", ب "by/in"), with "and" (و) before them. */
const ARABIC_CLITIC = /^و?[لب]/u;

/** A word: a run of letters, marks and digits between spaces and punctuation. */
const UNCASED_WORD = /[^\s\p{P}\p{S}]+/gu;

/**
 * Names in a script without capitals, where no capital marks where a name starts: an outlet's word of the lexicon ("صحيفة", "روزنامه",
 * "टाइम्स", "일보") next to a citation cue is a name. After a cue, the word opens the name ("بحسب صحيفة الرياض فإن…": the word and the
 * next, or every word up to the next punctuation when there are three at most); before a cue after it, it closes the name ("रिवरसाइड
 * टाइम्स के अनुसार": the word before it and it; "리버사이드일보에 따르면": the word up to the outlet word inside it). A name the
 * gazetteers know is read by addCitations; "told" is no cue.
 */
function addUncasedCitations(lex: Lexicon, chain: ChainBuilder, text: string): void {
  // (One pass over the paragraph first: most hold no letter without case, or no outlet word.)
  if (!/[^\P{L}\p{Lu}\p{Ll}]/u.test(text)) return;
  if (!(lex.OUTLET_WORD.test(text) || lex.UNSPACED_OUTLET_WORD.test(text) || lex.OUTLET_WORD.test(text.replace(/(?<=^|\s)و?[لب](?=\p{L})/gu, '')))) return;
  const words = [...text.matchAll(UNCASED_WORD)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  const joined = (a: number, b: number) => /^\s*$/.test(text.slice(words[a]![1], words[b]![0]));
  for (const [i, [wordStart, end]] of words.entries()) {
    // "وفقا لصحيفة الجنوب": an Arabic preposition (ل, ب) joined to an outlet word is no part of the name, which starts after it.
    const clitic = ARABIC_CLITIC.exec(text.slice(wordStart, end));
    const start = clitic && !lex.OUTLET_WORD.test(` ${text.slice(wordStart, end)} `) && lex.OUTLET_WORD.test(` ${text.slice(wordStart + clitic[0].length, end)} `) ? wordStart + clitic[0].length : wordStart;
    const word = text.slice(start, end);
    // (Chinese, Japanese and Thai write no spaces: no word boundary tells where a name starts there.)
    if (/[\p{Lu}\p{Ll}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(word)) continue;
    const plain = lex.OUTLET_WORD.test(` ${word} `);
    const inner = plain ? undefined : lex.UNSPACED_OUTLET_WORD.exec(word);
    if (!plain && !inner) continue;
    const before = text.slice(Math.max(0, start - CUE_WINDOW), start);
    let from = start;
    let to = inner ? start + inner.index + inner[0].length : end;
    if (!inner && lex.CITE_BEFORE.test(before)) {
      let last = i;
      while (last + 1 < words.length && last - i < 3 && joined(last, last + 1)) last++;
      const toPunctuation = last - i < 3 || !joined(last, last + 1);
      to = words[toPunctuation ? last : Math.min(i + 1, last)]![1];
    } else if (lex.CITE_AFTER.test(text.slice(to, to + 40))) {
      if (!inner && i > 0 && joined(i - 1, i)) from = words[i - 1]![0];
    } else continue;
    const name = text.slice(from, to);
    if (name === word && !inner) continue;
    const cueBefore = text.slice(Math.max(0, from - CUE_WINDOW), from);
    if (rules().citations.notACitationBefore.test(cueBefore) || lex.findOutlets(name).length > 0 || lex.agencyFor(name)) continue;
    chain.add('cited', name, sentenceAround(text, from, to), 'medium', undefined, 0.6);
  }
}

/** A quote mark that opens a name: «Южная газета», „Der Standard“, "Leggo". */
const OPENING_QUOTE = /["«“„《「『]/;
/** A quoted name at the start of the text: group 1 the name (up to six words, a capital or digit first), then the closing mark. */
const QUOTED_NAME = /^["«“„《「『]([\p{Lu}\p{Lt}\p{Lo}\p{N}][^"«»“”„《》「」『』\n.!?。！？]{0,50}?)["»”“》」』]/u;

/**
 * "сообщает «Южная газета»", "Как сообщает «Южный курьер»": a quoted name right after a citation cue (or a cue right after it) is an
 * outlet, whatever its words (press in many languages quotes outlets' names); a quote after "told", "said" names no outlet.
 */
function readQuotedCitation(lex: Lexicon, chain: ChainBuilder, text: string, at: number, recipients?: Recipient[], own: (name: string) => boolean = () => false): void {
  const m = QUOTED_NAME.exec(text.slice(at, at + 60));
  const name = m?.[1]?.trim();
  if (!m || !name || name.split(/\s+/).length > 6) return;
  const before = text.slice(Math.max(0, at - CUE_WINDOW), at);
  const after = text.slice(at + m[0].length, at + m[0].length + 40);
  // "“Report”a verilən məlumata görə": a quoted agency as the recipient (its name may be an ordinary word: quoted, it is the name).
  const recipient = rules().citations.authorAsRecipientAfter?.test(after) ? writer(lex.agencyFor(name)) : undefined;
  if (recipient) {
    recipients?.push({ agency: recipient.name, evidence: sentenceAround(text, at, at + m[0].length) });
    return;
  }
  const known = knownOutlet(lex, name);
  const agency = writer(lex.agencyFor(name));
  // "در گفت‌وگو با روزنامه «…»", "рассказал газете «…»": a quoted outlet (known, or after a media noun) told or that interviewed is cited.
  const told = !lex.agencyFor(name) && !own(name) && (known !== undefined || lex.MEDIA_BEFORE.test(before)) && toldOutlet(lex, text, at, at + m[0].length);
  if (!told && rules().citations.notACitationBefore.test(before)) return;
  if (!told && !lex.CITE_BEFORE.test(before) && !lex.CITE_AFTER.test(after)) return;
  const score = Math.max(outletLikeness(lex, name), 0.6);
  chain.add('cited', agency?.name ?? known?.name ?? name, sentenceAround(text, at, at + m[0].length), 'medium', undefined, agency || known ? undefined : score);
}

/**
 * The shortest run of `run`'s words at `at` that a citation cue follows, if one shorter than the whole does, and a cue does not follow
 * the whole: in "die Riverside Zeitung berichtet" a cue follows the whole, and "Zeitung berichtet" (a media noun before the cue) must
 * not cut the name to "Riverside".
 */
function nameBeforeCue(lex: Lexicon, text: string, at: number, run: string): string | undefined {
  // (Not past a small word before the last: "wie Bürgermeister Nord der Zeitung berichtete" is the mayor telling a paper.)
  if (!/\s\p{Ll}+\s\S+$/u.test(run) && lex.CITE_AFTER.test(text.slice(at + run.length, at + run.length + 40))) return undefined;
  for (let i = run.indexOf(' '); i > 0 && i < run.length; i = run.indexOf(' ', i + 1)) {
    if (lex.CITE_AFTER.test(text.slice(at + i, at + i + 40))) return run.slice(0, i);
  }
  return undefined;
}

/** The capitalised names that follow a citation cue ("according to Channel 12 News", "laut Frankfurter Rundschau") and look like outlets. */
function addOpenClassCitations(
  lex: Lexicon,
  chain: ChainBuilder,
  text: string,
  known: Array<[number, number]>,
  italics: StorySpan[] = [],
  recipients?: Recipient[],
  own: (name: string) => boolean = () => false,
): void {
  const inKnown = (at: number) => known.some(([s, e]) => at >= s && at < e);
  /** The name set in italics at `at`, as the page set it ("according to <i>Ouest-France</i>"). */
  const italicAt = (at: number) => italics.find((s) => s.at === at)?.text;
  // Names after a cue.
  // (A title mark opens a name wherever it stands: "据《人民日报》" has no space before it. No name starts inside a hyphenated
  // word: "Lõuna-Eesti Postimees" is no "Eesti Postimees".)
  for (const m of text.matchAll(/(?<![\p{L}\p{N}]|[\p{L}\p{N}]-)(?=[\p{Lu}\p{N}"«“„]|[\p{L}\p{N}-]{2,40}\.[a-z]{2,6}\b)|(?=[《「『])/gu)) {
    const at = m.index ?? 0;
    if (inKnown(at)) continue;
    if (OPENING_QUOTE.test(text[at] ?? '')) {
      readQuotedCitation(lex, chain, text, at, recipients, own);
      continue;
    }
    const run = text.slice(at, at + 80).match(CAPITALISED_NAME)?.[1];
    if (!run) continue;
    // "berichtet der Sender Radio Rheinland": a media noun opening the run is no part of the name (the name is read where it starts).
    if (lex.MEDIA_FIRST.test(run) && /\s/.test(run)) continue;
    // "Wie Radio Nord berichtete", "Laut Radio Nord": a cue capitalised at a sentence's start opens the run and is no part of the name
    // either (the name is read where it starts, after the cue).
    const opening = /^\S+\s/u.exec(run)?.[0];
    if (opening && lex.CITE_BEFORE.test(opening.toLowerCase())) continue;
    // A sentence ends inside the run ("Monday. Channel 44 News reported"): the name is what comes before it.
    const end = SENTENCE_END.exec(run);
    // "Güney Gazetesi'nin haberine göre": a case ending after an apostrophe is the cue's, not the name's ("'s" is read as before).
    const whole = (end ? run.slice(0, end.index + end[0].length - 1) : run).replace(/['’](?!s$)\p{Ll}{1,4}$/u, '');
    // "The Kathmandu Herald on Sunday reported": the name ends where a cue after it begins (a time phrase may open that cue).
    const name = whole.includes(' ') ? (nameBeforeCue(lex, text, at, whole) ?? whole) : whole;
    const clean = cleanName(name);
    if (clean.length > 60) continue;
    // "… der Zeitung berichtete": a media noun alone names no outlet.
    if (!/\s/.test(clean) && lex.MEDIA_FIRST.test(`${clean} .`)) continue;
    const before = text.slice(Math.max(0, at - CUE_WINDOW), at);
    // A quoted name right after a media noun ("il quotidiano "Leggo"", "τηλεοπτικό σταθμό "Action 24"") is an outlet by that word.
    const mediaBefore = QUOTE_MARK.test(text[at - 1] ?? '') && lex.MEDIA_BEFORE.test(before);
    // "regional paper Lõuna-Eesti Postimees writes", "vēsta portāls liepajniekiem.lv": a media noun right before the name, with a cue.
    const mediaNoun = !mediaBefore && lex.MEDIA_NOUN_BEFORE.test(before);
    // A whole name set in italics (press style for a publication's title) is an outlet by that setting, next to a citation cue.
    const italic = italicAt(at);
    const italicName = italic !== undefined && cleanName(italic) === clean && CAPITALISED_NAME.exec(clean)?.[1] === clean;
    const score = Math.max(outletLikeness(lex, clean), mediaBefore ? 0.7 : 0, mediaNoun ? 0.65 : 0, italicName ? 0.6 : 0);
    if (score === 0) continue;
    const agency = writer(lex.agencyFor(clean));
    // "told the Riverside Herald", "Radio Euskadin egindako elkarrizketa": the outlet told or that interviewed is cited (not a bare "Post").
    if (!lex.agencyFor(clean) && !bareOutletWord(lex, clean) && !own(clean) && toldOutlet(lex, text, at, at + name.length)) {
      // "portal berita Merdeka On-line di Jakarta": a place after the name ("di", "in", "at" and a capitalised word) is none of it.
      const placed = clean.match(PLACE_AFTER_NAME);
      const bare = placed && !bareOutletWord(lex, clean.slice(0, placed.index)) ? clean.slice(0, placed.index) : clean;
      chain.add('cited', bare, sentenceAround(text, at, at + name.length), 'medium', undefined, score);
      continue;
    }
    const cueBefore = mediaBefore || lex.CITE_BEFORE.test(before);
    // Only where a capitalised run starts ("Acme Sports Daily Herald …" is no name at "Daily"), unless the word before is the cue ("Podle Aktu.cz").
    if (!cueBefore && RUN_BEFORE.test(text.slice(Math.max(0, at - 30), at))) continue;
    if (!cueBefore && !lex.CITE_AFTER.test(text.slice(at + name.length, at + name.length + 40))) continue;
    // "told X", "told «X»", "interview with X": no citation (addCitations: an agency there may be the author).
    if (rules().citations.notACitationBefore.test(before.replace(/["«“„]$/, ''))) continue;
    chain.add('cited', agency?.name ?? clean, sentenceAround(text, at, at + name.length), 'medium', undefined, agency ? undefined : score);
  }
}

/** Hosts of governments, universities, international bodies and armed forces: a link there cites an institution, never an outlet. */
const INSTITUTION_HOST = /(?:^|\.)(?:gov|gob|gouv|govt|mil|edu)(?:\.|$)|(?:^|\.)(?:go|gv|ac|int)(?:\.[a-z]{2})?$/;

/** A label opening a byline slot ("Autor: PAP", "Źródło: PAP", "Yazan: AA"). */
const SLOT_LABEL = /^[^\s:：]{2,15}\s*[:：]\s*/u;
/** A short word opening a byline slot before the name: the by-words of many languages ("Da Agência Brasil", "Od PAP", "Dal ANSA"). */
const SLOT_OPENER = /^(?:\p{Lu}\p{Ll}{0,3}|\p{Ll}{1,4})\s+(?=\S)/u;

/**
 * The agency a byline slot names (the slot is no photo credit: addBylineSlot checks): the slot as a credit, or past a label ("Autor:
 * PAP"), past a short by-word ("Da Agência Brasil"), past the newsroom's words ("Redazione ANSA", "di Redazione ANSA"), or the co-credited
 * name after the site's ("Par Le Figaro avec AFP").
 */
function slotAgency(lex: Lexicon, text: string): Agency | undefined {
  const unlabelled = text.replace(SLOT_LABEL, '');
  const co = unlabelled.match(lex.WITH_AFTER_NAME)?.[4];
  const unstaffed = unlabelled
    .split(/\s+/)
    .filter((w) => !lex.STAFF_SUFFIX.test(` ${w}`))
    .join(' ');
  for (const names of [text, unlabelled, unlabelled.replace(SLOT_OPENER, ''), unstaffed, unstaffed.replace(SLOT_OPENER, ''), co]) {
    const agency = names ? namedAgency(lex, names) : undefined;
    if (agency) return agency;
  }
  return undefined;
}

/** A name's letters and digits, lower-cased, without accents, "The" or the ending of a host ("Kompas.com" → "kompas"). */
function plainKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/^(?:https?:\/\/)?(?:www\d?\.)?/, '')
    .replace(/^([\p{L}\p{N}-]+)(?:\.[a-z]{2,6}){1,2}\/?$/u, '$1')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Whether a link's text names the host it goes to: "Aftonbladet" → aftonbladet.se, "The Washington Post" → washingtonpost.com, "G1" → g1.globo.com. */
function namesHost(name: string, host: string): boolean {
  const key = plainKey(name);
  if (key.length < 2) return false;
  const labels = host.toLowerCase().replace(/^(?:www\d?|m|amp|mobile)\./, '').split('.');
  // The labels before the public ending ("example.co.uk" → example).
  const own = labels.slice(0, -1).filter((l, i, all) => !(i === all.length - 1 && i > 0 && /^(?:co|com|net|org|ne|or)$/.test(l)));
  return own.some((l) => l.replace(/[^a-z0-9]/g, '') === key) || own.join('').replace(/[^a-z0-9]/g, '') === key;
}

/**
 * A short line after the story whose one link goes to another site and is named by that site's name ("Läs mer på <a>Aftonbladet</a>",
 * "Leia mais em <a>G1</a>", "<a>Kompas.com</a>"): the copy's origin, by its place and its link, in any language. An unknown site counts
 * when its name looks like an outlet's or the link goes to an article (not to a home page: "Powered by WordPress").
 */
function readLinkedOrigin(lex: Lexicon, chain: ChainBuilder, text: string, href: string | null, anchor: string, pageUrl: string | null): void {
  const line = text.trim();
  if (line.length > 100 || line.split(/\s+/).length > 12 || lex.PHOTO_LINE.test(line)) return;
  const url = foreignLink(lex, href, pageUrl);
  const host = hostOf(url)?.replace(/^www\d?\./, '');
  if (!url || !host || INSTITUTION_HOST.test(host)) return;
  const name = cleanName(anchor);
  if (!name || lex.notOriginName(name) || lex.PHOTO_BEFORE.test(line.slice(0, Math.max(0, line.indexOf(anchor))))) return;
  const outlet = lex.outletForHost(host);
  const agency = writer(lex.agencyFor(url));
  const named = namesHost(name, host) || (outlet !== undefined && knownOutlet(lex, name)?.id === outlet.id);
  if (!named) return readPointedOrigin(lex, chain, line, anchor, url, host);
  if (!outlet && !agency && outletLikeness(lex, name) === 0 && !looksLikeArticleUrl(url)) return;
  addRepublisher(lex, chain, agency?.name ?? outlet?.name ?? name, `"${line}" → ${url}`, 'medium', url);
}

/** A label closing on a colon, up to four words ("Nguồn tin:", "Artikulli origjinal:"). */
const LINK_LABEL = /^[^.!?:：]{1,40}[:：]$/u;
/** An address of a file, not of a page (a report, a photo, a recording). */
const FILE_ADDRESS = /\.(?:pdf|docx?|xlsx?|pptx?|zip|jpe?g|png|gif|webp|mp[34])(?:$|[?#])/i;

/**
 * The short line after the story whose one link goes to a story on another site, and whose words are a label and the link ("Nguồn
 * tin: <a>Tuổi Trẻ Online</a>", "Artikulli origjinal: <a>the headline</a>") or the link alone, of up to three words ("<a>Liên kết
 * nguồn</a>": a source link in any language): the copy's origin, by the link's place and its address, whatever the words. Named by
 * the gazetteer's outlet of the host, the link's text when it is the host's name written out ("Tuổi Trẻ Online" → tuoitre.example),
 * else the host. Never an agency (a link to an agency's story may cite it), a file or a home page.
 */
function readPointedOrigin(lex: Lexicon, chain: ChainBuilder, line: string, anchor: string, url: string, host: string): void {
  const at = line.indexOf(anchor);
  if (at < 0 || !/^[\s.。)\]]*$/u.test(line.slice(at + anchor.length))) return;
  const label = line.slice(0, at).trim();
  const alone = !label && anchor.trim().split(/\s+/).length <= 3;
  if (!(alone || (LINK_LABEL.test(label) && label.split(/\s+/).length <= 4))) return;
  if (FILE_ADDRESS.test(new URL(url).pathname) || !looksLikeArticleUrl(url) || writer(lex.agencyFor(url))) return;
  const outlet = lex.outletForHost(host);
  const name = cleanName(anchor);
  const key = plainKey(name);
  const site = plainKey(host.split('.')[0] ?? '');
  // The name written out: the host's first label opens it ("tuoitre" → "Tuổi Trẻ Online"), or it opens the host's.
  const spelled = !alone && site.length >= 4 && key.length >= 4 && (key.startsWith(site) || site.startsWith(key)) && CAPITALISED_NAME.exec(name)?.[1] === name;
  addRepublisher(lex, chain, outlet?.name ?? (spelled ? name : displayHost(host)), `"${line}" → ${url}`, 'low', url);
}

/**
 * Links inside the story's sentences to another outlet's site: the story cites that outlet, whatever the language ("as <a
 * href="https://www.washingtonpost.com/…">The Post</a> first reported"). Named by the gazetteer of outlets and agencies by host, or by
 * the link's text when it names the host and looks like an outlet. Not a link after "told", nor to a government, a university, a social
 * network or the site itself. A short closing paragraph whose one link this is names the origin instead (readLinkedOrigin).
 */
function addLinkedCitations(lex: Lexicon, chain: ChainBuilder, paragraphs: string[], links: StoryLink[], pageUrl: string | null): void {
  const perParagraph = new Map<number, number>();
  for (const link of links) perParagraph.set(link.paragraph, (perParagraph.get(link.paragraph) ?? 0) + 1);
  for (const link of links) {
    const text = paragraphs[link.paragraph];
    if (text === undefined || link.at < 0 || text.slice(link.at, link.at + link.text.length) !== link.text) continue;
    if (link.paragraph >= paragraphs.length - 2 && text.length <= 100 && perParagraph.get(link.paragraph) === 1) {
      readLinkedOrigin(lex, chain, text, link.href, link.text, pageUrl);
      continue;
    }
    const url = foreignLink(lex, link.href, pageUrl);
    const host = hostOf(url)?.replace(/^www\d?\./, '');
    if (!url || !host || INSTITUTION_HOST.test(host)) continue;
    const before = text.slice(Math.max(0, link.at - CUE_WINDOW), link.at);
    if (rules().citations.notACitationBefore.test(before) || lex.PHOTO_BEFORE.test(before.slice(-30))) continue;
    const evidence = sentenceAround(text, link.at, link.at + link.text.length);
    const agency = writer(lex.agencyFor(url));
    const outlet = lex.outletForHost(host);
    const name = cleanName(link.text);
    if (agency || outlet) {
      // The link's text names the outlet ("<a>The Guardian</a>"), or a citation cue stands by a link of a few words ("as <a>reported</a>
      // earlier", "according to <a>a report</a>"): a headline or a photo's link to the outlet's site cites nothing by itself.
      const after = text.slice(link.at + link.text.length, link.at + link.text.length + CUE_WINDOW);
      const stated = namesHost(name, host) || (agency !== undefined && writer(lex.agencyFor(name)) === agency) || (outlet !== undefined && knownOutlet(lex, name)?.id === outlet.id);
      const cued =
        name.split(/\s+/).length <= 4 &&
        (lex.CITE_BEFORE.test(before) || lex.CITE_AFTER.test(after) || lex.CITE_AFTER.test(` ${link.text}`.replace(/^\s+/, '')) || rules().citations.cues.some((cue) => cue.pattern.test(cue.side === 'before' ? before : after)));
      if (stated || cued) chain.add('cited', agency?.name ?? outlet!.name, evidence, 'medium', url);
      continue;
    }
    if (!namesHost(name, host) || CAPITALISED_NAME.exec(name)?.[1] !== name || lex.notOriginName(name)) continue;
    const score = Math.max(outletLikeness(lex, name), lex.MEDIA_NOUN_BEFORE.test(before) ? 0.65 : 0);
    if (score > 0) chain.add('cited', name, evidence, 'medium', url, score);
  }
}

/**
 * `creditBlocks`: the short lines of the story's container that are not story (a credit
 * line is short, and story.ts keeps short lines out of the story).
 */
export function* buildChain(
  doc: Document,
  url: string | null,
  storyParagraphs: string[],
  marked: MarkedBlock[],
  lex: Lexicon,
  creditBlocks: Block[] = [],
): Steps<ChainLink[]> {
  return yield* buildChainFrom(readChainInput(doc, url, storyParagraphs, marked, creditBlocks), lex);
}

/** The chain of `input` at once, with `data`'s lexicon (the installed book's by default; compiled once per data): the popup's and the memory's. */
export function chainOfInput(input: ChainInput, data: ChainData = rules().chain): ChainLink[] {
  return drain(buildChainFrom(input, compileLexicon(data)));
}

/** The source chain from what readChainInput read of the page: no document needed (the popup, the background). */
export function* buildChainFrom(input: ChainInput, lex: Lexicon): Steps<ChainLink[]> {
  const { url, paragraphs: storyParagraphs, credits: creditBlocks } = input;
  const chain = new ChainBuilder();
  addSite(lex, chain, input.siteName, url);
  addHead(lex, chain, input.head, url, input.siteName);
  addFindings(lex, chain, input.marked, url, input.siteName);
  for (const [i, block] of creditBlocks.entries()) {
    const link = foreignLink(lex, block.href, url);
    readSourceAlone(lex, chain, block.text, creditBlocks[i + 1], url);
    readCreditLine(lex, chain, block.text, link, hostOf(url));
    readFeedOrigin(lex, chain, block.text, link);
    readPostTrailer(lex, chain, block.text, link);
    readPrintedAddress(lex, chain, block.text, hostOf(url));
    readHostCredit(lex, chain, block.text, link, hostOf(url));
    // (A short line after the story may be a photo's caption: a copyright line there credits the copy only with its year.)
    if (block.tail && COPYRIGHT_YEAR.test(block.text)) readCopyrightLine(lex, chain, block.text);
    if (block.tail && block.links === 1 && block.anchor) readLinkedOrigin(lex, chain, block.text, block.href, block.anchor, url);
    readNamedLine(lex, chain, block.text, link, input.siteName, url, block.tail === true);
  }
  addBylineSlot(lex, chain, input.bylines, input.siteName, url);
  yield* addStoryRepublishers(lex, chain, storyParagraphs, hostOf(url));
  // The story's closing paragraphs: a credit line the story kept (a trailer in a paragraph of its own).
  for (const text of storyParagraphs.slice(-3)) {
    readNamedLine(lex, chain, text, undefined, input.siteName, url);
    readCopyrightLine(lex, chain, text);
  }
  yield* addStoryAgencies(lex, chain, storyParagraphs, creditBlocks.map((b) => b.text));
  addLinkedCitations(lex, chain, storyParagraphs, input.storyLinks ?? [], url);
  yield* addCitations(lex, chain, storyParagraphs, input.italics ?? [], (name) => siteOwns(lex, name, input.siteName, url));
  // The site crediting its own copy ("…, деп хабарлайды Egemen.kz." on egemen.kz, "Kun.uz xabariga ko‘ra" on kun.uz) cites no one:
  // an outlet the site's name or host names is no citation, whatever cue stands by it.
  return chain.links().filter((l) => l.role !== 'cited' || !ownName(lex, l.name, input.siteName, url));
}

/**
 * The slug of an author page: /authors/associated-press/ → "associated press"; the path words of author pages in the CMSs of many
 * languages ("/autor/efe", "/yazar/anadolu-ajansi", "/penulis/antara", "/profile/afp", "/reporter/bernama").
 */
const AUTHOR_SLUG =
  /\/(?:authors?|autor|autores|autori|autore|auteurs?|yazar|yazarlar|penulis|reporters?|journalists?|journaliste|profiles?|profil|writers?|columnists?|contributors?|redakteur|redaktor|byline|by|egilea|tekija|forfatter|forfattare|skribent|szerzo|avtor|autorius|autors|muallif|tac-gia|giornalist[ai]|periodistas?|firmas?|redactor(?:es)?)\/([a-z0-9-]{2,40})\/?(?:page\/\d+\/?)?(?:$|[?#])/i;

/** What a CMS adds to an author page's slug past the name: WordPress's number for a second account ("afp-2"), a desk word ("reuters-staff"). */
const SLUG_TAIL = /-(?:\d{1,3}|staff|desk|redaksi|redaccion|redacao|redazione|redaktion|redaction)$/;

/** The byline slots (chain-input.ts reads them: outside footers, asides, navigation and figures, at most 80 characters). */
function addBylineSlot(lex: Lexicon, chain: ChainBuilder, slots: ChainInput['bylines'], siteName: string | undefined, pageUrl: string | null): void {
  for (const { text, href } of slots) {
    if (lex.PHOTO_LINE.test(text)) continue;
    const slug = href.match(AUTHOR_SLUG)?.[1]?.replace(SLUG_TAIL, '').replace(/-/g, ' ');
    // A byline linking to a page on an agency's own site ("Jane Doe" → reuters.com/authors/jane-doe/): the author writes for that agency.
    const host = /^https?:\/\//i.test(href) ? lex.agencyFor(safeHttpUrl(href)) : undefined;
    const agency = writer(slotAgency(lex, text) ?? (slug ? slugAgency(lex, slug) : undefined) ?? host);
    if (agency) chain.add('agency', agency.name, `byline: ${text || href}`, 'high');
    else addBylineOutlet(lex, chain, text, siteName, pageUrl);
  }
}

/** A name's letters and digits, lower-cased, without accents ("Anadolu Ajansı" → "anadoluajansi"): how a URL slug writes it. */
const slugKey = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The agency an author page's slug names ("efe", "anadolu ajansi", "antara"): by its name, credit or alias as a slug writes it (not an agency whose name is an ordinary word). */
function slugAgency(lex: Lexicon, slug: string): Agency | undefined {
  const named = lex.agencyFor(slug);
  if (named) return named;
  const key = slugKey(slug);
  if (key.length < 2) return undefined;
  return lex.agencies.find((a) => !a.common && [a.name, a.fullName, ...a.credits, ...a.aliases].some((n) => slugKey(n) === key));
}

/** A byline's parts: "By Jane Doe, The Washington Post", "Jane Doe | Kyiv Post", "Jane Doe - The Hindu". */
const BYLINE_PARTS = /\s*(?:[,|·•/;]|\s[-–—]\s)\s*/u;

/** Whether `name` is the site's own (its og:site_name, a prefix of it, or its host's name): a site's staff byline names no origin. */
function ownName(lex: Lexicon, name: string, siteName: string | undefined, pageUrl: string | null): boolean {
  const key = nameKey(name);
  const site = nameKey(siteName ?? '');
  const host = hostOf(pageUrl);
  if (site && (key === site || (key.length >= 4 && site.startsWith(key)) || (site.length >= 4 && key.startsWith(site)))) return true;
  if (host && (namesHost(name, host) || (lex.outletForHost(host) !== undefined && lex.outletForHost(host)?.id === knownOutlet(lex, name)?.id))) return true;
  return false;
}

/**
 * Another outlet named in the byline slot ("By Jane Doe, The Washington Post", "Jane Doe | Kyiv Post", a slot holding "The Korea
 * Herald"): the copy is that outlet's, in any language, by the slot alone. A part of the byline that is a gazetteer outlet; or, outside
 * the gazetteer, a capitalised name with an outlet's word that opens with an article or has three words or more (a person's "Emily
 * Post" is no outlet). Never the site's own name ("Daily Example Staff").
 */
function addBylineOutlet(lex: Lexicon, chain: ChainBuilder, text: string, siteName: string | undefined, pageUrl: string | null): void {
  const parts = (text.match(lex.BY_LINE)?.[1] ?? text).split(BYLINE_PARTS);
  // An outlet alone in the slot may be the site's own group (orain.eus signs "EITB"): less sure than a person's byline naming it.
  const alone = parts.length === 1;
  for (const raw of parts) {
    const name = cleanName(raw.replace(lex.STAFF_SUFFIX, ''));
    if (name.length < 2 || lex.notOriginName(name) || ownName(lex, name, siteName, pageUrl)) continue;
    const known = knownOutlet(lex, name);
    if (known) {
      addRepublisher(lex, chain, known.name, `byline: ${text}`, alone ? 'medium' : 'high');
      continue;
    }
    const words = name.split(/\s+/);
    const shaped = CAPITALISED_NAME.exec(name)?.[1] === name && outletLikeness(lex, name) > 0 && (/^the\s/i.test(name) || words.length >= 3 || lex.HOST_NAME.test(name));
    if (shaped) addRepublisher(lex, chain, name, `byline: ${text}`, alone ? 'low' : 'medium', undefined, outletLikeness(lex, name));
  }
}

/** The fixed patterns above, for test/unit/regex-safety.test.ts (backtracking checks); the lexicon's own are checked there too. */
export const chainPatterns = {
  DATELINE_ANY,
  DESK_LINE,
  NOTICE_ADDRESS,
  REPUBLICATION_CREDITS,
  CAPITALISED_NAME,
  DASH_TRAILER,
  SLASHED_CREDITS,
  SIGNOFF_LINE,
  INITIALLED_SIGNOFF,
  CLIPPING_CREDIT,
  LONGER_NAME,
  SENTENCE_END,
  RUN_BEFORE,
  PRINTED_ADDRESS,
  OUTLET_DATELINE,
  QUOTED_NAME,
  OUTLET_TRAILER,
  INSTITUTION_HOST,
  ARABIC_CLITIC,
  SENTENCE_ARTICLE,
  AUTHOR_SLUG,
  SLUG_TAIL,
  COPYRIGHT_OPENING,
  SIGNOFF_INITIALS,
  SLASHED_CREDIT,
  COPYRIGHT_YEAR,
  SLOT_LABEL,
  SLOT_OPENER,
  CLOSING_NAME,
  BYLINE_PARTS,
  UNCASED_WORD,
  GENERIC_DATELINES,
  LINE_TAIL,
  LABELLED_VALUE,
  CLOSING_AFTER_DASH,
  WORDS_BEFORE_NAME,
  HOST_WORD,
  LINK_LABEL,
  FILE_ADDRESS,
  DATE_AFTER_NAME,
  UNSPACED_SCRIPT,
  TRAILING_DATE,
  DATE_ONLY,
  PLACE_AFTER_NAME,
};
