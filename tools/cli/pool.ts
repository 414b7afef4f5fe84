import { Worker } from 'node:worker_threads';
import type { InputItem } from './inputs';
import { analyzePage, type PageInput, type PageResult } from './page';

// Runs the pages through `jobs` worker threads (or the main thread for --jobs 1) and hands
// the results back in input order. Memory stays bounded on any input: at most `window`
// pages (and at most MAX_IN_FLIGHT_BYTES of them) are between reading and writing at once;
// reading waits until the oldest page is written.

export interface Task {
  seq: number;
  page: Omit<PageInput, 'bytes'> & { bytes: ArrayBuffer };
}

/** One input's outcome, ready to write: its output line, or the message for stderr. */
export type Done =
  | { seq: number; file: string; ok: true; line: string; isArticle: boolean }
  | { seq: number; file: string; ok: false; message: string };

/**
 * The worker's entry, in TypeScript like the rest of the CLI: Node 20 does not pass the
 * `--import` that registered tsx on to worker threads, so the worker registers tsx itself.
 */
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./worker.ts', import.meta.url).href)}); })`;

/** Pages a worker analyses before it is replaced by a fresh one. */
const RECYCLE_AFTER = 500;

/** Pages read but not yet written, at most (besides one page, whatever its size). */
const MAX_IN_FLIGHT_BYTES = 256 * 2 ** 20;

export function pageLine(seq: number, page: PageInput, result: PageResult, ndjson: boolean): Done {
  if (!result.ok) return { seq, file: page.file, ok: false, message: result.message };
  const line = ndjson ? JSON.stringify({ file: page.file, ...result.analysis }) : JSON.stringify(result.analysis, null, 2);
  return { seq, file: page.file, ok: true, line, isArticle: result.analysis.isArticle };
}

function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return whole ? (bytes.buffer as ArrayBuffer) : (bytes.slice().buffer as ArrayBuffer);
}

export interface PoolOptions {
  jobs: number;
  ndjson: boolean;
  /** how many pages may be between reading and writing (default: 4 per job) */
  window?: number;
}

export async function runPages(items: AsyncIterable<InputItem>, options: PoolOptions, emit: (done: Done, bytesRead: number) => Promise<void>): Promise<void> {
  let seq = 0;
  if (options.jobs <= 1) {
    for await (const item of items) {
      const s = seq++;
      const done: Done = 'error' in item ? { seq: s, file: item.error.file, ok: false, message: item.error.message } : pageLine(s, item.page, analyzePage(item.page), options.ndjson);
      await emit(done, item.bytesRead);
    }
    return;
  }

  const window = options.window ?? options.jobs * 4;
  const ready = new Map<number, Done>();
  const sizes = new Map<number, number>();
  const readAt = new Map<number, number>();
  const queue: Task[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Task>();
  let next = 0;
  let inFlightBytes = 0;
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
      busy.set(worker, task);
      worker.postMessage(task, [task.page.bytes]);
    }
  };
  const spawn = () => {
    const worker = new Worker(WORKER_BOOT, { eval: true, workerData: { ndjson: options.ndjson } });
    let analysed = 0;
    worker.on('message', (done: Done) => {
      busy.delete(worker);
      // A worker's heap only grows over a long run (V8 collects lazily): after
      // RECYCLE_AFTER pages it is replaced by a fresh one, so resident memory stays flat.
      if (++analysed >= RECYCLE_AFTER) {
        void worker.terminate();
        idle.push(spawn());
      } else idle.push(worker);
      settle(done);
      dispatch();
    });
    worker.on('error', (error) => {
      // A page that kills its worker (out of memory, a crash in the engine) is reported; a
      // fresh worker takes the next page.
      const task = busy.get(worker);
      busy.delete(worker);
      if (task) settle({ seq: task.seq, file: task.page.file, ok: false, message: `analysis failed: ${error.message}` });
      else fatal = error;
      void worker.terminate();
      idle.push(spawn());
      dispatch();
    });
    return worker;
  };
  for (let i = 0; i < options.jobs; i++) idle.push(spawn());

  const flush = async () => {
    while (ready.has(next)) {
      const done = ready.get(next)!;
      ready.delete(next);
      inFlightBytes -= sizes.get(next) ?? 0;
      sizes.delete(next);
      const bytesRead = readAt.get(next) ?? 0;
      readAt.delete(next);
      next++;
      await emit(done, bytesRead);
    }
  };
  const waitForResult = () => new Promise<void>((resolve) => (wake = resolve));

  try {
    for await (const item of items) {
      const s = seq++;
      readAt.set(s, item.bytesRead);
      if ('error' in item) ready.set(s, { seq: s, file: item.error.file, ok: false, message: item.error.message });
      else {
        sizes.set(s, item.page.bytes.byteLength);
        inFlightBytes += item.page.bytes.byteLength;
        queue.push({ seq: s, page: { ...item.page, bytes: ownBuffer(item.page.bytes) } });
        dispatch();
      }
      await flush();
      while (seq - next >= window || (inFlightBytes > MAX_IN_FLIGHT_BYTES && seq - next > 1)) {
        if (fatal) throw fatal;
        if (!ready.has(next)) await waitForResult();
        await flush();
      }
    }
    while (next < seq) {
      if (fatal) throw fatal;
      if (!ready.has(next)) await waitForResult();
      await flush();
    }
  } finally {
    await Promise.all([...idle, ...busy.keys()].map((worker) => worker.terminate()));
  }
}
