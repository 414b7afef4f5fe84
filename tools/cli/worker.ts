import { parentPort, workerData } from 'node:worker_threads';
import { analyzePage, type PageInput } from './page';
import { pageLine, type Task } from './pool';

// A worker thread: analyses the pages the main thread sends, one at a time, and sends back
// the finished output line (so the main thread only writes it).

const { ndjson } = workerData as { ndjson: boolean };
parentPort!.on('message', (task: Task) => {
  const page: PageInput = { ...task.page, bytes: new Uint8Array(task.page.bytes) };
  parentPort!.postMessage(pageLine(task.seq, page, analyzePage(page), ndjson));
});
