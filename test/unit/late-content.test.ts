import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_EMPTY_REFRESHES, watchLateContent } from '../../utils/page/late-content';

// The late-content watch: refreshes after the page changes, and on a page where the
// refreshes keep finding nothing (the gate turned it away), it gives up after a bounded run.

describe('the late-content watch', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  async function changeAndWait(root: Element, times: number) {
    for (let i = 0; i < times; i++) {
      root.appendChild(document.createElement('p')).textContent = `item ${i}`;
      await vi.advanceTimersByTimeAsync(5_000);
    }
  }

  it('gives up after a bounded run of refreshes that found nothing', async () => {
    const root = document.createElement('div');
    document.body.appendChild(root);
    let refreshes = 0;
    const watch = watchLateContent(root, () => (refreshes++, { workMs: 1, found: false }));
    await changeAndWait(root, MAX_EMPTY_REFRESHES + 10);
    expect(refreshes).toBe(MAX_EMPTY_REFRESHES);
    watch.stop();
    root.remove();
  });

  it('keeps watching a page where refreshes find something', async () => {
    const root = document.createElement('div');
    document.body.appendChild(root);
    let refreshes = 0;
    const watch = watchLateContent(root, () => (refreshes++, { workMs: 1, found: refreshes % 5 === 0 }));
    await changeAndWait(root, MAX_EMPTY_REFRESHES * 2);
    expect(refreshes).toBe(MAX_EMPTY_REFRESHES * 2);
    watch.stop();
    root.remove();
  });
});
