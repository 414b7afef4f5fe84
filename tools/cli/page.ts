import type { Analysis } from '../../utils/engine/types';

// One page: what is read, the limits, the reasons a page is refused. The analysis itself is
// in analyze-page.ts, which loads the engine: only the threads that analyse import it (the
// main thread of a --jobs run never does).

/** Larger pages are refused: memory stays bounded whatever the input holds. */
export const MAX_PAGE_BYTES = 64 * 2 ** 20;

export function tooLarge(size: number): string {
  return `file too large (${Math.round(size / 2 ** 20)} MB; the limit is ${MAX_PAGE_BYTES / 2 ** 20} MB)`;
}

export interface PageInput {
  /** the name printed as "file": a path, or `<warc file>#<record id>` */
  file: string;
  bytes: Uint8Array;
  /** the charset the HTTP response declared (WARC records) */
  charset?: string | undefined;
  /** the page's address: --url, or the WARC record's target URI */
  url?: string | undefined;
}

export type PageResult = { ok: true; analysis: Analysis } | { ok: false; message: string };

/** Text that is plainly not HTML: binary bytes, or no tag at all. */
export function notHtmlReason(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'empty file';
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.subarray(0, 8000).includes(0)) return 'binary file, not HTML';
  if (!/<[a-z!?]/i.test(new TextDecoder('latin1').decode(bytes.subarray(0, 64_000)))) return 'no HTML markup found';
  return null;
}

export function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = String((error as { code: unknown }).code);
    if (code === 'ENOENT') return 'no such file or directory';
    if (code === 'EACCES') return 'permission denied';
    if (code === 'EISDIR') return 'is a directory';
  }
  return error instanceof Error ? error.message : String(error);
}
