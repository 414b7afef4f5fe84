import { analyzePageSteps, type PageAnalysis } from '../engine/analyze';
import { collectBlocks, type Block } from '../engine/blocks';
import { matchBlockRule } from '../engine/classify';
import { ARTICLE_MARKUP, hasArticleMetadata, hasSyndicationCue } from '../engine/gate';
import { hasInsertToken } from '../engine/insert';
import { drain } from '../engine/steps';
import { rules as ruleBook } from '../rules/book';
import { userPhraseRules } from '../rules/user-phrases';
import type { BlockRule } from '../rules/types';
import { isSiteDisabled, type Settings } from '../settings/schema';
import { applyCollapse, lineWrapper, type Collapse } from './collapse';

// Collapsed before it is seen: from document_start, the blocks the parser has inserted are
// judged before each paint (in an animation-frame callback, which runs before the frame is
// painted) as soon as they are complete (something follows them, or the parser is done). Only
// what one block shows on its own is judged here: the head's metadata must say "article",
// and a block rule that needs no position in the article must fire (tail rules, insert
// cards and label-then-links wait for the full analysis). The full analysis then confirms:
// it adopts each early collapse it agrees with and undoes the others (session.ts).
//
// The rest is judged by the full analysis run on the page as parsed so far, before the paint of a frame
// that has new blocks (within PROVISIONAL_BUDGET_MS in all,
// and not on a page of more than PROVISIONAL_MAX_BLOCKS candidates, where one run would be a
// long task): of its findings, insert cards, furniture lines and what a block rule marks
// anywhere, with story after them, are collapsed; once the story's box has closed (something follows it), every finding is, as
// all the analysis weighs (the story before and after, the article's end) has arrived.

/** Elements the parser builds a block from (the leaves of collectBlocks' walk, in practice). */
const CANDIDATE = new Set(['P', 'LI', 'DIV', 'H2', 'H3', 'H4', 'H5', 'H6', 'DD', 'DT', 'FIGCAPTION', 'SECTION', 'ASIDE']);
/** Never judged early: the reader's chrome, where the full analysis does not look either. */
const OUTSIDE = 'nav, header, footer, form, button, select, textarea, [data-sourceline-control]';
/**
 * Blocks after the story so far that the analysis of the page as parsed so far marks, but
 * cannot judge yet (what follows decides: the story may go on): kept invisible in their
 * place (no layout shift) until it can, and shown again once the analysis at the end has run.
 */
export const HELD_ATTRIBUTE = 'data-sourceline-held';

function heldBlocks() {
  const held = new Set<Element>();
  return {
    /** Holds exactly these blocks (a block no longer marked, or collapsed since, is shown again). */
    set(blocks: ReadonlySet<Element>) {
      for (const el of held) if (!blocks.has(el)) el.removeAttribute(HELD_ATTRIBUTE);
      for (const el of blocks) el.setAttribute(HELD_ATTRIBUTE, '');
      held.clear();
      for (const el of blocks) held.add(el);
    },
    revealAll() {
      this.set(new Set());
    },
  };
}

export interface EarlyCollapses {
  /** element → what was collapsed there early and by which rule */
  collapsed: Map<Element, { rule: string; collapse: Collapse }>;
  /** the settings arrived: blocks seen so far are judged now, later ones as they complete */
  configure(settings: Settings, host: string, url?: string): void;
  /** the parser is done: the watch ends; the collapses are handed over (held blocks stay held until reveal) */
  finish(): Map<Element, { rule: string; collapse: Collapse }>;
  /**
   * The analysis of the page run once the parser was done (on a page parsed before the rules
   * were read): the page as the analysis at the end reads it, which takes it instead of
   * analysing the page again. Null when the last one ran while the page was still arriving.
   */
  whole: PageAnalysis | null;
  /** the analysis at the end has run: every block held while the page loaded is shown (or was collapsed by it) */
  reveal(): void;
}

function isComplete(el: Element, doc: Document): boolean {
  if (doc.readyState !== 'loading') return true;
  for (let node: Node | null = el; node && node !== doc.body; node = node.parentNode) if (node.nextSibling) return true;
  return false;
}

/** Judging time per frame, in ms (uBlock's surveyor works in 4 ms batches): never a long task. */
const FRAME_BUDGET_MS = 4;
/** What the analyses of the page as parsed so far may take in all on one page, in ms: a page parsed over many frames is not analysed in each. */
export const PROVISIONAL_BUDGET_MS = 60;
/** Candidate elements parsed beyond which the page is left to the analysis at its end (one run there is a long task). */
export const PROVISIONAL_MAX_BLOCKS = 3000;
/**
 * The findings of that analysis collapsed while the story is still arriving: insert cards the
 * block's own markup shows (a boxed card, a labelled link list, a titled teaser, a lone label).
 * And a box whose markup differs from the story's, before the story's first paragraph
 * (boilerplate.interface.odd-box; only with story after it, as below): what comes later
 * cannot change that it leads the story, and shown first, its collapse moved the whole story.
 * Not the insert scorer's (it weighs the story before and after), nor teaser runs or
 * label-then-links (what follows decides), nor tail rules (the article's end decides): those
 * wait until the story's box has closed, when all they weigh has arrived.
 */
const JUDGED_WHILE_LOADING = new Set(['read-also.card.boxed', 'read-also.card.label-alone', 'read-also.card.label-links', 'read-also.card.teaser', 'read-also.card.titled', 'boilerplate.interface.odd-box']);
/** …and the short lines of furniture the page's markup names (a share bar, an ad label): `boilerplate.<category>.furniture`. */
const FURNITURE_RULE = /^boilerplate\.[a-z-]+\.furniture$/;
/**
 * …and what a block rule that needs no position marks (as `judge` does on its own): here on
 * blocks `judge` never sees, such as a label in an image's box ("Image", a span in a figure).
 */
/**
 * …and an insert the scorer finds whose own box names it one (class or id "related",
 * "read-also"…, insert.ts's tokens): its markup says what it is, whatever follows. An insert
 * the scorer finds on its shape alone waits (the story may go on with a line just like it).
 */
const ANATOMY_RULE = 'read-also.card.anatomy';
const namedByItsBox = (el: Element) => hasInsertToken(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
const judgedAlone = (rule: string, anywhere: ReadonlySet<string>, el: Element | null) =>
  JUDGED_WHILE_LOADING.has(rule) || FURNITURE_RULE.test(rule) || anywhere.has(rule) || (rule === ANATOMY_RULE && !!el && namedByItsBox(el));
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
const CONTAINED_BY = 16; // Node.DOCUMENT_POSITION_CONTAINED_BY

/** Runs `callback` before the next paint; returns a cancel function. */
export type FrameScheduler = (callback: () => void) => () => void;

const beforeNextPaint: FrameScheduler = (callback) => {
  const handle = requestAnimationFrame(callback);
  return () => cancelAnimationFrame(handle);
};

export function watchParser(doc: Document, schedule: FrameScheduler = beforeNextPaint, now: () => number = () => performance.now()): EarlyCollapses {
  const collapsed = new Map<Element, { rule: string; collapse: Collapse }>();
  const holds = heldBlocks();
  const pending = new Set<Element>();
  let settings: Settings | null = null;
  let url: string | undefined;
  /** new blocks since the last analysis of the page as parsed so far; when it ended; what they all took */
  let grown = false;
  let analysedMs = 0;
  let rules: readonly BlockRule[] = [];
  /** ids of the rules that need no position in the article */
  let anywhere: ReadonlySet<string> = new Set();
  /** the head said "article" (true), or not (false: body markup may still say so), or the head is not complete yet (null) */
  let gate: boolean | null = null;
  let done = false;
  const maxLength = () => Math.max(...rules.map((r) => r.maxLength));
  let longest = 0;
  /** where the analysis of the page so far looked, once the story's box had closed: a block outside it is no article's */
  let reach: readonly Element[] | null = null;
  /** the first story paragraph the analysis of the page so far found (the story may begin later on a page that has just begun) */
  let firstStory: Element | undefined;
  /** the first story paragraph's box: what follows the first paragraph in it is the story's, until the analysis knows where the article ends */
  const inFirstBox = (el: Element) => !!firstStory?.parentElement?.contains(el);

  const judge = (el: Element) => {
    if (!settings || !el.isConnected || el.closest('[data-sourceline-state]') || el.closest(OUTSIDE)) return;
    // After the story, outside what the analysis reads (a sidebar's credit, the footer's copyright): the analysis at the end would show it again.
    if (reach && !reach.some((box) => box.contains(el))) return;
    // Once the analysis of the page so far has found the story, and until its box has closed, only a block in that box
    // after its first paragraph: where the article begins and ends is not known yet (a sidebar's or footer's line may
    // lie outside it). That analysis judges the rest.
    if (!reach && firstStory && !(inFirstBox(el) && firstStory.compareDocumentPosition(el) & FOLLOWING)) return;
    // Quoted material is the story's (as in analyze.ts); a byline slot is the page's credit, and
    // whether it lies inside what the analysis reads is known only once the story has arrived.
    if (el.closest('blockquote, q') || /byline/i.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) return;
    const previous = el.previousElementSibling;
    if (previous && /:\s*$/.test(previous.textContent ?? '')) return;
    // Cheap first: a block longer than every rule allows is story by construction.
    const length = el.textContent?.length ?? 0;
    if (length === 0 || length > longest * 2 + 200) return;
    const blocks: Block[] = collectBlocks(el);
    if (blocks.length !== 1 || blocks[0]!.element !== el || blocks[0]!.nodes) return;
    const rule = matchBlockRule(blocks[0]!, { inTail: false }, rules);
    if (!rule || rule.position !== 'any' || settings.keepVisible.includes(rule.category)) return;
    // Without article markup, only a block that itself carries syndicated copy's furniture
    // ("[ad_1]", "Read also |", "Source link"): the page then passes the full gate on its text.
    // So too before the analysis of the page so far has found any story, outside the body's article markup (a header's
    // "Updated:" line, a copyright line may lie outside the article): that analysis judges the rest once it has. On a
    // page it never runs on (too long), the block rules judge alone.
    if ((!gate || (!reach && !firstStory && (analysedMs > 0 || provisional()) && !el.closest(ARTICLE_MARKUP))) && !hasSyndicationCue(blocks[0]!.text)) return;
    const finding = { kind: rule.kind, category: rule.category, text: blocks[0]!.text, rule: rule.id };
    const collapse = applyCollapse(doc, [finding], [{ element: el, nodes: null }], { mode: settings.mode, keepVisible: settings.keepVisible });
    if (collapse.count) collapsed.set(el, { rule: rule.id, collapse });
  };

  /** The full analysis on the page as parsed so far: its insert cards and furniture lines with story after them collapsed (the analysis at the end confirms them). */
  const analyseSoFar = () => {
    if (!settings) return;
    const started = now();
    grown = false;
    const page = drain(analyzePageSteps(doc, url, { userPhrases: settings.userPhrases }));
    api.whole = doc.readyState === 'loading' ? null : page;
    const lastStory = page.storyElements[page.storyElements.length - 1];
    // The story's box is closed (something follows it): no more of the story comes.
    const storyDone = !!lastStory?.parentElement && isComplete(lastStory.parentElement, doc);
    if (storyDone && page.reach.length) reach = page.reach;
    firstStory = page.storyElements[0];
    // The box that holds every story paragraph found so far (a story that begins in a table's rows and goes on in paragraphs is one story).
    let storyBox = firstStory?.parentElement ?? null;
    while (storyBox && lastStory && !storyBox.contains(lastStory)) storyBox = storyBox.parentElement;
    const waiting = new Set<Element>();
    page.analysis.findings.forEach((finding, i) => {
      const { element, nodes } = page.targets[i]!;
      if (!lastStory || element.closest('[data-sourceline-state]') || settings!.keepVisible.includes(finding.category)) return;
      const storyAfter = element.compareDocumentPosition(lastStory);
      if (storyAfter & CONTAINED_BY || element.contains(lastStory)) return;
      // Before the story's first paragraph and outside its box, a line is judged with the story's box closed: until then the
      // analysis of a page just begun may read a wider box than at the end (a header's "Updated:" line). A box before the story is its own.
      const aheadOfStory = !storyDone && !!firstStory && !!(element.compareDocumentPosition(firstStory) & FOLLOWING) && !storyBox?.contains(element) && !JUDGED_WHILE_LOADING.has(finding.rule);
      // Outside the story's box, a line is judged with its own box complete: a side box's title reads as an odd box (and
      // its first links as story) until the list under it has come.
      const boxDone = inFirstBox(element) || isComplete(element.parentElement ?? element, doc);
      const judgedNow = !aheadOfStory && isComplete(element, doc) && (storyDone ? boxDone : storyAfter & FOLLOWING && judgedAlone(finding.rule, anywhere, nodes ? null : element));
      if (judgedNow) {
        const collapse = applyCollapse(doc, [finding], [{ element, nodes }], { mode: settings!.mode, keepVisible: settings!.keepVisible });
        // A line of loose nodes is collapsed in the span it is wrapped in: the analysis at the end finds it as that span.
        const marked = nodes ? lineWrapper(nodes) : element;
        if (collapse.count && marked) collapsed.set(marked, { rule: finding.rule, collapse });
      } else if (!nodes && !(storyAfter & FOLLOWING) && settings!.mode !== 'highlight') waiting.add(element);
    });
    holds.set(waiting);
    analysedMs += now() - started;
  };

  /** The head's answer, once the head is complete: it is once the body has begun (read without doc.body, which some DOMs create on first read). */
  const readGate = () => {
    if (settings && gate === null && (doc.documentElement?.lastElementChild?.tagName === 'BODY' || doc.readyState !== 'loading')) gate = hasArticleMetadata(doc);
  };

  /** FRAME_BUDGET_MS of judging per frame (a long page parsed at once is judged over several frames, or left to the analysis). */
  const sweep = () => {
    if (!settings || done) return;
    // The whole page is analysed (the parser was done): the analysis at the end takes that and
    // collapses before the next paint, in this task; judging each block alone would add nothing.
    if (api.whole) return pending.clear();
    readGate();
    if (gate === null) return;
    const started = performance.now();
    let n = 0;
    for (const el of pending) {
      if (!isComplete(el, doc)) continue;
      pending.delete(el);
      judge(el);
      if (++n % 16 === 0 && performance.now() - started > FRAME_BUDGET_MS) break;
    }
  };

  // New candidates since the last frame: live lists of each tag, read from where they ended
  // (the parser appends, so what is new is at their end; anything a script inserts earlier
  // is left to the full analysis). No MutationObserver: its record for every parsed node cost
  // more than the judging.
  const tags = [...CANDIDATE].map((tag) => tag.toLowerCase());
  const read = tags.map(() => 0);
  const collect = () => {
    for (let k = 0; k < tags.length; k++) {
      // Asked anew each frame (browsers keep the live list; a DOM without live lists still answers).
      const list = doc.getElementsByTagName(tags[k]!);
      for (let i = read[k]!; i < list.length; i++) pending.add(list[i]!);
      if (list.length > read[k]!) grown = true;
      read[k] = list.length;
    }
    // Article markup in the body (as the gate reads it), looked for once a frame until found.
    if (gate === false && doc.querySelector(ARTICLE_MARKUP)) gate = true;
  };
  const parsedCandidates = () => read.reduce((sum, n) => sum + n, 0);
  /** The analysis of the page so far still runs (within its budget, on a page not too long for it). */
  const provisional = () => gate === true && analysedMs < PROVISIONAL_BUDGET_MS && parsedCandidates() <= PROVISIONAL_MAX_BLOCKS;
  let cancel: (() => void) | null = null;
  /** What has arrived since the last frame, judged. */
  const judgeArrived = () => {
    collect();
    readGate();
    // The analysis before the block rules: once the story's box has closed, it says where the
    // article ends (reach), and a line the parser brought with it outside that (a toolbar's
    // "Print") is not collapsed only for the analysis at the end to show it again.
    if (grown && provisional()) analyseSoFar();
    sweep();
  };
  const frame = () => {
    cancel = null;
    if (done) return;
    judgeArrived();
    cancel = schedule(frame);
  };
  cancel = schedule(frame);
  const stop = () => {
    done = true;
    cancel?.();
    cancel = null;
    pending.clear();
    // The book's rules (their compiled patterns) are not kept once the watch is over.
    rules = [];
    anywhere = new Set();
  };

  const api: EarlyCollapses = {
    collapsed,
    whole: null,
    configure(next, host, address) {
      if (isSiteDisabled(next, host)) {
        stop();
        holds.revealAll();
        return;
      }
      settings = next;
      url = address;
      const { blockRules } = ruleBook();
      rules = next.userPhrases.length ? [...blockRules, ...userPhraseRules(next.userPhrases)] : blockRules;
      longest = maxLength();
      anywhere = new Set(rules.filter((r) => r.position === 'any').map((r) => r.id));
      // What was parsed while the rules were read, judged before the first paint (paint-hold.ts
      // holds it) as a frame judges: on a page parsed at once, the analysis at the end judges the rest.
      if (!done) judgeArrived();
    },
    finish() {
      // The parser is done: whatever is still pending is complete (what the budget leaves, the analysis judges).
      if (!done) {
        collect();
        sweep();
      }
      stop();
      return collapsed;
    },
    reveal() {
      holds.revealAll();
      api.whole = null;
    },
  };
  return api;
}
