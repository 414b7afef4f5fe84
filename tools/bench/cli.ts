import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

// `npm run bench:cli -- [html dir] [--warc-mb N] [--skip-memory]`
//
// A report, never a test: the command line at research scale.
//  1. --jobs 1 vs --jobs N (the number of cores) on a folder of pages (default: the AEB
//     pages): same NDJSON? speed-up, pages/s, pages/s per core.
//  2. Memory: a WARC.gz of the same pages repeated to --warc-mb (default 1024) MB, written
//     to the system's temporary folder (deleted afterwards, never committed), analysed with
//     the default --jobs; the process's peak resident memory (VmHWM, worker threads
//     included) is printed.

const ROOT = resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const flag = (name: string) => args.indexOf(name);
const warcMb = flag('--warc-mb') >= 0 ? Number(args[flag('--warc-mb') + 1]) : 1024;
const skipMemory = flag('--skip-memory') >= 0;
const dir = resolve(args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1] === '--warc-mb')) ?? join(ROOT, '..', 'shared', 'benchmarks', 'aeb', 'html'));

interface Run {
  stdout: string;
  stderr: string;
  code: number | null;
  seconds: number;
  peakRssMb: number;
}

/** Runs the CLI, sampling the process's peak RSS (VmHWM covers its worker threads) until it exits. */
function run(cliArgs: string[], keepStdout = true): Promise<Run> {
  return new Promise((done) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tools/cli/analyze.ts'), ...cliArgs], { cwd: ROOT });
    const out: Buffer[] = [];
    let stderr = '';
    let peak = 0;
    child.stdout.on('data', (b: Buffer) => keepStdout && out.push(b));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const sample = () => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm) peak = Math.max(peak, Number(hwm[1]) / 1024);
      } catch {
        // exited
      }
    };
    const timer = setInterval(sample, 200);
    child.on('exit', () => sample());
    child.on('close', (code) => {
      clearInterval(timer);
      done({ stdout: Buffer.concat(out).toString(), stderr, code, seconds: (performance.now() - start) / 1000, peakRssMb: peak });
    });
  });
}

const cores = availableParallelism();
console.log(`# bench:cli  ${new Date().toISOString()}  cores ${cores}  load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`pages: ${dir}`);
const pages = readdirSync(dir).filter((n) => /\.html?$/i.test(n)).length;

const one = await run([dir, '--jobs', '1']);
const many = await run([dir, '--jobs', String(cores)]);
const same = one.stdout === many.stdout;
console.log(`jobs-1  ${one.seconds.toFixed(2)} s  ${(pages / one.seconds).toFixed(1)} pages/s  (${(pages / one.seconds).toFixed(1)} pages/s per core)  exit ${one.code}`);
console.log(`jobs-${cores}  ${many.seconds.toFixed(2)} s  ${(pages / many.seconds).toFixed(1)} pages/s  (${(pages / many.seconds / cores).toFixed(1)} pages/s per core)  exit ${many.code}`);
console.log(`same-ndjson ${same ? 'yes' : 'NO'}  (${one.stdout.split('\n').length - 1} lines)  speed-up ${(one.seconds / many.seconds).toFixed(2)}x  peak-rss jobs-1 ${one.peakRssMb.toFixed(0)} MB, jobs-${cores} ${many.peakRssMb.toFixed(0)} MB`);

if (!skipMemory) {
  // Each page its own gzip member (as in a WARC.gz), then the members repeated to the size.
  const members = readdirSync(dir)
    .filter((n) => /\.html?$/i.test(n))
    .sort()
    .map((name, i) => {
      const body = readFileSync(join(dir, name));
      const http = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: ${body.length}\r\n\r\n`, 'latin1');
      const head = Buffer.from(
        `WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}>\r\n` +
          `WARC-Target-URI: https://bench.example/${encodeURIComponent(name)}\r\nWARC-Date: 2026-11-30T10:00:00Z\r\n` +
          `Content-Type: application/http; msgtype=response\r\nContent-Length: ${http.length + body.length}\r\n\r\n`,
        'latin1',
      );
      return gzipSync(Buffer.concat([head, http, body, Buffer.from('\r\n\r\n')]));
    });
  const path = join(tmpdir(), `sourceline-bench-${process.pid}.warc.gz`);
  const fd = openSync(path, 'w');
  let size = 0;
  let records = 0;
  try {
    while (size < warcMb * 2 ** 20) {
      const member = members[records % members.length]!;
      writeSync(fd, member);
      size += member.length;
      records++;
    }
  } finally {
    closeSync(fd);
  }
  console.log(`memory: ${path}  ${(statSync(path).size / 2 ** 20).toFixed(0)} MB gzip, ${records} HTML responses`);
  const big = await run([path, '--jobs', String(cores)], false);
  console.log(`warc  ${big.seconds.toFixed(0)} s  ${(records / big.seconds).toFixed(1)} pages/s  peak-rss ${big.peakRssMb.toFixed(0)} MB (target < 600)  exit ${big.code}  stderr lines ${big.stderr.split('\n').filter(Boolean).length}`);
  if (existsSync(path)) rmSync(path);
}
