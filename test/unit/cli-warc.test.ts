import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers';
import { concat, warcRecord } from '../warc';

// The CLI on web archives: WARC.gz and WARC built here with warcio, run as a user runs it.

const ROOT = join(import.meta.dirname, '..', '..');

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tools/cli/analyze.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));

/** The windows-1251 fixture with its <meta charset> made wrong (same length): only the HTTP header can decode it. */
function russianWithoutMeta(): Uint8Array {
  const bytes = readFileSync(join(FIXTURES, 'encodings', 'ru--windows-1251.html'));
  const text = bytes.toString('latin1').replace('charset="windows-1251"', 'charset="iso-8859-2"  ');
  expect(text.length).toBe(bytes.length);
  return Buffer.from(text, 'latin1');
}

let dir: string;
let warcGz: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sourceline-warc-'));
  const ru = await warcRecord({ url: 'https://ria.example/park', contentType: 'text/html; charset=windows-1251', body: russianWithoutMeta() });
  const ko = await warcRecord({ url: 'https://news1.example/budget', contentType: 'text/html', body: readFileSync(join(FIXTURES, 'encodings', 'ko--euc-kr.html')) });
  const request = await warcRecord({ url: 'https://news1.example/budget', type: 'request', body: '' });
  const png = await warcRecord({ url: 'https://news1.example/logo.png', contentType: 'image/png', body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]) });
  const seed = await warcRecord({ url: 'https://worldnewsline24.example/gsomia', contentType: 'text/html; charset=UTF-8', body: readFileSync(join(FIXTURES, 'seed--wordpress-autoblog.html')) });
  const cut = await warcRecord({ url: 'https://cut.example/story', contentType: 'text/html; charset=utf-8', body: readFileSync(join(FIXTURES, 'seed--plain-article.html')) });
  Object.assign(ids, { ru: ru.id, ko: ko.id, seed: seed.id, cut: cut.id });
  warcGz = join(dir, 'crawl.warc.gz');
  writeFileSync(warcGz, concat([ru.bytes, request.bytes, ko.bytes, png.bytes, seed.bytes, cut.bytes.subarray(0, Math.floor(cut.bytes.length / 2))]));
});

describe('npm run analyze on WARC files', () => {
  it('gives one NDJSON line per HTML response, with the target URI and <warc>#<record id>, and one stderr line for the truncated record', () => {
    const { code, stdout, stderr } = cli(warcGz, '--jobs', '1');
    const out = lines(stdout);
    expect(out.map((l) => [l.url, l.file])).toEqual([
      ['https://ria.example/park', `${warcGz}#${ids.ru}`],
      ['https://news1.example/budget', `${warcGz}#${ids.ko}`],
      ['https://worldnewsline24.example/gsomia', `${warcGz}#${ids.seed}`],
    ]);
    // Decoded with the HTTP header's charset (the page's own meta says iso-8859-2), then the meta's (EUC-KR).
    expect(out[0].title).toBe('В Москве открылся новый парк');
    expect(out[0].chain.find((l: { role: string }) => l.role === 'agency')?.name).toBe('RIA Novosti');
    expect(out[1].title).toBe('정부, 새 예산안 발표');
    expect(out[2].findings).toHaveLength(7);
    expect(stderr).toBe(`sourceline: ${warcGz}#${ids.cut}: truncated WARC record (the gzip stream ends inside it); not analysed\n`);
    expect(code).toBe(1);
  });

  it('reads an uncompressed WARC, and says so when the file ends inside a record', async () => {
    const a = await warcRecord({ url: 'https://a.example/1', contentType: 'text/html', body: readFileSync(join(FIXTURES, 'seed--plain-article.html')), gzip: false });
    const b = await warcRecord({ url: 'https://b.example/2', contentType: 'text/html', body: readFileSync(join(FIXTURES, 'seed--wordpress-autoblog.html')), gzip: false });
    const path = join(dir, 'plain.warc');
    writeFileSync(path, concat([a.bytes, b.bytes.subarray(0, b.bytes.length - 500)]));
    const { code, stdout, stderr } = cli(path);
    expect(lines(stdout).map((l) => l.file)).toEqual([`${path}#${a.id}`]);
    expect(stderr).toBe(`sourceline: ${path}#${b.id}: truncated WARC record (the file ends inside it); not analysed\n`);
    expect(code).toBe(1);
  });

  it('mixes WARCs with folders and HTML files, in argument order, and exits 0 when all is well', async () => {
    const whole = await warcRecord({ url: 'https://w.example/1', contentType: 'application/xhtml+xml', body: readFileSync(join(FIXTURES, 'seed--plain-article.html')) });
    const warc = join(dir, 'whole.warc.gz');
    writeFileSync(warc, whole.bytes);
    const pages = join(dir, 'pages');
    mkdirSync(pages, { recursive: true });
    copyFileSync(join(FIXTURES, 'counter--story-lookalikes.html'), join(pages, 'a.html'));
    const seed = join(FIXTURES, 'seed--wordpress-autoblog.html');
    const { code, stdout, stderr } = cli(pages, warc, seed);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(lines(stdout).map((l) => l.file)).toEqual([join(pages, 'a.html'), `${warc}#${whole.id}`, seed]);
  });

  it('--jobs 2 prints exactly what --jobs 1 prints, in input order', () => {
    const inputs = [join(FIXTURES, 'story'), warcGz, join(FIXTURES, 'encodings'), join(FIXTURES, 'seed--indian-news-cms.html')];
    const one = cli(...inputs, '--jobs', '1');
    const two = cli(...inputs, '--jobs', '2');
    expect(lines(one.stdout).length).toBeGreaterThan(10);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(two.code).toBe(one.code);
  });
});
