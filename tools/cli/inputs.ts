import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_PAGE_BYTES, describe, tooLarge, type PageInput } from './page';
import { isWarcName, looksLikeWarc, warcPages } from './warc';

// What the command reads: HTML files, directories of them, WARC files. First the arguments
// are expanded (directories walked, sorted; each file's size taken), then pages are read one
// at a time, in that order, as the workers ask for them.

export interface Source {
  kind: 'html' | 'warc';
  path: string;
  size: number;
}

export type InputItem =
  | { page: PageInput; /** input bytes consumed so far, for the progress bar */ bytesRead: number }
  | { error: { file: string; message: string }; bytesRead: number };

const HTML_FILE = /\.x?html?$/i;

export async function expandInputs(
  inputs: string[],
  report: (file: string, message: string) => void,
): Promise<{ sources: Source[]; fromDir: boolean; totalBytes: number }> {
  const sources: Source[] = [];
  let fromDir = false;
  const walk = async (dir: string) => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && (HTML_FILE.test(entry.name) || isWarcName(entry.name))) {
        sources.push({ kind: isWarcName(entry.name) ? 'warc' : 'html', path, size: (await stat(path)).size });
      }
    }
  };
  for (const input of inputs) {
    try {
      const info = await stat(input);
      if (info.isDirectory()) {
        fromDir = true;
        await walk(input);
      } else sources.push({ kind: isWarcName(input) || (await looksLikeWarc(input)) ? 'warc' : 'html', path: input, size: info.size });
    } catch (error) {
      report(input, describe(error));
    }
  }
  return { sources, fromDir, totalBytes: sources.reduce((sum, s) => sum + s.size, 0) };
}

async function readWhole(path: string): Promise<Uint8Array> {
  const handle = await open(path);
  try {
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}

/** Every page of every source, in order; a source that fails gives an error item and the rest go on. */
export async function* readPages(sources: Source[], url: string | undefined): AsyncGenerator<InputItem> {
  let done = 0;
  for (const source of sources) {
    if (source.kind === 'warc') {
      for await (const item of warcPages(source.path, () => createReadStream(source.path))) {
        yield { ...item, bytesRead: done + item.offset };
      }
      done += source.size;
      continue;
    }
    done += source.size;
    try {
      const size = (await stat(source.path)).size;
      if (size > MAX_PAGE_BYTES) {
        yield { error: { file: source.path, message: tooLarge(size) }, bytesRead: done };
        continue;
      }
      yield { page: { file: source.path, bytes: await readWhole(source.path), url }, bytesRead: done };
    } catch (error) {
      yield { error: { file: source.path, message: describe(error) }, bytesRead: done };
    }
  }
}
