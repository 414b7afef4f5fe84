import { NON_TEXT_TAGS, normalizeSpace, rawText } from './text';
import { CHECKPOINT, drain, type Steps } from './steps';
import { RunMemo } from './run-memo';
import { byClassAndId, type NameMemo } from './name-memo';
import { fromBook, rules } from '../rules/book';

// Finds the element that holds the article. Explicit markup first (schema.org
// articleBody, <article>, common CMS containers), then a paragraph-text score for div soup.

/** Content containers of common CMSes (rules/page-parts.ts, through the book). */
const cmsContainers = () => rules().pageSelectors.cmsContainers;

const ARTICLE_BODY = '[itemprop~="articleBody"]';

/** A container with less prose than this is not taken on markup alone. */
const MIN_ARTICLE_CHARS = 200;
/** One real paragraph is enough to find where a short wire item sits. */
const MIN_SCORED_CHARS = 80;
/** Shorter text runs are menu items, labels and buttons, not prose. */
const MIN_RUN_CHARS = 25;
/** Text inside these does not vote for where the article is. */
const NOT_PROSE = new Set([...NON_TEXT_TAGS, 'A', 'NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM', 'LABEL', 'OPTION', 'FIGCAPTION']);
const INLINE = new Set(['SPAN', 'STRONG', 'EM', 'B', 'I', 'U', 'SMALL', 'FONT', 'SUB', 'SUP', 'MARK', 'TIME', 'ABBR', 'CITE', 'Q', 'CODE', 'S', 'BIG']);

/** Class or id of page parts that are not the article, unless the name also says it is the content (rules/page-parts.ts). */
const pageParts = fromBook((book) => book.pageParts);
/** Reader comments are never the article, whatever else the name says. */
const COMMENTS = /comment|disqus/i;

/** WordPress post classes describe the post, not the box: "format-gallery", "category-comments". */
const POST_CLASSES = /\b(?:format|status|type|category|tag|post|postid)-[\w-]+/g;

/** Is `el` named (class, id) as a page part that is not the article? */
export function unlikely(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  // Many elements have neither: no memo, no patterns.
  if (!cls && !id) return false;
  // Kept by class, then id (name-memo.ts): the answer depends on the names and the book alone.
  return byClassAndId(unlikelyNames(), cls, id, unlikelyClassAndId);
}

function unlikelyClassAndId(cls: string, id: string): boolean {
  return unlikelyName(`${cls} ${id}`.replace(POST_CLASSES, ''));
}

const unlikelyNames = fromBook((): NameMemo<boolean> => new Map());

function unlikelyName(name: string): boolean {
  if (name.length <= 1) return false;
  return COMMENTS.test(name) || (pageParts().notArticle.test(name) && !pageParts().article.test(name));
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Each run of prose text (≥ 25 characters, not a link) inside `root`, with the block that holds it. */
function* forEachProseRun(root: Element, skipUnlikely: boolean, visit: (block: Element, chars: number) => void): Steps<void> {
  const stack: Element[] = [root];
  for (let n = 1; stack.length > 0; n++) {
    if (n % CHECKPOINT === 0) yield;
    const el = stack.pop()!;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      // (Each node's type read once: the walk's cost is what it asks of the nodes.)
      const type = child.nodeType;
      if (type === ELEMENT_NODE) {
        const element = child as Element;
        if (!NOT_PROSE.has(element.tagName.toUpperCase()) && !(skipUnlikely && unlikely(element))) stack.push(element);
      } else if (type === TEXT_NODE) {
        // Most text nodes are the whitespace between tags: too short to trim and measure.
        const data = (child as Text).data;
        if (data.length < MIN_RUN_CHARS) continue;
        const chars = data.trim().length;
        if (chars < MIN_RUN_CHARS) continue;
        let block: Element = el;
        while (INLINE.has(block.tagName.toUpperCase()) && block.parentElement && block !== root) block = block.parentElement;
        visit(block, chars);
      }
    }
  }
}

/** How much prose `el` holds: its text runs of 25+ characters outside links and page furniture. */
export function paragraphChars(el: Element): number {
  return drain(proseChars(el));
}

const proseMemo = new RunMemo<Element, number>();

/** paragraphChars as resumable steps, each element read once a run. */
export function* proseChars(el: Element): Steps<number> {
  const known = proseMemo.get(el);
  if (known !== undefined) return known;
  let total = 0;
  yield* forEachProseRun(el, true, (_block, chars) => (total += chars));
  proseMemo.set(el, total);
  return total;
}

function* largest(candidates: Element[]): Steps<Element | null> {
  let best: Element | null = null;
  let bestChars = MIN_ARTICLE_CHARS - 1;
  for (const el of candidates) {
    const chars = yield* proseChars(el);
    if (chars > bestChars) {
      best = el;
      bestChars = chars;
    }
  }
  return best;
}

/** Share of a list's items that hold a link for the list to be teasers. */
const TEASER_LIST_SHARE = 0.6;

function isTeaserList(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag !== 'UL' && tag !== 'OL') return false;
  const items = Array.from(el.children).filter((child) => child.tagName.toUpperCase() === 'LI');
  return items.length >= 2 && items.filter((item) => item.querySelector('a[href]')).length >= items.length * TEASER_LIST_SHARE;
}

/** Readability-style: each block of prose votes for itself, its parent (full) and grandparent (half). */
function* bestScoredContainer(body: Element, skipUnlikely: boolean): Steps<Element | null> {
  const scores = new Map<Element, number>();
  const vote = (el: Element | null, amount: number) => {
    if (el) scores.set(el, (scores.get(el) ?? 0) + amount);
  };
  yield* forEachProseRun(body, skipUnlikely, (block, chars) => {
    vote(block, chars);
    vote(block.parentElement, chars);
    vote(block.parentElement?.parentElement ?? null, chars / 2);
  });
  let best: Element | null = null;
  let bestScore = MIN_SCORED_CHARS - 1;
  for (const [el, score] of scores) {
    // A list of linked items that outscores the prose is a column of teasers, not the story.
    if (score > bestScore && !isTeaserList(el)) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

/** A body container inside the found element that holds nearly all of its paragraph text. */
const INNER_SHARE = 0.8;

/** Narrows an <article> down to its body container, leaving out its header and footer. */
function* narrow(el: Element): Steps<Element> {
  const chars = yield* proseChars(el);
  const inner = yield* largest(Array.from(el.querySelectorAll(`[itemprop~="articleBody"],${cmsContainers()}`)));
  return inner && (yield* proseChars(inner)) >= chars * INNER_SHARE ? inner : el;
}

export interface ArticleRoot {
  /** the story's container */
  body: Element;
  /** the article around it (headline, share bar, byline…): searched for boilerplate, not story */
  scope: Element;
}

/** A post this share of the largest one's text counts as another full post, not a teaser. */
const FULL_POST_SHARE = 0.3;
/** Teasers on a blog home page are shorter than this; a full post is longer. */
const FULL_POST_CHARS = 250;
const TEASER_LINK = /^(?:read more|continue reading|weiterlesen|leia mais|lire la suite|seguir leyendo)\b/i;

const POSTS = 'article.hentry, article.post, div.hentry';

/**
 * Does the page hold two elements that may be posts? Each is a .hentry or an <article>: two
 * lists by name (Chromium walks the page for each list once and keeps it while the page does
 * not change), where a query of three selectors walks it testing each element three times.
 * Most pages hold none, and need no query at all.
 */
function mayHoldPosts(doc: Document): boolean {
  const found = new Set<Element>();
  for (const list of [doc.getElementsByClassName('hentry'), doc.getElementsByTagName('article')]) {
    for (let i = 0; i < list.length; i++) {
      const el = list[i]!;
      if (el.matches(POSTS)) found.add(el);
      if (found.size >= 2) return true;
    }
  }
  return false;
}

/** A blog archive page showing several full posts: their common container holds the stories. */
function* severalFullPosts(doc: Document): Steps<Element | null> {
  if (!mayHoldPosts(doc)) return null;
  const posts = Array.from(doc.querySelectorAll(POSTS));
  if (posts.length < 2) return null;
  // Excerpts that end in "Read more »" are teasers of a home page, not full posts.
  const teaser = (post: Element) =>
    Array.from(post.querySelectorAll('a')).some((a) => TEASER_LINK.test(normalizeSpace(rawText(a))));
  if (posts.some(teaser)) return null;
  const sizes: number[] = [];
  for (const post of posts) sizes.push(yield* proseChars(post));
  const largestSize = Math.max(...sizes);
  if (largestSize < FULL_POST_CHARS || sizes.filter((n) => n >= largestSize * FULL_POST_SHARE).length < 2) return null;
  let common: Element | null = posts[0]!.parentElement;
  while (common && !posts.every((p) => common!.contains(p))) common = common.parentElement;
  return common;
}

/** How far up a story split into parts is looked for. */
const PART_LEVELS = 5;
/** A sibling part holds at least this much prose. */
const PART_CHARS = 150;
/** …and together the parts are a real share of the story, not a stray box of the same class. */
const PART_SHARE = 0.3;

/** Layout classes say nothing about what a box holds. */
const LAYOUT_CLASS = /^(?:\s*(?:col|row|container|wrapper|wrap|grid|clearfix|inner|box|section)[\w-]*\s*)*$/i;

function sameKind(a: Element, b: Element): boolean {
  const name = a.getAttribute('class') ?? '';
  return a.tagName === b.tagName && name !== '' && !LAYOUT_CLASS.test(name) && name === (b.getAttribute('class') ?? '');
}

/**
 * A story split into parts by inserts, ads and figures (<div class="article__body"> …
 * <div class="article__body">): when the found container has siblings of its kind that
 * hold prose, the story is their common parent.
 */
function* joinParts(body: Element): Steps<Element> {
  let level: Element = body;
  for (let i = 0; i < PART_LEVELS && level.parentElement; i++, level = level.parentElement) {
    const parent: Element = level.parentElement;
    const parts = Array.from(parent.children).filter((el) => el !== level && sameKind(el, level) && !unlikely(el));
    const partChars: number[] = [];
    for (const part of parts) partChars.push(yield* proseChars(part));
    const prose = partChars.filter((n) => n >= PART_CHARS);
    if (prose.length > 0 && prose.reduce((a, b) => a + b, 0) >= (yield* proseChars(body)) * PART_SHARE) return parent;
  }
  return body;
}

/** Markup that names the article is trusted when it holds most of the page's prose. */
const MARKUP_SHARE = 0.6;

export function* findArticle(doc: Document): Steps<ArticleRoot | null> {
  const page = doc.body;
  if (!page) return null;
  const posts = yield* severalFullPosts(doc);
  if (posts) return { body: posts, scope: posts };
  yield;
  // Page parts named as comments, menus or sidebars do not vote, unless nothing else has prose.
  const scored = (yield* bestScoredContainer(page, true)) ?? (yield* bestScoredContainer(page, false));
  yield;
  // The three kinds of marked container, each asked of the page only when the kinds before it found none: most
  // pages are decided by the first or the second, a walk testing one attribute or one tag (one query of all
  // three tested twelve selectors on every element of the page).
  const candidates = (selector: string) => Array.from(doc.querySelectorAll(selector)).filter((el) => !unlikely(el));
  const marked =
    (yield* largest(candidates(ARTICLE_BODY))) ??
    (yield* largest(candidates('article'))) ??
    (yield* largest(candidates(cmsContainers())));
  // An <article> that is a reader comment, or a CMS box beside the story, loses to the prose.
  const found =
    marked && (!scored || marked.contains(scored) || (yield* proseChars(marked)) >= (yield* proseChars(scored)) * MARKUP_SHARE)
      ? marked
      : scored;
  if (!found) return { body: page, scope: page };
  yield;

  const body = yield* joinParts(yield* narrow(found));
  const scope = found.closest('article') ?? found;
  // A lone paragraph won the vote (a short wire item): the boilerplate beside it is searched in its container.
  const lone = scope === body && body.tagName.toUpperCase() === 'P' && body.parentElement && body.parentElement !== page ? body.parentElement : null;
  return { body, scope: lone ?? (scope.contains(body) ? scope : body) };
}
