import { availableParallelism } from 'node:os';

// The command line's flags. Each flag is one entry in parseArgs; a new flag (and the
// aggregator it turns on, see aggregators.ts) plugs in here without touching the rest.

export const USAGE =
  'usage: npm run --silent analyze -- <file-or-dir-or-warc>... [--url URL] [--jobs N] [--summary] [--group] [--output FILE] [--no-progress]\n' +
  '       npm run --silent analyze -- --merge <shard.ndjson>... [--summary] [--group] [--output FILE]';

export interface Options {
  /** files, directories, WARC files (or, with --merge, NDJSON shards) */
  inputs: string[];
  /** the page address for HTML files (WARC records carry their own) */
  url: string | undefined;
  /** worker threads analysing pages; 1 runs in the main thread */
  jobs: number;
  /** print the summary table (instead of the per-page lines, unless --output keeps them) */
  summary: boolean;
  /** read NDJSON shards written by earlier runs instead of pages */
  merge: boolean;
  /** page lines carry a "fingerprint"; then one line per group of pages with the same story (tools/cli/group.ts) */
  group: boolean;
  /** write the per-page lines to this file instead of stdout */
  output: string | undefined;
  /** false: never draw the progress bar (it is drawn only when stderr is a terminal anyway) */
  progress: boolean;
}

export class UsageError extends Error {}

function positiveInteger(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n < 1) throw new UsageError(`${flag} needs a whole number of 1 or more`);
  return n;
}

export function parseArgs(argv: string[], cores = availableParallelism()): Options {
  const options: Options = { inputs: [], url: undefined, jobs: cores, summary: false, merge: false, group: false, output: undefined, progress: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (!v) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--url':
        options.url = value();
        break;
      case '--jobs':
      case '-j':
        options.jobs = positiveInteger(flag, inline ?? argv[++i]);
        break;
      case '--summary':
        options.summary = true;
        break;
      case '--group':
        options.group = true;
        break;
      case '--merge':
        options.merge = true;
        break;
      case '--output':
      case '-o':
        options.output = value();
        break;
      case '--no-progress':
        options.progress = false;
        break;
      case '--help':
      case '-h':
        throw new UsageError(USAGE);
      default:
        if (arg.startsWith('--')) throw new UsageError(`unknown option ${flag}\n${USAGE}`);
        options.inputs.push(arg);
    }
  }
  if (options.inputs.length === 0) throw new UsageError(USAGE);
  if (options.merge && options.url) throw new UsageError('--url does not apply to --merge');
  return options;
}
