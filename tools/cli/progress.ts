// The progress bar, on stderr and only when stderr is a terminal: pipes and logs get nothing
// extra. Messages for stderr go through `log` so they do not mix with the bar.

export interface ProgressState {
  pages: number;
  articles: number;
  elapsedMs: number;
  /** share of the input read, 0..1, when the total is known */
  fraction: number | null;
  /** the number of pages, when known (HTML files; a WARC's page count is known only at its end) */
  totalPages: number | null;
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** One line: `[#####·····]  45%  1,234/2,700 pages · 56.2 pages/s · 789 articles · 0:42 left`. */
export function formatProgress(state: ProgressState, barWidth = 20): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const rate = state.elapsedMs > 0 ? (state.pages * 1000) / state.elapsedMs : 0;
  const parts: string[] = [];
  const fraction = state.fraction === null ? null : Math.min(1, Math.max(0, state.fraction));
  if (fraction !== null) {
    const filled = Math.round(fraction * barWidth);
    parts.push(`[${'#'.repeat(filled)}${'·'.repeat(barWidth - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}%`);
  }
  const pages = state.totalPages === null ? `${n(state.pages)} pages` : `${n(state.pages)}/${n(state.totalPages)} pages`;
  const stats = [pages, `${rate.toFixed(1)} pages/s`, `${n(state.articles)} articles`];
  if (fraction !== null && fraction > 0 && fraction < 1) stats.push(`${clock(((state.elapsedMs / 1000) * (1 - fraction)) / fraction)} left`);
  parts.push(stats.join(' · '));
  return parts.join(' ');
}

export interface Progress {
  update(state: Omit<ProgressState, 'elapsedMs'>): void;
  log(line: string): void;
  done(): void;
}

export function createProgress(stream: NodeJS.WriteStream, enabled: boolean, now = () => performance.now()): Progress {
  if (!enabled || !stream.isTTY) {
    return { update() {}, log: (line) => void stream.write(`${line}\n`), done() {} };
  }
  const start = now();
  let last = -Infinity;
  let shown = false;
  let latest: Omit<ProgressState, 'elapsedMs'> | null = null;
  const draw = () => {
    if (!latest) return;
    const width = Math.max(20, (stream.columns || 80) - 1);
    stream.write(`\r${formatProgress({ ...latest, elapsedMs: now() - start }).slice(0, width)}\x1b[K`);
    shown = true;
  };
  const clear = () => {
    if (shown) stream.write('\r\x1b[K');
    shown = false;
  };
  return {
    update(state) {
      latest = state;
      const t = now();
      if (t - last < 100) return;
      last = t;
      draw();
    },
    log(line) {
      clear();
      stream.write(`${line}\n`);
      draw();
    },
    done() {
      draw();
      if (shown) stream.write('\n');
      shown = false;
    },
  };
}
