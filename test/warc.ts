import { WARCRecord, WARCSerializer } from 'warcio';

// Builds WARC records for the tests, with webrecorder's warcio (the library the CLI reads
// them with), each record its own gzip member as in a WARC.gz.

export interface BuiltRecord {
  id: string;
  bytes: Uint8Array;
}

export async function warcRecord(options: {
  url: string;
  type?: 'response' | 'request' | 'resource';
  contentType?: string;
  body: Uint8Array | string;
  gzip?: boolean;
}): Promise<BuiltRecord> {
  const body = typeof options.body === 'string' ? new TextEncoder().encode(options.body) : options.body;
  const type = options.type ?? 'response';
  const record = await WARCRecord.create(
    {
      url: options.url,
      type,
      warcVersion: 'WARC/1.1',
      date: '2026-11-30T10:00:00Z',
      ...(type === 'response' ? { httpHeaders: { 'Content-Type': options.contentType ?? 'text/html' }, statusline: 'HTTP/1.1 200 OK' } : {}),
      ...(type === 'request' ? { httpHeaders: { Host: new URL(options.url).host }, statusline: `GET ${new URL(options.url).pathname} HTTP/1.1` } : {}),
    },
    (async function* () {
      yield body;
    })(),
  );
  const bytes = await WARCSerializer.serialize(record, { gzip: options.gzip ?? true });
  return { id: record.warcHeader('WARC-Record-ID')!, bytes };
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
