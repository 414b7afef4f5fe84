import { Worker } from 'node:worker_threads';
import type { InputItem } from './inputs';
import { pageLine, type Done, type Task } from './line';
import { workerEntry } from './worker-entry';

export { pageLine, type Done, type Task } from './line';

// Runs the pages through `jobs` worker threads (or the main thread for --jobs 1) and hands
// the results back in input order. Memory stays bounded on any input:
//  - reading runs ahead of the workers by at most `jobs` pages (PREFETCH_PER_JOB each), so
//    a WARC is never decompressed faster than it is analysed;
//  - finished lines wait for a slower page ahead of them (to keep input order) up to
//    `window` pages; a page that takes long no longer idles the other workers after a few
//    pages, as it did with a window of 4 pages per job.
// The main thread only reads, moves page bytes to the workers and writes lines: it never
// loads the engine (page.ts vs analyze-page.ts), and the workers start from a plain
// JavaScript bundle (worker-entry.ts) instead of compiling the engine through tsx each.

/** Pages a worker analyses before it is replaced by a fresh one (V8 grows a heap lazily). SOURCELINE_WORKER_RECYCLE overrides it. */
const RECYCLE_AFTER = Number(process.env.SOURCELINE_WORKER_RECYCLE) || 500;

/** Pages read and waiting for a worker, per worker. */
const PREFETCH_PER_JOB = 2;

/** Bytes of pages read and waiting for a worker, at most (besides one page, whatever its size). */
const MAX_QUEUED_BYTES = 64 * 2 ** 20;

/**
 * A worker's old-generation heap, at most (MB). V8 grows a heap lazily: after analysing a
 * large page a worker kept several hundred MB that it no longer used, and two such workers
 * took the process past 900 MB resident. Under this cap V8 collects sooner instead. A page
 * that needs more (a worker out of memory) is analysed again by a worker of its own without
 * the cap, so the output never depends on the cap. SOURCELINE_WORKER_HEAP_MB overrides it.
 */
const WORKER_HEAP_MB = Number(process.env.SOURCELINE_WORKER_HEAP_MB) || 128;

function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return whole ? (bytes.buffer as ArrayBuffer) : (bytes.slice().buffer as ArrayBuffer);
}

export interface PoolOptions {
  jobs: number;
  ndjson: boolean;
  /** how many pages may be between reading and writing (default: 64 per job) */
  window?: number;
  /** a worker's old-generation heap cap, MB (default WORKER_HEAP_MB) */
  workerHeapMb?: number;
}

export interface PoolStats {
  /** pages analysed again by an uncapped worker after running a capped one out of memory */
  uncappedRetries: number;
  /** capped workers that ran out of memory before they were given a page, replaced by uncapped ones */
  uncappedWorkers: number;
}

export async function runPages(
  items: AsyncIterable<InputItem>,
  options: PoolOptions,
  emit: (done: Done, bytesRead: number) => Promise<void>,
): Promise<PoolStats> {
  let seq = 0;
  const stats: PoolStats = { uncappedRetries: 0, uncappedWorkers: 0 };
  if (options.jobs <= 1) {
    const { analyzePage } = await import('./analyze-page');
    for await (const item of items) {
      const s = seq++;
      const done: Done = 'error' in item ? { seq: s, file: item.error.file, ok: false, message: item.error.message } : pageLine(s, item.page, analyzePage(item.page), options.ndjson);
      await emit(done, item.bytesRead);
    }
    return stats;
  }

  const entry = await workerEntry();
  const window = options.window ?? options.jobs * 64;
  const ready = new Map<number, Done>();
  const readAt = new Map<number, number>();
  const queue: Task[] = [];
  let queuedBytes = 0;
  const idle: Worker[] = [];
  const busy = new Map<Worker, Task>();
  const extra = new Set<Worker>();
  let next = 0;
  let wake: (() => void) | null = null;
  let fatal: Error | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const settle = (done: Done) => {
    ready.set(done.seq, done);
    signal();
  };

  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const task = queue.shift()!;
      queuedBytes -= task.page.bytes.byteLength;
      busy.set(worker, task);
      // Copied, not moved: the page is kept until its worker answers, to analyse it again
      // if the worker runs out of memory.
      worker.postMessage(task);
    }
    // A worker took a page: reading may go on.
    signal();
  };
  const start = (capped: boolean) => {
    const workerData = { ndjson: options.ndjson };
    const resourceLimits = capped ? { maxOldGenerationSizeMb: options.workerHeapMb ?? WORKER_HEAP_MB } : {};
    return entry.kind === 'file' ? new Worker(entry.url, { workerData, resourceLimits }) : new Worker(entry.code, { eval: true, workerData, resourceLimits });
  };
  /** A page its capped worker could not hold: a worker without the cap, for this page only. */
  const retryUncapped = (task: Task) => {
    stats.uncappedRetries++;
    const worker = start(false);
    extra.add(worker);
    worker.postMessage(task);
    worker.on('message', (done: Done) => {
      extra.delete(worker);
      void worker.terminate();
      settle(done);
    });
    worker.on('error', (error) => {
      extra.delete(worker);
      void worker.terminate();
      settle({ seq: task.seq, file: task.page.file, ok: false, message: `analysis failed: ${error.message}` });
    });
  };
  const spawn = (capped = true) => {
    const worker = start(capped);
    let analysed = 0;
    worker.on('message', (done: Done) => {
      busy.delete(worker);
      // A worker that ran many pages is replaced by a fresh one: whatever a page left
      // behind in its heap goes with it.
      if (++analysed >= RECYCLE_AFTER) {
        void worker.terminate();
        idle.push(spawn(capped));
      } else idle.push(worker);
      settle(done);
      dispatch();
    });
    worker.on('error', (error) => {
      // A page that kills its worker (a crash in the engine) is reported; one that ran it out
      // of its capped heap is analysed again without the cap. A fresh worker takes the next page.
      const task = busy.get(worker);
      busy.delete(worker);
      const outOfMemory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      if (!task) {
        // A capped worker that runs out of memory holding no page could not even load the
        // engine under the cap (how much that takes varies by machine): an uncapped one
        // takes its place. Anything else is a broken worker, and fatal.
        const index = idle.indexOf(worker);
        if (capped && outOfMemory && index >= 0) {
          idle.splice(index, 1);
          stats.uncappedWorkers++;
          void worker.terminate();
          idle.push(spawn(false));
          dispatch();
          return;
        }
        fatal = error;
        signal();
        return;
      }
      if (outOfMemory) retryUncapped(task);
      else settle({ seq: task.seq, file: task.page.file, ok: false, message: `analysis failed: ${error.message}` });
      void worker.terminate();
      idle.push(spawn(capped));
      dispatch();
    });
    return worker;
  };
  for (let i = 0; i < options.jobs; i++) idle.push(spawn());

  const flush = async () => {
    while (ready.has(next)) {
      const done = ready.get(next)!;
      ready.delete(next);
      const bytesRead = readAt.get(next) ?? 0;
      readAt.delete(next);
      next++;
      await emit(done, bytesRead);
    }
  };
  const waitForResult = () => new Promise<void>((resolve) => (wake = resolve));
  const full = () =>
    seq - next >= window || (queue.length > 0 && (queue.length >= options.jobs * PREFETCH_PER_JOB || queuedBytes > MAX_QUEUED_BYTES));

  try {
    for await (const item of items) {
      const s = seq++;
      readAt.set(s, item.bytesRead);
      if ('error' in item) ready.set(s, { seq: s, file: item.error.file, ok: false, message: item.error.message });
      else {
        queuedBytes += item.page.bytes.byteLength;
        queue.push({ seq: s, page: { ...item.page, bytes: ownBuffer(item.page.bytes) } });
        dispatch();
      }
      await flush();
      while (full()) {
        if (fatal) throw fatal;
        // A result that came in while a line was being written needs no waiting.
        if (ready.has(next)) await flush();
        else await waitForResult();
      }
    }
    while (next < seq) {
      if (fatal) throw fatal;
      if (ready.has(next)) await flush();
      else await waitForResult();
    }
    return stats;
  } finally {
    await Promise.all([...idle, ...busy.keys(), ...extra].map((worker) => worker.terminate()));
  }
}
