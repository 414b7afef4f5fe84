import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { analyze } from '../../utils/engine/analyze';
import { fingerprint, fingerprintToJson } from '../../utils/memory/fingerprint';
import { decodeHtml } from '../decode-html';
import { parseHtml } from '../parse-html';
import { groupPages, type PageRecord } from './group';

// `npm run --silent analyze -- <file-or-dir>... [--url URL]`
// One input file: one JSON Analysis on stdout. Several (or a directory): NDJSON, one line
// per file with its "file". A bad input gets one line on stderr; the rest still run; exit 1.

const USAGE = 'usage: npm run --silent analyze -- <file-or-dir>... [--url URL] [--group]';
/** Larger files are refused: memory stays bounded whatever a directory holds. */
const MAX_FILE_BYTES = 64 * 2 ** 20;
const HTML_FILE = /\.x?html?$/i;

interface Options {
  inputs: string[];
  url: string | undefined;
  /** NDJSON page lines with a "fingerprint", then one line per group of pages with the same story (tools/cli/group.ts) */
  group: boolean;
}

function parseArgs(argv: string[]): Options {
  const inputs: string[] = [];
  let url: string | undefined;
  let group = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--url') {
      url = argv[++i];
      if (!url) throw new Error('--url needs an address');
    } else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else if (arg === '--group') group = true;
    else if (arg === '--help' || arg === '-h') throw new Error(USAGE);
    else inputs.push(arg);
  }
  if (inputs.length === 0) throw new Error(USAGE);
  return { inputs, url, group };
}

/** Expands directories (recursively, sorted) into their HTML files. */
async function expand(inputs: string[], report: (file: string, message: string) => void): Promise<{ files: string[]; fromDir: boolean }> {
  const files: string[] = [];
  let fromDir = false;
  const walk = async (dir: string) => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && HTML_FILE.test(entry.name)) files.push(path);
    }
  };
  for (const input of inputs) {
    try {
      if ((await stat(input)).isDirectory()) {
        fromDir = true;
        await walk(input);
      } else files.push(input);
    } catch (error) {
      report(input, describe(error));
    }
  }
  return { files, fromDir };
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = String((error as { code: unknown }).code);
    if (code === 'ENOENT') return 'no such file or directory';
    if (code === 'EACCES') return 'permission denied';
    if (code === 'EISDIR') return 'is a directory';
  }
  return error instanceof Error ? error.message : String(error);
}

/** Text that is plainly not HTML: binary bytes, or no tag at all. */
function notHtmlReason(bytes: Buffer): string | null {
  if (bytes.length === 0) return 'empty file';
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.subarray(0, 8000).includes(0)) return 'binary file, not HTML';
  if (!/<[a-z!?]/i.test(bytes.subarray(0, 64_000).toString('latin1'))) return 'no HTML markup found';
  return null;
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${describe(error)}\n`);
    return 2;
  }
  let failed = false;
  const report = (file: string, message: string) => {
    failed = true;
    process.stderr.write(`sourceline: ${file}: ${message}\n`);
  };
  const { files, fromDir } = await expand(options.inputs, report);
  const ndjson = fromDir || options.inputs.length > 1 || options.group;
  const records: PageRecord[] = [];
  for (const file of files) {
    try {
      const size = (await stat(file)).size;
      if (size > MAX_FILE_BYTES) {
        report(file, `file too large (${Math.round(size / 2 ** 20)} MB; the limit is ${MAX_FILE_BYTES / 2 ** 20} MB)`);
        continue;
      }
      const bytes = await readFile(file);
      const reason = notHtmlReason(bytes);
      if (reason) {
        report(file, reason);
        continue;
      }
      const analysis = analyze(parseHtml(decodeHtml(bytes).text), options.url, { story: 'always' });
      let line: object = { file, ...analysis };
      if (options.group) {
        const found = analysis.isArticle ? fingerprint(analysis.story.text) : null;
        const record: PageRecord = { file, fingerprint: found && fingerprintToJson(found) };
        records.push(record);
        line = { ...line, fingerprint: record.fingerprint };
      }
      process.stdout.write(ndjson ? `${JSON.stringify(line)}\n` : `${JSON.stringify(analysis, null, 2)}\n`);
    } catch (error) {
      report(file, describe(error));
    }
  }
  if (options.group) for (const group of groupPages(records)) process.stdout.write(`${JSON.stringify(group)}\n`);
  return failed ? 1 : 0;
}

main().then((code) => {
  process.exitCode = code;
});
