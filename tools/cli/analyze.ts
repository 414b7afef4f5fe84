import { parseArgs, UsageError, type Options } from './args';
import { createAggregators, type Aggregator, type PageRecord } from './aggregators';
import { expandInputs, readPages } from './inputs';
import { withFingerprint } from './group-line';
import { readShards } from './merge';
import { createLineWriter, type LineWriter } from './output';
import { describe } from './page';
import { runPages } from './pool';
import { createProgress, type Progress } from './progress';

// `npm run --silent analyze -- <file-or-dir-or-warc>... [--url URL] [--jobs N] [--summary] [--group] [--output FILE]`
// One input HTML file: one JSON Analysis on stdout. Several, a directory or a WARC: NDJSON,
// one line per page with its "file", in input order. A bad input gets one line on stderr;
// the rest still run; exit 1. Usage errors: exit 2.
// The parts: args.ts (flags), inputs.ts + warc.ts (what is read), page.ts (one page's
// analysis), pool.ts + worker.ts (--jobs), output.ts, aggregators.ts + summary.ts (tables),
// merge.ts (--merge), progress.ts (the bar on a terminal).

interface Run {
  options: Options;
  progress: Progress;
  aggregators: Aggregator[];
  /** null: the per-page lines are not written (--summary without --output) */
  lines: LineWriter | null;
  report: (file: string, message: string) => void;
}

async function analyzeInputs(run: Run): Promise<void> {
  const { options, progress, aggregators, lines, report } = run;
  const { sources, fromDir, totalBytes } = await expandInputs(options.inputs, report);
  const ndjson = fromDir || options.inputs.length > 1 || options.group || sources.some((s) => s.kind === 'warc');
  const allHtml = sources.every((s) => s.kind === 'html');
  // Threads pay off from two pages on; a lone HTML file runs in the main thread.
  const jobs = allHtml ? Math.min(options.jobs, sources.length) : options.jobs;
  let pages = 0;
  let articles = 0;
  await runPages(readPages(sources, options.url), { jobs, ndjson }, async (done, bytesRead) => {
    if (!done.ok) report(done.file, done.message);
    else {
      pages++;
      if (done.isArticle) articles++;
      const line = options.group ? withFingerprint(done.line) : done.line;
      if (lines) await lines.write(`${line}\n`);
      if (aggregators.length > 0) {
        const record = (ndjson ? JSON.parse(line) : { file: done.file, ...JSON.parse(line) }) as PageRecord;
        for (const aggregator of aggregators) aggregator.add(record);
      }
    }
    progress.update({ pages, articles, fraction: totalBytes > 0 ? bytesRead / totalBytes : null, totalPages: allHtml ? sources.length : null });
  });
}

async function mergeShards(run: Run): Promise<void> {
  const { options, progress, aggregators, lines, report } = run;
  let pages = 0;
  let articles = 0;
  for await (const item of readShards(options.inputs)) {
    if ('error' in item) {
      report(item.error.file, item.error.message);
      continue;
    }
    pages++;
    if (item.record.isArticle) articles++;
    if (lines) await lines.write(`${item.line}\n`);
    for (const aggregator of aggregators) aggregator.add(item.record);
    progress.update({ pages, articles, fraction: null, totalPages: null });
  }
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof UsageError ? error.message : describe(error)}\n`);
    return 2;
  }
  let failed = false;
  const progress = createProgress(process.stderr, options.progress);
  const aggregators = createAggregators(options);
  const lines = options.output || options.group || aggregators.length === 0 ? createLineWriter(options.output) : null;
  const report = (file: string, message: string) => {
    failed = true;
    progress.log(`sourceline: ${file}: ${message}`);
  };
  const run: Run = { options, progress, aggregators, lines, report };
  try {
    await (options.merge ? mergeShards(run) : analyzeInputs(run));
  } finally {
    progress.done();
    await lines?.close();
  }
  for (const aggregator of aggregators) process.stdout.write(aggregator.render());
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`sourceline: ${describe(error)}\n`);
    process.exitCode = 1;
  },
);
