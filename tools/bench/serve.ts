import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';

// The pages of `npm run bench`, served on 127.0.0.1 (random port). Saved pages are
// served as their own bytes (read as latin1 so any charset survives) with three changes:
// their executable <script>s are made inert (type="text/x-bench-inert": they neither run
// nor fetch, yet the DOM and its text stay what the engine sees on the live page; JSON-LD
// and other data blocks are left as they are), meta refreshes are dropped, and the
// harness (when asked for) goes in as an inline <script> at the end of <body>.

const EXECUTABLE_TYPE = /^(?:(?:text|application)\/(?:x-)?(?:java|ecma)script(?:1\.\d)?|text\/jscript|text\/livescript|module)$/i;
const TYPE_ATTRIBUTE = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

/** The page with its own scripts made inert and, if given, the harness at the end of <body>. */
export function preparePage(html: string, harness: string | null): string {
  let out = html.replace(/<script\b([^>]*)>/gi, (tag, attrs: string) => {
    const typed = TYPE_ATTRIBUTE.exec(attrs);
    const type = (typed?.[1] ?? typed?.[2] ?? typed?.[3] ?? '').trim();
    if (type && !EXECUTABLE_TYPE.test(type)) return tag;
    return `<script type="text/x-bench-inert"${typed ? attrs.replace(TYPE_ATTRIBUTE, '') : attrs}>`;
  });
  out = out.replace(/<meta\b[^>]*http-equiv\s*=\s*["']?refresh[^>]*>/gi, '');
  if (harness === null) return out;
  const script = `<script>${harness}</script>`;
  const end = out.toLowerCase().lastIndexOf('</body');
  return end < 0 ? out + script : out.slice(0, end) + script + out.slice(end);
}

/**
 * Makes an IIFE safe inside an inline <script> of a page served as its own bytes: no
 * "</script" or "<!--", and ASCII only (esbuild leaves some characters in regular
 * expressions as they are; \uXXXX means the same in strings, regexps and identifiers).
 */
export function inlineSafe(js: string): string {
  return js
    .replace(/<\/(script)/gi, '<\\/$1')
    .replace(/<!--/g, '<\\x21--')
    .replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `entry` bundled as one IIFE for Chromium, safe to inline in a served page (`alias`: esbuild's module aliases). */
export async function bundleInline(entry: string, root: string, alias: Record<string, string> = {}): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    charset: 'ascii',
    write: false,
    logLevel: 'silent',
    absWorkingDir: root,
    alias,
  });
  return inlineSafe(result.outputFiles[0]!.text);
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export interface BenchServer {
  origin: string;
  /** registers a generated page (a latin1-safe or plain UTF-8 string) at `path` */
  add(path: string, html: string): void;
  /** registers a page at `path` sent as a slow network would: `chunk` bytes every `gapMs` ms */
  addStream(path: string, html: Buffer, chunk: number, gapMs: number): void;
  close(): Promise<void>;
}

/**
 * Serves `/aeb/<file>` from `htmlDir` (prepared, with the harness) and whatever was
 * `add`ed. Everything else is a 404.
 */
export async function serve(htmlDir: string, files: Set<string>, harness: string): Promise<BenchServer> {
  const generated = new Map<string, Buffer>();
  const streamed = new Map<string, { html: Buffer; chunk: number; gapMs: number }>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const stream = streamed.get(path);
    if (stream) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      let at = 0;
      const next = () => {
        if (res.destroyed) return;
        res.write(stream.html.subarray(at, at + stream.chunk));
        at += stream.chunk;
        if (at >= stream.html.length) res.end();
        else setTimeout(next, stream.gapMs);
      };
      next();
      return;
    }
    let body: Buffer | undefined = generated.get(path);
    let type = 'text/html; charset=utf-8';
    // /aeb/<file> with the harness; /aeb-plain/<file> without it (the page as the extension meets it).
    const plain = path.startsWith('/aeb-plain/');
    const file = plain ? path.slice(11) : path.slice(5);
    if (!body && (plain || path.startsWith('/aeb/')) && files.has(file)) {
      try {
        const bytes = readFileSync(join(htmlDir, file));
        body = Buffer.from(preparePage(bytes.toString('latin1'), plain ? null : harness), 'latin1');
        // Without a charset the page's own <meta charset> decides; a valid UTF-8 file is UTF-8.
        if (!isUtf8(bytes)) type = 'text/html';
      } catch {
        body = undefined;
      }
    }
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res
      .writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        // Cross-origin isolation: performance.now() then ticks in 5 µs steps, not 100 µs.
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      })
      .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    add: (path, html) => generated.set(path, Buffer.from(html, 'utf8')),
    addStream: (path, html, chunk, gapMs) => streamed.set(path, { html, chunk, gapMs }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
