import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/engine/analyze';
import { hasSyndicationCue } from '../../utils/engine/gate';
import { normalizeSpace, rawText } from '../../utils/engine/text';
import { HELD_ATTRIBUTE, PROVISIONAL_MAX_BLOCKS, watchParser } from '../../utils/page/early';
import { PageSession } from '../../utils/page/session';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/schema';
import { FIXTURES, fixtureNames, loadFixture, seedStoryLines } from '../helpers';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// The watch that collapses blocks while the parser inserts them (utils/page/early.ts),
// on fixture pages "streamed" into an empty document node by node, the way a parser
// inserts them: what it collapses early is confirmed by the full analysis, never a story
// sentence, and after the full analysis the page is exactly what the analysis alone gives.

const COLLAPSED = '[data-sourceline-state="collapsed"]';
const URL_OF_PAGE = 'https://news.example/2024/story';

interface Streamed {
  doc: Document;
  /** appends the next node; false when there is none */
  next(): boolean;
  /** the parser is done */
  end(): void;
}

/** An empty document that receives `name`'s head, then its body's nodes in document order (depth first). */
function streamed(name: string): Streamed {
  const source = loadFixture(name);
  const doc = loadFixture(name);
  doc.documentElement.removeChild(doc.body);
  doc.head.replaceChildren();
  let state: DocumentReadyState = 'loading';
  Object.defineProperty(doc, 'readyState', { get: () => state, configurable: true });
  // Each node of the source, with the parent it goes into (copied shallow, children follow).
  const plan: Array<{ node: Node; parent: Node | null }> = [];
  const walk = (node: Node, parent: Node | null) => {
    plan.push({ node, parent });
    for (const child of Array.from(node.childNodes)) walk(child, node);
  };
  for (const child of Array.from(source.head.childNodes)) walk(child, source.head);
  walk(source.body, null);
  const copies = new Map<Node, Node>([[source.head, doc.head]]);
  let i = 0;
  return {
    doc,
    next() {
      const step = plan[i++];
      if (!step) return false;
      const copy = doc.importNode(step.node, false);
      copies.set(step.node, copy);
      (step.parent ? copies.get(step.parent)! : doc.documentElement).appendChild(copy);
      return true;
    },
    end() {
      state = 'complete';
    },
  };
}

/** Animation frames run by hand: `frames.paint()` runs what was scheduled before "the next paint". */
function manualFrames() {
  let queue: Array<() => void> = [];
  return {
    schedule: (callback: () => void) => {
      queue.push(callback);
      return () => {
        queue = queue.filter((c) => c !== callback);
      };
    },
    paint() {
      const due = queue;
      queue = [];
      for (const callback of due) callback();
    },
  };
}
/** The collapsed blocks' texts, read as the engine reads a block. */
const texts = (doc: Document) => Array.from(doc.querySelectorAll(COLLAPSED)).map((el) => normalizeSpace(rawText(el)));
/** The blocks held unseen while they wait to be judged. */
const heldTexts = (doc: Document) => Array.from(doc.querySelectorAll(`[${HELD_ATTRIBUTE}]`)).map((el) => normalizeSpace(rawText(el)));

async function streamAndRun(name: string, settings: Settings = DEFAULT_SETTINGS, during?: (doc: Document) => void) {
  const page = streamed(name);
  const frames = manualFrames();
  // A clock that moves 1 ms a reading: the page as parsed so far is analysed at each of the
  // first ~60 frames whatever the machine's speed (a real clock made the test depend on it).
  let clock = 0;
  const early = watchParser(page.doc, frames.schedule, () => (clock += 1));
  early.configure(settings, 'news.example');
  while (page.next()) {
    frames.paint();
    during?.(page.doc);
  }
  page.end();
  const earlyTexts = texts(page.doc);
  const session = new PageSession(page.doc, URL_OF_PAGE, { schedule: (slice) => (slice(1e9), () => undefined) });
  await session.start(settings, early.finish());
  early.reveal();
  const reply = await session.reply();
  if (reply.status === 'failed') throw new Error(reply.error);
  return { doc: page.doc, earlyTexts, finalTexts: texts(page.doc), session };
}

describe('collapsing while the parser inserts the page', () => {
  it('collapses the seed page’s inserts before the page is complete, hides no story line at any moment, and ends as the analysis alone', async () => {
    const story = seedStoryLines();
    let hiddenStory = 0;
    const { earlyTexts, finalTexts } = await streamAndRun('seed--wordpress-autoblog.html', DEFAULT_SETTINGS, (doc) => {
      for (const text of texts(doc)) if (story.some((line) => line === text)) hiddenStory++;
    });
    expect(hiddenStory).toBe(0);
    expect(earlyTexts).toContain('[ad_1]');
    expect(earlyTexts.length).toBeGreaterThanOrEqual(3);
    const alone = analyze(loadFixture('seed--wordpress-autoblog.html'), URL_OF_PAGE).findings.map((f) => f.text);
    expect(finalTexts).toEqual(alone);
    // Everything collapsed early was confirmed.
    for (const text of earlyTexts) expect(finalTexts).toContain(text);
  });

  it.each([...fixtureNames('seed--'), ...fixtureNames('counter--'), ...readdirSync(join(FIXTURES, 'corpus')).filter((n) => n.endsWith('.html')).map((n) => `corpus/${n}`)])(
    '%s: after the full analysis, the same blocks are collapsed as by the analysis alone',
    async (name) => {
      const { finalTexts } = await streamAndRun(name);
      const alone = analyze(loadFixture(name), URL_OF_PAGE).findings.map((f) => f.text);
      expect(finalTexts).toEqual(alone);
    },
  );

  it('on a page without article metadata, collapses while it loads only blocks that carry syndicated copy’s furniture', async () => {
    const page = streamed('seed--wordpress-autoblog.html');
    const frames = manualFrames();
    const early = watchParser(page.doc, frames.schedule);
    early.configure(DEFAULT_SETTINGS, 'news.example');
    // The head arrives without its metadata, the body without article markup.
    while (page.next()) {
      for (const meta of Array.from(page.doc.head.querySelectorAll('meta, script'))) meta.remove();
      for (const el of Array.from(page.doc.querySelectorAll('.hentry, .type-post, .post-body, [itemtype], [itemprop]'))) {
        el.removeAttribute('class');
        el.removeAttribute('itemtype');
        el.removeAttribute('itemprop');
      }
      frames.paint();
    }
    const early_ = texts(page.doc);
    expect(early_).toContain('[ad_1]');
    expect(early_.some((t) => /^share now$/i.test(t))).toBe(false);
    for (const text of early_) expect(hasSyndicationCue(text), text).toBe(true);
    expect(early.finish().size).toBe(early_.length);
  });

  it('judges what was parsed before the rules arrived as soon as they do, before any frame (the first paint waits for that)', async () => {
    const page = streamed('seed--wordpress-autoblog.html');
    const frames = manualFrames();
    const early = watchParser(page.doc, frames.schedule);
    // The page's head and first blocks parsed while the rules were read from storage; no frame has run.
    while (page.next() && !page.doc.body?.textContent?.includes('Read also |'));
    page.next();
    expect(texts(page.doc)).toEqual([]);
    early.configure(DEFAULT_SETTINGS, 'news.example');
    expect(texts(page.doc).some((text) => text.startsWith('Read also |'))).toBe(true);
    page.end();
    early.finish();
  });

  it('judges a block only once something follows it (its text may still be arriving)', async () => {
    const doc = loadFixture('seed--wordpress-autoblog.html');
    let state: DocumentReadyState = 'loading';
    Object.defineProperty(doc, 'readyState', { get: () => state, configurable: true });
    doc.body.replaceChildren();
    const frames = manualFrames();
    const early = watchParser(doc, frames.schedule);
    early.configure(DEFAULT_SETTINGS, 'news.example');
    const p = doc.createElement('p');
    p.textContent = '[ad_1]';
    doc.body.appendChild(p);
    frames.paint();
    expect(p.hasAttribute('data-sourceline-state')).toBe(false);
    // More text arrives in the same paragraph: it is story now.
    p.append(' Seoul, March 19: the talks went on.');
    doc.body.appendChild(doc.createElement('p'));
    frames.paint();
    expect(p.hasAttribute('data-sourceline-state')).toBe(false);
    const q = doc.createElement('p');
    q.textContent = '[ad_2]';
    doc.body.appendChild(q);
    state = 'interactive';
    early.finish();
    expect(q.getAttribute('data-sourceline-state')).toBe('collapsed');
  });

  it('collapses nothing on a site the user switched off, and keeps visible the categories the user keeps', async () => {
    const off = await streamAndRun('seed--wordpress-autoblog.html', { ...DEFAULT_SETTINGS, disabledSites: ['news.example'] });
    expect(off.earlyTexts).toEqual([]);
    const kept = await streamAndRun('seed--wordpress-autoblog.html', { ...DEFAULT_SETTINGS, keepVisible: ['ad-shortcode'] });
    expect(kept.earlyTexts).not.toContain('[ad_1]');
    expect(kept.earlyTexts.length).toBeGreaterThan(0);
  });

  it('undoes an early collapse the analysis does not confirm', async () => {
    // "Advertisement" in the post's box after its first paragraph: collapsed early. The page's own script then moves
    // the ad slot into the page's chrome (ad scripts do), where the analysis at the end does not read.
    const page = streamed('seed--wordpress-autoblog.html');
    const frames = manualFrames();
    // A clock that moves 1 ms a reading: the analysis of the page so far runs whatever the machine's speed.
    let clock = 0;
    const early = watchParser(page.doc, frames.schedule, () => (clock += 1));
    early.configure(DEFAULT_SETTINGS, 'news.example');
    // The post's box (article markup: the watch judges from here) and its first paragraphs (what follows the first is judged).
    while (page.doc.querySelectorAll('.hentry p').length < 3 && page.next()) frames.paint();
    for (let i = 0; i < 3 && page.next(); i++) frames.paint();
    const storyBox = page.doc.querySelector('.hentry p')!.parentElement!;
    const stray = page.doc.createElement('div');
    stray.textContent = 'Advertisement';
    storyBox.appendChild(stray);
    // Something follows it (it is complete), and frames to judge it in before more of the page arrives.
    storyBox.appendChild(page.doc.createElement('div'));
    for (let i = 0; i < 5; i++) frames.paint();
    expect(stray.getAttribute('data-sourceline-state')).toBe('collapsed');
    page.doc.body.appendChild(stray);
    while (page.next()) frames.paint();
    page.end();
    expect(stray.getAttribute('data-sourceline-state')).toBe('collapsed');
    const session = new PageSession(page.doc, URL_OF_PAGE, { schedule: (slice) => (slice(1e9), () => undefined) });
    await session.start(DEFAULT_SETTINGS, early.finish());
    expect(stray.hasAttribute('data-sourceline-state')).toBe(false);
    expect(stray.previousElementSibling?.hasAttribute('data-sourceline-control') ?? false).toBe(false);
    session.undo();
    expect(page.doc.querySelectorAll('[data-sourceline-state], [data-sourceline-control]')).toHaveLength(0);
  });
});

describe('analysing the page as parsed so far, before a frame is painted', () => {
  // Every labelled corpus page, streamed 40 nodes a frame, 100 ms apart: the full analysis
  // runs on what has arrived (within its time budget, read from a clock that moves 5 ms a
  // reading), collapses what it can judge already and holds unseen what waits for what follows.
  const labelled = readdirSync(join(FIXTURES, 'corpus'))
    .filter((n) => n.endsWith('.labels.json'))
    .map((n) => `corpus/${n.replace(/\.labels\.json$/, '.html')}`);

  /**
   * `name` under the watch, streamed `nodesPerFrame` nodes a frame (100 ms apart, on a clock
   * that moves 5 ms a reading), to its end or until `afterPaint` (run after each frame) says stop.
   */
  function streamWatched(name: string, settings: Settings, nodesPerFrame: number, afterPaint: (doc: Document) => boolean | void = () => false) {
    const page = streamed(name);
    const frames = manualFrames();
    let clock = 0;
    const early = watchParser(page.doc, frames.schedule, () => (clock += 5));
    early.configure(settings, 'news.example', URL_OF_PAGE);
    for (let more = true; more; ) {
      for (let i = 0; i < nodesPerFrame && (more = page.next()); i++);
      clock += 100;
      frames.paint();
      if (afterPaint(page.doc)) break;
    }
    return { page, early };
  }

  /** `name` streamed: the story sentences hidden at some moment, what was collapsed before the page's end, and at the end. */
  async function streamLabelled(name: string, nodesPerFrame = 40) {
    const story = (JSON.parse(readFileSync(join(FIXTURES, name.replace(/\.html$/, '.labels.json')), 'utf8')) as { story: string[] }).story.map(normalizeSpace);
    const hidden = new Set<string>();
    const held = new Set<string>();
    const holds = (text: string) => story.filter((sentence) => text.includes(sentence) || (text.length >= 8 && sentence.includes(text)));
    const { page, early } = streamWatched(name, DEFAULT_SETTINGS, nodesPerFrame, (doc) => {
      for (const text of texts(doc)) for (const sentence of holds(text)) hidden.add(sentence);
      for (const text of heldTexts(doc)) for (const sentence of holds(text)) held.add(sentence);
    });
    const beforeEnd = texts(page.doc);
    page.end();
    const session = new PageSession(page.doc, URL_OF_PAGE, { schedule: (slice) => (slice(1e9), () => undefined) });
    await session.start(DEFAULT_SETTINGS, early.finish());
    early.reveal();
    return { hidden: [...hidden], held: [...held], storySentences: story.length, beforeEnd, final: texts(page.doc), stillHeld: heldTexts(page.doc) };
  }

  it.each(labelled)('%s: hides no story sentence at any moment, and ends as the analysis alone, nothing held', async (name) => {
    const { hidden, final, stillHeld } = await streamLabelled(name);
    expect(hidden).toEqual([]);
    expect(final).toEqual(analyze(loadFixture(name), URL_OF_PAGE).findings.map((f) => f.text));
    expect(stillHeld).toEqual([]);
  });

  it.each(labelled)('%s, parsed before the rules arrived: the analysis at the end takes the watch’s analysis of the whole page, and ends as the analysis alone', async (name) => {
    // As on a page from a fast server or the cache: all of it parsed while the rules were read.
    const page = streamed(name);
    while (page.next());
    page.end();
    const early = watchParser(page.doc, manualFrames().schedule);
    early.configure(DEFAULT_SETTINGS, 'news.example', URL_OF_PAGE);
    const whole = early.whole;
    const alone = analyze(loadFixture(name), URL_OF_PAGE);
    // (The watch analyses a page whose head or body says "article"; on the others the end analyses.)
    if (whole) expect(whole.analysis.findings).toEqual(alone.findings);
    const session = new PageSession(page.doc, URL_OF_PAGE, { schedule: (slice) => (slice(1e9), () => undefined) });
    await session.start(DEFAULT_SETTINGS, early.finish(), early.whole);
    early.reveal();
    expect(early.whole).toBeNull();
    expect(texts(page.doc)).toEqual(alone.findings.map((f) => f.text));
    const reply = await session.reply();
    if (reply.status !== 'ok') throw new Error(`not analysed: ${reply.status}`);
    expect(reply.analysis.findings).toEqual(alone.findings);
    // And the page's own markup back, exactly.
    session.undo();
    expect(page.doc.querySelectorAll('[data-sourceline-state], [data-sourceline-control], [data-sourceline-wrap]')).toHaveLength(0);
  });

  it('hands the end the analysis of the whole page only, never one made while the page was still arriving', async () => {
    const parsed = streamed('seed--wordpress-autoblog.html');
    while (parsed.next());
    parsed.end();
    const before = watchParser(parsed.doc, manualFrames().schedule);
    before.configure(DEFAULT_SETTINGS, 'news.example', URL_OF_PAGE);
    expect(before.whole?.analysis.findings.length).toBeGreaterThan(0);
    // Streamed: the last analysis ran on part of the page; the end analyses the whole.
    const { page, early } = streamWatched('seed--wordpress-autoblog.html', DEFAULT_SETTINGS, 40);
    page.end();
    early.finish();
    expect(early.whole).toBeNull();
    early.reveal();
  });

  it('seldom holds a story sentence unseen while it waits for what follows (and never collapses one)', async () => {
    // Streamed finely (10 nodes a frame), so a block is often the last arrived: the hard case.
    let sentences = 0;
    const held: string[] = [];
    for (const name of labelled) {
      const result = await streamLabelled(name, 10);
      sentences += result.storySentences;
      held.push(...result.held.map((s) => `${name}: ${s.slice(0, 60)}`));
      expect(result.hidden).toEqual([]);
    }
    console.log(`story sentences held unseen for a while: ${held.length} of ${sentences}\n${held.join('\n')}`);
    // 2026-12-06: 1 of 1,477 (a link-only line of the story, held until the next paragraph arrived).
    expect(held.length).toBeLessThanOrEqual(sentences * 0.005);
  });

  it('collapses a label in an image box between story paragraphs before the story has arrived (no jump under the reader)', async () => {
    // The label is a span in a figure: not a block the parser watch judges on its own, and
    // the story goes on after it. 2026-12-06: collapsed only once the story's box had closed,
    // after it had been painted (the bench's largest layout shift, 0.056).
    const name = 'corpus/cy--newyddion-s4c-wales-online-image-credit.html';
    const lastParagraph = 'Mewn datganiad, dywedodd llefarydd ar ran yr heddlu';
    // The labels collapsed when the paint of the frame in which the story's last paragraph arrived runs.
    let labelsBeforeLastParagraph: Element[] | null = null;
    const { page, early } = streamWatched(name, DEFAULT_SETTINGS, 10, (doc) => {
      if (labelsBeforeLastParagraph || !normalizeSpace(rawText(doc.documentElement)).includes(lastParagraph)) return false;
      labelsBeforeLastParagraph = Array.from(doc.querySelectorAll(COLLAPSED)).filter((el) => normalizeSpace(rawText(el)) === 'Image');
    });
    expect(labelsBeforeLastParagraph).toHaveLength(2);
    // The analysis at the end adopts them as they are (the same spans, one control each): nothing moves again.
    page.end();
    const session = new PageSession(page.doc, URL_OF_PAGE, { schedule: (slice) => (slice(1e9), () => undefined) });
    await session.start(DEFAULT_SETTINGS, early.finish());
    expect(Array.from(page.doc.querySelectorAll(COLLAPSED))).toEqual(labelsBeforeLastParagraph);
    expect(page.doc.querySelectorAll('[data-sourceline-control]')).toHaveLength(2);
  });

  it('collapses an insert its own box names ("field--name-field-related") above the story before the story’s box has closed', async () => {
    // The related card stands before the story's first paragraph. 2026-12-06: it waited for
    // the story's box to close, so the whole story moved up under the reader (the bench's
    // largest layout shift, 0.0106). Its box's class names it an insert: judged at once.
    const name = 'corpus/ar--aawsat-tt-text-size.html';
    const card = 'وزير الثقافة القطري: الأزمة في العالم ثقافية قبل أن تكون سياسية';
    const firstParagraph = 'وصف مصطفى الخلفي';
    let collapsedWhenStoryBegan: string[] | null = null;
    // 6 nodes a frame: the first paragraph arrives in a frame of its own, before the second.
    const { page, early } = streamWatched(name, DEFAULT_SETTINGS, 6, (doc) => {
      if (collapsedWhenStoryBegan || !normalizeSpace(rawText(doc.documentElement)).includes(firstParagraph)) return false;
      collapsedWhenStoryBegan = texts(doc);
    });
    expect(collapsedWhenStoryBegan).toContain(card);
    page.end();
    const session = new PageSession(page.doc, URL_OF_PAGE, { schedule: (slice) => (slice(1e9), () => undefined) });
    await session.start(DEFAULT_SETTINGS, early.finish());
    expect(texts(page.doc)).toEqual(analyze(loadFixture(name), URL_OF_PAGE).findings.map((f) => f.text));
  });

  it('collapses a box that leads the story (markup unlike its paragraphs) while the story arrives; one after the story waits for its box to close', async () => {
    // The feed's heading in a <div class="box"> before the first <p> of a blog post.
    // 2026-12-07: it waited for the story's box to close, and was collapsed after the paint
    // that showed it: the whole story moved up (the streamed bench's largest shift, 0.0103).
    const name = 'corpus/ms--blogspot-pakatan-feedburner-email.html';
    const leadingBox = 'WARTAWAN RASMI LAMAN REFORMASI |';
    const lastParagraph = 'Berita Harian pada 29 Jun lalu';
    const trailer = 'You are subscribed to email updates from WARTAWAN RASMI LAMAN REFORMASI';
    // The frame in which the footer's first line has arrived, the story's box still open.
    let whenFooterCame: string[] | null = null;
    const { page, early } = streamWatched(name, DEFAULT_SETTINGS, 20, (doc) => {
      const text = normalizeSpace(rawText(doc.documentElement));
      if (whenFooterCame || !text.includes(lastParagraph) || !text.includes(trailer)) return false;
      whenFooterCame = texts(doc);
    });
    expect(whenFooterCame).toContain(leadingBox);
    // After the story's last paragraph so far, the e-mail footer is not judged yet: the story may go on.
    expect(whenFooterCame!.some((t) => t.startsWith('You are subscribed'))).toBe(false);
    page.end();
    const session = new PageSession(page.doc, URL_OF_PAGE, { schedule: (slice) => (slice(1e9), () => undefined) });
    await session.start(DEFAULT_SETTINGS, early.finish());
    expect(texts(page.doc)).toEqual(analyze(loadFixture(name), URL_OF_PAGE).findings.map((f) => f.text));
  });

  it('collapses the lines ahead of a story that begins in a table’s rows, inside the box that holds the story so far, before that box has closed', async () => {
    // A blog reposting an e-mail newsletter: promo boxes, then the masthead's table, then the
    // paragraphs, all in one post body. The analysis so far reads the table's rows as the story's
    // first lines; the promos lie outside the rows' box but inside the post body.
    // 2026-12-07: they waited for the post body to close and were collapsed after the paint (streamed bench, ext-cls 0.0053).
    const name = 'corpus/zh--blogspot-amysidvtw-udn-newsletter-hant.html';
    const page = streamed(name);
    const frames = manualFrames();
    let clock = 0;
    const early = watchParser(page.doc, frames.schedule, () => (clock += 5));
    early.configure(DEFAULT_SETTINGS, 'news.example', URL_OF_PAGE);
    const arrived = (text: string) => normalizeSpace(rawText(page.doc.documentElement)).includes(text);
    // One frame up to the post body; the next one, as the 2 KB chunk that brings them, the promos, the table and the story's first two paragraphs.
    while (!page.doc.querySelector('.post-body') && page.next());
    frames.paint();
    while (!arrived('當務之急是盡早恢復兩岸交流正常化') && page.next());
    frames.paint();
    expect(arrived('主管統戰和台港澳事務')).toBe(false);
    expect(texts(page.doc)).toEqual(expect.arrayContaining([expect.stringMatching(/^這一刻,科技發展/), '★ 無法正常瀏覽內容,請按這裡線上閱讀']));
    while (page.next());
    page.end();
    const session = new PageSession(page.doc, URL_OF_PAGE, { schedule: (slice) => (slice(1e9), () => undefined) });
    await session.start(DEFAULT_SETTINGS, early.finish());
    expect(texts(page.doc)).toEqual(analyze(loadFixture(name), URL_OF_PAGE).findings.map((f) => f.text));
  });

  it('judges what was parsed before the rules came as a frame does: the toolbar after a closed story box stays', async () => {
    // The page parsed up to its footer while the rules were read (a fast page, a slow storage
    // read). 2026-12-07: the block rules judged first and collapsed the toolbar's "Stampa"
    // (print) outside the article; the analysis at the end showed it again, and the page
    // moved (the streamed bench's largest layout shift, 0.0011).
    const name = 'corpus/it--reuters-italian.html';
    const page = streamed(name);
    while (page.next());
    const frames = manualFrames();
    let clock = 0;
    const early = watchParser(page.doc, frames.schedule, () => (clock += 5));
    early.configure(DEFAULT_SETTINGS, 'news.example', URL_OF_PAGE);
    const whenRulesCame = texts(page.doc);
    expect(whenRulesCame).not.toContain('Stampa');
    expect(whenRulesCame).toContain('Sul sito www.reuters.com altre notizie Reuters in italiano');
    page.end();
    const session = new PageSession(page.doc, URL_OF_PAGE, { schedule: (slice) => (slice(1e9), () => undefined) });
    await session.start(DEFAULT_SETTINGS, early.finish());
    expect(texts(page.doc)).toEqual(analyze(loadFixture(name), URL_OF_PAGE).findings.map((f) => f.text));
    expect(whenRulesCame.every((text) => texts(page.doc).includes(text))).toBe(true);
  });

  it('leaves a page of more than PROVISIONAL_MAX_BLOCKS candidates to the analysis at its end (one run there would be a long task)', async () => {
    const name = 'corpus/sk--teraz-tasr-informoval-hovorca.html';
    const earlyRules = (padding: number) => {
      const page = streamed(name);
      const frames = manualFrames();
      let clock = 0;
      const early = watchParser(page.doc, frames.schedule, () => (clock += 5));
      early.configure(DEFAULT_SETTINGS, 'news.example', URL_OF_PAGE);
      let first = true;
      for (let more = true; more; ) {
        for (let i = 0; i < 40 && (more = page.next()); i++);
        // Empty boxes in the page's first bytes: candidates, no text.
        if (first && page.doc.body) for (let i = 0; i < padding; i++) page.doc.body.appendChild(page.doc.createElement('div'));
        first = false;
        clock += 100;
        frames.paint();
      }
      page.end();
      return [...early.finish().values()].map((v) => v.rule);
    };
    expect(earlyRules(0)).toContain('read-also.card.boxed');
    expect(earlyRules(PROVISIONAL_MAX_BLOCKS + 1)).not.toContain('read-also.card.boxed');
  });

  it('holds unseen, before the paint, a marked block still arriving after the story, until the analysis at the end collapses it', async () => {
    const name = 'corpus/sk--teraz-tasr-informoval-hovorca.html';
    const run = async (settings: Settings) => {
      let heldBeforeEnd = false;
      let shownUnjudged = false;
      const { page, early } = streamWatched(name, settings, 10, (doc) => {
        const box = doc.querySelector('.article__related');
        // What this frame paints: the box held, collapsed, or shown with its text.
        if (box?.hasAttribute(HELD_ATTRIBUTE)) heldBeforeEnd = true;
        else if (box && !box.hasAttribute('data-sourceline-state') && normalizeSpace(rawText(box)).length > 20) shownUnjudged = true;
      });
      page.end();
      const session = new PageSession(page.doc, URL_OF_PAGE, { schedule: (slice) => (slice(1e9), () => undefined) });
      await session.start(settings, early.finish());
      early.reveal();
      const box = page.doc.querySelector('.article__related')!;
      return { heldBeforeEnd, shownUnjudged, state: box.getAttribute('data-sourceline-state'), held: box.hasAttribute(HELD_ATTRIBUTE) };
    };
    const collapsing = await run(DEFAULT_SETTINGS);
    expect(collapsing.heldBeforeEnd).toBe(true);
    expect(collapsing.shownUnjudged).toBe(false);
    expect(collapsing.state).toBe('collapsed');
    expect(collapsing.held).toBe(false);
    // Highlighting shows every block: nothing is held.
    const highlighting = await run({ ...DEFAULT_SETTINGS, mode: 'highlight' });
    expect(highlighting.heldBeforeEnd).toBe(false);
    expect(highlighting.state).toBe('highlighted');
  });

  it('shows again every held block once told the analysis at the end has run, and on a site switched off', async () => {
    const name = 'corpus/sk--teraz-tasr-informoval-hovorca.html';
    const heldNow = (doc: Document) => doc.querySelectorAll(`[${HELD_ATTRIBUTE}]`).length;
    const { page, early } = streamWatched(name, DEFAULT_SETTINGS, 10, (doc) => heldNow(doc) > 0);
    const held = heldNow(page.doc);
    expect(held).toBeGreaterThan(0);
    early.finish();
    // Still held between the parse's end and the analysis that judges it…
    expect(heldNow(page.doc)).toBe(held);
    early.reveal();
    expect(heldNow(page.doc)).toBe(0);

    // …and a site the user switches off while the page loads gets every block back at once.
    const again = streamWatched(name, DEFAULT_SETTINGS, 10, (doc) => heldNow(doc) > 0);
    expect(heldNow(again.page.doc)).toBeGreaterThan(0);
    again.early.configure({ ...DEFAULT_SETTINGS, disabledSites: ['news.example'] }, 'news.example', URL_OF_PAGE);
    expect(heldNow(again.page.doc)).toBe(0);
  });

  it.each([
    // A theme credit in a Blogger sidebar widget after the story: the block rules mark it anywhere, but the
    // analysis at the end reads only the article and the boxes just after it, so it would be shown again.
    ['corpus/en--malayur-news-bernama.html', 'Powered by Blogger.'],
    // A source line in the byline slot above the story (the page's credit): outside the article's box here.
    ['corpus/pl--tvn24-ogladaj-tvn24-go.html', 'Źródło: TVN24'],
    // A copyright line after the story, arriving before the analysis of the page so far has found the story.
    ['corpus/ko--woomter-news1.html', 'Copyright © woomter.com All rights reserved.'],
    // A side box's title while the list under it arrives: its first links read as story, the title as an odd box.
    ['corpus/es--eltiempo-co-le-puede-interesar-share.html', 'Lo más leído'],
  ])('%s: never collapses while loading "%s", which the analysis at the end would show again', async (name, line) => {
    let lineCollapsed = false;
    const { page, early } = streamWatched(name, DEFAULT_SETTINGS, 10, (doc) => {
      if (texts(doc).includes(line)) lineCollapsed = true;
    });
    const beforeEnd = texts(page.doc);
    page.end();
    const session = new PageSession(page.doc, URL_OF_PAGE, { schedule: (slice) => (slice(1e9), () => undefined) });
    await session.start(DEFAULT_SETTINGS, early.finish());
    early.reveal();
    expect(lineCollapsed).toBe(false);
    const final = analyze(loadFixture(name), URL_OF_PAGE).findings.map((f) => f.text);
    expect(final).not.toContain(line);
    // Whatever was collapsed while loading, the analysis at the end keeps collapsed.
    for (const text of beforeEnd) expect(final).toContain(text);
    expect(texts(page.doc)).toEqual(final);
  });

  it('seldom collapses while the page loads what the whole page does not confirm', async () => {
    let collapsedWhileLoading = 0;
    const undone: string[] = [];
    for (const name of labelled) {
      const { beforeEnd, final } = await streamLabelled(name);
      collapsedWhileLoading += beforeEnd.length;
      for (const text of beforeEnd) if (!final.includes(text)) undone.push(`${name}: ${text.slice(0, 60)}`);
    }
    console.log(`collapsed while loading: ${collapsedWhileLoading}; undone at the end: ${undone.length}\n${undone.join('\n')}`);
    expect(collapsedWhileLoading).toBeGreaterThan(0);
    // 4 of 207 were undone with the block rules alone (2026-12-06), 5 of 318 with insert cards and furniture lines too,
    // 5 of 376 with every finding once the story’s box has closed; 11 of 395 with the lexicons of 2026-12-06 (lines
    // outside the story the partial page's analysis reads as its tail: "Powered by Blogger.", a copyright line); 8 of 400
    // once a block outside where the analysis of the page so far reads is left alone after the story's box has closed,
    // and a byline slot until the analysis at the end (2026-12-07); 0 of 408 once, until the story's box has closed,
    // only syndicated copy's furniture or a block inside the body's article markup is judged before the story has
    // come and only the story's box after it, a line
    // outside that box waits for its own box (a side box's title over links still arriving), and nothing inside a
    // collapsed box is collapsed again (session 17). Each undone one moved the page under the reader's eyes.
    expect(undone).toEqual([]);
  });
});
