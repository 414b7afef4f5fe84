// Work that can pause. The engine's long walks are generators that yield at cheap
// checkpoints and return their result; the engine itself never schedules anything.
// `drain` runs them to the end at once (the CLI, evaluation, tests); the content script
// runs them in short slices in idle time (utils/page/sliced-run.ts), so a huge page never
// holds the main thread for long.

export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end at once and returns the result. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Work units (elements, blocks) between two checkpoints: small enough for a short slice, large enough to cost nothing. */
export const CHECKPOINT = 32;
