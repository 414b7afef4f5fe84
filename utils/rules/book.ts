import type { ChainData } from '../engine/lexicon';
import type { CardRule } from './cards';
import type { CitationCue, RecipientCue } from './citations';
import type { APP_LINKS, LINK_TARGETS, DANGLING_PROMPT, FURNITURE, INSERT_SCORER, OWN_ADDRESS, SITE_DOMAIN, TEASER_LIST, InsertClassTokens, TEASER_RUN, TRAILING_ZONE, ODD_BOX } from './insert-anatomy';
import type { PAGE_SELECTORS } from './page-parts';
import type { StoryFilter } from './story-filters';
import type { AGENCY_CREDIT, SyndicationCue } from './syndication-cues';
import type { BlockRule } from './types';

// The rule book: every rule and lexicon the engine reads, as one value. The engine never
// imports rule data; it asks `rules()` for the book someone installed. The CLI, the
// evaluation, the tests and the background install the full book built from the rule
// files (rules/full-book.ts); the content script installs the same book read from the
// extension's storage (utils/page/rule-book.ts), so the script that loads on every page
// carries the engine's code and none of its data.

export interface RuleBook {
  /** boilerplate rules, then the multilingual lexicons, then the read-also labels: the first that matches names a block */
  blockRules: readonly BlockRule[];
  /** a block that is a read-also label and nothing else, in any language the book knows */
  relatedLabelOnly: RegExp;
  /** the structural rules' names (insert cards, boxes, furniture): what a finding made by structure is called */
  cardRules: readonly CardRule[];
  /** a read-also label at the start of a text */
  anyRelatedLabel: RegExp;
  /** class and id tokens of insert boxes and of page furniture, in many languages */
  insertClassTokens: readonly InsertClassTokens[];
  furnitureClassTokens: ReadonlyArray<{ category: string; tokens: string[]; strong?: string[] }>;
  /** the insert scorer's weights and sizes, the furniture and teaser-run sizes, the paths that are no articles */
  insertAnatomy: { scorer: typeof INSERT_SCORER; furniture: typeof FURNITURE; teaserRun: typeof TEASER_RUN; trailingZone: typeof TRAILING_ZONE; notArticlePath: RegExp; danglingPrompt: typeof DANGLING_PROMPT; teaserList: typeof TEASER_LIST; appLinks: typeof APP_LINKS; linkTargets: typeof LINK_TARGETS; ownAddress: typeof OWN_ADDRESS; siteDomain: typeof SITE_DOMAIN; oddBox: typeof ODD_BOX };
  /** class and id words of page parts that are not the article, and of those that say they are */
  pageParts: { notArticle: RegExp; article: RegExp };
  /** selectors of CMS content containers and byline slots (rules/page-parts.ts PAGE_SELECTORS) */
  pageSelectors: typeof PAGE_SELECTORS;
  storyFilters: readonly StoryFilter[];
  syndicationCues: readonly SyndicationCue[];
  /** the gate's words around a wire agency's credit (rules/syndication-cues.ts AGENCY_CREDIT) */
  agencyCredit: typeof AGENCY_CREDIT;
  wireCredits: readonly string[];
  wireShapeTokens: Readonly<Record<string, string[]>>;
  citations: { cues: readonly CitationCue[]; notACitationBefore: RegExp; authorAsRecipient: RegExp; authorAsInterviewer?: RegExp; authorAsRecipientAfter?: RegExp; recipientCues?: readonly RecipientCue[] };
  /** the chain's gazetteers and credit grammar (plain JSON) */
  chain: ChainData;
}

let installed: RuleBook | undefined;
/** What `fromBook` made from the installed book: dropped with it. */
let made = new Map<unknown, unknown>();

/** Makes `book` the one the engine reads from now on (and lets go of what was made from the last one); undefined: none. */
export function installRuleBook(book: RuleBook | undefined): void {
  installed = book;
  made = new Map();
}

export function hasRuleBook(): boolean {
  return installed !== undefined;
}

/** The installed book; the engine cannot run without one. */
export function rules(): RuleBook {
  if (!installed) throw new Error('Sourceline: no rule book installed (rules/full-book.ts installs the full one)');
  return installed;
}

/** A value computed from the book once, and again only when another book is installed. */
export function fromBook<T>(build: (book: RuleBook) => T): () => T {
  return () => {
    if (!made.has(build)) made.set(build, build(rules()));
    return made.get(build) as T;
  };
}
