import { analyzePageSteps, type PageAnalysis } from '../engine/analyze';
import type { Steps } from '../engine/steps';
import type { Settings } from '../settings/schema';
import { applyCollapse, type Collapse } from './collapse';

// What the content script does on a page, as resumable steps: analyse (all but the source
// chain, which waits for the popup), then collapse what was found, a few findings at a
// time. Each applied part goes into `collapses` at once, so a run stopped half-way is
// still undone completely.

/** Findings collapsed between two checkpoints (each inserts a control into the page). */
const COLLAPSE_CHUNK = 32;

/** `collapse` false (the keyboard command showed everything): analysed for the popup, nothing collapsed. */
export function* analyseAndCollapse(doc: Document, url: string, settings: Settings, collapses: Collapse[], collapse = true): Steps<PageAnalysis> {
  const detailed = yield* analyzePageSteps(doc, url, { userPhrases: settings.userPhrases });
  if (!collapse) return detailed;
  const { findings } = detailed.analysis;
  const { mode, keepVisible } = settings;
  for (let i = 0; i < findings.length; i += COLLAPSE_CHUNK) {
    yield;
    const end = i + COLLAPSE_CHUNK;
    collapses.push(applyCollapse(doc, findings.slice(i, end), detailed.targets.slice(i, end), { mode, keepVisible }));
  }
  return detailed;
}
