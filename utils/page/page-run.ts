import { analyzePageSteps, type PageAnalysis } from '../engine/analyze';
import type { Steps } from '../engine/steps';
import type { Settings } from '../settings/schema';
import { applyCollapse, lineWrapper, type Collapse } from './collapse';

// What the content script does on a page, as resumable steps: analyse (all but the source
// chain, which waits for the popup), then collapse what was found, a few findings at a
// time. Each applied part goes into `collapses` at once, so a run stopped half-way is
// still undone completely.

/** Findings collapsed between two checkpoints (each inserts a control into the page). */
const COLLAPSE_CHUNK = 32;

/** What was collapsed while the page loaded (early.ts), by element (a wrapped line: its span): the analysis adopts what it confirms. */
export type EarlyCollapsed = Map<Element, { rule: string; collapse: Collapse }>;

/**
 * `collapse` false (the keyboard command showed everything): analysed for the popup, nothing collapsed.
 * `early`: collapses made while the page loaded; those the analysis confirms (same element,
 * same rule) are kept as they are, the others are undone, and the map is emptied.
 * `analysed`: the page's analysis, made already on the page as it is (early.ts's, once the parser was done), taken instead of a new one.
 */
export function* analyseAndCollapse(
  doc: Document,
  url: string,
  settings: Settings,
  collapses: Collapse[],
  collapse = true,
  early: EarlyCollapsed = new Map(),
  analysed: PageAnalysis | null = null,
): Steps<PageAnalysis> {
  try {
    const detailed = analysed ?? (yield* analyzePageSteps(doc, url, { userPhrases: settings.userPhrases }));
    if (!collapse) return detailed;
    const { mode, keepVisible } = settings;
    const findings: typeof detailed.analysis.findings = [];
    const targets: typeof detailed.targets = [];
    detailed.analysis.findings.forEach((finding, i) => {
      const target = detailed.targets[i]!;
      // A line collapsed early is found again as the span it was wrapped in.
      const key = target.nodes ? lineWrapper(target.nodes) : target.element;
      const adopted = key ? early.get(key) : undefined;
      if (key && adopted && adopted.rule === finding.rule) {
        collapses.push(adopted.collapse);
        early.delete(key);
      } else {
        findings.push(finding);
        targets.push(target);
      }
    });
    for (const { collapse: unconfirmed } of early.values()) unconfirmed.undo();
    early.clear();
    for (let i = 0; i < findings.length; i += COLLAPSE_CHUNK) {
      yield;
      const end = i + COLLAPSE_CHUNK;
      collapses.push(applyCollapse(doc, findings.slice(i, end), targets.slice(i, end), { mode, keepVisible }));
    }
    return detailed;
  } finally {
    // Stopped or failed before the analysis could confirm them: the early collapses stay undoable.
    for (const { collapse: left } of early.values()) collapses.push(left);
    early.clear();
  }
}
