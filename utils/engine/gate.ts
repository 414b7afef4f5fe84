import { fromBook } from '../rules/book';
import { escapeRegExp } from '../regexp';
import { countTags } from './metadata';
import { headMeta, pageHead } from './page-head';

// The article gate: a cheap test, run before any block work, that lets Sourceline leave
// documentation, forums, shops, search results, web apps and section fronts alone.
// A page passes when its metadata says it is an article, or when its text carries a
// phrase that only syndicated copy carries (autoblogs often have no metadata at all).

/** schema.org types of a news or blog article. */
const ARTICLE_TYPE = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:[A-Za-z]*NewsArticle|Article|BlogPosting|LiveBlogPosting|Report|OpinionNewsArticle)"/;

/** Phrases that, anywhere in a page's text, mark it as carrying syndicated copy: built from the rules' own cues (rules/syndication-cues.ts). */
const syndicationCue = fromBook((book) => new RegExp(book.syndicationCues.map((cue) => cue.pattern.source).join('|'), 'i'));

/** Article markup in the body: schema.org's, and a blog post's (WordPress's hentry, Blogger's post-body). */
export const ARTICLE_MARKUP =
  '[itemprop~="articleBody"], [itemtype*="schema.org/NewsArticle"], [itemtype*="schema.org/Article"], [itemtype*="schema.org/BlogPosting"], .hentry, .type-post, .post-body';

export function hasArticleMetadata(doc: Document): boolean {
  // The head as read once for the run (page-head.ts): the byline and the chain read the same.
  const head = pageHead(doc);
  const ogType = headMeta(head, 'og:type')?.toLowerCase();
  if (ogType && /^(?:article|news|blog|post)/.test(ogType)) return true;
  if (headMeta(head, 'article:published_time')) return true;
  if (doc.querySelector(ARTICLE_MARKUP)) return true;
  if (head.jsonLdTexts.some((text) => ARTICLE_TYPE.test(text))) return true;
  return false;
}

/** Documentation and code pages: code everywhere. News articles rarely carry six pieces. */
const CODE_ELEMENTS = 6;

export function looksLikeCodeDocs(doc: Document): boolean {
  return countTags(doc, ['pre', 'code']) >= CODE_ELEMENTS;
}


/** The gazetteer's credit tokens (rules/wire-credits.ts, generated from rules/agencies.ts), longest first. */
const credits = (tokens: readonly string[] = []) => [...tokens].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|') || '(?!)';

/** A wire dateline anywhere in the text: "(Reuters) -", "(KCNA) --", "(ANI):". */
const wireDateline = fromBook((book) => new RegExp(String.raw`\((?:${credits(book.wireCredits)})(?:/[A-Z]{2,5})?\)\.?\s*(?:[:\-–—]|\.-)`));

/** The agencies' own dateline shapes ("/TASS/.", "— РИА Новости.", "(서울=뉴스1)"), compiled from their forms. */
const otherDatelines = fromBook(
  ({ wireShapeTokens }) =>
    new RegExp(String.raw`\/(?:${credits(wireShapeTokens.slashes)})\/\.|—\s*(?:${credits(wireShapeTokens['dash-lead'])})\.|=(?:${credits(wireShapeTokens.eq)})\)`),
);
/** The shape of any wire dateline, credit as printed: "ROMA (ADNRONOS/IGN) -". */
const DATELINE_SHAPE = /\b[A-Z]{3,}(?:[ ,.]+[A-Za-z.]{1,12}){0,3}\s*\([A-Z]{2,12}(?:\/[A-Z]{2,5})?\)\s*[-–—]/;

/** A wire agency credited as the source or the recipient ("told Reuters", "according to the KCNA"): its words in the book (rules/syndication-cues.ts AGENCY_CREDIT). */
const agencyCredit = fromBook(
  ({ wireCredits, agencyCredit: { lead, leadMore, nameEnds } }) =>
    new RegExp(
      String.raw`(?:\b(?:${lead.join('|')})|(?:${leadMore.join('|')})(?:\s+[\p{L}-]+)?)\s+(?:[Tt]he\s+)?["«]?(?:${credits(
        wireCredits.filter((c) => c.length >= 3),
      )}|(?:[\p{Lu}][\p{L}-]+\s+){1,3}(?:${nameEnds.join('|')}))(?![\p{L}\p{N}])`,
      'u',
    ),
);

export function hasSyndicationCue(text: string): boolean {
  return syndicationCue().test(text) || wireDateline().test(text) || DATELINE_SHAPE.test(text) || otherDatelines().test(text) || agencyCredit().test(text);
}

/** Where an article's readers write: its comment form (WordPress's #respond, a site's own). */
const COMMENT_FORM = '#respond, #comments, [id*="comment" i], [class*="comment" i], [name*="comment" i], [id*="kommentar" i], [class*="kommentar" i]';

/** A date as news pages print it near the headline: "June 10, 2021", "10.06.2021", "2021-06-10", "19. November 2018". */
const DATE =
  /\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2}\.? (?:Jan|Feb|Mär|Mar|Apr|Mai|May|Jun|Jul|Aug|Sep|Okt|Oct|Nov|Dez|Dec)[a-zä]*\.? \d{4})\b/;

/**
 * Pages without metadata (older CMSes, small sites) still look like articles: one
 * headline, a date, and none of the furniture of discussions, shops or apps.
 */
export function hasArticleShape(doc: Document): boolean {
  return articleShape(doc) === 'shape';
}

/** 'shape' with a date, 'undated-shape' without one (then only a long body of prose makes an article). */
export function articleShape(doc: Document): 'shape' | 'undated-shape' | null {
  if (doc.querySelectorAll('h1').length !== 1) return null;
  if (
    doc.querySelector(
      'input[type="password"], [itemtype*="schema.org/Product"], [itemtype*="QAPage"], [itemtype*="DiscussionForumPosting"], meta[name="generator"][content^="MediaWiki"], .mw-parser-output, #toc',
    )
  ) {
    return null;
  }
  // A text box to write in makes a forum or an app; a news article's comment form or share box does not.
  for (const box of doc.querySelectorAll('textarea')) if (!box.hasAttribute('readonly') && !box.closest(COMMENT_FORM)) return null;
  return doc.querySelector('time') !== null || DATE.test(doc.body?.textContent?.slice(0, 30_000) ?? '') ? 'shape' : 'undated-shape';
}

/** The compiled patterns above, for test/unit/regex-safety.test.ts (backtracking checks). */
export function gatePatterns(): Record<string, RegExp> {
  return { ARTICLE_TYPE, SYNDICATION_CUE: syndicationCue(), WIRE_DATELINE: wireDateline(), OTHER_DATELINES: otherDatelines(), DATELINE_SHAPE, AGENCY_CREDIT: agencyCredit(), DATE };
}
