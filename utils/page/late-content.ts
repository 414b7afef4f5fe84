import { CONTROL_ATTRIBUTE } from '../engine/blocks';

// Watches for content added after load (infinite scroll, lazy inserts) without working
// in the observer's callback: the callback only notes that something changed, and the
// caller's refresh runs later, in idle time, throttled so that a page that never stops
// changing costs a bounded share of the CPU.

/** The refresh may use at most this share of the time between two refreshes. */
const MAX_CPU_SHARE = 0.02;
const MIN_DELAY_MS = 1000;
/**
 * A page the gate turned away gives up after this many refreshes in a row that found
 * nothing (as uBlock's surveyor switches itself off after its misses): a feed, an app or a
 * forum that never stops changing is not re-read for as long as the tab lives.
 */
export const MAX_EMPTY_REFRESHES = 16;

/** What a refresh did: how long it worked (ms), and whether it found anything (an article, or blocks to collapse). */
export interface Refreshed {
  workMs: number;
  found: boolean;
}

function isOurs(node: Node): boolean {
  return node.nodeType === 1 && ((node as Element).hasAttribute(CONTROL_ATTRIBUTE) || (node as Element).hasAttribute('data-sourceline-wrap'));
}

/** Only mutations that add or remove page content count (not Sourceline's own controls). */
function changesContent(records: MutationRecord[]): boolean {
  for (const record of records) {
    // Text moved into Sourceline's own wrapper is Sourceline's doing.
    if (isOurs(record.target)) continue;
    for (const node of Array.from(record.addedNodes)) if (!isOurs(node) && (node.nodeType === 1 || node.nodeType === 3)) return true;
    for (const node of Array.from(record.removedNodes)) if (!isOurs(node) && node.nodeType === 1) return true;
  }
  return false;
}

function whenIdle(callback: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, 0);
  return () => clearTimeout(handle);
}

export interface LateContentWatch {
  stop(): void;
}

/**
 * Calls `refresh` (which returns, or resolves to, how long it worked in ms, or that and
 * whether it found anything) after the page's content changes; one at a time. After
 * MAX_EMPTY_REFRESHES refreshes in a row that found nothing, the watch stops.
 */
export function watchLateContent(root: Node, refresh: () => number | Refreshed | Promise<number | Refreshed>): LateContentWatch {
  let empty = 0;
  let dirty = false;
  let refreshing = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let cancelIdle: (() => void) | null = null;
  let lastCost = 0;

  const run = () => {
    timer = null;
    cancelIdle = whenIdle(() => {
      cancelIdle = null;
      if (!dirty) return;
      dirty = false;
      refreshing = true;
      const settled = (result: number | Refreshed) => {
        refreshing = false;
        const done = typeof result === 'number' ? { workMs: result, found: true } : result;
        lastCost = done.workMs;
        empty = done.found ? 0 : empty + 1;
        if (empty >= MAX_EMPTY_REFRESHES) watch.stop();
        else if (dirty) schedule();
      };
      Promise.resolve(refresh()).then(settled, () => settled(0));
    }, MIN_DELAY_MS);
  };
  const schedule = () => {
    if (timer !== null || cancelIdle !== null || refreshing) return;
    // Wait long enough that the last refresh's cost stays a small share of the time.
    timer = setTimeout(run, Math.max(MIN_DELAY_MS, lastCost / MAX_CPU_SHARE));
  };
  const observer = new MutationObserver((records) => {
    if (dirty || !changesContent(records)) return;
    dirty = true;
    schedule();
  });
  observer.observe(root, { childList: true, subtree: true });
  const watch: LateContentWatch = {
    stop() {
      observer.disconnect();
      if (timer !== null) clearTimeout(timer);
      cancelIdle?.();
      timer = null;
      cancelIdle = null;
    },
  };
  return watch;
}
