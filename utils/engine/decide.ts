import { proseChars, type ArticleRoot } from './article';
import { countTags } from './metadata';
import type { Steps } from './steps';

// The article decision, in one place: the evidence the cheap gate found (gate.ts), the
// article the locator found (article.ts), and what the page's body holds. Named reasons, so
// the CLI, the evaluation and the tests can say why a page was (not) taken for an article.

export type ArticleEvidence = 'metadata' | 'syndication' | 'shape' | 'undated-shape';

export type ArticleVerdict =
  | { isArticle: true; reason: 'syndication' | 'prose' | 'short-with-boilerplate' }
  | { isArticle: false; reason: 'no-evidence' | 'no-body' | 'code-docs' | 'listing' | 'too-little-prose' };

/** Thresholds of the decision (data, not code paths). */
export const ARTICLE_DECISION = {
  /** pre/code elements per 1000 characters of the body's prose that make documentation */
  codePer1000Chars: 4,
  /** fewer code elements than this never make documentation (a tech article shows a few) */
  minCodeElements: 6,
  /** linked headlines in the body from which it may be a listing */
  listingHeadlines: 4,
  /** …and it is one when the prose outside the teaser cards is less than this */
  listingOwnProse: 500,
  /** …or less than this share of the teasers' prose */
  listingOwnShare: 1,
  /** a teaser post of an archive (headline, excerpt, "read more") is shorter than this */
  maxTeaserChars: 1200,
  /** prose an article needs, by evidence */
  minProse: { metadata: 120, syndication: 0, shape: 600, 'undated-shape': 1500 } as Record<ArticleEvidence, number>,
} as const;

const LINKED_HEADLINE = 'h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4';

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/**
 * body.querySelectorAll(LINKED_HEADLINE), found from the body's headings: a query with
 * descendant combinators walked up from every link of the body for each heading tag (the
 * decision's costliest query), where the headings are few and each is asked once.
 */
function linkedHeadlines(body: Element): Element[] {
  // A body inside a heading: all of its links are headlines' (rare): the query as it is.
  if (body.closest('h2, h3, h4')) return Array.from(body.querySelectorAll(LINKED_HEADLINE));
  // Else every heading above a link of the body is in the body: each heading in a link (wherever that link is), and each link in a heading.
  const found: Element[] = [];
  let outer: Element | null = null;
  let nested = false;
  for (const heading of body.querySelectorAll('h2, h3, h4')) {
    if (outer?.contains(heading)) nested = true;
    else outer = heading;
    if (heading.closest('a[href]')) found.push(heading);
    for (const link of heading.querySelectorAll('a[href]')) found.push(link);
  }
  if (!nested) return found;
  // Headings inside headings (rare): a link may be listed under each, out of order; once each, in document order, as the query gives them.
  return [...new Set(found)].sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
}

/**
 * The teaser cards of a body: for each linked headline, the largest box around it (below
 * the body) that holds no other linked headline.
 */
export function teaserCards(body: Element): Element[] {
  const headlines = linkedHeadlines(body);
  // How many linked headlines each box below the body holds, counted once from the list
  // (asking each box's subtree again for every headline grew with headlines × depth × size).
  const held = new Map<Element, number>();
  for (const headline of headlines) {
    for (let box = headline.parentElement; box && box !== body; box = box.parentElement) held.set(box, (held.get(box) ?? 0) + 1);
  }
  const cards = new Set<Element>();
  for (const headline of headlines) {
    let card: Element = headline;
    while (card.parentElement && card.parentElement !== body && (held.get(card.parentElement) ?? 0) <= 1) card = card.parentElement;
    cards.add(card);
  }
  return [...cards];
}

/**
 * Is the body a listing (a section front, a tag or category archive, search results)? Many
 * linked headlines, and little prose of its own outside their cards. An article with a few
 * teaser lists around its story keeps its story's prose, so it is no listing.
 */
export function* isListing(body: Element): Steps<boolean> {
  const cards = teaserCards(body);
  if (cards.length < ARTICLE_DECISION.listingHeadlines) return false;
  let teaserProse = 0;
  for (const card of cards) teaserProse += yield* proseChars(card);
  const own = (yield* proseChars(body)) - teaserProse;
  return own < ARTICLE_DECISION.listingOwnProse || own < teaserProse * ARTICLE_DECISION.listingOwnShare;
}

/** Posts of an archive page: each an <article> or blog post box. */
const POST_BOX = 'article, .hentry, .type-post';

/** A teaser post: its linked headline's address is linked again ("Baca selengkapnya »", a WordPress more-link). */
function isTeaserPost(post: Element): boolean {
  // An excerpt is short; a full post (an archive of whole posts) is no teaser, whatever links its date.
  // (Asked first: the story's own post is long, and is then read no further and searched for no headline.)
  if (textLongerThan(post, ARTICLE_DECISION.maxTeaserChars)) return false;
  const headline = post.querySelector(LINKED_HEADLINE);
  const link = headline?.tagName === 'A' ? headline : (headline?.closest('a') ?? headline?.querySelector('a'));
  const href = link?.getAttribute('href');
  if (!href) return false;
  return post.querySelector('a.more-link') !== null || Array.from(post.querySelectorAll('a[href]')).some((a) => a !== link && a.getAttribute('href') === href && !a.contains(headline!));
}

/** Is the element's textContent longer than `limit`? Its text nodes are summed until it is (no string of all of it is made). */
function textLongerThan(el: Element, limit: number): boolean {
  let length = 0;
  // Document order by the nodes' own links; textContent is the data of every text node (CDATA too) below.
  for (let node: Node | null = el.firstChild; node; ) {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
      length += (node as CharacterData).data.length;
      if (length > limit) return true;
    }
    if (node.firstChild) node = node.firstChild;
    else {
      while (node && node !== el && !node.nextSibling) node = node.parentNode;
      node = node && node !== el ? node.nextSibling : null;
    }
  }
  return false;
}

const TEXT_NODE = 3;
const CDATA_NODE = 4;

/**
 * An archive of teasers (a category, tag or author page): the found body is one of several
 * posts that are each a linked headline over an excerpt whose "read more" links to it again.
 */
export function isOneOfManyTeasers(doc: Document, body: Element): boolean {
  const post = body.closest(POST_BOX);
  if (!post || !isTeaserPost(post)) return false;
  const posts = Array.from(doc.querySelectorAll(POST_BOX)).filter((p) => p !== post && !p.contains(post) && !post.contains(p) && isTeaserPost(p));
  return posts.length >= 1;
}

/** Documentation: code samples dense in the prose (a tech article with a few samples is not). */
export function* isCodeDocs(doc: Document, body: Element): Steps<boolean> {
  const code = countTags(doc, ['pre', 'code']);
  if (code < ARTICLE_DECISION.minCodeElements) return false;
  const prose = yield* proseChars(body);
  return code * 1000 >= prose * ARTICLE_DECISION.codePer1000Chars;
}

/**
 * Before the rules run: may this be an article at all? (No evidence, no body, documentation
 * and listings get nothing collapsed.)
 */
export function* screenArticle(doc: Document, evidence: ArticleEvidence | null, found: ArticleRoot | null): Steps<ArticleVerdict | null> {
  if (!evidence) return { isArticle: false, reason: 'no-evidence' };
  if (!found) return { isArticle: false, reason: 'no-body' };
  if (yield* isCodeDocs(doc, found.body)) return { isArticle: false, reason: 'code-docs' };
  if ((yield* isListing(found.body)) || isOneOfManyTeasers(doc, found.body)) return { isArticle: false, reason: 'listing' };
  return null;
}

/**
 * After the rules ran: an article has a body of prose for its evidence, or syndicated
 * copy's furniture (a short wire item with metadata and a feed disclaimer is an article).
 */
export function* decideArticle(
  evidence: ArticleEvidence,
  found: ArticleRoot,
  boilerplateFound: boolean,
  syndicationInText: () => boolean,
): Steps<ArticleVerdict> {
  if (evidence === 'syndication') return { isArticle: true, reason: 'syndication' };
  if ((yield* proseChars(found.body)) >= ARTICLE_DECISION.minProse[evidence]) return { isArticle: true, reason: 'prose' };
  if (evidence === 'metadata' && (boilerplateFound || syndicationInText())) return { isArticle: true, reason: 'short-with-boilerplate' };
  return { isArticle: false, reason: 'too-little-prose' };
}
