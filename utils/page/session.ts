import { analyzeDocument, type DetailedAnalysis } from '../engine/analyze';
import type { AnalysisReply } from '../messaging';
import { applyCollapse, revealText, type Collapse } from './collapse';

// One page's Sourceline state in the content script: the analysis, the collapse applied
// from it, and the answers to the popup. Errors are contained here: a failure is logged
// once, leaves the page exactly as it was, and is reported to the popup.

export class PageSession {
  private detailed: DetailedAnalysis | null = null;
  private collapse: Collapse | null = null;
  private error: string | null = null;

  constructor(private readonly doc: Document, private readonly url: string) {}

  /** Analyses the page and collapses what was found; returns the number collapsed. */
  run(): number {
    try {
      this.detailed = analyzeDocument(this.doc, this.url);
      const { analysis, targets } = this.detailed;
      this.collapse = applyCollapse(this.doc, analysis.findings, targets);
      return this.collapse.count;
    } catch (error) {
      this.fail(error);
      return 0;
    }
  }

  reply(): AnalysisReply {
    if (this.detailed) return { status: 'ok', analysis: this.detailed.analysis };
    return { status: 'failed', error: this.error ?? 'The page has not been analysed yet.' };
  }

  reveal(evidence: string): boolean {
    if (!this.detailed) return false;
    return revealText(evidence, [...this.detailed.storyElements, ...this.detailed.targets.map((t) => t.element)]);
  }

  /** Restores the page's own markup. */
  undo(): void {
    this.collapse?.undo();
    this.collapse = null;
  }

  private fail(error: unknown): void {
    try {
      this.collapse?.undo();
    } catch {
      // the page is already as good as we can leave it
    }
    this.collapse = null;
    this.detailed = null;
    this.error = error instanceof Error ? error.message : String(error);
    console.warn('[Sourceline] analysis failed on this page:', error);
  }
}
