import '../../utils/rules/install-full-book';
import { drain } from '../../utils/engine/steps';
import { analyzePageSteps, pageChainSteps } from '../../utils/engine/analyze';
import { runMemoized } from '../../utils/engine/run-memo';
import { fingerprint, type Fingerprint } from '../../utils/memory/fingerprint';
import { MemoryIndex, type StoredStory } from '../../utils/memory/index';
import { storedBytes } from '../../utils/memory/store';

// The story memory's code as the bench runs it inside a browser page (bundled by
// tools/bench/memory.ts) or in Node: a memory of N stories, lookups in it, and the work a
// page's run adds (its source chain, built in idle time, and the message it sends).

/** A small deterministic generator (xorshift32). */
function random(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

/** A story of `words` words drawn from the vocabulary of real texts (each story its own mix). */
export function syntheticStory(vocabulary: string[], words: number, seed: number): string {
  const next = random(seed);
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(vocabulary[Math.floor(next() * vocabulary.length)]!);
  return out.join(' ');
}

export interface MemoryBench {
  stories: number;
  buildMs: number;
  lookupMsMedian: number;
  lookupMsP95: number;
  hits: number;
  lookups: number;
  fingerprintMsMedian: number;
  bytesPerStoryMean: number;
  sketchBytesMean: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;

/** N stored stories of 300–900 words, then `lookups` lookups: half of them copies of stored stories (cut, with a new lead), half new stories. */
export function benchMemory(vocabulary: string[], n: number, lookups: number, now: () => number): MemoryBench {
  const index = new MemoryIndex();
  const texts: string[] = [];
  let bytes = 0;
  let sketch = 0;
  const fingerprintTimes: number[] = [];
  const stored: Array<StoredStory & { id: number }> = [];
  for (let id = 0; id < n; id++) {
    const next = random(id + 7);
    const text = syntheticStory(vocabulary, 300 + Math.floor(next() * 600), id + 1);
    texts.push(text);
    const s = now();
    const fp = fingerprint(text)!;
    fingerprintTimes.push(now() - s);
    const story = { id, url: `https://site${id % 97}.example/news/2026/03/${id}/a-headline-of-usual-length-for-a-news-page`, site: `site${id % 97}.example`, title: 'A headline of the usual length for a news story page', readAt: id, fingerprint: fp, agency: 'ANI' };
    bytes += storedBytes(story);
    sketch += fp.sketch.byteLength;
    stored.push(story);
  }
  // Filling the index from the stored stories, as the background does at its first lookup.
  const t0 = now();
  for (const story of stored) index.add(story);
  const buildMs = now() - t0;
  const queries: Fingerprint[] = [];
  for (let q = 0; q < lookups; q++) {
    if (q % 2 === 0) {
      const words = texts[(q * 7919) % n]!.split(' ');
      queries.push(fingerprint(`A new lead written by the republisher. ${words.slice(0, Math.floor(words.length * 0.7)).join(' ')}`)!);
    } else queries.push(fingerprint(syntheticStory(vocabulary, 500, 1_000_000 + q))!);
  }
  const times: number[] = [];
  let hits = 0;
  for (const query of queries) {
    const s = now();
    const found = index.lookup(query);
    times.push(now() - s);
    if (found.length > 0) hits++;
  }
  return {
    stories: n,
    buildMs,
    lookupMsMedian: median(times),
    lookupMsP95: p95(times),
    hits,
    lookups,
    fingerprintMsMedian: median(fingerprintTimes),
    bytesPerStoryMean: bytes / n,
    sketchBytesMean: sketch / n,
  };
}

export interface RunCost {
  runMs: number;
  /** the content script's part: what the chain reads of the page, and the note that carries it */
  noteMs: number;
  /** the background's part: the chain built from the note (its agency and republisher are kept) */
  chainMs: number;
  fingerprintMs: number;
}

/** A page's own run (what the content script does on every page), then what the memory adds: the note it sends (the chain's input), and in the background the chain and the fingerprint (timed median of `repeats`). */
export function benchPageRun(doc: Document, url: string, repeats: number, now: () => number): RunCost {
  const run: number[] = [];
  const notes: number[] = [];
  const chain: number[] = [];
  const fp: number[] = [];
  for (let i = 0; i < repeats; i++) {
    let s = now();
    const page = drain(analyzePageSteps(doc, url));
    run.push(now() - s);
    s = now();
    const note = JSON.stringify({ url, title: page.analysis.title, text: page.analysis.story.text, chainInput: runMemoized(() => page.chainInput()) });
    notes.push(now() - s);
    s = now();
    const links = drain(pageChainSteps({ ...page, chainInput: () => (JSON.parse(note) as { chainInput: ReturnType<typeof page.chainInput> }).chainInput }));
    chain.push(now() - s + (links.length > 0 ? 0 : 1));
    s = now();
    fingerprint(page.analysis.story.text);
    fp.push(now() - s);
  }
  return { runMs: median(run), noteMs: median(notes), chainMs: median(chain), fingerprintMs: median(fp) };
}
