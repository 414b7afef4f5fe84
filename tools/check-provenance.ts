import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeHtml } from './decode-html';

// `npm run check:provenance [-- <benchmarks dir>]`: fails when a git-tracked file shares a run
// of RUN or more characters of text with a page under ../shared/benchmarks (its visible text,
// or the text of its answer files: ground-truth.json, evaldata.json, …). Those pages are kept
// for evaluation only; nothing of them may be committed (test/fixtures/README.md).
// Not a unit test: unit tests never read ../shared. Without the folder it says so and passes.
//
// Both sides are compared whitespace-normalised. A committed HTML file is checked twice: its
// raw text and its text outside tags; a committed JSON file also as its string values.
//
// How it stays fast: every WINDOW-character slice of the committed texts that starts at a
// multiple of WINDOW is hashed into a map (a shared run of ≥ 2·WINDOW characters always
// contains one), then a rolling hash slides over the benchmark texts; each hit is checked
// character by character and extended both ways.

const RUN = 80;
const WINDOW = RUN / 2;
const BASE = 0x01000193;

/** Paths (git-tracked) never compared, with why. */
const EXCLUDED: Array<{ test: (path: string) => boolean; why: string }> = [
  // Images and other binaries: no text to share.
  { test: (p) => /\.(png|jpe?g|gif|ico|webp|woff2?|zip)$/i.test(p), why: 'binary' },
  // Machine-written dependency lock: registry URLs and hashes, not prose.
  { test: (p) => p === 'package-lock.json', why: 'dependency lock file' },
];

/**
 * Long strings every page of their kind prints, which a rule must quote: a run made only of
 * one of these (and < RUN other characters) is not a finding.
 */
const ALLOWED_RUNS = [
  // The Associated Press's notice under every AP story (utils/rules/boilerplate.ts detects it).
  'The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
  'Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten, or redistributed.',
];

/** A run is allowed when what is left of it, once the stretches (≥ 20 characters) it shares with an allowed phrase are cut out, is short. */
function allowed(run: string): boolean {
  const rest: string[] = [];
  let piece = '';
  for (let i = 0; i < run.length; ) {
    let end = i;
    for (const phrase of ALLOWED_RUNS) {
      let j = i + 20;
      if (j > run.length || !phrase.includes(run.slice(i, j))) continue;
      while (j < run.length && phrase.includes(run.slice(i, j + 1))) j++;
      end = Math.max(end, j);
    }
    if (end > i) {
      rest.push(piece);
      piece = '';
      i = end;
    } else piece += run[i++];
  }
  rest.push(piece);
  return rest.every((p) => p.trim().length < RUN);
}

const INLINE = new Set('a abbr b bdi bdo cite code data dfn em font i kbd mark q s samp small span strong sub sup time tt u var wbr'.split(' '));

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', laquo: '«', raquo: '»', copy: '©', reg: '®', shy: '' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text outside tags: scripts, styles and comments dropped, inline tags joined, others a space. */
export function visibleText(html: string): string {
  const stripped = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[!?][^>]*>/g, ' ')
    .replace(/<(script|style|noscript|template|svg)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?([a-z][a-z0-9-]*)\b[^>]*>/gi, (_tag, name: string) => (INLINE.has(name.toLowerCase()) ? '' : ' '));
  return normalise(decodeEntities(stripped));
}

/** Every string value of a JSON document (keys included), one text each. */
function jsonStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) jsonStrings(item, out);
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      out.push(key);
      jsonStrings(item, out);
    }
  return out;
}

function isHtml(path: string): boolean {
  return /\.html?$/i.test(path);
}

export interface Text {
  /** Where it comes from: a path, and which view of it. */
  label: string;
  text: string;
}

function committedTexts(root: string): Text[] {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  const out: Text[] = [];
  for (const path of files) {
    if (EXCLUDED.some((rule) => rule.test(path))) continue;
    const full = join(root, path);
    if (!existsSync(full) || !statSync(full).isFile()) continue;
    const raw = readFileSync(full, 'utf8');
    out.push({ label: path, text: normalise(raw) });
    if (isHtml(path)) out.push({ label: `${path} (text outside tags)`, text: visibleText(raw) });
    if (/\.json$/i.test(path)) {
      try {
        for (const s of jsonStrings(JSON.parse(raw))) if (s.length >= RUN) out.push({ label: `${path} (a JSON string)`, text: normalise(s) });
      } catch {
        // Not JSON after all: its raw text is checked above.
      }
    }
  }
  return out;
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

function* benchmarkTexts(dir: string): Generator<Text> {
  for (const full of walk(dir)) {
    const label = relative(dir, full);
    if (isHtml(full)) yield { label, text: visibleText(decodeHtml(readFileSync(full)).text) };
    else if (/\.json$/i.test(full)) {
      const strings = jsonStrings(JSON.parse(readFileSync(full, 'utf8')));
      // One text per string: a run never spans two answers.
      for (const s of strings) if (s.length >= RUN) yield { label, text: normalise(s) };
    }
    // Licences and the folder's README are not page content.
  }
}

function hashAt(text: string, start: number): number {
  let h = 0;
  for (let i = start; i < start + WINDOW; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
  return h;
}

/** BASE^(WINDOW-1), to take the leaving character out of the rolling hash. */
const LEAVING = (() => {
  let p = 1;
  for (let i = 0; i < WINDOW - 1; i++) p = Math.imul(p, BASE);
  return p;
})();

interface Finding {
  file: string;
  benchmark: string;
  run: string;
}

export function findOverlaps(committed: Text[], benchmarks: Iterable<Text>): Finding[] {
  const index = new Map<number, Array<[number, number]>>();
  committed.forEach(({ text }, t) => {
    for (let at = 0; at + WINDOW <= text.length; at += WINDOW) {
      const h = hashAt(text, at);
      const list = index.get(h);
      if (list) list.push([t, at]);
      else index.set(h, [[t, at]]);
    }
  });
  const findings = new Map<string, Finding>();
  for (const bench of benchmarks) {
    const b = bench.text;
    if (b.length < RUN) continue;
    let h = hashAt(b, 0);
    // Per committed text, the benchmark position its last run reached: a long run is reported once.
    const covered = new Map<number, number>();
    for (let i = 0; ; i++) {
      {
        const hits = index.get(h);
        if (hits)
          for (const [t, at] of hits) {
            if ((covered.get(t) ?? -1) > i) continue;
            const source = committed[t]!;
            const c = source.text;
            if (c.slice(at, at + WINDOW) !== b.slice(i, i + WINDOW)) continue;
            let lo = 0;
            while (at - lo > 0 && i - lo > 0 && c[at - lo - 1] === b[i - lo - 1]) lo++;
            let hi = WINDOW;
            while (at + hi < c.length && i + hi < b.length && c[at + hi] === b[i + hi]) hi++;
            if (lo + hi < RUN) continue;
            const run = c.slice(at - lo, at + hi);
            covered.set(t, i + hi);
            if (allowed(run)) continue;
            const file = source.label;
            const key = `${file}\0${run}`;
            if (!findings.has(key)) findings.set(key, { file, benchmark: bench.label, run });
          }
      }
      if (i + WINDOW >= b.length) break;
      h = (Math.imul(h - Math.imul(b.charCodeAt(i), LEAVING), BASE) + b.charCodeAt(i + WINDOW)) | 0;
    }
  }
  return [...findings.values()];
}

function main(): void {
  const root = resolve(import.meta.dirname, '..');
  const dir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'benchmarks'));
  const extra = process.argv.slice(3);
  if (!existsSync(dir)) {
    console.log(`check:provenance skipped: no benchmark folder at ${dir}`);
    return;
  }
  const started = Date.now();
  // Extra files after the folder are checked too (e.g. a text you mean to build a fixture from).
  const committed = [...committedTexts(root), ...extra.map((path) => ({ label: path, text: normalise(readFileSync(path, 'utf8')) }))];
  const findings = findOverlaps(committed, benchmarkTexts(dir));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const files = new Set(findings.map((f) => f.file.replace(/ \(.*\)$/, '')));
  if (findings.length === 0) {
    console.log(`check:provenance ok: ${committed.length} committed texts share no run of ${RUN}+ characters with ${dir} (${seconds}s)`);
    return;
  }
  for (const f of findings) console.log(`${f.file}\n  shares ${f.run.length} chars with ${f.benchmark}: "${f.run.length > 240 ? `${f.run.slice(0, 240)}…` : f.run}"`);
  console.log(`check:provenance FAILED: ${files.size} committed file(s) share a run of ${RUN}+ characters with pages under ${dir} (${seconds}s)`);
  process.exitCode = 1;
}

// Run as a script (npm run check:provenance), not when a test imports findOverlaps.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
