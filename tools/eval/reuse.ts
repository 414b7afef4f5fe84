import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprint, HASH_SPACE, hashString, overlap, shingleStrings } from '../../utils/memory/fingerprint';
import { MemoryIndex } from '../../utils/memory/index';
import { EDITS } from './reuse-edits';

// `npm run eval:reuse`: does the story memory find the same story, and only it?
// Pairs from real texts (test/fixtures/reuse/, each with its source):
//   positives: the same wire copy on two sites, and copies derived from each story by the
//              edits republishers make (tools/eval/reuse-edits.ts);
//   rewrites:  the same story rewritten by another outlet (reported apart: reuse of text is
//              partial there, so neither answer is wrong);
//   negatives: different stories; hard ones share a topic (same event, same agency, same
//              kind of report), and edited copies are paired with them too.
// Each pair is decided by the memory's own lookup (MemoryIndex over the fingerprints) and
// its containment estimates are compared with exact word-shingle containment.
// Split by source site: a pair is held-out when one of its sites is a held-out site.

const DIR = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'reuse');

interface Text {
  id: string;
  story: string;
  role: 'copy' | 'rewrite' | 'other';
  topic: string;
  site: string;
  lang: string;
  text: string;
}

function load(): Text[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const raw = readFileSync(join(DIR, file), 'utf8');
      const [head, ...body] = raw.split('\n-----\n');
      const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(head!)?.[1]?.trim() ?? '';
      return { id: file.replace(/\.txt$/, ''), story: field('STORY'), role: field('ROLE') as Text['role'], topic: field('TOPIC'), site: field('SITE'), lang: field('LANG'), text: body.join('\n-----\n') };
    });
}

type Kind = 'positive' | 'rewrite' | 'hard-negative' | 'negative';
interface Pair {
  a: string;
  b: string;
  textA: string;
  textB: string;
  kind: Kind;
  how: string;
  sites: string[];
}

/** Held-out sites: a third of them, chosen by a hash of the name (not by looking at results). */
const heldOut = (site: string) => hashString(site) % 3 === 0;

function buildPairs(texts: Text[]): Pair[] {
  const pairs: Pair[] = [];
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const x = texts[i]!;
      const y = texts[j]!;
      let kind: Kind;
      if (x.story === y.story) kind = x.role === 'copy' && y.role === 'copy' ? 'positive' : 'rewrite';
      else kind = x.topic === y.topic ? 'hard-negative' : 'negative';
      pairs.push({ a: x.id, b: y.id, textA: x.text, textB: y.text, kind, how: kind === 'positive' ? 'same copy, two sites' : kind, sites: [x.site, y.site] });
    }
  }
  // Derived copies: every story that is a copy, under each edit (the insert headline from a story of another topic).
  for (const x of texts.filter((t) => t.role === 'copy')) {
    const other = texts.find((t) => t.topic !== x.topic && t.lang === x.lang) ?? texts.find((t) => t.topic !== x.topic)!;
    for (const [name, edit] of Object.entries(EDITS)) {
      const edited = edit(x.text, other.text);
      pairs.push({ a: x.id, b: `${x.id}~${name}`, textA: x.text, textB: edited, kind: 'positive', how: `edit: ${name}`, sites: [x.site] });
      // The edited copy beside the other stories of the same topic: hard negatives.
      for (const y of texts.filter((t) => t.topic === x.topic && t.story !== x.story)) {
        pairs.push({ a: y.id, b: `${x.id}~${name}`, textA: y.text, textB: edited, kind: 'hard-negative', how: `hard: edited copy vs ${y.id}`, sites: [y.site, x.site] });
      }
    }
  }
  return pairs;
}

function exactContainment(a: Set<string>, b: Set<string>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / a.size;
}

interface Outcome {
  pair: Pair;
  matched: boolean;
  /** at least one of the two sketches is a sample (the story had more shingles than the sketch holds) */
  sampled: boolean;
  estimate: [number, number] | null;
  exact: [number, number];
}

/** `--sketch N`: fingerprints of another size (a sensitivity check: fewer samples per story, as a longer story gets). */
const sizeArg = process.argv.indexOf('--sketch');
const SIZE = sizeArg > 0 ? Number(process.argv[sizeArg + 1]) : undefined;

function decide(pair: Pair): Outcome {
  const fa = fingerprint(pair.textA, SIZE);
  const fb = fingerprint(pair.textB, SIZE);
  const sa = shingleStrings(pair.textA);
  const sb = shingleStrings(pair.textB);
  const exact: [number, number] = [exactContainment(sa, sb), exactContainment(sb, sa)];
  if (!fa || !fb) return { pair, matched: false, sampled: false, estimate: null, exact };
  // The memory's own path: B stored, A looked up.
  const index = new MemoryIndex();
  index.add({ id: 1, url: 'https://b.example/', site: 'b.example', title: '', readAt: 0, fingerprint: fb });
  const matched = index.lookup(fa).length > 0;
  const o = overlap(fa, fb);
  return { pair, matched, sampled: Math.min(fa.limit, fb.limit) < HASH_SPACE, estimate: [o.aInB, o.bInA], exact };
}

const pct = (x: number) => (Number.isFinite(x) ? (100 * x).toFixed(1) : 'n/a');
const quantile = (values: number[], q: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

function report(name: string, outcomes: Outcome[], verbose: boolean): void {
  const of = (kind: Kind) => outcomes.filter((o) => o.pair.kind === kind);
  const positives = of('positive');
  const negatives = [...of('negative'), ...of('hard-negative')];
  const tp = positives.filter((o) => o.matched).length;
  const fp = negatives.filter((o) => o.matched).length;
  const hard = of('hard-negative');
  const hardMatched = hard.filter((o) => o.matched).length;
  const precision = tp + fp === 0 ? NaN : tp / (tp + fp);
  const recall = positives.length === 0 ? NaN : tp / positives.length;
  // Containment error: estimate minus exact, both ways, on every pair that was fingerprinted and shares text.
  const errorsOf = (list: Outcome[]) =>
    list.filter((o) => o.estimate && (o.exact[0] > 0 || o.exact[1] > 0)).flatMap((o) => [Math.abs(o.estimate![0] - o.exact[0]), Math.abs(o.estimate![1] - o.exact[1])]);
  const errors = errorsOf(outcomes);
  const within5 = errors.filter((e) => e <= 0.05).length;
  // Where the sketch is a sample (not every shingle kept): the estimate can err only there.
  const sampledErrors = errorsOf(outcomes.filter((o) => o.sampled));
  const rewrites = of('rewrite');
  console.log(
    `${name}: pairs=${outcomes.length} positives=${positives.length} negatives=${negatives.length} (hard ${hard.length}) ` +
      `precision=${pct(precision)}% recall=${pct(recall)}% hard-negatives-matched=${hardMatched}/${hard.length} (${pct(hardMatched / hard.length)}%) ` +
      `containment-error: mean=${pct(errors.reduce((s, e) => s + e, 0) / errors.length)} p95=${pct(quantile(errors, 0.95))} max=${pct(Math.max(...errors))} points, within±5=${pct(within5 / errors.length)}% of ${errors.length}; ` +
      `on sampled sketches: mean=${pct(sampledErrors.reduce((s, e) => s + e, 0) / sampledErrors.length)} p95=${pct(quantile(sampledErrors, 0.95))} max=${pct(Math.max(...sampledErrors))} within±5=${pct(sampledErrors.filter((e) => e <= 0.05).length / sampledErrors.length)}% of ${sampledErrors.length} ` +
      `rewrites-matched=${rewrites.filter((o) => o.matched).length}/${rewrites.length}`,
  );
  if (!verbose) return;
  for (const o of outcomes) {
    const wrong = (o.pair.kind === 'positive' && !o.matched) || ((o.pair.kind === 'negative' || o.pair.kind === 'hard-negative') && o.matched);
    const err = o.estimate ? Math.max(Math.abs(o.estimate[0] - o.exact[0]), Math.abs(o.estimate[1] - o.exact[1])) : 0;
    if (wrong || err > 0.05 || o.pair.kind === 'rewrite') {
      console.log(
        `  ${wrong ? 'WRONG' : o.pair.kind === 'rewrite' ? 'rewrite' : 'error>5'} ${o.pair.kind} ${o.pair.a} | ${o.pair.b} (${o.pair.how}) matched=${o.matched} ` +
          `exact=${pct(o.exact[0])}/${pct(o.exact[1])} estimate=${o.estimate ? `${pct(o.estimate[0])}/${pct(o.estimate[1])}` : 'none'}`,
      );
    }
  }
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const texts = load();
  const pairs = buildPairs(texts);
  const outcomes = pairs.map(decide);
  const sites = [...new Set(texts.map((t) => t.site))].sort();
  console.log(`texts=${texts.length} sites=${sites.length} held-out sites: ${sites.filter(heldOut).join(', ')}`);
  const isHeld = (o: Outcome) => o.pair.sites.some(heldOut);
  report('dev', outcomes.filter((o) => !isHeld(o)), verbose);
  report('held-out', outcomes.filter(isHeld), verbose);
  report('all', outcomes, false);
}

main();
