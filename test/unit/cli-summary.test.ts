import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChainLink } from '../../utils/engine/types';
import { FIXTURES } from '../helpers';
import { SummaryAggregator, renderSummary } from '../../tools/cli/summary';
import { formatProgress } from '../../tools/cli/progress';
import type { PageRecord } from '../../tools/cli/aggregators';

// --summary, --merge and the progress bar.

const ROOT = join(import.meta.dirname, '..', '..');

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tools/cli/analyze.ts'), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function record(file: string, chain: Pick<ChainLink, 'role' | 'name'>[], findings = 0, isArticle = true): PageRecord {
  return {
    file,
    url: null,
    title: file,
    isArticle,
    story: { text: '', paragraphs: [] },
    findings: Array.from({ length: findings }, () => ({ kind: 'boilerplate' as const, category: 'source-link', text: 'Source link', rule: 'r' })),
    chain: chain.map((l) => ({ ...l, evidence: '', evidences: [], confidence: 'high' as const })),
  };
}

describe('the summary table', () => {
  it('counts each page once per agency and per republisher, and the pages with any finding', () => {
    const s = new SummaryAggregator();
    s.add(record('a', [{ role: 'site', name: 'A' }, { role: 'republisher', name: 'LatestLY' }, { role: 'agency', name: 'ANI' }, { role: 'agency', name: 'ANI' }], 2));
    s.add(record('b', [{ role: 'site', name: 'B' }, { role: 'agency', name: 'ANI' }, { role: 'agency', name: 'Reuters' }]));
    s.add(record('c', [{ role: 'site', name: 'C' }, { role: 'cited', name: 'CNN' }], 1, false));
    expect(s.render()).toBe(
      [
        'pages                                      3',
        'articles                                   2',
        'pages with any finding                     2',
        'pages naming an agency or republisher      2',
        '',
        'agency                                 pages',
        'ANI                                        2',
        'Reuters                                    1',
        '',
        'republisher                            pages',
        'LatestLY                                   1',
        '',
      ].join('\n'),
    );
  });

  it('says (none) for an empty table', () => {
    expect(renderSummary({ pages: 0, articles: 0, withFinding: 0, withSource: 0, agencies: new Map(), republishers: new Map() })).toContain('agency                                 pages\n(none)\n');
  });
});

describe('npm run analyze --summary and --merge', () => {
  it('prints the same summary from merged shards as from one run over all inputs, and --output keeps the lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourceline-summary-'));
    const shardA = [join(FIXTURES, 'seed--wordpress-autoblog.html'), join(FIXTURES, 'encodings')];
    const shardB = [join(FIXTURES, 'story'), join(FIXTURES, 'seed--indian-news-cms.html')];
    const whole = cli(...shardA, ...shardB, '--summary', '--jobs', '1');
    expect(whole.code).toBe(0);
    expect(whole.stdout).toMatch(/^pages +\d+\n/);
    expect(whole.stdout).toMatch(/\nagency +pages\n(?:.*\n)*ANI +\d+\n/);
    expect(whole.stdout).toMatch(/\nagency +pages\n(?:.*\n)*RIA Novosti +1\n/);
    const a = cli(...shardA, '--output', join(dir, 'a.ndjson'), '--jobs', '2');
    const b = cli(...shardB, '--output', join(dir, 'b.ndjson'));
    expect([a.code, a.stdout, b.code, b.stdout]).toEqual([0, '', 0, '']);
    const merged = cli('--merge', join(dir, 'a.ndjson'), join(dir, 'b.ndjson'), '--summary');
    expect(merged.stderr).toBe('');
    expect(merged.stdout).toBe(whole.stdout);
    // Without --summary, --merge gives the lines of one run over all inputs.
    const all = cli(...shardA, ...shardB);
    expect(cli('--merge', join(dir, 'a.ndjson'), join(dir, 'b.ndjson')).stdout).toBe(all.stdout);
    expect(readFileSync(join(dir, 'a.ndjson'), 'utf8').split('\n')[0]).toMatch(/^\{"file":/);
  }, 120_000); // six runs of the command; 30 s was missed at load 11

  it('reports a line that is not the command’s NDJSON and exits 1', () => {
    const { code, stderr } = cli('--merge', join(FIXTURES, 'seed-article.txt'), '--summary');
    expect(code).toBe(1);
    expect(stderr.split('\n')[0]).toBe(`sourceline: ${join(FIXTURES, 'seed-article.txt')}:1: not a line of the analyze command’s NDJSON`);
  });
});

describe('the progress bar', () => {
  it('shows pages, pages per second, articles and time left when the total is known', () => {
    expect(formatProgress({ pages: 1234, articles: 789, elapsedMs: 20_000, fraction: 0.25, totalPages: 4936 }, 10)).toBe(
      '[###·······]  25% 1,234/4,936 pages · 61.7 pages/s · 789 articles · 1:00 left',
    );
    expect(formatProgress({ pages: 50, articles: 3, elapsedMs: 3_723_000 / 3, fraction: 0.25, totalPages: null }, 4)).toBe(
      '[#···]  25% 50 pages · 0.0 pages/s · 3 articles · 1:02:03 left',
    );
  });

  it('leaves out the bar and the time left when the total is not known', () => {
    expect(formatProgress({ pages: 10, articles: 2, elapsedMs: 4000, fraction: null, totalPages: null })).toBe('10 pages · 2.5 pages/s · 2 articles');
  });

  it('writes nothing on stderr when stderr is not a terminal', () => {
    const { code, stderr, stdout } = cli(join(FIXTURES, 'story'), '--jobs', '2');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n').length).toBeGreaterThan(5);
    expect(stderr).toBe('');
  });
});
