import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers';
import { concat, warcRecord } from '../warc';
import { startCluster, type Cluster } from './cluster';

// The README's Slurm recipe, on a real (one-node) Slurm: tools/slurm/submit.sh over three
// WARC shards, one array task each, then the merge; the merged summary and the shards'
// lines must equal one process run over the same three WARCs.

const ROOT = join(import.meta.dirname, '..', '..');
let cluster: Cluster | null = null;
let dir: string;
const shards: string[] = [];

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tools/cli/analyze.ts'), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sourceline-slurm-'));
  const pages = [
    ...readdirSync(join(FIXTURES, 'story'))
      .filter((n) => n.endsWith('.html'))
      .sort()
      .map((n) => join('story', n)),
    'seed--wordpress-autoblog.html',
    'seed--indian-news-cms.html',
    'seed--plain-article.html',
  ];
  for (let s = 0; s < 3; s++) {
    const records = [];
    for (const [i, page] of pages.entries()) {
      if (i % 3 !== s) continue;
      records.push((await warcRecord({ url: `https://shard${s}.example/${i}`, contentType: 'text/html', body: readFileSync(join(FIXTURES, page)) })).bytes);
    }
    const path = join(dir, `crawl-${s}.warc.gz`);
    writeFileSync(path, concat(records));
    shards.push(path);
  }
  cluster = await startCluster(join(dir, 'slurm'));
});

afterAll(() => {
  cluster?.stop();
});

describe('the Slurm array job', () => {
  it('analyses one WARC shard per array task and merges to what one process prints', async () => {
    const out = join(dir, 'out');
    const submitted = spawnSync(join(ROOT, 'tools/slurm/submit.sh'), [out, ...shards], { cwd: ROOT, env: cluster!.env, encoding: 'utf8' });
    expect(submitted.stderr).toBe('');
    expect(submitted.status).toBe(0);
    const ids = submitted.stdout.trim().split(' ');
    expect(ids).toHaveLength(2);
    const until = Date.now() + 240_000;
    for (;;) {
      const queued = spawnSync('squeue', ['-h', '-j', ids.join(',')], { env: cluster!.env, encoding: 'utf8' }).stdout.trim();
      if (!queued) break;
      if (Date.now() > until) throw new Error(`jobs still queued: ${queued}\n${cluster!.logs()}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
    const files = readdirSync(out).sort();
    expect(files.filter((f) => f.endsWith('.ndjson'))).toEqual(['shard-000001.ndjson', 'shard-000002.ndjson', 'shard-000003.ndjson']);
    expect(files, cluster!.logs()).toContain('summary.txt');

    const single = cli(...shards, '--summary', '--jobs', '1');
    expect(single.code).toBe(0);
    expect(readFileSync(join(out, 'summary.txt'), 'utf8')).toBe(single.stdout);
    const lines = cli(...shards, '--jobs', '1').stdout;
    const shardLines = ['shard-000001.ndjson', 'shard-000002.ndjson', 'shard-000003.ndjson'].map((f) => readFileSync(join(out, f), 'utf8')).join('');
    expect(shardLines).toBe(lines);
    expect(lines.trim().split('\n')).toHaveLength(13);
    expect(readFileSync(join(out, 'errors.txt'), 'utf8')).toBe('');
  });
});
