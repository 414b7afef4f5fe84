import { chainData } from '../../utils/rules/chain-data';
import { buildChainFrom } from '../../utils/engine/chain';
import type { ChainInput } from '../../utils/engine/chain-input';
import { compileLexicon } from '../../utils/engine/lexicon';
import type { AnalysisReply } from '../../utils/messaging';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { analyzeDocument, analyzePageSteps } from '../../utils/engine/analyze';
import { CHECKPOINT, drain, type Steps } from '../../utils/engine/steps';
import type { ChainLink } from '../../utils/engine/types';
import type { Collapse } from '../../utils/page/collapse';
import { analyseAndCollapse } from '../../utils/page/page-run';
import { PageSession } from '../../utils/page/session';
import { BEFORE_PAINT_MS, beforePaintThen, idleScheduler, promptScheduler, runSliced, type Scheduler } from '../../utils/page/sliced-run';
import { DEFAULT_SETTINGS } from '../../utils/settings/schema';
import { FIXTURES, fixtureNames, loadFixture } from '../helpers';

// The content script runs the analysis in short slices (utils/page/sliced-run.ts). Sliced
// or not, the analysis is the same; a slice ends at its first checkpoint past its budget;
// a run stopped half-way or finished is undone to the page's own markup. Times come from a
// fake clock: nothing here depends on how fast the machine is.

/** The chain as the popup builds it: from the content script's chain input, after the message's JSON round trip. */
const chainFrom = (input: ChainInput): ChainLink[] => drain(buildChainFrom(JSON.parse(JSON.stringify(input)) as ChainInput, compileLexicon(chainData())));
/** A reply to the popup as the popup shows it: the analysis with the chain it builds. */
const shown = (reply: AnalysisReply) => (reply.status === 'ok' ? { status: reply.status, analysis: { ...reply.analysis, chain: chainFrom(reply.chainInput) }, host: reply.host } : reply);

/** A clock that moves only when told to, or by `tick` ms on each reading. */
function fakeClock(tick = 0) {
  let t = 0;
  return {
    now: () => (t += tick),
    advance: (ms: number) => (t += ms),
  };
}

/** Slices queued by hand: `pump()` runs them one by one, as idle callbacks would. */
function manualScheduler(budgetMs = 8) {
  const queue: Array<() => void> = [];
  const schedule: Scheduler = (slice) => {
    const task = () => slice(budgetMs);
    queue.push(task);
    return () => {
      const i = queue.indexOf(task);
      if (i >= 0) queue.splice(i, 1);
    };
  };
  return {
    schedule,
    pending: () => queue.length,
    runOne: () => queue.shift()?.(),
    pump() {
      let slices = 0;
      while (queue.length > 0) (queue.shift()!(), slices++);
      return slices;
    },
  };
}


const corpusPages = readdirSync(join(FIXTURES, 'corpus'))
  .filter((name) => name.endsWith('.html'))
  .map((name) => `corpus/${name}`);
const pages = [...fixtureNames('seed--'), ...fixtureNames('counter--'), ...corpusPages];

describe('the sliced run', () => {
  it.each(pages)('gives the same analysis as the synchronous call: %s', async (name) => {
    const url = 'https://news.example/2024/05/story-of-the-day';
    const expected = analyzeDocument(loadFixture(name), url).analysis;
    const doc = loadFixture(name);
    const slices = manualScheduler(8);
    // Each clock reading moves time by 1 ms: many slices, each a few steps long.
    const collapses: Collapse[] = [];
    const run = runSliced(analyseAndCollapse(doc, url, DEFAULT_SETTINGS, collapses), { schedule: slices.schedule, now: fakeClock(1).now });
    slices.pump();
    const result = await run.done;
    // The chain is left out of the page's run (the popup asks for it): built afterwards from what the run read, it is the same.
    expect(result?.value.analysis).toEqual({ ...expected, chain: undefined });
    expect('chain' in result!.value.analysis).toBe(false);
    expect({ ...result?.value.analysis, chain: chainFrom(result!.value.chainInput()) }).toEqual(expected);
  });

  it('ends each slice at the first checkpoint past its budget, and counts only the work', async () => {
    const clock = fakeClock();
    const stepsPerSlice: number[] = [];
    let inSlice = 0;
    function* work(): Steps<string> {
      for (let i = 0; i < 100; i++) {
        clock.advance(3);
        inSlice++;
        yield;
      }
      return 'done';
    }
    const slices = manualScheduler(10);
    const run = runSliced(work(), { schedule: slices.schedule, now: clock.now });
    while (slices.pending() > 0) {
      inSlice = 0;
      slices.runOne();
      clock.advance(1000); // idle time between slices is not work
      stepsPerSlice.push(inSlice);
    }
    const result = await run.done;
    expect(result).toEqual({ value: 'done', workMs: 300 });
    // 3 ms steps, a 10 ms budget: four steps (12 ms) a slice, the last one what is left.
    expect(stepsPerSlice.slice(0, -1).every((n) => n === 4)).toBe(true);
    expect(stepsPerSlice.reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('checkpoints the analysis of a large page at least once per CHECKPOINT elements', () => {
    const doc = loadFixture('seed--wordpress-autoblog.html');
    // The article's paragraphs a hundred times over.
    const article = doc.querySelector('.entry-content') ?? doc.body;
    const paragraphs = Array.from(article.children);
    for (let i = 0; i < 100; i++) for (const p of paragraphs) article.appendChild(p.cloneNode(true));
    const steps = analyseAndCollapse(doc, 'https://news.example/a', DEFAULT_SETTINGS, []);
    let checkpoints = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) checkpoints++;
    expect(checkpoints).toBeGreaterThanOrEqual(doc.body.getElementsByTagName('*').length / CHECKPOINT);
  });

  it('stops when cancelled: the steps end, nothing more is done, the result is null', async () => {
    let finished = false;
    let steps = 0;
    function* work(): Steps<number> {
      try {
        for (;;) {
          steps++;
          yield;
        }
      } finally {
        finished = true;
      }
    }
    const slices = manualScheduler(8);
    const run = runSliced(work(), { schedule: slices.schedule, now: fakeClock(1).now });
    slices.runOne();
    const done = steps;
    run.cancel();
    expect(slices.pending()).toBe(0);
    expect(finished).toBe(true);
    expect(steps).toBe(done);
    expect(await run.done).toBeNull();
  });

  it('runs work someone waits for (the popup\'s question) without waiting for idle time', async () => {
    // A page that is never idle: idle callbacks never come.
    const idle = vi.fn(() => 1);
    vi.stubGlobal('requestIdleCallback', idle);
    vi.stubGlobal('cancelIdleCallback', vi.fn());
    try {
      function* work(): Steps<string> {
        yield;
        return 'answered';
      }
      expect(await runSliced(work(), { schedule: promptScheduler }).done).toMatchObject({ value: 'answered' });
      expect(idle).not.toHaveBeenCalled();
      const background = runSliced(work(), { schedule: idleScheduler });
      expect(idle).toHaveBeenCalledTimes(1);
      background.cancel();
      expect(await background.done).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('runs the first slice of the first analysis in the current task, before any timer (no paint between), the rest as scheduled', async () => {
    const clock = fakeClock();
    const log: string[] = [];
    function* work(): Steps<string> {
      for (let i = 0; i < 30; i++) {
        clock.advance(5);
        log.push(`step ${i}`);
        yield;
      }
      return 'done';
    }
    const later = manualScheduler(8);
    const run = runSliced(work(), { schedule: beforePaintThen(later.schedule), now: clock.now });
    // Nothing synchronously: the caller's own code finishes first.
    expect(log).toEqual([]);
    setTimeout(() => log.push('a timer'), 0);
    await Promise.resolve();
    // 5 ms steps and the before-paint budget: that many steps, then the slices of the scheduler.
    const first = Math.ceil(BEFORE_PAINT_MS / 5);
    expect(log).toEqual(Array.from({ length: first }, (_, i) => `step ${i}`));
    expect(later.pending()).toBe(1);
    later.pump();
    expect((await run.done)?.value).toBe('done');
    expect(log.filter((entry) => entry.startsWith('step')).length).toBe(30);
  });

  it('does not run a first slice before the paint once cancelled', async () => {
    let steps = 0;
    function* work(): Steps<void> {
      steps++;
      yield;
    }
    const run = runSliced(work(), { schedule: beforePaintThen(manualScheduler().schedule) });
    run.cancel();
    await Promise.resolve();
    expect(steps).toBe(0);
    expect(await run.done).toBeNull();
  });

  it('reports an error of the steps', async () => {
    function* work(): Steps<number> {
      yield;
      throw new Error('broken page');
    }
    const slices = manualScheduler(8);
    const run = runSliced(work(), { schedule: slices.schedule, now: fakeClock(1).now });
    slices.pump();
    await expect(run.done).rejects.toThrow('broken page');
  });
});

describe('the page session, sliced', () => {
  it.each(fixtureNames('seed--'))('collapses, answers the popup once done, and restores the page exactly: %s', async (name) => {
    const doc = loadFixture(name);
    const before = doc.documentElement.outerHTML;
    const session = new PageSession(doc, 'https://news.example/a', { schedule: promptScheduler, now: fakeClock(1).now });
    const count = session.configure(DEFAULT_SETTINGS);
    // Asked while the run is in progress: the answer waits for it.
    const reply = await session.reply();
    expect(shown(reply)).toEqual({ status: 'ok', analysis: analyzeDocument(loadFixture(name), 'https://news.example/a').analysis, host: 'news.example' });
    expect(reply.status === 'ok' && 'chain' in reply.analysis).toBe(false);
    expect(await count).toBeGreaterThan(0);
    expect(doc.querySelectorAll('[data-sourceline-state="collapsed"]').length).toBe(await count);
    session.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reads what the source chain needs at the popup\'s first question, once, and anew after the page is analysed anew', async () => {
    const doc = loadFixture('seed--wordpress-autoblog.html');
    const session = new PageSession(doc, 'https://news.example/a', { schedule: promptScheduler, now: fakeClock(1).now });
    await session.configure(DEFAULT_SETTINGS);
    const detailed = (session as unknown as { detailed: { chainInput: () => ChainInput } }).detailed;
    let read = 0;
    const chainInput = detailed.chainInput;
    detailed.chainInput = () => (read++, chainInput());
    expect(read).toBe(0);
    const [first, second] = await Promise.all([session.reply(), session.reply()]);
    const third = await session.reply();
    expect(read).toBe(1);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    expect(first.status === 'ok' && chainFrom(first.chainInput).map((link) => link.name)).toEqual(['World Newsline 24', 'LatestLY', 'ANI', 'Yonhap News Agency', 'The Japan Times', 'CNN']);
    // The story memory's note carries the same reading.
    expect((await session.storyNote())?.chainInput).toEqual(first.status === 'ok' && first.chainInput);
    expect(read).toBe(1);
    // The page changes and is analysed anew: the next question reads the page as it is now.
    doc.querySelector('meta[property="og:site_name"]')!.setAttribute('content', 'Newsline Daily');
    await session.run();
    const fourth = await session.reply();
    expect(fourth.status === 'ok' && chainFrom(fourth.chainInput).map((link) => link.name)[0]).toBe('Newsline Daily');
    expect(read).toBe(1);
  });

  it('restores the page exactly when new settings stop a run half-way', async () => {
    const doc = loadFixture('seed--wordpress-autoblog.html');
    const before = doc.documentElement.outerHTML;
    const slices = manualScheduler(8);
    const session = new PageSession(doc, 'https://news.example/a', { schedule: slices.schedule, now: fakeClock(1).now });
    void session.configure(DEFAULT_SETTINGS);
    // Run until some blocks are collapsed, then switch the site off mid-run.
    while (slices.pending() > 0 && doc.querySelectorAll('[data-sourceline-state]').length === 0) slices.runOne();
    expect(doc.querySelectorAll('[data-sourceline-state]').length).toBeGreaterThan(0);
    const off = session.configure({ ...DEFAULT_SETTINGS, disabledSites: ['news.example'] });
    slices.pump();
    expect(await off).toBe(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('skips blocks removed from the page between the analysis and the collapse', () => {
    const doc = loadFixture('seed--wordpress-autoblog.html');
    const url = 'https://news.example/a';
    const expected = analyzeDocument(doc, url);
    let analysisCheckpoints = 0;
    for (const steps = analyzePageSteps(doc, url); !steps.next().done; ) analysisCheckpoints++;
    const collapses: Collapse[] = [];
    const steps = analyseAndCollapse(doc, url, DEFAULT_SETTINGS, collapses);
    // Up to the checkpoint after the analysis: nothing collapsed yet.
    for (let i = 0; i <= analysisCheckpoints; i++) steps.next();
    expect(collapses).toEqual([]);
    // The page drops its article body while Sourceline waits for idle time.
    doc.querySelector('.entry-content')!.remove();
    const stillThere = expected.targets.filter((t) => t.element.isConnected).length;
    drain(steps);
    const collapsed = collapses.reduce((n, c) => n + c.count, 0);
    expect(stillThere).toBeLessThan(expected.analysis.findings.length);
    expect(collapsed).toBe(stillThere);
    expect(doc.querySelectorAll('[data-sourceline-state]').length).toBe(collapsed);
  });
});
