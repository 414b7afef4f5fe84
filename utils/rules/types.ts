import type { FindingKind } from '../engine/types';
import type { Lead } from './lead';

/** What the block around the text must look like for a rule to fire. */
export type BlockShape =
  /** any block (the pattern alone is specific enough) */
  | 'any'
  /** most of the block's text is the text of links (a "Source link", a teaser card) */
  | 'mostly-link'
  /** no link at all: leftovers are plain text ("[ad_1]"), a wiki's "[edit]" is a link */
  | 'no-link';

/** Where in the article the block must stand for the rule to fire. */
export type BlockPosition =
  /** anywhere */
  | 'any'
  /** among the last blocks of the article (credits and link-outs end a story) */
  | 'tail';

/**
 * A rule that marks a whole block (paragraph, list item, small div) as not-story.
 * Patterns are tested against the block's whitespace-normalised text, and only on blocks
 * no longer than `maxLength`, which keeps every regex run short and keeps long story
 * paragraphs out of reach of a rule by construction.
 */
export interface BlockRule {
  id: string;
  kind: FindingKind;
  category: string;
  /** BCP 47 language of the phrasing, or 'mul' when it is language-independent */
  lang: string;
  pattern: RegExp;
  /** also marks the block when this matches and most of its text is links */
  linkedPattern?: RegExp;
  maxLength: number;
  shape: BlockShape;
  position: BlockPosition;
  /**
   * A short pattern (u flag) that every text `pattern` matches matches too (a unit test holds it to
   * that): the stored book's pattern runs it first, and compiles the long one only for a text it
   * lets through (rules/book-wire.ts).
   */
  guard?: RegExp;
  /**
   * What the stored book carries instead of `pattern` (rules/book-wire.ts): patterns that together
   * match exactly the texts it matches (a unit test holds them to that), each with its own guard.
   * A rare reading that no prefilter can read (a line led by the site's address) gets a variant of its
   * own behind a guard, so that it does not leave the common reading without its lead (rules/lead.ts).
   */
  storedAs?: ReadonlyArray<{ pattern: RegExp; guard?: RegExp }>;
  /** when the block names the outlet the text was republished from: group 1 is its name */
  republisher?: RegExp;
  /** where the phrasing is seen */
  note: string;
  /** block texts the rule must mark (lint-tested) */
  examples: string[];
  /** story-like texts the rule must leave alone (lint-tested) */
  counterExamples: string[];
  /**
   * The prefilter of `pattern` and of `linkedPattern`, read where the book is built (rules/book-wire.ts):
   * the characters a match can begin with (null: any), whether the pattern ignores case, and the
   * hashes of the trigrams one of which a matching text contains (rules/grams.ts; null: none known),
   * and how a matching text begins (rules/lead.ts: its first characters after some separators; null: not known).
   * Absent, the engine reads the first characters from the pattern itself (utils/regexp.ts firstChars).
   */
  starts?: ReadonlyArray<readonly [chars: string | null, ignoreCase: boolean, grams?: readonly number[] | null, lead?: Lead | null]>;
}

/** n national, i international, c commercial/specialist, p press-release wire, f photo only, h historic */
export type AgencyKind = 'n' | 'i' | 'c' | 'p' | 'f' | 'h';

/**
 * An agency's own dateline or trailer shape beyond "(CREDIT) -", with the token it prints:
 * slashes "MOSCOW, May 3. /TASS/."; eq "(서울=연합뉴스)"; dash-lead "МОСКВА, 3 мая — РИА Новости.";
 * paren-open "Moscow. (RIA Novosti correspondent) -"; city-hyphen "دمشق-سانا"; city-comma
 * "Tehran, IRNA -"; lead "KYODO NEWS - …"; jp-bracket "【ワシントン時事】"; zh-dian "新华社北京1月11日电"; dot-dateline
 * "КИЇВ. 26 лютого. УНН."; reports-that "The News Agency of Nigeria (NAN) reports that …" (the agency's house
 * sign inside its own copy); signoff "AGERPRES (RO - author: …, editor: …)" closing the copy; bare "… © Copyright ANSA" ending a notice; desk the
 * "(Reporting by …; Editing by …)" line.
 */
export interface AgencyForm {
  shape: 'slashes' | 'eq' | 'dash-lead' | 'paren-open' | 'city-hyphen' | 'city-comma' | 'lead' | 'bare' | 'desk' | 'jp-bracket' | 'zh-dian' | 'dot-dateline' | 'reports-that' | 'signoff';
  token: string;
}

export interface Agency {
  id: string;
  /** the short name shown in the chain */
  name: string;
  fullName: string;
  country: string;
  /** the languages it publishes in (BCP 47) */
  languages: string[];
  /** the tokens used in datelines and credits: "(ANI)", "— PTI" (case-sensitive) */
  credits: string[];
  /** names running text and metadata use for it ("Associated Press"), own script and Latin */
  aliases: string[];
  /** its own web hosts: a page there is the agency's own copy */
  hosts: string[];
  kinds: AgencyKind[];
  forms: AgencyForm[];
  /** its name is an ordinary word or a person's name: running text alone never names it */
  common: boolean;
}

export interface Outlet {
  id: string;
  name: string;
  /** other spellings as they appear in running text (a leading "the" is always allowed) */
  aliases: string[];
  /** its web hosts, to name a link by its outlet */
  hosts?: string[];
}
