import { findArticle, proseChars } from './article';
import { articleByline, authorNames, isBylineOf, publishedTime } from './byline';
import { labelLine, isEdgeFurniture, isRelatedLabelOnly, isStoryBlock, leadParagraph } from './story';
import { CONTROL_ATTRIBUTE, collectBlockSteps, collectBlocks, type Block } from './blocks';
import { boilerplateBoxRule, insertCardRule } from './cards';
import { buildChainFrom } from './chain';
import { readChainInput, type ChainInput, type MarkedBlock } from './chain-input';
import { compileLexicon, type ChainData } from './lexicon';
import { matchBlockRule, mayMatchText } from './classify';
import { furnitureCategory, isAppLink, isCardLabel, linkTargetCategory, isColonLabel, isDanglingPrompt, isHeadline, isInsert, isLoneInsertLabel, isNamedInsert, isOwnAddressInvitation, isOddEdgeBox, isProseBlock, sameSiteArticle, scoreInsert, teaserRuns } from './insert';
import { fromBook, rules as ruleBook } from '../rules/book';
import { userPhraseRules } from '../rules/user-phrases';
import type { CardRule } from '../rules/cards';
import type { BlockRule } from '../rules/types';
import { articleShape, hasArticleMetadata, hasSyndicationCue } from './gate';
import { decideArticle, screenArticle, type ArticleEvidence, type ArticleVerdict } from './decide';
import { normalizeSpace, ownTextContent, rawText } from './text';
import type { Analysis, ChainLink, Finding } from './types';
import { safeHttpUrl } from './url';
import { CHECKPOINT, drain, type Steps } from './steps';
import { withRunMemo } from './run-memo';
import { within } from './within';
import { headMeta, pageHead } from './page-head';

// The engine's entry point: a Document in, a plain Analysis out. No extension APIs, and
// the document is only read, never changed (a unit test holds it to that).

/** What the page effect collapses for a finding: an element, or a line of loose nodes inside it. */
export interface CollapseTarget {
  element: Element;
  nodes: Node[] | null;
}

export interface DetailedAnalysis {
  analysis: Analysis;
  /** what to collapse for each finding, same order as analysis.findings (for the page effect) */
  targets: CollapseTarget[];
  /** the element of each story paragraph, same order as analysis.story.paragraphs */
  storyElements: Element[];
}

/**
 * What the content script needs on every page (the findings and what to collapse for
 * them, the story), with the source chain left for later: only the popup shows it, and
 * most pages are read without opening the popup. The chain is built from the head's
 * metadata and the texts already read (not the body, which the collapse has changed since),
 * so building it later gives the same chain unless the page changed its metadata. What the
 * chain reads of the page is read here (chainInput, cheap); the chain is built from it
 * elsewhere (chain.ts buildChainFrom: the popup, the background, the CLI), so the content
 * script carries neither the chain's code nor its lexicon.
 */
export interface PageAnalysis {
  /** the Analysis without its chain */
  analysis: Omit<Analysis, 'chain'>;
  targets: CollapseTarget[];
  storyElements: Element[];
  /** where the rules looked: the article's scope and the boxes just after it (empty on a page that is no article) */
  reach: Element[];
  /** what the source chain reads of the page, as plain data (read at call time: the head, the byline slots) */
  chainInput(): ChainInput;
}

/** The source chain of an analysed page; `data`: the gazetteers and credit grammar (default: the installed book's). */
export function pageChainSteps(page: PageAnalysis, data: ChainData = ruleBook().chain): Steps<ChainLink[]> {
  return buildChainFrom(page.chainInput(), compileLexicon(data));
}

/** Credits and link-outs stand after the last long paragraph, or among the last few blocks. */
const TAIL_BLOCKS = 4;
const LONG_PARAGRAPH = 120;

function pageTitle(doc: Document, root: Element | null): string {
  const h1 = root?.querySelector('h1') ?? doc.querySelector('h1');
  const fromH1 = h1 ? normalizeSpace(rawText(h1)) : '';
  if (fromH1) return fromH1;
  const og = headMeta(pageHead(doc), 'og:title');
  return normalizeSpace(og ?? doc.title ?? '');
}

function pageUrl(doc: Document, url: string | null | undefined): string | null {
  if (url) return safeHttpUrl(url) ?? null;
  return safeHttpUrl(headMeta(pageHead(doc), 'og:url')) ?? null;
}

/** One post of a page that holds several (a blog's archive page): credits end each post. */
const POST = 'article, .hentry, .post, .post-body, .entry-content';

/** For each block: is it in its post's tail (no long paragraph of the same post after it)? */
function tailFlags(blocks: Block[], root: Element): boolean[] {
  const flags = new Array<boolean>(blocks.length);
  const postOf = (block: Block) => {
    const post = block.element.closest(POST);
    return post && root.contains(post) ? post : root;
  };
  const longAfter = new Set<Element>();
  for (let i = blocks.length - 1; i >= 0; i--) {
    const post = postOf(blocks[i]!);
    flags[i] = !longAfter.has(post) || blocks.length - i <= TAIL_BLOCKS;
    if (blocks[i]!.text.length >= LONG_PARAGRAPH) longAfter.add(post);
  }
  return flags;
}

/**
 * The end of the article outside its container: the short boxes a theme prints right after
 * the story's container (a related heading, a comment counter, a back-to-top button), as
 * following siblings of the container and of its parents, a few levels up. Sizes as data
 * (rules/insert-anatomy.ts TRAILING_ZONE). The walk stops at the first long box (a sidebar,
 * the next story) and never enters the article's scope (its blocks are read already).
 */
function trailingZone(body: Element, scope: Element): Element[] {
  const { levels, maxSiblings, maxChars } = ruleBook().insertAnatomy.trailingZone;
  const out: Element[] = [];
  for (let from: Element | null = body, level = 0; level <= levels && from; level++, from = from.parentElement) {
    for (let sibling = from.nextElementSibling, n = 0; sibling && n < maxSiblings; sibling = sibling.nextElementSibling) {
      // Sourceline's own controls (a run after blocks were collapsed) are not the page's boxes.
      if (sibling.hasAttribute(CONTROL_ATTRIBUTE)) continue;
      n++;
      if (scope.contains(sibling)) continue;
      // An insert card just after the body ("相关新闻" under the story) whatever its length.
      if (insertCardRule(sibling)) {
        if (!level) out.push(sibling);
      } else if (ownTextContent(sibling).length > maxChars) return out;
      // Boxes and lines, not a menu, a form, a sidebar's links.
      else if (/^(DIV|P|SECTION)$/.test(sibling.tagName) && sibling.querySelectorAll('a').length < 2) out.push(sibling);
    }
  }
  return out;
}

/** The tag most of the blocks marked in `prose` have, or null. */
function mostCommonTag(blocks: readonly Block[], prose: readonly boolean[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  blocks.forEach((block, i) => {
    if (!prose[i]) return;
    const n = (counts.get(block.tag) ?? 0) + 1;
    counts.set(block.tag, n);
    if (best === null || n > counts.get(best)!) best = block.tag;
  });
  return best;
}

const unitRuleById = fromBook(
  (book) =>
    new Map<string, CardRule | BlockRule>([
      ...book.cardRules.map((r) => [r.id, r] as const),
      ...book.blockRules.map((r) => [r.id, r] as const),
    ]),
);

/** A share button or interface leftover by where its links point (engine/insert.ts linkTargetCategory): the rule for its category. */
function linkTargetRule(block: Block): CardRule | BlockRule | null {
  const category = linkTargetCategory(block);
  return category ? (unitRuleById().get(`boilerplate.${category}.link-target`) ?? null) : null;
}

/** A short line inside furniture its markup names (a share bar, an ad slot, a print tool): the rule for its category. */
function furnitureRule(block: Block, scope: Element, storyRoot: Element | null): CardRule | BlockRule | null {
  const category = furnitureCategory(block, scope, storyRoot);
  return category ? (unitRuleById().get(`boilerplate.${category}.furniture`) ?? null) : null;
}

/** Categories a whole small box may be collapsed for. */
const BOX_CATEGORIES = new Set(['app-promo', 'newsletter']);
const boxRules = fromBook((book) => book.blockRules.filter((r) => BOX_CATEGORIES.has(r.category)));

/** The rule that makes an element one block: an insert card, or a small box of boilerplate. */
function unitRule(el: Element): string | null {
  return (
    insertCardRule(el) ??
    boilerplateBoxRule(el, (text, linkChars) => {
      // No promotion rule's pattern marks the text: no block, nor its links, to read.
      if (!mayMatchText(text, { inTail: false }, boxRules())) return null;
      const block: Block = { element: el, nodes: null, card: null, tag: el.tagName, text, linkTextLength: linkChars(), href: null };
      // The first rule that matches must be a promotion rule: when none of those matches, the others need not run.
      if (!matchBlockRule(block, { inTail: false }, boxRules())) return null;
      const rule = matchBlockRule(block, { inTail: false });
      // Only promotion boxes (a heading over a pitch): an insert label heading a box of story
      // paragraphs must never take the story with it.
      return rule && BOX_CATEGORIES.has(rule.category) ? rule.id : null;
    })
  );
}

/**
 * Stage "gate": why the page may be an article, cheapest test first: its metadata says so
 * (a few elements read), or its text carries syndicated copy (regular expressions over all
 * of the body's text: most of the gate's cost, so only for pages without the metadata), or
 * it has an article's shape.
 */
function* articleEvidence(doc: Document): Steps<ArticleEvidence | null> {
  if (hasArticleMetadata(doc)) return 'metadata';
  yield;
  if (hasSyndicationCue(bodyText(doc))) return 'syndication';
  yield;
  return articleShape(doc);
}

function bodyText(doc: Document): string {
  return doc.body?.textContent ?? '';
}

/** A boilerplate rule for the block (an app promo among related links keeps its own category). */
function boilerplateRule(block: Block, inTail: boolean): BlockRule | null {
  const rule = matchBlockRule(block, { inTail });
  return rule?.kind === 'boilerplate' ? rule : null;
}

/** A line that is one link, as the items under such a label are. */
const LINK_LINE_CHARS = 160;

/**
 * Indexes of label lines and the one-link lines right after them (at least one). A label no
 * lexicon knows (a few words ending in a colon, in any language) counts when every line under
 * it is a headline of another article of the page's own site.
 */
function* labelThenLinks(blocks: Block[], address: string | null): Steps<Set<number>> {
  const out = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (i % CHECKPOINT === CHECKPOINT - 1) yield;
    const known = labelLine().test(block.text) || isRelatedLabelOnly(block.text);
    if (!known && !isColonLabel(block)) continue;
    const items: number[] = [];
    for (let j = i + 1; j < blocks.length; j++) {
      const next = blocks[j]!;
      if (next.text.length > LINK_LINE_CHARS || next.linkTextLength < next.text.length * 0.9) break;
      items.push(j);
    }
    // Corroborated by one headline among the links: a label over a lone section link ("World news") is no insert.
    if (!items.some((j) => isHeadline(blocks[j]!.text))) continue;
    if (!known && !items.every((j) => isHeadline(blocks[j]!.text) && sameSiteArticle(blocks[j]!.href, address))) continue;
    out.add(i);
    for (const j of items) out.add(j);
  }
  return out;
}

/** A label line over an insert: a few words (a rule of underscores or dashes is no label), no link, no sentence ending. */
function isInsertHeading(block: Block): boolean {
  if (block.linkTextLength !== 0 || !/\p{L}/u.test(block.text) || !isEdgeFurniture(block.text) || block.text.split(/\s+/).length > 3) return false;
  // Set apart as a heading is: a heading element, bold text, or a label the book knows.
  // A short plain line (a reporter's sign-off "By: Seila") is the story's last line.
  return /^H[2-6]$/.test(block.tag) || isAllBold(block) || isRelatedLabelOnly(block.text) || labelLine().test(block.text);
}

function isAllBold(block: Block): boolean {
  const bold = [...block.element.querySelectorAll('strong, b')].reduce((n, el) => n + normalizeSpace(el.textContent ?? '').length, 0);
  return bold >= block.text.length * 0.9 || block.element.closest('strong, b') !== null;
}

/** Quoted material is the story's, whatever it says: a blockquote, or a block introduced by "It reads:". */
function isQuoted(block: Block, previous: Block | undefined): boolean {
  return within(block.element, 'blockquote, q') || (previous !== undefined && /:\s*$/.test(previous.text));
}

export interface AnalyzeOptions {
  /**
   * 'articles' (the content script): pages the article gate turns away cost almost nothing
   * and get no story. 'always' (the CLI, evaluation): the story is extracted from every
   * page; findings still come only from articles.
   */
  story?: 'articles' | 'always';
  /** the user's own phrases: a block that starts with one is collapsed as "user-phrase" */
  userPhrases?: readonly string[];
  /** the chain's gazetteers and grammar (default: the rule book's, rules/chain-data.ts) */
  chainData?: ChainData;
}

/** A credit line is short; a page holds a few of them. */
const CREDIT_LINE_CHARS = 140;
const MAX_CREDIT_LINES = 200;

/** The whole analysis as resumable steps. */
export function analyzeSteps(doc: Document, url?: string | null, options: AnalyzeOptions = {}): Steps<DetailedAnalysis> {
  return withRunMemo(
    (function* () {
      const page = yield* pageAnalysisSteps(doc, url, options);
      yield;
      const chain = yield* pageChainSteps(page, options.chainData ?? ruleBook().chain);
      return { analysis: { ...page.analysis, chain }, targets: page.targets, storyElements: page.storyElements };
    })(),
  );
}

/** The content script's part of the analysis as resumable steps (it runs them in slices); the chain comes later. */
export function analyzePageSteps(doc: Document, url?: string | null, options: AnalyzeOptions = {}): Steps<PageAnalysis> {
  return withRunMemo(pageAnalysisSteps(doc, url, options));
}

function* pageAnalysisSteps(doc: Document, url: string | null | undefined, options: AnalyzeOptions): Steps<PageAnalysis> {
  const address = pageUrl(doc, url);
  const lang = doc.documentElement?.getAttribute('lang')?.trim() || undefined;
  // Stages (as defuddle's parseInternal): gate → locate → screen → blocks → classify →
  // story → decide → metadata. The article decision is screen + decide (decide.ts).
  const evidence = yield* articleEvidence(doc);
  yield;
  const found = evidence || options.story === 'always' ? yield* findArticle(doc) : null;
  yield;
  // Documentation and listings of teasers (a tag page, a section front) are no articles, whatever their metadata.
  const refused = yield* screenArticle(doc, evidence, found);
  const article = refused ? null : found;
  const storyRoot = article?.body ?? (options.story === 'always' ? (found?.body ?? null) : null);
  const scope = article?.scope ?? storyRoot;
  const blocks = scope ? yield* collectBlockSteps(scope, article ? unitRule : undefined) : [];
  /** blocks of the trailing zone, each with its box's parent (furniture tokens are read up to the box) */
  const zoneOf = new Map<Block, Element>();
  const zone = article ? trailingZone(article.body, article.scope) : [];
  for (const box of zone) for (const block of yield* collectBlockSteps(box, unitRule, true)) blocks.push(block), zoneOf.set(block, box.parentElement!);
  const inTail = scope ? tailFlags(blocks, scope) : [];
  yield;

  const findings: Finding[] = [];
  const targets: CollapseTarget[] = [];
  const marked: MarkedBlock[] = [];
  const paragraphs: string[] = [];
  const storyElements: Element[] = [];
  /** short lines of the story's container that no rule marked: credit lines ("Quelle: dpa", "By AFP") are among them */
  const creditBlocks: Block[] = [];
  const seen = new Set<string>();
  const { blockRules } = ruleBook();
  const rules = options.userPhrases?.length ? [...blockRules, ...userPhraseRules(options.userPhrases)] : blockRules;
  // Rules run on articles only: elsewhere the story (if asked for) is all there is.
  const labelled = article ? yield* labelThenLinks(blocks, address) : new Set<number>();
  // Story prose before and after each block (the insert scorer's position features).
  const prose = article ? blocks.map((b) => storyRoot!.contains(b.element) && isProseBlock(b)) : [];
  const proseAfter = new Array<boolean>(blocks.length).fill(false);
  for (let i = blocks.length - 2; i >= 0; i--) proseAfter[i] = proseAfter[i + 1]! || prose[i + 1]!;
  const teasers = article ? teaserRuns(blocks, prose) : new Set<number>();
  // The tag most story paragraphs are (a box of another tag at the story's edges is set apart from it: isOddEdgeBox).
  const proseTag = mostCommonTag(blocks, prose);
  let proseBefore = false;
  /** the authors the page's metadata names, read when a furniture line asks */
  let authors: string[] | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (i % CHECKPOINT === CHECKPOINT - 1) yield;
    const rule = !article
      ? null
      : labelled.has(i)
        ? (boilerplateRule(block, inTail[i]!) ?? unitRuleById().get('read-also.card.label-then-links')!)
        : block.card
          ? unitRuleById().get(block.card)!
          : isQuoted(block, blocks[i - 1])
            ? null
            : (matchBlockRule(block, { inTail: inTail[i]! }, rules) ??
              (isLoneInsertLabel(block, scope!, proseBefore && !proseAfter[i]) ? unitRuleById().get('read-also.card.label-alone')! : null) ??
              (isDanglingPrompt(block, proseBefore && !proseAfter[i]!, !proseBefore && proseAfter[i]!) ? unitRuleById().get('boilerplate.interface.dangling-prompt')! : null) ??
              (isAppLink(block) ? unitRuleById().get('boilerplate.app-promo.app-link')! : null) ??
              linkTargetRule(block) ??
              (isOwnAddressInvitation(block, address, proseBefore && !proseAfter[i]!) ? unitRuleById().get('boilerplate.interface.own-address')! : null) ??
              (!zoneOf.has(block) && isInsert(
                scoreInsert(block, {
                  pageUrl: address,
                  scope: scope!,
                  storyBefore: proseBefore,
                  storyAfter: proseAfter[i]!,
                  previous: blocks[i - 1],
                  next: blocks[i + 1],
                }),
              )
                ? unitRuleById().get('read-also.card.anatomy')!
                : null) ??
              (isNamedInsert(block, proseBefore) ? unitRuleById().get('read-also.card.anatomy')! : null) ??
              (teasers.has(i) ? unitRuleById().get('read-also.card.teaser-run')! : null) ??
              // The article's byline is who wrote it (the chain's evidence), whatever box it sits in.
              (isBylineOf(block.text, (authors ??= authorNames(doc)))
                ? null
                : (furnitureRule(block, zoneOf.get(block) ?? scope!, storyRoot) ??
                  (isOddEdgeBox(block, proseBefore && !proseAfter[i]!, !proseBefore && proseAfter[i]!, proseTag, address, scope!) ? unitRuleById().get('boilerplate.interface.odd-box')! : null))));
    if (prose[i]) proseBefore = true;
    if (rule) {
      // The short heading just before an insert ("Related Coverage" over its headline) is the insert's label; so is a label in the insert card's own small box.
      const previous = blocks[i - 1];
      if (rule.kind === 'read-also' && previous && storyElements[storyElements.length - 1] === previous.element && (isInsertHeading(previous) || (rule.id === 'read-also.card.anatomy' && isCardLabel(previous, block)))) {
        paragraphs.pop();
        storyElements.pop();
        seen.delete(previous.text);
        findings.push({ kind: rule.kind, category: rule.category, text: previous.text, rule: rule.id });
        targets.push({ element: previous.element, nodes: previous.nodes });
        marked.push({ block: previous, rule });
      }
      findings.push({ kind: rule.kind, category: rule.category, text: block.text, rule: rule.id });
      targets.push({ element: block.element, nodes: block.nodes });
      marked.push({ block, rule });
    } else if (storyRoot?.contains(block.element) && block.text.length <= CREDIT_LINE_CHARS && creditBlocks.length < MAX_CREDIT_LINES) creditBlocks.push(block);
    if (
      !rule &&
      storyRoot &&
      storyRoot.contains(block.element) &&
      isStoryBlock(block, storyRoot) &&
      // A gallery repeats its captions: the story says each thing once.
      !seen.has(block.text) &&
      // The page's own address printed as a line is not story.
      block.text !== address
    ) {
      seen.add(block.text);
      paragraphs.push(block.text);
      storyElements.push(block.element);
    }
  }
  yield;

  // The standfirst often sits above the story's container, under the headline.
  const lead = storyRoot ? leadParagraph(storyRoot) : null;
  if (lead && !paragraphs.includes(lead.text)) {
    paragraphs.unshift(lead.text);
    storyElements.unshift(lead.element);
  }

  // Bylines, reading times and share leftovers gather at the edges of the story.
  while (paragraphs.length > 0 && isEdgeFurniture(paragraphs[0]!)) (paragraphs.shift(), storyElements.shift());
  // …and a story never ends on a heading ("Audios et vidéos sur le sujet" over teasers).
  while (paragraphs.length > 0 && (isEdgeFurniture(paragraphs[paragraphs.length - 1]!) || /^H[1-6]$/.test(storyElements[storyElements.length - 1]!.tagName)))
    (paragraphs.pop(), storyElements.pop());

  // A blog's home page or a tag archive passes the gate on its metadata but holds only
  // teasers: no prose and nothing found means no article.
  const verdict: ArticleVerdict =
    refused ?? (yield* decideArticle(evidence!, article!, findings.some((f) => f.kind === 'boilerplate' || f.kind === 'read-also'), () => hasSyndicationCue(bodyText(doc))));
  const isArticle = verdict.isArticle;
  if (!isArticle && options.story !== 'always') {
    paragraphs.length = 0;
    storyElements.length = 0;
  }
  // Findings come only from articles.
  if (!isArticle) (findings.length = 0, targets.length = 0, marked.length = 0);

  // Title, byline and date read the page's body: read now, while it is as analysed.
  const byline = isArticle ? articleByline(doc, storyRoot) : undefined;
  const published = isArticle ? publishedTime(doc, storyRoot) : undefined;
  const analysis: Omit<Analysis, 'chain'> = {
    url: address,
    title: pageTitle(doc, storyRoot),
    ...(byline && { byline }),
    ...(published && { published }),
    ...(lang && { lang }),
    isArticle,
    story: { text: paragraphs.join('\n\n'), paragraphs },
    findings,
  };
  return {
    analysis,
    targets,
    storyElements,
    reach: article && scope ? [scope, ...zone] : [],
    chainInput: () => readChainInput(doc, address, isArticle ? paragraphs : [], marked, isArticle ? creditBlocks : [], isArticle ? storyElements : []),
  };
}

/** The analysis at once (the CLI, evaluation, tests). */
export function analyzeDocument(doc: Document, url?: string | null, options: AnalyzeOptions = {}): DetailedAnalysis {
  return drain(analyzeSteps(doc, url, options));
}

/** The Analysis of `doc` (DESIGN.md's contract). */
export function analyze(doc: Document, url?: string | null, options: AnalyzeOptions = {}): Analysis {
  return analyzeDocument(doc, url, options).analysis;
}
