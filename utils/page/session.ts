import type { PageAnalysis } from '../engine/analyze';
import type { ChainInput } from '../engine/chain-input';
import { runMemoized } from '../engine/run-memo';
import type { AnalysisReply } from '../messaging';
import type { StoryNote } from '../memory/messages';
import { DEFAULT_SETTINGS, isSiteDisabled, type Settings } from '../settings/schema';
import { revealText, type Collapse } from './collapse';
import { analyseAndCollapse, type EarlyCollapsed } from './page-run';
import { beforePaintThen, idleScheduler, runSliced, type SlicedRun, type SlicedRunOptions } from './sliced-run';

// One page's Sourceline state in the content script: the analysis, the collapses applied
// from it, and the answers to the popup (what the source chain reads of the page is read at
// the first question and kept until the page is analysed anew; the popup and the background
// build the chain from it, the content script never does). Errors are contained here: a
// failure is logged once, leaves the page exactly as it was, and is reported to the
// popup. A run works in short slices (sliced-run.ts): one at a time, a later request
// waits for the current one.

export class PageSession {
  private detailed: PageAnalysis | null = null;
  /** what the source chain reads of the page `detailed` shows, once asked for */
  private input: { of: PageAnalysis; value: ChainInput } | null = null;
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
  run(slicing: SlicedRunOptions = this.slicing, analysed: PageAnalysis | null = null): Promise<number> {
    if (this.disabled()) return Promise.resolve(0);
    if (this.running) return (this.queued ??= this.running.done.catch(() => null).then(() => ((this.queued = null), this.run())));
    const running = runSliced(analyseAndCollapse(this.doc, this.url, this.settings, this.collapses, !this.paused, this.early, analysed), slicing);
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
   * `analysed`: the page's analysis made early on the page as it is now (early.ts's `whole`), not made again.
   */
  start(settings: Settings, early: EarlyCollapsed, analysed: PageAnalysis | null = null): Promise<number> {
    this.settings = settings;
    this.early = early;
    return this.run({ ...this.slicing, schedule: beforePaintThen(this.slicing.schedule ?? idleScheduler) }, analysed);
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

  /** The answer to the popup (the analysis without its chain, and what the popup builds the chain from), once the run in progress (if any) is done. */
  async reply(): Promise<AnalysisReply> {
    while (this.running) await this.running.done.catch(() => null);
    if (this.disabled()) return { status: 'disabled', host: this.host() };
    const detailed = this.detailed;
    const chainInput = detailed ? this.chainInput(detailed) : null;
    if (detailed && chainInput) return { status: 'ok', analysis: detailed.analysis, chainInput, host: this.host() };
    return { status: 'failed', error: this.error ?? 'The page has not been analysed yet.' };
  }

  /** What the source chain reads of the page: read at the first question (the head once), then kept. */
  private chainInput(detailed: PageAnalysis): ChainInput | null {
    if (this.input?.of === detailed) return this.input.value;
    try {
      this.input = { of: detailed, value: runMemoized(() => detailed.chainInput()) };
      return this.input.value;
    } catch (error) {
      if (this.detailed === detailed) this.fail(error);
      return null;
    }
  }

  /**
   * What the story memory keeps of an article page (the background builds its source chain,
   * keeps the agency and republisher it names, fingerprints the text and drops it): null when
   * the page is not an article or Sourceline is off here.
   */
  async storyNote(): Promise<StoryNote | null> {
    while (this.running) await this.running.done.catch(() => null);
    const detailed = this.detailed;
    if (!detailed || this.disabled() || !detailed.analysis.isArticle) return null;
    const { analysis } = detailed;
    if (!analysis.story.text) return null;
    const chainInput = this.chainInput(detailed);
    if (!chainInput) return null;
    return {
      url: this.url,
      title: analysis.title,
      text: analysis.story.text,
      ...(analysis.lang && { lang: analysis.lang }),
      chainInput,
    };
  }

  private forget(): void {
    this.detailed = null;
    this.input = null;
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
