import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageAnalysis } from '../../utils/engine/analyze';
import type { Steps } from '../../utils/engine/steps';
import { loadFixture } from '../helpers';

// Any error in the engine is caught in the content script's session: logged once, the
// page left exactly as it was, and the popup told that the analysis failed. That holds for
// the page's run and for what the source chain reads of the page later, at the popup's question.

const engine = vi.hoisted(() => ({ failIn: 'run' as 'run' | 'chain' }));

vi.mock('../../utils/engine/analyze', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../utils/engine/analyze')>();
  return {
    ...real,
    analyzePageSteps: function* (doc: Document, url?: string | null): Steps<PageAnalysis> {
      if (engine.failIn === 'run') throw new Error('engine exploded');
      const page = yield* real.analyzePageSteps(doc, url);
      return {
        ...page,
        chainInput: () => {
          throw new Error('chain exploded');
        },
      };
    },
  };
});

const { PageSession } = await import('../../utils/page/session');

describe('a failing engine', () => {
  afterEach(() => vi.restoreAllMocks());

  it('leaves the page as it was, logs once, and tells the popup', async () => {
    engine.failIn = 'run';
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const doc = loadFixture('seed--wordpress-autoblog.html');
    const before = doc.documentElement.outerHTML;
    const session = new PageSession(doc, 'https://worldnewsline24.example/a');
    expect(await session.run()).toBe(0);
    expect(await session.run()).toBe(0);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(await session.reply()).toEqual({ status: 'failed', error: 'engine exploded' });
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('fails in the source chain at the popup\'s question: the page returns to its own markup, the popup is told', async () => {
    engine.failIn = 'chain';
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const doc = loadFixture('seed--wordpress-autoblog.html');
    const before = doc.documentElement.outerHTML;
    const session = new PageSession(doc, 'https://worldnewsline24.example/a');
    expect(await session.run()).toBe(7);
    expect(doc.documentElement.outerHTML).not.toBe(before);
    expect(await session.reply()).toEqual({ status: 'failed', error: 'chain exploded' });
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(await session.reply()).toEqual({ status: 'failed', error: 'chain exploded' });
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
