import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { workerEntry } from '../cli/worker-entry';

// `npm run bench:cli -- [html dir] [--repeat N] [--warc-mb N] [--skip-memory] [--skip-speed]`
//
// A report, never a test: the command line at research scale.
//  1. --jobs 1 vs --jobs N (the number of cores) on a folder of pages (default: the AEB
//     pages), run in pairs --repeat times (default 3, alternating which goes first): same
//     NDJSON? median seconds, speed-up (median of the pairs' ratios), pages/s, pages/s per
//     core, CPU seconds (user+sys, all threads) and the cores the run kept busy (CPU s /
//     wall s). The machine is shared: the load average is printed with each pair, and a
//     speed-up far below N with "cores busy" well under N means other processes had the
//     cores, not that the run was serial.
//     Then the machine's ceiling (two independent --jobs 1 runs at once against one alone)
//     and a long run (the pages given LONG_RUN times over), where a thread's warm-up is paid
//     once for many pages, as at research scale.
//  2. Memory: a WARC.gz of the same pages repeated to --warc-mb (default 1024) MB, written
//     to the system's temporary folder (deleted afterwards, never committed), analysed with
//     the default --jobs; the process's peak resident memory (worker threads included: it
//     is one process) is printed, with the resident memory sampled every 10% of the run.

const ROOT = resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const flag = (name: string) => args.indexOf(name);
const numberFlag = (name: string, fallback: number) => (flag(name) >= 0 ? Number(args[flag(name) + 1]) : fallback);
const warcMb = numberFlag('--warc-mb', 1024);
const repeat = numberFlag('--repeat', 3);
const skipMemory = flag('--skip-memory') >= 0;
const skipSpeed = flag('--skip-speed') >= 0;
const dir = resolve(
  args.find((a, i) => !a.startsWith('--') && !(i > 0 && ['--warc-mb', '--repeat'].includes(args[i - 1]!))) ?? join(ROOT, '..', 'shared', 'benchmarks', 'aeb', 'html'),
);

interface Run {
  stdout: string;
  stderr: string;
  code: number | null;
  seconds: number;
  /** user + sys CPU seconds of the process, all threads */
  cpuSeconds: number;
  /** CPU seconds of the busiest thread (the main thread for --jobs 1, a worker otherwise) */
  busiestThreadSeconds: number;
  peakRssMb: number;
  /** resident MB sampled over the run */
  rssTimeline: number[];
}

const TICKS = 100; // clock ticks per second (Linux USER_HZ)

/** The long run gives the pages this many times over. */
const LONG_RUN = 5;

/** Runs the CLI, sampling the process's resident memory and CPU time until it exits. VmHWM is the kernel's own peak (worker threads included). */
function run(cliArgs: string[], keepStdout = true, reportEvery = 0): Promise<Run> {
  return new Promise((done) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tools/cli/analyze.ts'), ...cliArgs], { cwd: ROOT });
    const out: Buffer[] = [];
    let stderr = '';
    let peak = 0;
    let cpu = 0;
    const threads = new Map<string, number>();
    const timeline: number[] = [];
    let lines = 0;
    child.stdout.on('data', (b: Buffer) => {
      if (keepStdout) out.push(b);
      for (let at = b.indexOf(10); at >= 0; at = b.indexOf(10, at + 1)) lines++;
    });
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const sample = () => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
        const rss = /VmRSS:\s+(\d+) kB/.exec(status);
        if (hwm) peak = Math.max(peak, Number(hwm[1]) / 1024);
        if (rss) timeline.push(Number(rss[1]) / 1024);
        // utime and stime: fields 14 and 15 of /proc/PID/stat (after the command's parenthesis)
        const ticks = (path: string) => {
          const stat = readFileSync(path, 'utf8');
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          return (Number(fields[11]) + Number(fields[12])) / TICKS;
        };
        cpu = Math.max(cpu, ticks(`/proc/${child.pid}/stat`));
        for (const tid of readdirSync(`/proc/${child.pid}/task`)) {
          try {
            threads.set(tid, Math.max(threads.get(tid) ?? 0, ticks(`/proc/${child.pid}/task/${tid}/stat`)));
          } catch {
            // thread ended
          }
        }
      } catch {
        // exited
      }
    };
    const timer = setInterval(sample, 100);
    // A long run (the memory measurement) says how far it got now and then: a run cut short
    // still leaves its figures.
    const progress = reportEvery > 0 ? setInterval(() => {
      const seconds = (performance.now() - start) / 1000;
      console.log(
        `  ${seconds.toFixed(0)} s  ${lines} pages  ${(lines / seconds).toFixed(1)} pages/s  rss ${(timeline.at(-1) ?? 0).toFixed(0)} MB  peak ${peak.toFixed(0)} MB  ` +
          `cpu ${cpu.toFixed(0)} s  load ${load()}`,
      );
    }, reportEvery * 1000) : null;
    child.on('exit', () => sample());
    child.on('close', (code) => {
      clearInterval(timer);
      if (progress) clearInterval(progress);
      done({ stdout: Buffer.concat(out).toString(), stderr, code, seconds: (performance.now() - start) / 1000, cpuSeconds: cpu, busiestThreadSeconds: Math.max(0, ...threads.values()), peakRssMb: peak, rssTimeline: timeline });
    });
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

const cores = availableParallelism();
console.log(`# bench:cli  ${new Date().toISOString()}  cores ${cores}  load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`pages: ${dir}`);
const pages = readdirSync(dir).filter((n) => /\.html?$/i.test(n)).length;

if (!skipSpeed) {
  const ones: Run[] = [];
  const manys: Run[] = [];
  let same = true;
  for (let i = 0; i < repeat; i++) {
    const before = load();
    // Alternate which goes first, so a change in the machine's load does not favour one.
    const order = i % 2 === 0 ? ['1', String(cores)] : [String(cores), '1'];
    const results: Record<string, Run> = {};
    for (const jobs of order) results[jobs] = await run([dir, '--jobs', jobs]);
    const one = results['1']!;
    const many = results[String(cores)]!;
    ones.push(one);
    manys.push(many);
    same &&= one.stdout === many.stdout && one.code === many.code;
    console.log(
      `pair ${i + 1}/${repeat}  jobs-1 ${one.seconds.toFixed(2)} s (cpu ${one.cpuSeconds.toFixed(1)} s)  jobs-${cores} ${many.seconds.toFixed(2)} s (cpu ${many.cpuSeconds.toFixed(1)} s)  ` +
        `speed-up ${(one.seconds / many.seconds).toFixed(2)}x  load before ${before}, after ${load()}`,
    );
  }
  const report = (label: string, runs: Run[], jobs: number) => {
    const seconds = median(runs.map((r) => r.seconds));
    const cpu = median(runs.map((r) => r.cpuSeconds));
    console.log(
      `${label}  median ${seconds.toFixed(2)} s  ${(pages / seconds).toFixed(1)} pages/s  (${(pages / seconds / jobs).toFixed(1)} pages/s per core)  ` +
        `cpu ${cpu.toFixed(1)} s (${(cpu / pages * 1000).toFixed(0)} ms per page; busiest thread ${median(runs.map((r) => r.busiestThreadSeconds)).toFixed(1)} s)  cores busy ${(median(runs.map((r) => r.cpuSeconds / r.seconds))).toFixed(2)}  ` +
        `peak-rss ${median(runs.map((r) => r.peakRssMb)).toFixed(0)} MB  exit ${runs.map((r) => r.code).join(',')}`,
    );
  };
  report('jobs-1', ones, 1);
  report(`jobs-${cores}`, manys, cores);
  const ratios = ones.map((one, i) => one.seconds / manys[i]!.seconds);
  // What N idle cores would allow: a run cannot take less than its busiest thread, nor less
  // than its CPU seconds spread over N cores. --jobs 1 already spreads V8's garbage
  // collection and compilation over the other cores, so its bound is its main thread.
  const bound = (r: Run, n: number) => Math.max(r.busiestThreadSeconds, r.cpuSeconds / n);
  const bounds = ones.map((one, i) => bound(one, cores) / bound(manys[i]!, cores));
  console.log(`speed-up bound on ${cores} idle cores (from CPU seconds per thread): median ${median(bounds).toFixed(2)}x`);
  console.log(
    `same-ndjson ${same ? 'yes' : 'NO'}  (${ones[0]!.stdout.split('\n').length - 1} lines)  speed-up median ${median(ratios).toFixed(2)}x (pairs ${ratios.map((r) => r.toFixed(2)).join(', ')}; target >= 1.7 on 2 idle cores)`,
  );
}

if (!skipSpeed) {
  // The machine's own ceiling: two independent --jobs 1 runs at once, against one alone.
  // Two processes share nothing (each loads, warms and analyses every page), so no --jobs
  // setting can scale better than they do; on a shared or virtual machine whose cores slow
  // each other down (memory-heavy work), this is well under the number of cores.
  const alone = await run([dir, '--jobs', '1'], false);
  const together = await Promise.all([run([dir, '--jobs', '1'], false), run([dir, '--jobs', '1'], false)]);
  const slower = Math.max(...together.map((r) => r.seconds));
  console.log(
    `machine ceiling: one --jobs 1 run ${alone.seconds.toFixed(2)} s; two at once ${together.map((r) => r.seconds.toFixed(2)).join(' and ')} s; ` +
      `throughput of two at once ${((2 * alone.seconds) / slower).toFixed(2)}x one (the most any --jobs ${cores} can reach here)  load ${load()}`,
  );
  // At research scale a thread's warm-up is paid once for many pages: the same pages given
  // LONG_RUN times over (one run of LONG_RUN × the pages).
  const many = Array.from({ length: LONG_RUN }, () => dir);
  const longOne = await run([...many, '--jobs', '1'], false);
  const longMany = await run([...many, '--jobs', String(cores)], false);
  console.log(
    `long run (${LONG_RUN} × ${pages} pages): jobs-1 ${longOne.seconds.toFixed(2)} s, jobs-${cores} ${longMany.seconds.toFixed(2)} s, ` +
      `speed-up ${(longOne.seconds / longMany.seconds).toFixed(2)}x  (${((LONG_RUN * pages) / longMany.seconds / cores).toFixed(1)} pages/s per core)  load ${load()}`,
  );
}

/** CPU seconds of each thread of this process (Linux), by thread id. */
function threadSeconds(): Map<string, number> {
  const seconds = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      seconds.set(tid, (Number(fields[11]) + Number(fields[12])) / TICKS);
    } catch {
      // thread ended
    }
  }
  return seconds;
}

if (!skipSpeed) {
  // What a fresh thread costs before it runs at speed: one worker (as --jobs starts them)
  // analyses the pages three times over. The first pass pays for loading the bundle and the
  // rule book and for V8's compiling the hot code (on the worker and on V8's helper threads);
  // later passes run warm. Each --jobs worker pays the first pass's extra once (and again
  // after each recycling), --jobs 1 once in all.
  const entry = await workerEntry();
  const bytes = readdirSync(dir).filter((n) => /\.html?$/i.test(n)).sort().map((n) => readFileSync(join(dir, n)));
  const before = threadSeconds();
  const worker = entry.kind === 'file' ? new Worker(entry.url, { workerData: { ndjson: true } }) : new Worker(entry.code, { eval: true, workerData: { ndjson: true } });
  const analyse = (seq: number, page: Buffer) =>
    new Promise<void>((done) => {
      worker.once('message', () => done());
      worker.postMessage({ seq, page: { file: String(seq), bytes: page.buffer.slice(page.byteOffset, page.byteOffset + page.length) } });
    });
  await analyse(0, Buffer.from('<p>start</p>'));
  const passes: { thread: number; others: number }[] = [];
  let at = before;
  for (let pass = 0; pass < 3; pass++) {
    for (const [i, page] of bytes.entries()) await analyse(i, page);
    const now = threadSeconds();
    const deltas = [...now].map(([tid, s]) => s - (at.get(tid) ?? 0)).sort((a, b) => b - a);
    passes.push({ thread: deltas[0] ?? 0, others: deltas.slice(1).reduce((a, b) => a + b, 0) });
    at = now;
  }
  await worker.terminate();
  const fmt = (p: { thread: number; others: number }) => `${p.thread.toFixed(2)} + ${p.others.toFixed(2)} s`;
  const warm = passes[2]!;
  console.log(
    `one worker, the pages 3 times (busiest thread + all other threads, CPU): pass 1 ${fmt(passes[0]!)}, pass 2 ${fmt(passes[1]!)}, pass 3 ${fmt(warm)}; ` +
      `warm ${(((warm.thread + warm.others) / pages) * 1000).toFixed(0)} ms per page; a fresh thread's extra ${(passes[0]!.thread + passes[0]!.others - warm.thread - warm.others).toFixed(2)} s  load ${load()}`,
  );
}

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
  const before = load();
  const big = await run([path, '--jobs', String(cores)], false, 60);
  const t = big.rssTimeline;
  const tenths = Array.from({ length: 10 }, (_, i) => t[Math.min(t.length - 1, Math.floor(((i + 1) * t.length) / 10) - 1)] ?? 0);
  console.log(`warc rss MB at 10%..100%: ${tenths.map((m) => m.toFixed(0)).join(' ')}`);
  console.log(
    `warc  ${big.seconds.toFixed(0)} s  ${(records / big.seconds).toFixed(1)} pages/s  cpu ${big.cpuSeconds.toFixed(0)} s  peak-rss ${big.peakRssMb.toFixed(0)} MB (target < 600)  ` +
      `exit ${big.code}  stderr lines ${big.stderr.split('\n').filter(Boolean).length}  load before ${before}, after ${load()}`,
  );
  if (existsSync(path)) rmSync(path);
}
