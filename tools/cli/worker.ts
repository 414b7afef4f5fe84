import { parentPort, workerData } from 'node:worker_threads';
import { analyzePage } from './analyze-page';
import type { PageInput } from './page';
import { pageLine, type Task } from './line';

// A worker thread: analyses the pages the main thread sends, one at a time, and sends back
// the finished output line (so the main thread only writes it). Started from the bundle
// worker-entry.ts builds (plain JavaScript, no TypeScript compiler in the thread).

const { ndjson } = workerData as { ndjson: boolean };
parentPort!.on('message', (task: Task) => {
  const page: PageInput = { ...task.page, bytes: new Uint8Array(task.page.bytes) };
  parentPort!.postMessage(pageLine(task.seq, page, analyzePage(page), ndjson));
});
