import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { PageRecord } from './aggregators';
import { describe } from './page';

// --merge: reads the NDJSON that runs over shards wrote (one line per page, in order) and
// gives back each page's record and its line, so the aggregators see exactly what one run
// over all the inputs would have seen.

export type MergeItem = { record: PageRecord; line: string } | { error: { file: string; message: string } };

function isRecord(value: unknown): value is PageRecord {
  const r = value as PageRecord;
  return typeof r === 'object' && r !== null && typeof r.file === 'string' && Array.isArray(r.findings) && Array.isArray(r.chain);
}

export async function* readShards(paths: string[]): AsyncGenerator<MergeItem> {
  for (const path of paths) {
    try {
      const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
      let n = 0;
      for await (const line of lines) {
        n++;
        if (!line.trim()) continue;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          value = null;
        }
        if (isRecord(value)) yield { record: value, line };
        else yield { error: { file: `${path}:${n}`, message: 'not a line of the analyze command’s NDJSON' } };
      }
    } catch (error) {
      yield { error: { file: path, message: describe(error) } };
    }
  }
}
