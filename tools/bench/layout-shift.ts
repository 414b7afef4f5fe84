// Which layout shifts of a streamed page load the extension caused (`npm run bench`, cold.ts:
// ext-cls-max). A page shifts on its own (an image without a size, a late font), and those
// shifts land in other frames when the extension holds the first paint, so a run with the
// extension minus one without it counts the page's own shifts as the extension's (a page
// where nothing was collapsed showed +0.0014 in one run of four; another page's own shifts, 0.0055, came only without it).
// A shift is the extension's when it comes in the frame after one of its changes.

/** How long after the extension changes the page a shift counts as its doing, in ms (the next frame, on a busy machine). */
export const SHIFT_WINDOW_MS = 100;

export interface ShiftProbe {
  /** each layout shift: its frame's time (PerformanceEntry.startTime) and score */
  shifts: Array<{ at: number; value: number }>;
  /** when the extension changed the page's layout (performance.now()): a block collapsed, held or shown, a control put in or taken out */
  changes: number[];
}

/**
 * The layout shift the extension caused: the shifts of the frames that follow one of its
 * changes within SHIFT_WINDOW_MS. A shift of the page's own in such a frame counts too (it
 * errs high); the page's shifts in other frames do not.
 */
export function extensionShift(probe: ShiftProbe): number {
  let sum = 0;
  for (const shift of probe.shifts) if (probe.changes.some((at) => shift.at >= at - 5 && shift.at <= at + SHIFT_WINDOW_MS)) sum += shift.value;
  return sum;
}
