import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

// Where the per-page lines go: stdout, or --output FILE. Writes wait for the stream to
// drain, so a slow reader holds the run back instead of filling memory.

export interface LineWriter {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

export function createLineWriter(path: string | undefined): LineWriter {
  const stream = path ? createWriteStream(path) : process.stdout;
  return {
    async write(text) {
      if (!stream.write(text)) await once(stream, 'drain');
    },
    async close() {
      if (stream === process.stdout) return;
      stream.end();
      await once(stream, 'finish');
    },
  };
}
