import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../tools/cli/analyze-page';
import type { InputItem } from '../../tools/cli/inputs';
import { pageLine, runPages, type Done } from '../../tools/cli/pool';

// The worker pool behind --jobs: a page that runs a worker out of its capped heap is
// analysed again by an uncapped worker, so what is printed never depends on the cap.
// Pages written for this test (our own text).

const PARAGRAPH = '<p>The council met on Tuesday to discuss the budget for the coming year, and members agreed to publish the draft before the summer.</p>\n';
const page = (title: string, paragraphs: number) =>
  new TextEncoder().encode(`<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${PARAGRAPH.repeat(paragraphs)}</article></body></html>`);

async function* items(pages: { file: string; bytes: Uint8Array }[]): AsyncGenerator<InputItem> {
  for (const p of pages) yield { page: { file: p.file, bytes: p.bytes, url: `https://council.example/${p.file}` }, bytesRead: 0 };
}

describe('runPages (--jobs)', () => {
  it('analyses a page again without the heap cap when it runs its worker out of memory, and prints the same line', async () => {
    const pages = [
      { file: 'small.html', bytes: page('Small budget note', 4) },
      { file: 'large.html', bytes: page('Large budget report', 20000) },
      { file: 'after.html', bytes: page('After the report', 6) },
    ];
    const expected = pages.map((p, seq) => pageLine(seq, { ...p, url: `https://council.example/${p.file}` }, analyzePage({ ...p, bytes: p.bytes.slice(), url: `https://council.example/${p.file}` }), true));
    const got: Done[] = [];
    // 32 MB holds a worker and the small pages (about 16 MB here), not the large page's tree.
    const stats = await runPages(items(pages.map((p) => ({ ...p, bytes: p.bytes.slice() }))), { jobs: 2, ndjson: true, workerHeapMb: 32 }, async (done) => {
      got.push(done);
    });
    expect(stats.uncappedRetries).toBeGreaterThanOrEqual(1);
    expect(got).toEqual(expected);
    expect(got.every((d) => d.ok)).toBe(true);
  }, 180_000);

  it('replaces a worker whose cap cannot even hold the engine by an uncapped one, and prints every page', async () => {
    // 4 MB is less than a worker needs to load the engine (about 12 MB here): before this,
    // the first worker to run out of memory between pages stopped the whole run.
    const pages = [1, 2, 3, 4].map((n) => ({ file: `note-${n}.html`, bytes: page(`Budget note ${n}`, 3 + n) }));
    const expected = pages.map((p, seq) => pageLine(seq, { ...p, url: `https://council.example/${p.file}` }, analyzePage({ ...p, bytes: p.bytes.slice(), url: `https://council.example/${p.file}` }), true));
    const got: Done[] = [];
    const stats = await runPages(items(pages.map((p) => ({ ...p, bytes: p.bytes.slice() }))), { jobs: 2, ndjson: true, workerHeapMb: 4 }, async (done) => {
      got.push(done);
    });
    expect(stats.uncappedWorkers + stats.uncappedRetries).toBeGreaterThanOrEqual(1);
    expect(got).toEqual(expected);
  }, 180_000);

  it('needs no retry under the default cap', async () => {
    const pages = [{ file: 'a.html', bytes: page('A', 3) }, { file: 'b.html', bytes: page('B', 30) }];
    const got: string[] = [];
    const stats = await runPages(items(pages), { jobs: 2, ndjson: true }, async (done) => {
      got.push(done.file);
    });
    expect(stats).toEqual({ uncappedRetries: 0, uncappedWorkers: 0 });
    expect(got).toEqual(['a.html', 'b.html']);
  }, 120_000);
});
