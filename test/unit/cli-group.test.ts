import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITS } from '../../tools/eval/reuse-edits';
import { groupPages } from '../../tools/cli/group';
import { fingerprint, fingerprintToJson } from '../../utils/memory/fingerprint';
import { FIXTURES } from '../helpers';

// `analyze --group`: after the page lines, one line per group of pages with the same story;
// the grouping is a pure function of the page lines' fingerprints (a shard merge can redo it).

const ROOT = join(import.meta.dirname, '..', '..');
const SEEDS = ['seed--indian-news-cms.html', 'seed--plain-article.html', 'seed--wordpress-autoblog.html'];
const OTHERS = ['counter--story-lookalikes.html', join('corpus', 'en--castanet-told-cp.html')];

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tools/cli/analyze.ts'), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  return { code: result.status, lines: result.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>), stderr: result.stderr };
}

function pagesDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sourceline-group-'));
  for (const name of [...SEEDS, ...OTHERS]) copyFileSync(join(FIXTURES, name), join(dir, name.replace(/^corpus[\\/]/, '')));
  return dir;
}

describe('npm run analyze -- pages/ --group', () => {
  it('prints the page lines with their fingerprints, then one line for the three pages of the seed story', () => {
    const dir = pagesDir();
    const { code, lines, stderr } = cli(dir, '--group');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const pages = lines.filter((l) => 'file' in l);
    const groups = lines.filter((l) => 'group' in l);
    expect(pages).toHaveLength(5);
    expect(lines.slice(0, 5)).toEqual(pages);
    for (const page of pages) expect(page).toHaveProperty('fingerprint');
    expect(groups).toHaveLength(1);
    expect(groups[0]!.group).toEqual(SEEDS.map((name) => join(dir, name)));
    expect(groups[0]!.containment).toBeGreaterThan(0.95);
    expect(groups[0]!.pairs).toHaveLength(3);
  });

  it('regroups shard files with --merge: the same group as one run over all pages', () => {
    const dir = pagesDir();
    const whole = cli(dir, '--group', '--jobs', '1').lines;
    const pages = whole.filter((l) => 'file' in l);
    const shards = [pages.slice(0, 2), pages.slice(2)].map((part, i) => {
      const file = join(dir, `shard-${i}.ndjson`);
      writeFileSync(file, part.map((l) => JSON.stringify(l)).join('\n') + '\n');
      return file;
    });
    const merged = cli('--merge', ...shards, '--group');
    expect(merged.code).toBe(0);
    expect(merged.lines).toEqual(whole);
    expect(merged.lines.filter((l) => 'group' in l)).toHaveLength(1);
  });

  it('prints what it printed before without --group', () => {
    const { lines } = cli(pagesDir());
    expect(lines).toHaveLength(5);
    for (const line of lines) {
      expect(line).toHaveProperty('file');
      expect(line).not.toHaveProperty('fingerprint');
    }
  });
});

describe('groupPages', () => {
  const text = (name: string) => readFileSync(join(FIXTURES, 'reuse', `${name}.txt`), 'utf8').split('\n-----\n')[1]!;
  const record = (file: string, body: string) => ({ file, fingerprint: fingerprint(body) && fingerprintToJson(fingerprint(body)!) });

  it('groups through shared copies, gives containment both ways, and leaves other stories and unfingerprinted pages alone', () => {
    const story = text('en--leaderherald-prescott');
    const pages = [
      record('a.html', story),
      record('b.html', text('en--ktar-waterville')),
      record('c.html', EDITS.teaser!(story, '')),
      record('d.html', EDITS['scraper-copy']!(story, text('en--stv-nk-missile'))),
      { file: 'e.html', fingerprint: null },
      record('f.html', text('en--comentr-wikieup')),
      record('g.html', text('en--darientimes-wikieup')),
    ];
    const groups = groupPages(pages);
    expect(groups.map((g) => g.group)).toEqual([['a.html', 'c.html', 'd.html'], ['f.html', 'g.html']]);
    const teaser = groups[0]!.pairs.find((p) => p.a === 'a.html' && p.b === 'c.html')!;
    expect(teaser.bInA).toBeGreaterThan(0.9);
    expect(teaser.aInB).toBeLessThan(0.4);
    // From the lines' JSON as a merge step reads them: the same groups.
    expect(groupPages(JSON.parse(JSON.stringify(pages)))).toEqual(groups);
  });
});
