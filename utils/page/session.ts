import type { PageAnalysis } from '../engine/analyze';
import { withRunMemo } from '../engine/run-memo';
import type { Analysis } from '../engine/types';
import type { AnalysisReply } from '../messaging';
import type { StoryNote } from '../memory/messages';
import { DEFAULT_SETTINGS, isSiteDisabled, type Settings } from '../settings/schema';
import { revealText, type Collapse } from './collapse';
import { analyseAndCollapse, type EarlyCollapsed } from './page-run';
import { beforePaintThen, idleScheduler, promptScheduler, runSliced, type SlicedRun, type SlicedRunOptions } from './sliced-run';

// One page's Sourceline state in the content script: the analysis, the collapses applied
// from it, and the answers to the popup (the source chain is built at the popup's first
// question and kept until the page is analysed anew). Errors are contained here: a
// failure is logged once, leaves the page exactly as it was, and is reported to the
// popup. A run works in short slices (sliced-run.ts): one at a time, a later request
// waits for the current one.

export class PageSession {
  private detailed: PageAnalysis | null = null;
  /** the whole Analysis of `detailed` (with the chain), once the popup has asked for it */
  private complete: { of: PageAnalysis; analysis: Promise<Analysis | null> } | null = null;
  private collapses: Collapse[] = [];
  private error: string | null = null;
  private logged = false;
  private settings: Settings = DEFAULT_SETTINGS;
  /** Everything shown by the keyboard command, until it is pressed again. */
  private paused = false;
  private running: SlicedRun<PageAnalysis> | null = null;
  private queued: Promise<number> | null = null;
  private workMs = 0;
  /** collapses made while the page loaded, for the first run to confirm or undo */
  private early: EarlyCollapsed = new Map();

  constructor(
    private readonly doc: Document,
    private url: string,
    private readonly slicing: SlicedRunOptions = {},
  ) {}

  /** Analyses the page and collapses what was found (new findings only, on a re-run); resolves to the number collapsed. */
  run(slicing: SlicedRunOptions = this.slicing): Promise<number> {
    if (this.disabled()) return Promise.resolve(0);
    if (this.running) return (this.queued ??= this.running.done.catch(() => null).then(() => ((this.queued = null), this.run())));
    const running = runSliced(analyseAndCollapse(this.doc, this.url, this.settings, this.collapses, !this.paused, this.early), slicing);
    this.running = running;
    // A run stopped or superseded (new settings, a new address) leaves the state to the newer one.
    const current = () => this.running === running && ((this.running = null), true);
    return running.done.then(
      (result) => {
        if (!current()) return this.collapsedCount();
        if (result) {
          this.detailed = result.value;
          this.workMs = result.workMs;
          this.error = null;
        }
        return this.collapsedCount();
      },
      (error: unknown) => {
        if (current()) this.fail(error);
        return 0;
      },
    );
  }

  /** Whether the last run found anything to work with: an article, or blocks it collapsed. */
  foundAnything(): boolean {
    return this.detailed?.analysis.isArticle === true || this.collapsedCount() > 0;
  }

  /** The time the last run's slices took together, in ms. */
  lastWorkMs(): number {
    return this.workMs;
  }

  /**
   * The first run, with what was collapsed while the page loaded (early.ts): kept where the
   * analysis agrees, undone elsewhere. Called as the parser finishes, its first slice runs
   * before the next paint (sliced-run.ts's beforePaintThen), the rest in idle time.
   */
  start(settings: Settings, early: EarlyCollapsed): Promise<number> {
    this.settings = settings;
    this.early = early;
    return this.run({ ...this.slicing, schedule: beforePaintThen(this.slicing.schedule ?? idleScheduler) });
  }

  /** Takes new settings: the page returns to its own markup, then is collapsed anew (unless switched off). */
  configure(settings: Settings): Promise<number> {
    this.settings = settings;
    this.stop();
    this.undo();
    this.forget();
    return this.run();
  }

  /** The keyboard command: the page's own markup back (everything shown), or collapsed anew. Resolves to the number collapsed. */
  toggle(): Promise<number> {
    // Switched off for the site: the page is already its own; nothing to toggle.
    if (this.disabled()) return Promise.resolve(0);
    this.paused = !this.paused;
    if (!this.paused) return this.run();
    // A run in progress would go on collapsing: stopped first.
    this.stop();
    this.undo();
    return Promise.resolve(0);
  }

  /** Stops the run in progress, if any (what it collapsed stays, for undo). */
  private stop(): void {
    this.running?.cancel();
    this.running = null;
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
  restart(url: string): Promise<number> {
    this.stop();
    this.undo();
    this.url = url;
    this.forget();
    return this.run();
  }

  collapsedCount(): number {
    return this.collapses.reduce((n, c) => n + c.count, 0);
  }

  /** The answer to the popup, once the run in progress (if any) is done. */
  async reply(): Promise<AnalysisReply> {
    while (this.running) await this.running.done.catch(() => null);
    if (this.disabled()) return { status: 'disabled', host: this.host() };
    const analysis = this.detailed ? await this.completed(this.detailed) : null;
    if (analysis) return { status: 'ok', analysis, host: this.host() };
    return { status: 'failed', error: this.error ?? 'The page has not been analysed yet.' };
  }

  /** The Analysis with its source chain: built in slices at the first question, then kept. */
  private completed(detailed: PageAnalysis, prompt = true): Promise<Analysis | null> {
    if (this.complete?.of !== detailed) this.complete = { of: detailed, analysis: this.withChain(detailed, prompt) };
    return this.complete.analysis;
  }

  /**
   * What the story memory keeps of an article page (the background fingerprints the text and
   * drops it): null when the page is not an article or Sourceline is off here. The chain is
   * built in idle time and kept for the popup.
   */
  async storyNote(): Promise<StoryNote | null> {
    while (this.running) await this.running.done.catch(() => null);
    const detailed = this.detailed;
    if (!detailed || this.disabled() || !detailed.analysis.isArticle) return null;
    const analysis = await this.completed(detailed, false);
    if (!analysis || !analysis.story.text) return null;
    const named = (role: string) => analysis.chain.find((link) => link.role === role && !link.inferred)?.name;
    const agency = named('agency');
    const republisher = named('republisher');
    return {
      url: this.url,
      title: analysis.title,
      text: analysis.story.text,
      ...(analysis.lang && { lang: analysis.lang }),
      ...(agency && { agency }),
      ...(republisher && { republisher }),
    };
  }

  private async withChain(detailed: PageAnalysis, prompt = true): Promise<Analysis | null> {
    try {
      // The popup is waiting: its slices run at once, not in idle time (a test's scheduler is kept).
      // For the memory, they run in idle time.
      const built = await runSliced(withRunMemo(detailed.chainSteps()), { ...(prompt && { schedule: promptScheduler }), ...this.slicing }).done;
      return built && { ...detailed.analysis, chain: built.value };
    } catch (error) {
      if (this.detailed === detailed) this.fail(error);
      return null;
    }
  }

  private forget(): void {
    this.detailed = null;
    this.complete = null;
  }

  reveal(evidence: string): boolean {
    if (!this.detailed) return false;
    return revealText(evidence, [...this.detailed.storyElements, ...this.detailed.targets.map((t) => t.element)]);
  }

  /** Restores the page's own markup. */
  undo(): void {
    for (const { collapse } of this.early.values()) collapse.undo();
    this.early.clear();
    for (const collapse of this.collapses.splice(0).reverse()) collapse.undo();
  }

  private fail(error: unknown): void {
    try {
      this.undo();
    } catch {
      // the page is already as good as we can leave it
    }
    this.forget();
    this.error = error instanceof Error ? error.message : String(error);
    if (!this.logged) console.warn('[Sourceline] analysis failed on this page:', error);
    this.logged = true;
  }
}
