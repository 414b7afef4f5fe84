import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers';

// The command line exactly as DESIGN.md specifies it, run as a user runs it.

const ROOT = join(import.meta.dirname, '..', '..');
const SEED = join(FIXTURES, 'seed--wordpress-autoblog.html');

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tools/cli/analyze.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run analyze', () => {
  it('prints one JSON Analysis for one file', () => {
    const { code, stdout, stderr } = cli(SEED);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout);
    expect(analysis.findings).toHaveLength(7);
    expect(analysis.chain.map((l: { name: string }) => l.name)).toEqual([
      'World Newsline 24',
      'LatestLY',
      'ANI',
      'Yonhap News Agency',
      'The Japan Times',
      'CNN',
    ]);
    expect(analysis.url).toBe('https://worldnewsline24.example/2023/03/19/south-korea-starts-process-to-normalise-gsomia/');
  });

  it('takes the page address from --url', () => {
    const analysis = JSON.parse(cli(SEED, '--url', 'https://copy.example/a').stdout);
    expect(analysis.url).toBe('https://copy.example/a');
  });

  it('prints NDJSON with "file" for a directory and several files, and reports bad inputs on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourceline-cli-'));
    mkdirSync(join(dir, 'pages'));
    copyFileSync(SEED, join(dir, 'pages', 'a.html'));
    copyFileSync(join(FIXTURES, 'counter--story-lookalikes.html'), join(dir, 'pages', 'b.html'));
    writeFileSync(join(dir, 'pages', 'notes.txt'), 'not a page');
    writeFileSync(join(dir, 'empty.html'), '');
    writeFileSync(join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    const missing = join(dir, 'missing.html');

    const { code, stdout, stderr } = cli(join(dir, 'pages'), join(dir, 'empty.html'), join(dir, 'binary.html'), missing);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.file)).toEqual([join(dir, 'pages', 'a.html'), join(dir, 'pages', 'b.html')]);
    expect(lines[0].findings).toHaveLength(7);
    expect(lines[1].findings).toHaveLength(0);
    const errors = stderr.trim().split('\n');
    expect(errors).toHaveLength(3);
    expect(errors[0]).toBe(`sourceline: ${missing}: no such file or directory`);
    expect(errors[1]).toBe(`sourceline: ${join(dir, 'empty.html')}: empty file`);
    expect(errors[2]).toBe(`sourceline: ${join(dir, 'binary.html')}: binary file, not HTML`);
  });

  it('explains its usage when given nothing', () => {
    const { code, stderr } = cli();
    expect(code).toBe(2);
    expect(stderr).toMatch(/^usage: npm run --silent analyze/);
  });

  it.each([
    ['ru--windows-1251.html', 'В Москве открылся новый парк', 'RIA Novosti', 'read-also.ru.label'],
    ['ko--euc-kr.html', '정부, 새 예산안 발표', 'News1', 'read-also.ko.label'],
  ])('reads %s in the charset the page declares', (name, title, agency, rule) => {
    const { code, stdout } = cli(join(FIXTURES, 'encodings', name));
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout);
    expect(analysis.title).toBe(title);
    expect(analysis.chain.find((l: { role: string }) => l.role === 'agency')?.name).toBe(agency);
    expect(analysis.findings.map((f: { rule: string }) => f.rule)).toEqual([rule]);
  });

  it('refuses a file over the size limit with a clear message, and goes on with the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourceline-cli-'));
    const huge = join(dir, 'huge.html');
    writeFileSync(huge, '<html>');
    truncateSync(huge, 65 * 2 ** 20);
    const { code, stdout, stderr } = cli(huge, SEED);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(`sourceline: ${huge}: file too large (65 MB; the limit is 64 MB)`);
    expect(JSON.parse(stdout.trim()).findings).toHaveLength(7);
  });

  it('analyses a directory of a thousand pages, one line each', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourceline-cli-many-'));
    const page = readFileSync(join(FIXTURES, 'counter--story-lookalikes.html'));
    for (let i = 0; i < 1000; i++) writeFileSync(join(dir, `page-${String(i).padStart(4, '0')}.html`), page);
    const { code, stdout } = cli(dir);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1000);
  });
});

