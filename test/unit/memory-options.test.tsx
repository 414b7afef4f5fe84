import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MemorySection } from '../../components/options/MemorySection';
import type { MemoryStats } from '../../utils/memory/messages';
import { isMemoryEnabled, MEMORY_KEY } from '../../utils/memory/setting';
import { kilobytes } from '../../utils/options/memory';
import { memoryEnabled } from '../../utils/page/remember';

// The options page's story-memory section over WXT's fake browser: the switch is stored
// (and the content script reads the same key), the counts come from the background, and
// "Forget all stories" asks it to clear.

let container: HTMLElement;
let stats: MemoryStats;
let asked: string[];
beforeEach(() => {
  fakeBrowser.reset();
  stats = { enabled: true, stories: 12, bytes: 10_650 };
  asked = [];
  // The background's side, as entrypoints/background.ts answers.
  fakeBrowser.runtime.onMessage.addListener(((message: { type: string; action: string }) => {
    if (message.type !== 'options:memory') return undefined;
    asked.push(message.action);
    if (message.action === 'clear') {
      stats = { ...stats, stories: 0, bytes: 0 };
      return Promise.resolve(true);
    }
    return Promise.resolve(message.action === 'stats' ? stats : '{}');
  }) as never);
  container = document.createElement('div');
  document.body.appendChild(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));
const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector)!;

describe('the story memory section', () => {
  it('shows how many stories the memory holds and their size, and clears them', async () => {
    await act(() => render(h(MemorySection, null), container));
    await settle();
    expect($('#memory-stats').textContent).toBe('12 stories, 10 KB');
    expect($<HTMLInputElement>('#memory-enabled').checked).toBe(true);
    await act(() => $('#memory-clear').click());
    await settle();
    expect(asked).toContain('clear');
    expect($('#memory-stats').textContent).toBe('0 stories, 0.0 KB');
    expect(container.textContent).toContain('The memory is empty.');
    expect($<HTMLButtonElement>('#memory-clear').disabled).toBe(true);
  });

  it('switches the memory off and on, in the key the content script reads', async () => {
    await act(() => render(h(MemorySection, null), container));
    await settle();
    await act(() => $('#memory-enabled').click());
    await settle();
    expect(await fakeBrowser.storage.local.get(MEMORY_KEY)).toEqual({ [MEMORY_KEY]: false });
    expect(await isMemoryEnabled()).toBe(false);
    expect(await memoryEnabled()).toBe(false);
    await act(() => $('#memory-enabled').click());
    await settle();
    expect(await memoryEnabled()).toBe(true);
  });

  it('is on when nothing was ever stored', async () => {
    expect(await isMemoryEnabled()).toBe(true);
    expect(await memoryEnabled()).toBe(true);
  });

  it('says sizes in kilobytes', () => {
    expect(kilobytes(900)).toBe('0.9');
    expect(kilobytes(10 * 1024 * 1024)).toBe('10240');
  });
});
