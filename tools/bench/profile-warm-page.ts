import '../../utils/rules/install-full-book';
import { drain } from '../../utils/engine/steps';
import type { Collapse } from '../../utils/page/collapse';
import { analyseAndCollapse } from '../../utils/page/page-run';
import { DEFAULT_SETTINGS } from '../../utils/settings/schema';

// The in-page part of tools/bench/profile-warm.ts: what the warm bench's `sourceline()`
// times (tools/bench/harness.ts), analyse + collapse, then the undo (untimed there too).

declare global {
  interface Window {
    __profileWarm: (calls: number) => number;
  }
}

window.__profileWarm = (calls: number): number => {
  let ms = 0;
  for (let i = 0; i < calls; i++) {
    const collapses: Collapse[] = [];
    const t0 = performance.now();
    drain(analyseAndCollapse(document, location.href, DEFAULT_SETTINGS, collapses));
    ms += performance.now() - t0;
    for (const collapse of collapses.reverse()) collapse.undo();
  }
  return ms;
};
