import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITS } from '../../tools/eval/reuse-edits';
import {
  fingerprint,
  fingerprintFromJson,
  fingerprintToJson,
  HASH_SPACE,
  normalizedUnits,
  overlap,
  sameStory,
  shingleStrings,
  SKETCH_SIZE,
} from '../../utils/memory/fingerprint';

// The story memory's fingerprints on real texts (test/fixtures/reuse, sources in its
// README): the same story under the edits republishers make matches; other stories on the
// same event, from the same agency, do not; Chinese is shingled by characters.

const DIR = join(import.meta.dirname, '..', 'fixtures', 'reuse');
const texts = Object.fromEntries(
  readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [f.replace(/\.txt$/, ''), readFileSync(join(DIR, f), 'utf8').split('\n-----\n')[1]!]),
);
const text = (id: string) => texts[id] ?? (() => { throw new Error(`no fixture ${id}`); })();
const fp = (t: string) => fingerprint(t) ?? (() => { throw new Error('too short to fingerprint'); })();
const seed = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'seed-article.txt'), 'utf8');

function exact(a: string, b: string): [number, number] {
  const x = shingleStrings(a);
  const y = shingleStrings(b);
  const shared = [...x].filter((s) => y.has(s)).length;
  return [shared / x.size, shared / y.size];
}

describe('normalisation', () => {
  it('drops datelines, credit lines and inserts, and folds case, typography and digits', () => {
    const a = normalizedUnits('Seoul [South Korea] March 19 (ANI): The ministry said it had “written” to Japan’s foreign ministry on 4,000 pages.\n(With inputs from ANI)\nAlso read: another story');
    const b = normalizedUnits('THE MINISTRY said it had "written" to Japan\'s foreign ministry on ４ ０００ pages.');
    expect(a.units).toEqual(b.units);
    expect(a.units.slice(0, 3)).toEqual(['the', 'ministry', 'said']);
  });

  it('keeps a story sentence that merely starts like a dateline word', () => {
    expect(normalizedUnits('Officials said the fire was at 150 acres.').units[0]).toBe('officials');
  });

  it('reads Devanagari digits as ASCII and keeps Hindi words whole', () => {
    const { units, unspaced } = normalizedUnits('फिल्म ६ अप्रैल को रिलीज होगी');
    expect(unspaced).toBe(false);
    expect(units).toEqual(['फिल्म', '6', 'अप्रैल', 'को', 'रिलीज', 'होगी']);
  });

  it('shingles Chinese, Japanese and Thai by characters', () => {
    expect(normalizedUnits('外交部发言人汪文斌11日表示').unspaced).toBe(true);
    expect(normalizedUnits('北朝鮮は弾道ミサイルを発射した').units).toHaveLength(15);
    expect(normalizedUnits('กระทรวงการต่างประเทศแถลงว่า').unspaced).toBe(true);
  });
});

describe('the same story', () => {
  it('matches the same wire copy on two sites (IANS, AP, China News Service)', () => {
    for (const [a, b] of [
      ['en--tellychakkar-blackmail', 'en--varthabharati-blackmail'],
      ['en--comentr-wikieup', 'en--darientimes-wikieup'],
      ['zh--lcmywfg-cns70', 'zh--isa2015-cns70'],
    ] as const) {
      expect(sameStory(overlap(fp(text(a)), fp(text(b)))), `${a} / ${b}`).toBe(true);
    }
  });

  const long = ['en--leaderherald-prescott', 'en--ktar-waterville', 'en--oneindia-modi-dhule', 'en--reuters-europe-shares', 'zh--boanda-zhang-mingxin'];
  it.each(Object.keys(EDITS))('matches under the republisher edit "%s"', (name) => {
    for (const id of long) {
      const original = text(id);
      const edited = EDITS[name]!(original, text('en--gulfnews-nk-missile'));
      const o = overlap(fp(original), fp(edited));
      expect(sameStory(o), `${id} ~ ${name}: ${JSON.stringify(o)}`).toBe(true);
    }
  });

  it('estimates containment both ways within 5 points of exact word-shingle containment, on a sampled sketch', () => {
    const teaser = EDITS.teaser!(seed, '');
    const full = fp(seed);
    expect(full.limit).toBeLessThan(HASH_SPACE);
    expect(full.sketch).toHaveLength(SKETCH_SIZE);
    const o = overlap(fp(teaser), full);
    const [teaserInFull, fullInTeaser] = exact(teaser, seed);
    expect(Math.abs(o.aInB - teaserInFull)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(o.bInA - fullInTeaser)).toBeLessThanOrEqual(0.05);
    expect(o.aInB).toBeGreaterThan(0.9);
    expect(o.bInA).toBeLessThan(0.35);
  });

  it('stays within 1 KB: 256 two-byte values at most', () => {
    const story = fp(seed.repeat(5) + ' and more words to make it longer still');
    expect(story.sketch.byteLength).toBeLessThanOrEqual(512);
  });
});

describe('different stories', () => {
  it('do not match, even on the same event, from the same agency, or on the same day', () => {
    for (const [a, b] of [
      ['en--tellychakkar-blackmail', 'en--newsx-blackmail-kumar'], // same event, same day, one long shared quote
      ['en--leaderherald-prescott', 'en--ktar-waterville'], // AP wildfire stories
      ['en--stv-nk-missile', 'en--gulfnews-nk-missile'], // North Korea missile reports
      ['en--reuters-europe-shares', 'en--sauress-europe-shares'], // Reuters market reports
      ['zh--lcmywfg-mfa-wang', 'zh--isa2015-taiwan-office'], // two Beijing briefings of 11 January
      ['en--oneindia-modi-dhule', 'en--etemaaddaily-modi-kashmiris'], // Modi after Pulwama
    ] as const) {
      const o = overlap(fp(text(a)), fp(text(b)));
      expect(sameStory(o), `${a} / ${b}: ${JSON.stringify(o)}`).toBe(false);
    }
  });

  it('shares some text where a quote is shared, and says how much', () => {
    const o = overlap(fp(text('en--tellychakkar-blackmail')), fp(text('en--newsx-blackmail-kumar')));
    const [ab, ba] = exact(text('en--tellychakkar-blackmail'), text('en--newsx-blackmail-kumar'));
    expect(ab).toBeGreaterThan(0.1);
    expect(Math.abs(o.aInB - ab)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(o.bInA - ba)).toBeLessThanOrEqual(0.05);
  });

  it('does not fingerprint a text too short to tell stories apart', () => {
    expect(fingerprint('North Korea fired a missile, Yonhap said.')).toBeNull();
  });
});

describe('the JSON form', () => {
  it('round-trips', () => {
    const f = fp(seed);
    expect(fingerprintFromJson(JSON.parse(JSON.stringify(fingerprintToJson(f))))).toEqual(f);
  });

  it('refuses what is not a fingerprint', () => {
    const good = fingerprintToJson(fp(seed));
    for (const bad of [null, 'x', { ...good, v: 2 }, { ...good, sketch: '!!' }, { ...good, limit: 0 }, { ...good, sketch: btoa('\u0002\u0000\u0001\u0000') }]) {
      expect(fingerprintFromJson(bad)).toBeNull();
    }
  });
});
