// A story's fingerprint: a few hundred bytes that say which word sequences it contains,
// never the words themselves. Pure (no extension API, no DOM): the background, the CLI,
// the evaluation and the tests all use this one module.
//
// Text → normalised tokens (case, typography, digits, datelines and credits folded away)
// → shingles (4 words in spaced scripts; 5 characters in Chinese, Japanese and Thai)
// → one 32-bit hash each → the bottom-K sketch: the K smallest distinct 16-bit hash
// prefixes. Two sketches compared below the smaller of their two limits are a coordinated
// sample of both shingle sets, so the share of one story's sampled shingles found in the
// other estimates its containment, both ways (threshold sampling). The sketch values below
// INDEX_LIMIT are the story's index keys: stories that share two of them are candidates
// (like LSH bands, but keyed on containment rather than resemblance, so a copy cut to a
// third of the original still finds it).

export const WORDS_PER_SHINGLE = 4;
export const CHARS_PER_SHINGLE = 5;
/** Sketch size: 256 values × 2 bytes. */
export const SKETCH_SIZE = 256;
/** Sketch values are 16-bit: the top half of each shingle's hash. */
export const HASH_SPACE = 0x10000;
/** Sketch values below this (1 in 8 shingles) are index keys. */
export const INDEX_LIMIT = 0x2000;
/** A story shorter than this many shingles is not fingerprinted (too little to match on). */
export const MIN_SHINGLES = 25;

export interface Fingerprint {
  /** layout version */
  v: 1;
  /** how many shingles the story had (distinct) */
  shingles: number;
  /** the sampled hash prefixes, ascending, distinct */
  sketch: Uint16Array;
  /** every shingle hash prefix below this was kept (HASH_SPACE when none was left out) */
  limit: number;
}

// ---------------------------------------------------------------- normalisation

/** Scripts written without spaces between words: shingled by characters. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;

/**
 * A dateline at the start of a paragraph: "Seoul [South Korea] March 19 (ANI):",
 * "NEW DELHI, March 19 (Reuters) -", "Dhule, Feb 16:", "LONDON (AP) —", "Paris, 3 mars (AFP) -".
 */
const DATELINE =
  /^\s*(?:[\p{Lu}][\p{L}\p{M}.'’ -]{1,40}(?:\[[^\]\n]{1,40}\])?,?\s*(?:(?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\.?\s+\p{L}{3,9}\.?)(?:,?\s+\d{4})?\s*)?(?:\((?:[^()\n]{1,30})\)\s*)?[:\-–—]+\s+|[\p{Lu}][\p{L}\p{M}.'’ -]{1,40}\s*\((?:[^()\n]{1,30})\)\s*)/u;
/** A paragraph that is only a credit or an insert: "(With inputs from ANI)", "(This story has not been edited…)", "Also read: …". */
const CREDIT_PARAGRAPH =
  /^\s*(?:\([^()]{0,300}\)\.?|\[[^\][]{0,300}\]|(?:also read|read also|read more|see also|auch lesen|lesen sie auch|à lire aussi|lire aussi|lee también|leer también|यह भी पढ़ें|ये भी पढ़ें)\b.{0,300}|(?:with inputs from|edited by|written by|reporting by|\(?source:)\s.{0,200})\s*$/iu;

/** Unicode decimal digits (Devanagari, Arabic-Indic, full-width…) as ASCII. */
function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (d) => {
    const code = d.codePointAt(0)!;
    if (code < 128) return d;
    // A block of decimal digits is a run of ten code points from its zero.
    let zero = code;
    while (code - zero < 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
    return String(code - zero);
  });
}

/** The story as comparable units: lower-case words (or characters, in unspaced scripts). */
export function normalizedUnits(text: string): { units: string[]; unspaced: boolean } {
  const paragraphs = text
    .normalize('NFKC')
    .split(/\n+/)
    .filter((p) => !CREDIT_PARAGRAPH.test(p))
    .map((p) => p.replace(DATELINE, ' '));
  let body = asciiDigits(paragraphs.join('\n').toLowerCase());
  // Number formats ("1,000", "1.000", "1 000") are one number.
  body = body.replace(/(\d)[,.\u00a0\u202f' ](?=\d{3}(?!\d))/g, '$1');
  const unspacedCount = body.match(UNSPACED)?.length ?? 0;
  const letters = body.match(LETTER_OR_DIGIT)?.length ?? 0;
  const unspaced = letters > 0 && unspacedCount / letters > 0.3;
  if (unspaced) return { units: body.match(LETTER_OR_DIGIT) ?? [], unspaced };
  // Apostrophes and hyphens inside words join them ("don't", "e-mail"); every other mark is a space.
  const words = body.replace(/(\p{L})['’‑-](\p{L})/gu, '$1$2').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return { units: words, unspaced };
}

// ---------------------------------------------------------------- hashing

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the UTF-16 code units, finished with murmur's mix. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** The shingle strings of a text (for exact comparison in evaluation and tests). */
export function shingleStrings(text: string): Set<string> {
  const { units, unspaced } = normalizedUnits(text);
  const n = unspaced ? CHARS_PER_SHINGLE : WORDS_PER_SHINGLE;
  const joiner = unspaced ? '' : ' ';
  const out = new Set<string>();
  if (units.length < n) {
    if (units.length > 0) out.add(units.join(joiner));
    return out;
  }
  for (let i = 0; i + n <= units.length; i++) out.add(units.slice(i, i + n).join(joiner));
  return out;
}

/** One 32-bit hash per distinct shingle, from the units' own hashes (no shingle string is built). */
export function shingleHashes(text: string): Uint32Array {
  const { units, unspaced } = normalizedUnits(text);
  const n = Math.min(unspaced ? CHARS_PER_SHINGLE : WORDS_PER_SHINGLE, units.length);
  if (n === 0) return new Uint32Array(0);
  const unitHashes = units.map(hashString);
  const seen = new Set<number>();
  for (let i = 0; i + n <= unitHashes.length; i++) {
    let h = 0x9747b28c;
    for (let j = 0; j < n; j++) h = fmix32((Math.imul(h, 31) + unitHashes[i + j]!) >>> 0);
    seen.add(h);
  }
  return Uint32Array.from(seen);
}

// ---------------------------------------------------------------- the sketch

/** The story's fingerprint, or null when it is too short to tell one story from another. */
export function fingerprint(text: string, size = SKETCH_SIZE): Fingerprint | null {
  const hashes = shingleHashes(text);
  if (hashes.length < MIN_SHINGLES) return null;
  const prefixes = new Uint16Array(hashes.length);
  for (let i = 0; i < hashes.length; i++) prefixes[i] = hashes[i]! >>> 16;
  prefixes.sort();
  const distinct: number[] = [];
  for (let i = 0; i < prefixes.length && distinct.length <= size; i++) {
    if (i === 0 || prefixes[i] !== prefixes[i - 1]) distinct.push(prefixes[i]!);
  }
  // One value past the size tells where the sample stops; it is not kept.
  const capped = distinct.length > size;
  const kept = capped ? distinct.slice(0, size) : distinct;
  return { v: 1, shingles: hashes.length, sketch: Uint16Array.from(kept), limit: capped ? distinct[size]! : HASH_SPACE };
}

export interface Overlap {
  /** the share of a's sampled shingles found in b (0–1): how much of a is in b */
  aInB: number;
  /** how much of b is in a */
  bInA: number;
  /** sampled shingles they share */
  shared: number;
}

/** How much of each story is in the other, estimated from the two sketches. */
export function overlap(a: Fingerprint, b: Fingerprint): Overlap {
  const limit = Math.min(a.limit, b.limit);
  const x = a.sketch;
  const y = b.sketch;
  let i = 0;
  let j = 0;
  let shared = 0;
  let na = 0;
  let nb = 0;
  while (i < x.length && x[i]! < limit) {
    na++;
    i++;
  }
  while (j < y.length && y[j]! < limit) {
    nb++;
    j++;
  }
  i = 0;
  j = 0;
  while (i < na && j < nb) {
    const p = x[i]!;
    const q = y[j]!;
    if (p === q) {
      shared++;
      i++;
      j++;
    } else if (p < q) i++;
    else j++;
  }
  return { aInB: na ? shared / na : 0, bInA: nb ? shared / nb : 0, shared };
}

/** The thresholds that make two fingerprints the same story (tuned on the dev pairs of eval:reuse). */
export const MATCH = { containment: 0.5, shared: 3 } as const;

/** Two stories are the same when most of one is in the other. */
export function sameStory(o: Overlap): boolean {
  return o.shared >= MATCH.shared && Math.max(o.aInB, o.bInA) >= MATCH.containment;
}

/** The index keys of a fingerprint: its sketch values below INDEX_LIMIT. */
export function indexKeys(f: Fingerprint): number[] {
  const keys: number[] = [];
  for (const value of f.sketch) {
    if (value >= INDEX_LIMIT) break;
    keys.push(value);
  }
  return keys;
}

// ---------------------------------------------------------------- plain data (JSON, NDJSON)

export interface FingerprintJson {
  v: 1;
  shingles: number;
  limit: number;
  /** the sketch's 16-bit values, little-endian, base64 */
  sketch: string;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fingerprintToJson(f: Fingerprint): FingerprintJson {
  const bytes = new Uint8Array(f.sketch.length * 2);
  f.sketch.forEach((value, i) => {
    bytes[2 * i] = value & 0xff;
    bytes[2 * i + 1] = value >>> 8;
  });
  return { v: 1, shingles: f.shingles, limit: f.limit, sketch: toBase64(bytes) };
}

/** A fingerprint from its JSON form, or null when the value is not one (checked field by field). */
export function fingerprintFromJson(raw: unknown): Fingerprint | null {
  if (!raw || typeof raw !== 'object') return null;
  const value = raw as Record<string, unknown>;
  if (value.v !== 1 || typeof value.sketch !== 'string' || !Number.isInteger(value.shingles) || !Number.isInteger(value.limit)) return null;
  let binary: string;
  try {
    binary = atob(value.sketch);
  } catch {
    return null;
  }
  if (binary.length % 2 !== 0 || binary.length > SKETCH_SIZE * 2) return null;
  const sketch = new Uint16Array(binary.length / 2);
  for (let i = 0; i < sketch.length; i++) sketch[i] = binary.charCodeAt(2 * i) | (binary.charCodeAt(2 * i + 1) << 8);
  for (let i = 1; i < sketch.length; i++) if (sketch[i]! <= sketch[i - 1]!) return null;
  const limit = value.limit as number;
  if (limit < 1 || limit > HASH_SPACE) return null;
  return { v: 1, shingles: value.shingles as number, sketch, limit };
}
