import type { PageInput, PageResult } from './page';

// What passes between the main thread and a worker: a page to analyse (its bytes moved, not
// copied) and its outcome, already turned into the output line. Kept apart from pool.ts and
// page.ts so the main thread of a --jobs run never loads the engine.

export interface Task {
  seq: number;
  page: Omit<PageInput, 'bytes'> & { bytes: ArrayBuffer };
}

/** One input's outcome, ready to write: its output line, or the message for stderr. */
export type Done =
  | { seq: number; file: string; ok: true; line: string; isArticle: boolean }
  | { seq: number; file: string; ok: false; message: string };

export function pageLine(seq: number, page: PageInput, result: PageResult, ndjson: boolean): Done {
  if (!result.ok) return { seq, file: page.file, ok: false, message: result.message };
  const line = ndjson ? JSON.stringify({ file: page.file, ...result.analysis }) : JSON.stringify(result.analysis, null, 2);
  return { seq, file: page.file, ok: true, line, isArticle: result.analysis.isArticle };
}
