import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFixture } from '../helpers';

// Any error in the engine is caught in the content script's session: logged once, the
// page left exactly as it was, and the popup told that the analysis failed.

vi.mock('../../utils/engine/analyze', () => ({
  analyzeSteps: function* () {
    throw new Error('engine exploded');
  },
}));

const { PageSession } = await import('../../utils/page/session');

describe('a failing engine', () => {
  afterEach(() => vi.restoreAllMocks());

  it('leaves the page as it was, logs once, and tells the popup', async () => {
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
});
