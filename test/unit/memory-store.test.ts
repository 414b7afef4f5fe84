import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITS } from '../../tools/eval/reuse-edits';
import { answerMemory, type MemoryContext } from '../../utils/background/memory';
import { analyzeDocument, analyzePageSteps } from '../../utils/engine/analyze';
import type { ChainInput } from '../../utils/engine/chain-input';
import { runMemoized } from '../../utils/engine/run-memo';
import { drain } from '../../utils/engine/steps';
import { fingerprint, fingerprintFromJson } from '../../utils/memory/fingerprint';
import { MemoryIndex } from '../../utils/memory/index';
import { isMemoryMessage, type StoryNote } from '../../utils/memory/messages';
import { EXPORT_FORMAT, StoryMemory } from '../../utils/memory/service';
import { MAX_AGE_MS, openMemory, prune, putStory, storedBytes } from '../../utils/memory/store';
import { loadFixture } from '../helpers';

// The story memory in IndexedDB (fake-indexeddb here, the browser's own in the e2e tier):
// what is kept (fingerprints and metadata, never text), the cap, lookups, and the
// background's refusals (private windows, memory off, questions not from its own pages).

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'reuse', `${name}.txt`), 'utf8').split('\n-----\n')[1]!;
const SEED = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'seed-article.txt'), 'utf8');
const OTHER = fixture('en--leaderherald-prescott');

let dbCount = 0;
const freshMemory = () => {
  const name = `test-memory-${++dbCount}`;
  return { memory: new StoryMemory(() => openMemory(name)), open: () => openMemory(name) };
};

/** What the content script reads of a page for its source chain, as the message carries it (JSON). */
const chainInputOf = (fixture: string, url: string): ChainInput =>
  JSON.parse(JSON.stringify(runMemoized(() => drain(analyzePageSteps(loadFixture(fixture), url)).chainInput()))) as ChainInput;
/** The seed page (LatestLY's copy of an ANI story, on an autoblog): its chain names ANI and LatestLY. */
const SEED_PAGE = 'seed--wordpress-autoblog.html';
const CREDITED = chainInputOf(SEED_PAGE, 'https://www.latestly.com/seoul-story');
/** A page that credits no one: its chain is the site alone. */
const uncredited = (url: string): ChainInput => ({ url, head: [], bylines: [], marked: [], credits: [], paragraphs: [] });
const note = (url: string, text: string, extra: Partial<StoryNote> = {}): StoryNote => ({ url, title: `Title of ${url}`, text, chainInput: uncredited(url), ...extra });
const OWN = 'chrome-extension://abc/';
const context = (memory: StoryMemory, enabled = true): MemoryContext => ({ memory, enabled: async () => enabled, ownOrigin: OWN });
const tab = { tab: { incognito: false }, url: 'https://a.example/story' };
const popup = { url: `${OWN}popup.html` };

describe('the story memory', () => {
  it('finds the earlier page with the same story, with containment both ways and the agency it credited', async () => {
    const { memory } = freshMemory();
    await memory.remember(note('https://www.latestly.com/seoul-story', SEED, { chainInput: CREDITED }), Date.UTC(2026, 2, 19));
    await memory.remember(note('https://other.example/fire', OTHER), Date.UTC(2026, 2, 20));
    const copy = EDITS['cut-tail']!(SEED, '');
    const seen = await memory.seenElsewhere(copy, 'https://scraper.example/copy');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ url: 'https://www.latestly.com/seoul-story', site: 'latestly.com', agency: 'ANI', republisher: 'LatestLY', readAt: Date.UTC(2026, 2, 19) });
    expect(seen[0]!.thisInThat).toBeGreaterThan(0.95);
    expect(seen[0]!.thatInThis).toBeLessThan(0.9);
  });

  it('leaves out the page itself, and lists the others newest first', async () => {
    const { memory } = freshMemory();
    await memory.remember(note('https://a.example/1', SEED), 1000);
    await memory.remember(note('https://b.example/2', EDITS.typography!(SEED, '')), 3000);
    await memory.remember(note('https://c.example/3', EDITS.inserts!(SEED, OTHER)), 2000);
    const seen = await memory.seenElsewhere(SEED, 'https://a.example/1#comments');
    expect(seen.map((s) => s.url)).toEqual(['https://b.example/2', 'https://c.example/3']);
  });

  it('keeps no page text: only the fingerprint and the metadata', async () => {
    const { memory, open } = freshMemory();
    await memory.remember(note('https://a.example/1', SEED, { lang: 'en', chainInput: CREDITED }), 1000);
    const [stored] = await (await open()).getAll('stories');
    expect(Object.keys(stored!).sort()).toEqual(['agency', 'fingerprint', 'id', 'lang', 'readAt', 'republisher', 'site', 'title', 'url']);
    expect(JSON.stringify(stored)).not.toContain('Ministry of National Defense');
    expect(storedBytes(stored!)).toBeLessThanOrEqual(1024);
  });

  it('replaces an earlier visit to the same address', async () => {
    const { memory, open } = freshMemory();
    await memory.remember(note('https://a.example/1', SEED), 1000);
    await memory.remember(note('https://a.example/1', SEED), 2000);
    expect(await (await open()).count('stories')).toBe(1);
    expect((await memory.stats(true)).stories).toBe(1);
  });

  it('forgets the oldest past the cap, and what is older than 90 days', async () => {
    const { open } = freshMemory();
    const db = await open();
    const fp = fingerprint(SEED)!;
    for (let i = 0; i < 5; i++) await putStory(db, { url: `https://a.example/${i}`, site: 'a.example', title: '', readAt: 1000 + i, fingerprint: fp });
    const now = 1000 + MAX_AGE_MS + 2; // stories 0 and 1 are now older than 90 days
    const forgotten = await prune(db, now, 2);
    expect(forgotten).toHaveLength(3);
    expect((await db.getAll('stories')).map((s) => s.url)).toEqual(['https://a.example/3', 'https://a.example/4']);
  });

  it('clears, and exports fingerprints as JSON that read back', async () => {
    const { memory } = freshMemory();
    await memory.remember(note('https://a.example/1', SEED, { chainInput: CREDITED }), 1000);
    const file = JSON.parse(await memory.export(new Date('2026-03-20T00:00:00Z')));
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: 1, exported: '2026-03-20T00:00:00.000Z' });
    expect(file.stories).toHaveLength(1);
    expect(file.stories[0]).toMatchObject({ url: 'https://a.example/1', agency: 'ANI' });
    expect(fingerprintFromJson(file.stories[0].fingerprint)).toEqual(fingerprint(SEED));
    await memory.clear();
    expect(await memory.stats(true)).toEqual({ enabled: true, stories: 0, bytes: 0 });
    expect(await memory.seenElsewhere(SEED, null)).toEqual([]);
  });

  it('keeps the agency and republisher of the chain the background builds from the page’s reading: the first the page states, as the popup’s chain shows them', async () => {
    const { memory, open } = freshMemory();
    const url = 'https://www.latestly.com/seoul-story';
    const chain = analyzeDocument(loadFixture(SEED_PAGE), url).analysis.chain;
    const first = (role: string) => chain.find((link) => link.role === role)?.name;
    expect([first('agency'), first('republisher')]).toEqual(['ANI', 'LatestLY']);
    const reply = await answerMemory({ type: 'content:remember-story', note: note(url, SEED, { chainInput: CREDITED }) }, tab, context(memory));
    expect(reply).toEqual({ stored: true, matches: 0 });
    const [stored] = await (await open()).getAll('stories');
    expect(stored).toMatchObject({ url, agency: 'ANI', republisher: 'LatestLY' });
    // A page that credits no one: neither is kept.
    await memory.remember(note('https://b.example/2', SEED), 2000);
    const plain = (await (await open()).getAll('stories')).find((s) => s.url === 'https://b.example/2');
    expect(plain).toBeDefined();
    expect('agency' in plain! || 'republisher' in plain!).toBe(false);
  });

  it('says which insert links are stories already read', async () => {
    const { memory } = freshMemory();
    await memory.remember(note('https://a.example/read', SEED), 1000);
    expect(await memory.knownUrls(['https://a.example/read', 'https://a.example/unread', 'https://a.example/read#top'])).toEqual([
      'https://a.example/read',
      'https://a.example/read#top',
    ]);
  });
});

describe('the background', () => {
  it('writes nothing from a private (incognito) tab, or from no tab at all', async () => {
    const { memory } = freshMemory();
    const message = { type: 'content:remember-story', note: note('https://a.example/1', SEED) } as const;
    expect(await answerMemory(message, { tab: { incognito: true }, url: 'https://a.example/1' }, context(memory))).toEqual({ stored: false, reason: 'private' });
    expect(await answerMemory(message, { url: 'https://a.example/1' }, context(memory))).toEqual({ stored: false, reason: 'private' });
    expect((await memory.stats(true)).stories).toBe(0);
    expect(await answerMemory(message, tab, context(memory))).toEqual({ stored: true, matches: 0 });
    expect((await memory.stats(true)).stories).toBe(1);
  });

  it('writes nothing and answers nothing when the memory is switched off', async () => {
    const { memory } = freshMemory();
    await memory.remember(note('https://a.example/1', SEED), 1000);
    const off = context(memory, false);
    expect(await answerMemory({ type: 'content:remember-story', note: note('https://b.example/2', SEED) }, tab, off)).toEqual({ stored: false, reason: 'off' });
    expect(await answerMemory({ type: 'popup:seen-elsewhere', url: null, text: SEED }, popup, off)).toEqual([]);
    expect(await answerMemory({ type: 'content:known-urls', urls: ['https://a.example/1'] }, tab, off)).toEqual([]);
    expect((await memory.stats(false)).stories).toBe(1);
  });

  it('answers the popup and the options page only from the extension’s own pages', async () => {
    const { memory } = freshMemory();
    await memory.remember(note('https://a.example/1', SEED), 1000);
    const ctx = context(memory);
    expect(await answerMemory({ type: 'popup:seen-elsewhere', url: null, text: SEED }, tab, ctx)).toEqual([]);
    expect(await answerMemory({ type: 'options:memory', action: 'clear' }, tab, ctx)).toBeNull();
    expect((await memory.stats(true)).stories).toBe(1);
    expect(await answerMemory({ type: 'popup:seen-elsewhere', url: null, text: SEED }, popup, ctx)).toHaveLength(1);
    expect(await answerMemory({ type: 'options:memory', action: 'clear' }, { url: `${OWN}options.html` }, ctx)).toBe(true);
    expect((await memory.stats(true)).stories).toBe(0);
  });

  it('takes only well-formed memory messages', () => {
    expect(isMemoryMessage({ type: 'content:remember-story', note: note('https://a.example/', 'text') })).toBe(true);
    expect(isMemoryMessage({ type: 'content:remember-story', note: { url: 'https://a.example/', text: 5, title: '' } })).toBe(false);
    expect(isMemoryMessage({ type: 'content:remember-story', note: note('https://a.example/', 'text', { chainInput: CREDITED }) })).toBe(true);
    // The chain's reading is required, and well-formed.
    const { chainInput: _none, ...withoutInput } = note('https://a.example/', 'text');
    expect(isMemoryMessage({ type: 'content:remember-story', note: withoutInput })).toBe(false);
    expect(isMemoryMessage({ type: 'content:remember-story', note: { ...note('https://a.example/', 'text'), chainInput: { ...CREDITED, paragraphs: 'text' } } })).toBe(false);
    expect(isMemoryMessage({ type: 'content:known-urls', urls: Array.from({ length: 500 }, () => 'https://a.example/') })).toBe(false);
    expect(isMemoryMessage({ type: 'options:memory', action: 'drop-tables' })).toBe(false);
    expect(isMemoryMessage({ type: 'content:findings-count', count: 1 })).toBe(false);
  });
});

describe('the index', () => {
  it('finds by shared keys and forgets what was removed', () => {
    const index = new MemoryIndex();
    const fp = fingerprint(SEED)!;
    index.add({ id: 1, url: 'https://a.example/', site: 'a.example', title: '', readAt: 1, fingerprint: fp });
    index.add({ id: 2, url: 'https://b.example/', site: 'b.example', title: '', readAt: 2, fingerprint: fingerprint(OTHER)! });
    expect(index.lookup(fingerprint(EDITS['merged-paragraphs']!(SEED, ''))!).map((m) => m.story.id)).toEqual([1]);
    index.remove(1);
    expect(index.lookup(fp)).toEqual([]);
    expect(index.size).toBe(1);
  });
});
