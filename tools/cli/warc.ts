import { open } from 'node:fs/promises';
import { Transform, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { WARCParser, type WARCRecord } from 'warcio';
import { headerCharset } from '../decode-html';
import { MAX_PAGE_BYTES, describe, tooLarge, type PageInput } from './page';

// WARC and WARC.gz through webrecorder's warcio, streaming: one record in memory at a time.
// The gzip layer is Node's own zlib (multi-member, as WARC.gz is written): on a cut file it
// stops with an error where warcio's own inflater waits forever.

export const WARC_FILE = /\.warc(\.gz)?$/i;

export function isWarcName(path: string): boolean {
  return WARC_FILE.test(path);
}

/** A file not named .warc whose first bytes are a WARC header (or gzip holding one). */
export async function looksLikeWarc(path: string): Promise<boolean> {
  const handle = await open(path);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    return bytesRead === 5 && buffer.toString('latin1') === 'WARC/';
  } finally {
    await handle.close();
  }
}

const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

export type WarcItem = ({ page: PageInput } | { error: { file: string; message: string } }) & {
  /** compressed bytes of the file read so far */
  offset: number;
};

/** Counts the bytes that leave the file, before gunzip, for the progress bar. */
function counted(stream: Readable, onBytes: (n: number) => void): Readable {
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      onBytes(chunk.length);
      callback(null, chunk);
    },
  });
  // `pipe` does not forward errors: a read error on the file ends the stream with it.
  stream.on('error', (error) => counter.destroy(error));
  return stream.pipe(counter);
}

async function* chunks(stream: Readable): AsyncGenerator<Uint8Array> {
  for await (const chunk of stream) yield chunk as Uint8Array;
}

async function gzipped(path: string): Promise<boolean> {
  const handle = await open(path);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/** Reads a record's decoded payload, refusing it past the size limit; `truncated` when the file ends inside it. */
async function payload(record: WARCRecord): Promise<{ bytes: Uint8Array; truncated: boolean } | { tooLarge: number }> {
  const raw = record.reader as unknown as { limit: number };
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of record.contentReader as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > MAX_PAGE_BYTES) return { tooLarge: size };
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { bytes, truncated: raw.limit > 0 };
}

export async function* warcPages(path: string, openStream: () => Readable): AsyncGenerator<WarcItem> {
  let offset = 0;
  let current: string | null = null;
  try {
    const gz = await gzipped(path);
    const file = counted(openStream(), (n) => (offset += n));
    const source = gz ? file.pipe(createGunzip()) : file;
    if (gz) file.on('error', (error) => source.destroy(error));
    // warcio is handed a plain async iterable: on a Node stream of its own it can miss the
    // stream's end (seen on a file cut inside a record) and wait forever.
    const parser = new WARCParser(chunks(source));
    for await (const record of parser) {
      const id = record.warcHeader('WARC-Record-ID') ?? `offset ${parser.offset}`;
      // While `current` is set, an error belongs to this record; between records, to the file.
      current = `${path}#${id}`;
      const item = await htmlResponse(record, current);
      if (item === null) {
        // Any other record is read through (not kept) to see whether the file ends inside it.
        const raw = record.reader as unknown as AsyncIterable<Uint8Array> & { limit: number };
        for await (const chunk of raw) void chunk;
        if (raw.limit > 0) {
          yield { error: { file: current, message: 'truncated WARC record (the file ends inside it)' }, offset };
          return;
        }
      } else yield { ...item, offset };
      current = null;
      // After a cut record the file has ended (warcio would wait for more).
      if (item && 'error' in item && item.truncated) return;
    }
  } catch (error) {
    const message = describe(error);
    const cut = /unexpected end of file/i.test(message);
    yield {
      error: {
        file: current ?? path,
        message: cut
          ? `truncated WARC ${current ? 'record (the gzip stream ends inside it)' : 'file (the gzip stream ends inside a record)'}; not analysed`
          : `unreadable WARC: ${message}`,
      },
      offset,
    };
  }
}

/** The page a response record carries, an error for a refused one, or null for any other record. */
async function htmlResponse(
  record: WARCRecord,
  file: string,
): Promise<{ page: PageInput } | { error: { file: string; message: string }; truncated?: boolean } | null> {
  if (record.warcType !== 'response') return null;
  const contentType = record.httpHeaders?.headers.get('content-type') ?? null;
  if (!contentType || !HTML_TYPE.test(contentType)) return null;
  if (record.warcContentLength > MAX_PAGE_BYTES) return { error: { file, message: tooLarge(record.warcContentLength) } };
  const body = await payload(record);
  if ('tooLarge' in body) return { error: { file, message: tooLarge(body.tooLarge) } };
  if (body.truncated) return { error: { file, message: 'truncated WARC record (the file ends inside it); not analysed' }, truncated: true };
  return { page: { file, bytes: body.bytes, charset: headerCharset(contentType) ?? undefined, url: record.warcTargetURI ?? undefined } };
}
