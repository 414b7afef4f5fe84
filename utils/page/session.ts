import { analyzeDocument, type DetailedAnalysis } from '../engine/analyze';
import type { AnalysisReply } from '../messaging';
import { DEFAULT_SETTINGS, isSiteDisabled, type Settings } from '../settings/schema';
import { applyCollapse, revealText, type Collapse } from './collapse';

// One page's Sourceline state in the content script: the analysis, the collapses applied
// from it, and the answers to the popup. Errors are contained here: a failure is logged
// once, leaves the page exactly as it was, and is reported to the popup.

export class PageSession {
  private detailed: DetailedAnalysis | null = null;
  private collapses: Collapse[] = [];
  private error: string | null = null;
  private logged = false;
  private settings: Settings = DEFAULT_SETTINGS;
  /** Everything shown by the keyboard command, until it is pressed again. */
  private paused = false;

  constructor(
    private readonly doc: Document,
    private url: string,
  ) {}

  /** Analyses the page and collapses what was found (new findings only, on a re-run); returns the number collapsed. */
  run(): number {
    if (this.disabled()) return 0;
    try {
      this.detailed = analyzeDocument(this.doc, this.url, { userPhrases: this.settings.userPhrases });
      const { analysis, targets } = this.detailed;
      const { mode, keepVisible } = this.settings;
      // Toggled off by the keyboard command: analysed for the popup, but nothing is collapsed.
      if (!this.paused) this.collapses.push(applyCollapse(this.doc, analysis.findings, targets, { mode, keepVisible }));
      this.error = null;
      return this.collapsedCount();
    } catch (error) {
      this.fail(error);
      return 0;
    }
  }

  /** Takes new settings: the page returns to its own markup, then is collapsed anew (unless switched off). */
  configure(settings: Settings): number {
    this.settings = settings;
    this.undo();
    this.detailed = null;
    return this.run();
  }

  /** The keyboard command: the page's own markup back (everything shown), or collapsed anew. Returns the number collapsed. */
  toggle(): number {
    // Switched off for the site: the page is already its own; nothing to toggle.
    if (this.disabled()) return 0;
    this.paused = !this.paused;
    if (!this.paused) return this.run();
    this.undo();
    return 0;
  }

  /** Switched off for this site by the user. */
  disabled(): boolean {
    return isSiteDisabled(this.settings, this.host());
  }

  host(): string {
    try {
      return new URL(this.url).hostname;
    } catch {
      return '';
    }
  }

  /** After an SPA navigation: the page is a new article; start over at its address. */
  restart(url: string): number {
    this.undo();
    this.url = url;
    this.detailed = null;
    return this.run();
  }

  collapsedCount(): number {
    return this.collapses.reduce((n, c) => n + c.count, 0);
  }

  reply(): AnalysisReply {
    if (this.disabled()) return { status: 'disabled', host: this.host() };
    if (this.detailed) return { status: 'ok', analysis: this.detailed.analysis, host: this.host() };
    return { status: 'failed', error: this.error ?? 'The page has not been analysed yet.' };
  }

  reveal(evidence: string): boolean {
    if (!this.detailed) return false;
    return revealText(evidence, [...this.detailed.storyElements, ...this.detailed.targets.map((t) => t.element)]);
  }

  /** Restores the page's own markup. */
  undo(): void {
    for (const collapse of this.collapses.splice(0).reverse()) collapse.undo();
  }

  private fail(error: unknown): void {
    try {
      this.undo();
    } catch {
      // the page is already as good as we can leave it
    }
    this.detailed = null;
    this.error = error instanceof Error ? error.message : String(error);
    if (!this.logged) console.warn('[Sourceline] analysis failed on this page:', error);
    this.logged = true;
  }
}
