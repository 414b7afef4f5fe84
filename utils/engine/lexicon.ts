import { escapeRegExp } from '../regexp';
import { parseAgency } from '../rules/agencies';
import type { CreditGrammar } from '../rules/credits';
import type { Agency, AgencyForm, Outlet } from '../rules/types';
import { hostOf } from './url';

// The chain's lexicon, compiled from data: the agency gazetteer (rules/agencies.ts), the
// outlets (rules/outlets.ts) and the credit grammar (rules/credits.ts). The data are plain
// strings (ChainData), so the popup can hand them to the content script when it asks for the
// chain: the content script, which runs on every page, never carries the gazetteer.
// No agency is named here: every agency-specific shape comes from a row's `forms`.

/** The chain's data as plain JSON (what the popup sends). */
export interface ChainData {
  /** rules/agencies.ts rows */
  agencies: string[];
  outlets: Outlet[];
  /** rules/outlets.ts outletWords */
  outletWords: { numbered: string[]; plain: string[]; hostSuffixes: string[]; unspaced?: string[]; compounds?: string[]; notOrigins?: { hosts: string[]; names: string[] } };
  grammar: CreditGrammar[];
  /** rules/outlet-gazetteer.ts: "name<TAB>host" lines from public lists of outlets */
  listed: string[];
}

/** A gazetteer name's outlet; `listed`: from the public lists (outlet-gazetteer.ts), not the hand-made list. */
export interface KnownOutlet {
  id: string;
  name: string;
  listed?: true;
}

/** "LatestLY", "www.latestly.com" and "The LatestLY" share the key "latestly". */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/^(?:https?:\/\/)?(?:www\d?|m|amp|en)\./, '')
    .replace(/\.(?:com|net|org|co|in|news|info|uk|us|ru|ua|it|kr|jp|cn|de|fr|es|pl|br)(?:\.[a-z]{2})?(?:\/.*)?$/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The words once each, longest first (the order of an alternation of them). */
const longestFirst = (words: Iterable<string>) => [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length);

/** One alternation of the words, longest first; a never-matching one when there are none. */
function alternation(words: Iterable<string>): string {
  return longestFirst(words).map(escapeRegExp).join('|') || '(?!)';
}

/** Where names stand in running text, [start, end, name]: what one alternation of them (longest first) would find. */
export type NameFinder = (text: string) => Array<[number, number, string]>;

/** A name's or a text's word at `at`: its letters and digits (none before a sign such as "©"). */
const WORD = /[\p{L}\p{N}]*/uy;
const wordAt = (text: string, at: number) => ((WORD.lastIndex = at), WORD.exec(text)![0]);

/**
 * As `(?<![\p{L}\p{N}])(?:[Tt]he\s+)?(${alternation(names)})(?![\p{L}\p{N}])`, without compiling thousands of
 * alternatives: the names by their first word, so each word of the text tries only the names that begin with it,
 * longest first (as the alternation, which takes the first alternative that fits). No name begins with a space or holds a line break.
 */
/** A letter of a script written without spaces between words (Chinese, Japanese, Thai): a name there starts at any letter. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
/**
 * Korean writes spaces, but its particles touch the name ("연합뉴스가", "BBC가"); Chinese and Japanese write a Latin name inside their
 * text ("とBBCが伝えた"): a letter of these scripts next to a name of another script is no part of it. Hangul names are found as the
 * unspaced scripts' are (at any letter).
 */
const JOINED_CLASS = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Hangul}]`;
const JOINED = new RegExp(JOINED_CLASS, 'u');
const HANGUL = /\p{Script=Hangul}/u;
const HANGUL_OR_UNSPACED_ALL = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Hangul}]/gu;
/** A word of another script up to a letter of those ("BBC가" → "BBC", "BBCが" → "BBC"). */
const latinWord = (word: string) => {
  const cut = JOINED.test(word.charAt(0)) ? -1 : word.search(JOINED);
  return cut > 0 ? word.slice(0, cut) : word;
};
/** Whether the text at `at` goes on with a letter or digit that belongs to the name ending before it (not a particle or another script's word). */
const goesOn = (text: string, at: number, name: string) => {
  const next = String.fromCodePoint(text.codePointAt(at) ?? 32);
  if (!/[\p{L}\p{N}]/u.test(next)) return false;
  return !(JOINED.test(next) && !JOINED.test(name.slice(-1)));
};

function nameFinder(names: Iterable<string>): NameFinder {
  // A word's names in one string, a line each (a string keeps less than an array of them).
  const byWord = new Map<string, string>();
  // Names in scripts without spaces, by their first letter: in "据新华社报道" no word edge marks where "新华社" begins or ends.
  const byFirst = new Map<string, string[]>();
  for (const name of longestFirst(names)) {
    if (UNSPACED.test(name[0]!) || HANGUL.test(name[0]!)) {
      const first = String.fromCodePoint(name.codePointAt(0)!);
      byFirst.set(first, [...(byFirst.get(first) ?? []), name]);
      continue;
    }
    const word = wordAt(name, 0);
    byWord.set(word, byWord.has(word) ? `${byWord.get(word)}\n${name}` : name);
  }
  const nameAt = (text: string, at: number) =>
    byWord
      .get(latinWord(wordAt(text, at)))
      ?.split('\n')
      .find((name) => text.startsWith(name, at) && !goesOn(text, at + name.length, name));
  // Lower-case words are passed over, but for "the" and the first words of lower-case names ("tagesschau.de").
  const starts = new RegExp(
    String.raw`(?<![\p{L}\p{N}](?<![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Hangul}]))(?=([Tt]he\s+)?)(?:[^\p{Ll}\s]|(?:${alternation([...byWord.keys(), 'the'].filter((w) => /^\p{Ll}/u.test(w)))})(?![\p{L}\p{N}](?<!${JOINED_CLASS})))`,
    'gu',
  );
  return (text) => {
    const found: Array<[number, number, string]> = [];
    // Where a word or a sign begins after no letter or digit; group 1 a "The " before a name there.
    starts.lastIndex = 0;
    for (let m; (m = starts.exec(text)); ) {
      let at = m.index + (m[1]?.length ?? 0);
      const name = (m[1] && nameAt(text, at)) || nameAt(text, (at = m.index));
      if (name) found.push([m.index, (starts.lastIndex = at + name.length), name]);
    }
    if (byFirst.size === 0 || !JOINED.test(text)) return found;
    const unspaced: Array<[number, number, string]> = [];
    let end = 0;
    for (const m of text.matchAll(HANGUL_OR_UNSPACED_ALL)) {
      const at = m.index ?? 0;
      if (at < end) continue;
      const name = byFirst.get(m[0])?.find((n) => text.startsWith(n, at));
      if (name) unspaced.push([at, (end = at + name.length), name]);
    }
    return unspaced.length === 0 ? found : [...found, ...unspaced].sort((a, b) => a[0] - b[0]);
  };
}

/** A pattern that matches nothing: a shape no agency uses. */
const NEVER = /(?!)/;

export interface Lexicon {
  agencies: Agency[];
  outlets: Outlet[];
  agencyFor(nameOrUrl: string | undefined): Agency | undefined;
  agencyByCredit: Map<string, Agency>;
  /** agencies that print each shape, by token */
  shapes: Map<AgencyForm['shape'], Map<string, Agency>>;
  DATELINE: RegExp;
  /** "LONDON:(APS) Prime Minister…": the city, a colon, the credit, the story */
  DATELINE_COLON: RegExp;
  SPECIAL_DATELINES: Array<{ shape: AgencyForm['shape']; pattern: RegExp }>;
  TRAILERS: RegExp[];
  /** an agency's sign-off with its desk note: "AGERPRES (RO - author: …)"; group 1 the token */
  SIGNOFF: RegExp;
  /** "… Sumber : ANTARA (15/03/1987)", "2015-09-26 08:14Xinhua Editor: …": a credit inside a longer line; group 1 the credit */
  INLINE_CREDITS: RegExp[];
  /** "… quality. - Emirates News Agency, WAM": names after a dash ending the text; group 1 the names */
  NAMED_TRAILER: RegExp;
  /** Source/Fonte/Quelle… line: group 1 the name */
  SOURCE_LINE: RegExp;
  /** a Source word alone on its line ("Lähde", "Fonte:"): the next line is its value */
  SOURCE_ALONE: RegExp;
  /** a Source word and a name without a colon, the whole line: "Fuente ABC"; group 1 the name */
  SOURCE_BARE: RegExp;
  /**
   * a Source field inside a metadata line, between other fields: "2024-05-12 10:00 来源：人民网 作者：张三", "12.05.2024 | Nguồn:
   * VnExpress"; group 1 the value, one word up to the next field's label, a bar or the line's end
   */
  SOURCE_FIELD: RegExp;
  /** By/von/par… line: group 1 the names */
  BY_LINE: RegExp;
  /** with/mit/avec… co-credit line: group 1 the names */
  WITH_LINE: RegExp;
  /** a byline's name and a co-credit: "Par Le Figaro avec AFP", "Da Redação, com Agência Brasil"; group 1 a by-word, 2 the name, 3 a separator, 4 the co-credited names */
  WITH_AFTER_NAME: RegExp;
  /** a photo word ending the text before a credit ("Image Source : PTI") */
  PHOTO_BEFORE: RegExp;
  /** a line opening with a photo word ("Foto: dpa"): never a credit */
  PHOTO_LINE: RegExp;
  /** ©/Copyright/Riproduzione riservata…: group 1 what follows */
  COPYRIGHT: RegExp;
  /** "Read it on X", "Artikel ini telah tayang di X": group 1 the outlet */
  ORIGIN: RegExp;
  /** "Reuters Staff", "dpa-Redaktion": a desk word after an agency's name in a byline */
  STAFF_SUFFIX: RegExp;
  /** the same after a phrase of a script written without spaces, which touches the name ("本文来自新华网"): group 1 the origin */
  ORIGIN_UNSPACED: RegExp;
  /** "X पर प्रकाशित हुआ था", "Bu haber X'dan alınmıştır", "X より転載": the outlet before the verb; group 1 the outlet */
  ORIGIN_AFTER: RegExp;
  /** "via The Guardian" as a link of its own: group 1 the origin */
  ORIGIN_VIA: RegExp;
  /** "from The Navbharattimes https://ift.tt/…": a feed template; group 1 the origin */
  ORIGIN_LINKED: RegExp;
  /** "からの記事と詳細 ( headline - 読売新聞 )": a feed template; group 1 the origin */
  ORIGIN_TITLED: RegExp;
  /** the same phrases inside a longer line ("Διαβάστε το στο match.cy : …"): group 1 a web host or a capitalised name */
  ORIGIN_INLINE: RegExp;
  /** a citation cue right before an open-class name (the name starts where it ends) */
  CITE_BEFORE: RegExp;
  /** a media noun right before a quoted name ("il quotidiano "Leggo"", "τηλεοπτικό σταθμό "Action 24""): the name is an outlet */
  MEDIA_BEFORE: RegExp;
  /** "The post <title> appeared first on X.", "Der Beitrag <title> erschien zuerst auf X.": a feed footer; group 1 the site */
  ORIGIN_POST: RegExp;
  /** "به گزارش ایسنا، …": a lead-in credit opening the story; group 1 the name (a media noun before it kept) */
  LEAD_CREDIT: RegExp;
  /** a second lead-in credit word inside a lead credit's name: "به گزارش ایلنا به نقل از X،" (ILNA's report, quoting X); X is cited */
  LEAD_QUOTING: RegExp;
  /** "記者陳熙文/台北報導聯合報": a reporter's byline, the place reported from, and the paper's name (group 1) */
  REPORTER_CREDIT: RegExp;
  /**
   * a story opening by handing over to an outlet's quoted text ("«Փաստ» օրաթերթը գրում է. «…", "The Guardian writes: "…"): a press
   * review, the copy that outlet's; group 1 an opening quote mark, group 2 the name
   */
  PRESS_REVIEW: RegExp;
  /** a media noun as a name's first word ("Sender Radio Rheinland", "Zeitung Die Welt"): the name starts after it */
  MEDIA_FIRST: RegExp;
  /** a citation cue right after an open-class name */
  CITE_AFTER: RegExp;
  /** a media noun right before a name, unquoted ("regional paper Lõuna-Eesti Postimees", "og tv-stationen BFMTV") */
  MEDIA_NOUN_BEFORE: RegExp;
  /**
   * a media noun phrase and an opening quote ending a text ("… den Fernsehsendern ", "… the Kuwaiti newspaper ", "… روزنامه کویتی «"):
   * group 1 what stands before it, group 2 the word before the noun ("den", "Kuwaiti")
   */
  MEDIA_TAIL: RegExp;
  /** what may stand between two outlets that share a cue ("CNN and the BBC", "AFP og tv-stationen BFMTV") */
  LIST_JOIN: RegExp;
  /** a word that makes a capitalised name an outlet ("News", "Zeitung", "TV4"), tested on " name " */
  OUTLET_WORD: RegExp;
  /** a word inside an outlet's name in a script without spaces ("新华网", "読売新聞", "ไทยรัฐออนไลน์"): no word edges there */
  UNSPACED_OUTLET_WORD: RegExp;
  /** a single capitalised word that ends in an outlet word of the compounding languages ("Aftonbladet", "Nordkurier", "Iltalehti") */
  COMPOUND_OUTLET_NAME: RegExp;
  /** a web host named as the outlet: "Kompas.com", "detik.com" */
  HOST_NAME: RegExp;
  /** gazetteer names (outlets and agencies) in running text: [start, end, the alias (a key of aliasToOutlet)] */
  findOutlets: NameFinder;
  aliasToOutlet: Map<string, KnownOutlet>;
  outletForHost(host: string): Outlet | undefined;
  /** a host no link names an origin by (a shortener, a feed proxy, a social network): itself or a parent domain listed */
  notOriginHost(host: string): boolean;
  /** a name a Source line gives that names no one ("Agencies", "Redação", "Twitter") */
  notOriginName(name: string): boolean;
}

const lexiconCache = new WeakMap<ChainData, Lexicon>();

export function compileLexicon(data: ChainData): Lexicon {
  const known = lexiconCache.get(data);
  if (known) return known;
  const agencies = data.agencies.map(parseAgency);
  // Photo-only agencies are known (so their names are recognised) but never credited.
  const writing = agencies.filter((a) => !a.kinds.includes('f'));

  const agencyByKey = new Map<string, Agency>();
  for (const agency of agencies) {
    for (const name of [agency.name, agency.fullName, ...agency.aliases]) if (!agencyByKey.has(nameKey(name))) agencyByKey.set(nameKey(name), agency);
  }
  const agencyByCredit = new Map<string, Agency>();
  for (const agency of agencies) for (const credit of agency.credits) agencyByCredit.set(credit, agency);
  const hostAgency = new Map<string, Agency>();
  for (const agency of agencies) for (const host of agency.hosts) hostAgency.set(host, agency);

  const agencyFor = (nameOrUrl: string | undefined): Agency | undefined => {
    if (!nameOrUrl) return undefined;
    const host = hostOf(nameOrUrl);
    if (host) {
      for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
        const agency = hostAgency.get(h);
        if (agency) return agency;
      }
      return undefined;
    }
    const trimmed = nameOrUrl.trim();
    return agencyByCredit.get(trimmed) ?? agencyByKey.get(nameKey(trimmed));
  };

  const shapes = new Map<AgencyForm['shape'], Map<string, Agency>>();
  for (const agency of writing) {
    for (const form of agency.forms) {
      if (!shapes.has(form.shape)) shapes.set(form.shape, new Map());
      shapes.get(form.shape)!.set(form.token, agency);
    }
  }
  const tokens = (shape: AgencyForm['shape']) => alternation(shapes.get(shape)?.keys() ?? []);
  const shapeRe = (shape: AgencyForm['shape'], make: (t: string) => string, flags = 'u') =>
    shapes.has(shape) ? new RegExp(make(tokens(shape)), flags) : NEVER;

  const credits = alternation(writing.flatMap((a) => a.credits));
  // A bare credit after the last sentence ("… the US. PTI") only for credits that are no ordinary word.
  const bareCredits = alternation(writing.filter((a) => !a.common).flatMap((a) => a.credits));

  const agencyNames = alternation(writing.filter((a) => !a.common).flatMap((a) => [a.fullName, ...a.aliases]).filter((n) => n.length >= 4));
  const grammar = data.grammar;
  // A cue opens a sentence as often as it runs inside one: "podle" is also "Podle".
  const words = (
    field: keyof Pick<
      CreditGrammar,
      | 'source'
      | 'by'
      | 'with'
      | 'copyright'
      | 'photo'
      | 'origin'
      | 'cite'
      | 'citeAfter'
      | 'originLinked'
      | 'originTitled'
      | 'originAfter'
      | 'originLead'
      | 'reporter'
      | 'reportedAt'
      | 'originPost'
      | 'leadCredit'
      | 'staff'
      | 'when'
    >,
  ) => alternation(grammar.flatMap((g) => (field === 'cite' ? g[field].flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]) : (g[field] ?? []))));

  // "the Kuwaiti newspaper", "τηλεοπτικό σταθμό", "روزنامه کویتی", "l’agència": a media noun as written (case-sensitive:
  // "Yonhap News Agency on Monday" holds no media noun), with one adjective before it and one lower-case one after it.
  const media = alternation(grammar.flatMap((g) => g.media ?? []));
  const MEDIA_SLOT = String.raw`(?:[\p{L}-]{2,20}\s+)?(?:${media})(?:\s+[\p{Ll}\p{Lo}][\p{L}-]{1,19})?\s*`;
  // Scripts written without spaces between words (Chinese, Japanese, Thai): a cue there touches the name or its title marks
  // ("据《人民日报》报道", "「北海タイムス」によると"), so its cues are read without the spaces and word edges of the others.
  const unspaced = (w: string) => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(w);
  // A cue ending in the Arabic preposition ل ("وفقا ل"): the preposition is written joined to the name or media noun after it ("وفقا لصحيفة …").
  const touching = (w: string) => unspaced(w) || /\sل$/u.test(w);
  const unspacedCite = alternation(grammar.flatMap((g) => g.cite).filter(touching));
  const unspacedCiteAfter = alternation(grammar.flatMap((g) => g.citeAfter).filter(unspaced));
  // An origin phrase of those scripts touches the name too ("本文来自新华网", "อ่านต่อที่ไทยรัฐ"); the others need a space.
  const endsUnspaced = (w: string) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]$/u.test(w);
  const spacedOrigin = alternation(grammar.flatMap((g) => g.origin).filter((w) => !endsUnspaced(w)));
  const unspacedOrigin = alternation(grammar.flatMap((g) => g.origin).filter(endsUnspaced));

  const outlets = data.outlets;
  const aliasToOutlet = new Map<string, KnownOutlet>();
  for (const outlet of outlets) for (const alias of [outlet.name.replace(/^The /, ''), ...outlet.aliases]) aliasToOutlet.set(alias, outlet);
  for (const agency of writing) {
    if (agency.common) continue;
    for (const alias of [agency.fullName.replace(/^The /, ''), ...agency.aliases]) {
      if (!aliasToOutlet.has(alias)) aliasToOutlet.set(alias, { id: `agency:${agency.id}`, name: agency.name });
    }
    // Short agency credits in running text ("Reuters reported", "according to AFP", "prenosi Hina").
    for (const name of [agency.name, ...agency.credits]) {
      // A credit with a capital, or in a script without case ("বাসস", "تسنیم"); "ritzau" as printed in a trailer is no name in running text.
      if (name.length >= 3 && (/\p{Lu}/u.test(name) || !/\p{Ll}/u.test(name)) && !aliasToOutlet.has(name)) aliasToOutlet.set(name, { id: `agency:${agency.id}`, name: agency.name });
    }
  }
  const outletHosts = new Map<string, Outlet>();
  for (const outlet of outlets) for (const host of outlet.hosts ?? []) outletHosts.set(host, outlet);
  // The public lists come last: a hand-made outlet or an agency keeps its names and hosts.
  for (const line of data.listed) {
    const [name = '', host = ''] = line.split('\t');
    if (!name || !host) continue;
    const outlet = { id: `listed:${host}`, name, aliases: [], hosts: [host] };
    if (!outletHosts.has(host)) outletHosts.set(host, outlet);
    // "The Daily Star" is also "Daily Star" in running text, but "The Point" is never "Point".
    const bare = name.replace(/^The\s+/, '');
    for (const alias of bare !== name && /\s/.test(bare) ? [name, bare] : [name]) {
      if (!aliasToOutlet.has(alias)) aliasToOutlet.set(alias, { id: outlet.id, name, listed: true });
    }
  }

  const notOriginHosts = new Set(data.outletWords.notOrigins?.hosts ?? []);
  const notOriginNames = new Set(data.outletWords.notOrigins?.names ?? []);

  // A co-credit after a name takes a with-word as written inside a line ("avec", "com", "con información de"), never "With" opening a title-case headline.
  const lowerWith = alternation(grammar.flatMap((g) => g.with).filter((w) => !/^\p{Lu}/u.test(w)));

  const signoffShape = shapeRe('signoff', (t) => String.raw`^(${t})\s*\(\s*[A-Z]{2}\s*[-–]\s*\p{L}{3,12}\s*:`);

  const lexicon: Lexicon = {
    agencies,
    outlets,
    agencyFor,
    agencyByCredit,
    shapes,
    /** "Seoul [South Korea]March 19 (ANI):", "WASHINGTON (AP) —", "(ANSA) - ROMA", "Madrid (EFE).-" */
    DATELINE: new RegExp(String.raw`^(?:[^()\n]|\([^()\n]{0,60}\)){0,160}?\((${credits})(?:/[A-Z]{2,5}|/[a-z]{2,4})?\)\.?\s*(?:[:\-–—]|\.-)`),
    DATELINE_COLON: new RegExp(String.raw`^\p{Lu}[\p{Lu}\s.'’-]{1,30}:\s*\((${credits})\)\s+(?=\p{Lu})`, 'u'),
    SPECIAL_DATELINES: [
      { shape: 'eq', pattern: shapeRe('eq', (t) => String.raw`^\((?:[^=()]{1,12})=(${t})\)`) },
      { shape: 'slashes', pattern: shapeRe('slashes', (t) => String.raw`^[\p{L}\s,.\d]{2,40}\/(${t})\/\.`) },
      { shape: 'dash-lead', pattern: shapeRe('dash-lead', (t) => String.raw`^[^—\n]{2,60}—\s*(${t})\.`) },
      { shape: 'paren-open', pattern: shapeRe('paren-open', (t) => String.raw`^[^()\n]{0,30}\((${t})\b[^)]*\)\s*[-–—]`) },
      { shape: 'city-hyphen', pattern: shapeRe('city-hyphen', (t) => String.raw`^\S{2,20}-(${t})$`) },
      { shape: 'city-comma', pattern: shapeRe('city-comma', (t) => String.raw`^[\p{L}\s]{2,30},\s*(${t})\s*[-–—]`) },
      { shape: 'jp-bracket', pattern: shapeRe('jp-bracket', (t) => String.raw`【[^】]{0,12}?(${t})】`) },
      { shape: 'zh-dian', pattern: shapeRe('zh-dian', (t) => String.raw`^(?:[^。]{0,30}?\s)?(${t})[^，。\s]{1,20}?电`) },
      { shape: 'dot-dateline', pattern: shapeRe('dot-dateline', (t) => String.raw`^[\p{Lu}\s'’-]{2,30}\.\s*\d{1,2}\s+\p{Ll}{3,12}\.\s*(${t})\.`) },
    ],
    /** "… (ANI)", "… launch vehicle. — PTI", "==Kyodo", "(With inputs from PTI)", "… the US. PTI" */
    TRAILERS: [
      new RegExp(String.raw`\((${credits})\)\.?\s*$`),
      // "… dijo el ministro. Con información de EFE.", "… a déclaré le ministre. Avec AFP": a co-credit closing the text
      new RegExp(String.raw`(?<=[.!?]["”’»]?)\s+(?:${words('with')})\s+(${credits})\.?\s*$`, 'u'),
      new RegExp(String.raw`[\-–—=]{1,2}\s*(${credits})\.?\s*$`),
      new RegExp(String.raw`\(\s*with inputs from (${credits})\s*\)\.?\s*$`, 'i'),
      new RegExp(String.raw`[.!?]["”’]?\s+(${bareCredits})\.?\s*$`),
      shapeRe('lead', (t) => String.raw`^(${t})\b`),
      signoffShape,
      shapeRe('reports-that', (t) => String.raw`(?:^|[.!?]\s+)(?:The\s+)?(${t})(?:\s*\([^()]{2,10}\))?\s+reports?\s+that\b`),
    ],
    SIGNOFF: signoffShape,
    INLINE_CREDITS: [
      new RegExp(String.raw`(?:^|[\s(\[])(?:${words('source')})\s*[:：]\s*(${credits}|${agencyNames})(?![\p{L}\p{N}])`, 'u'),
      new RegExp(String.raw`(?:^|[\s\d])(${credits})\s+Editor\s*:`, 'u'),
    ],
    NAMED_TRAILER: new RegExp(String.raw`[.!?]["”’]?\s*[-–—]{1,2}\s*((?:${agencyNames})(?:\s*[,/]\s*(?:${credits}))?)\.?(?:\s*[-–—])?\s*$`, 'u'),
    // "Source: X", and "Source - X", "Source | X" (a dash or bar between spaces)
    SOURCE_LINE: new RegExp(String.raw`^[(\[（【]?\s*(?:${words('source')})(?:\s*[:：]|\s+[-–—|])\s*(.{2,80}?)\s*[.。)\]）】]?$`, 'u'),
    SOURCE_ALONE: new RegExp(String.raw`^[(\[]?\s*(?:${words('source')})\s*[:：]?\s*[)\]]?$`, 'u'),
    SOURCE_FIELD: new RegExp(String.raw`(?:^|[\s|·•])(?:${words('source')})\s*[:：]\s*([^\s:：|·•]{2,30})(?=\s*[|·•]|\s+[^\s:：]{1,8}\s?[:：]|\s*$)`, 'u'),
    SOURCE_BARE: new RegExp(String.raw`^(?:${words('source')})\s+(\p{Lu}[\p{L}\p{N}.&'’ -]{0,40}?)\s*\.?$`, 'u'),
    BY_LINE: new RegExp(String.raw`^(?:${words('by')})\s+(.{2,80}?)\s*\.?$`, 'u'),
    WITH_AFTER_NAME: new RegExp(
      String.raw`^((?:${words('by')})\s+)?((?:[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*|de|da|do|del|di|la|le)(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*|de|da|do|del|di|la|le)){0,4})\s*([,/|–—-])?\s+(?:${lowerWith})\s+(.{2,60}?)\s*\.?$`,
      'u',
    ),
    WITH_LINE: new RegExp(String.raw`^[—–-]?\s*(?:\(\s*)?(?:${words('with')})\s+(.{2,60}?)\s*\)?\.?$`, 'u'),
    PHOTO_BEFORE: new RegExp(String.raw`(?:${words('photo')})\s*$`, 'iu'),
    PHOTO_LINE: new RegExp(String.raw`^[(\[]?\s*(?:${words('photo')})(?:\s*[:：/|.]|\s+(?:by|von|par|por|di)\b)`, 'iu'),
    COPYRIGHT: new RegExp(String.raw`(?:©|\(c\)|\bcopyright\b|${words('copyright')})\s*(?:©\s*)?(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:the\s+)?([^.,|;]{2,60}?)\s*(?:[.,|;]|\ball rights\b|$)`, 'iu'),
    STAFF_SUFFIX: new RegExp(String.raw`[\s-]+(?:${words('staff')})$`, 'u'),
    ORIGIN_VIA: new RegExp(String.raw`^(?:${words('originLinked')})\s*[:：]?\s+(.{2,60}?)\s*\.?$`, 'u'),
    ORIGIN_LINKED: new RegExp(String.raw`^(?:${words('originLinked')})\s+(.{2,60}?)\s*(?:https?:\/\/\S+)\s*$`, 'u'),
    ORIGIN_TITLED: new RegExp(String.raw`(?:${words('originTitled')})\s*[(（]\s*[^()（）]{2,200}?\s[-–]\s([^()（）\-–]{2,40}?)\s*[)）]`, 'u'),
    ORIGIN: new RegExp(String.raw`^(?:[(（【]?\s*)(?:(?:${spacedOrigin})\s*[:：]?\s+|(?:${unspacedOrigin || '(?!)'})\s*[:：]?\s*)(.{2,80}?)\s*[.。)!）】]?$`, 'u'),
    ORIGIN_UNSPACED: new RegExp(String.raw`^(?:[(（【]?\s*)(?:${unspacedOrigin || '(?!)'})\s*[:：]?\s*(.{2,40}?)\s*[.。)!）】]?$`, 'u'),
    ORIGIN_AFTER: new RegExp(
      String.raw`^[(（]?\s*(?:(?:${words('originLead') || '(?!)'})\s*)?["«“„「『]?(\S.{1,59}?)["»”“」』]?\s*(?:${words('originAfter') || '(?!)'})\s*[.。।!)）]?$`,
      'u',
    ),
    ORIGIN_INLINE: new RegExp(
      String.raw`(?:^|[\s(\[])(?:${words('origin')})\s*[:：]?\s+((?:www\.)?[\p{L}\p{N}-]{2,40}(?:\.[\p{L}\p{N}-]{2,20})+|\p{Lu}[\p{L}\p{N}!.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}!.&'’-]*){0,4})`,
      'u',
    ),
    CITE_BEFORE: new RegExp(
      String.raw`(?:(?:^|[^\p{L}])(?:${words('cite')})\s+(?:(?:the|a|an|der|die|dem|den|des|le|la|l’|l'|el|o|a|il|lo|de|het|την|τον|το|η|ο)\s+)?(?:${MEDIA_SLOT})?["«“„]?|(?:${unspacedCite})\s*[《「『"“]?)$`,
      'u',
    ),
    MEDIA_BEFORE: new RegExp(String.raw`(?:^|[^\p{L}])${MEDIA_SLOT}["«“„]$`, 'u'),
    // "CNN reported", "«Интерфакс» сообщает", "The Times on Tuesday reported", "Berita Harian pada 29 Jun lalu melaporkan": a closing quote, and a
    // short time phrase opened by a grammar 'when' word, or a media noun ("the Riverside Herald newspaper reported"), may stand between the name and the cue.
    CITE_AFTER: new RegExp(
      String.raw`^(?:["»”“']?(?::\p{Ll}{1,4})?\s*(?:,\s*)?(?:(?:${words('when')})\s+[^\s.,;:!?]{1,12}(?:\s+[^\s.,;:!?]{1,12}){0,2}\s+)?(?:(?:${media})\s+)?(?:${words('citeAfter')})(?![\p{L}])|[》」』"”]?\s*(?:${unspacedCiteAfter}))`,
      'u',
    ),
    ORIGIN_POST: new RegExp(
      String.raw`^(?:${
        grammar
          .flatMap((g) => g.originPost ?? [])
          .map((w) => w.split(' … ').map(escapeRegExp).join(String.raw`\s.{1,300}?\s`))
          .join('|') || '(?!)'
      })\s+(?:the\s+)?(\S.{0,79}?)\s*[.!]?$`,
      'u',
    ),
    LEAD_QUOTING: new RegExp(String.raw`\s(?:${words('leadCredit')})\s+`, 'u'),
    LEAD_CREDIT: new RegExp(String.raw`^(?:${words('leadCredit')})\s+((?:(?:${media})\s+)?[^،,.:؛\n]{2,40}?)\s*[،,]`, 'u'),
    REPORTER_CREDIT: new RegExp(
      String.raw`^[〔(（【]?\s*(?:${words('reporter')})\s*[^/／\n]{2,24}?[/／]\s*[^/／\s]{1,10}?(?:${words('reportedAt')})\s*[〕)）】]?\s*([^\s，。,.!?！？]{2,16}?)\s*[。.]?$`,
      'u',
    ),
    PRESS_REVIEW: new RegExp(
      String.raw`^(["«“„]?)([\p{L}\p{N}][^"«»“”„\n.!?:]{0,40}?)["»”“]?\s+(?:(?:${media})\s+)?(?:${words('citeAfter')})\s*[.:։]\s*["«“„]`,
      'u',
    ),
    MEDIA_FIRST: new RegExp(String.raw`^(?:${media})\s+(?=\S)`, 'u'),
    MEDIA_NOUN_BEFORE: new RegExp(String.raw`(?:^|[^\p{L}])(?:${media})\s+$`, 'u'),
    MEDIA_TAIL: new RegExp(String.raw`(^|[^\p{L}])((?:[\p{L}-]{2,20}\s+)?)(?:${media})(?:\s+[\p{Ll}\p{Lo}][\p{L}-]{1,19})?\s*["«“„]?$`, 'u'),
    LIST_JOIN: new RegExp(String.raw`^["»”]?\s*(?:,|and|und|et|e|y|и|і|та|og|och|en|ja|és|i|și|ve|dan|oraz|a)\s*(?:(?:the|der|die|dem|den|le|la|el|o|il)\s+)?(?:(?:${media})\s+)?["«“]?\s*$`, 'iu'),
    UNSPACED_OUTLET_WORD: new RegExp(alternation(data.outletWords.unspaced ?? []), 'u'),
    // Tested on the word with all but its first letter in lower case ("Jyllands-Posten" → "Jyllands-posten").
    COMPOUND_OUTLET_NAME: new RegExp(String.raw`^\p{Lu}[\p{Ll}-]{2,30}?(?:${alternation(data.outletWords.compounds ?? [])})$`, 'u'),
    HOST_NAME: new RegExp(String.raw`^(?:www\.)?[\p{L}\p{N}-]{2,40}(?:\.[\p{L}\p{N}-]{2,20})*\.(?:${alternation(data.outletWords.hostSuffixes)})(?:\.[a-z]{2})?$`, 'iu'),
    OUTLET_WORD: new RegExp(String.raw`(?:^|\s)(?:(?:${alternation(data.outletWords.numbered)})\d{0,3}|${alternation(data.outletWords.plain)})(?=\s|$)`, 'u'),
    findOutlets: nameFinder(aliasToOutlet.keys()),
    aliasToOutlet,
    outletForHost(host: string): Outlet | undefined {
      for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
        const outlet = outletHosts.get(h);
        if (outlet) return outlet;
      }
      return undefined;
    },
    notOriginHost(host: string): boolean {
      for (let h = host.replace(/^www\./, ''); h.includes('.'); h = h.slice(h.indexOf('.') + 1)) if (notOriginHosts.has(h)) return true;
      return false;
    },
    notOriginName: (name: string) => notOriginNames.has(name.trim().toLowerCase()),
  };
  lexiconCache.set(data, lexicon);
  return lexicon;
}

/** The lexicon with no data: a chain built with it names sites, republishers and links only. */
export const EMPTY_CHAIN_DATA: ChainData = { agencies: [], outlets: [], outletWords: { numbered: [], plain: [], hostSuffixes: [] }, grammar: [], listed: [] };
