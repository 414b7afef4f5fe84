import type { Steps } from '../engine/steps';

// Runs resumable work (utils/engine/steps.ts) in short slices, each in its own task, so
// the page never stalls: a slice ends at its first checkpoint past its budget, and the
// next one waits for idle time (requestIdleCallback, with a timeout so a busy page still
// gets its analysis; setTimeout where there is no idle callback).

/** A slice's budget: well under the 50 ms of a long task, even with a slow step at its end. */
export const SLICE_MS = 8;
/** How long a slice may wait for idle time before it runs anyway. */
const IDLE_TIMEOUT_MS = 200;

/** Schedules `slice` with its budget in ms; returns a cancel function. */
export type Scheduler = (slice: (budgetMs: number) => void) => () => void;

export const idleScheduler: Scheduler = (slice) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(
      (deadline) => slice(deadline.didTimeout ? SLICE_MS : Math.min(SLICE_MS, Math.max(1, deadline.timeRemaining()))),
      { timeout: IDLE_TIMEOUT_MS },
    );
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(() => slice(SLICE_MS), 0);
  return () => clearTimeout(handle);
};

/** For work someone is waiting for (the popup's question): slices back to back as tasks, without waiting for idle time. */
export const promptScheduler: Scheduler = (slice) => {
  const handle = setTimeout(() => slice(SLICE_MS), 0);
  return () => clearTimeout(handle);
};

/** The first slice of the analysis run when the parser is done: before the next paint, up to a long task's length. */
export const BEFORE_PAINT_MS = 50;

/**
 * A first slice in the current task (a microtask: no paint comes before it) with `budgetMs`,
 * the rest as `then` schedules them. The first analysis starts so when the parser is done:
 * the blocks of the page's last bytes are collapsed before a frame shows them.
 */
export function beforePaintThen(then: Scheduler, budgetMs = BEFORE_PAINT_MS): Scheduler {
  let first = true;
  return (slice) => {
    if (!first) return then(slice);
    first = false;
    let cancelled = false;
    queueMicrotask(() => cancelled || slice(budgetMs));
    return () => {
      cancelled = true;
    };
  };
}

export interface SlicedRunOptions {
  schedule?: Scheduler;
  now?: () => number;
}

export interface SlicedRun<T> {
  /** the result and the time the slices took together (not the waits between them); null when cancelled */
  done: Promise<{ value: T; workMs: number } | null>;
  /** stops at the current checkpoint (the steps' `finally` blocks run) */
  cancel(): void;
}

export function runSliced<T>(steps: Steps<T>, { schedule = idleScheduler, now = () => performance.now() }: SlicedRunOptions = {}): SlicedRun<T> {
  let cancelNext: (() => void) | null = null;
  let settle: (result: { value: T; workMs: number } | null) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  let workMs = 0;
  const done = new Promise<{ value: T; workMs: number } | null>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  const slice = (budgetMs: number) => {
    cancelNext = null;
    const started = now();
    try {
      for (;;) {
        const step = steps.next();
        if (step.done) {
          workMs += now() - started;
          settle({ value: step.value, workMs });
          return;
        }
        if (now() - started >= budgetMs) break;
      }
    } catch (error) {
      fail(error);
      return;
    }
    workMs += now() - started;
    cancelNext = schedule(slice);
  };
  cancelNext = schedule(slice);
  return {
    done,
    cancel() {
      if (!cancelNext) return;
      cancelNext();
      cancelNext = null;
      steps.return(undefined as T);
      settle(null);
    },
  };
}
