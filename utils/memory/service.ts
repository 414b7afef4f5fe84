import type { ChainInput } from '../engine/chain-input';
import { storyCredits, type StoryCredits } from './credits';
import { fingerprint, fingerprintToJson } from './fingerprint';
import { MemoryIndex, type StoredStory } from './index';
import type { MemoryStats, RememberReply, SeenElsewhere, StoryNote } from './messages';
import { allStories, clearStories, prune, putStory, storedBytes, type MemoryDb } from './store';

// The story memory as the background runs it: IndexedDB for keeping, an in-memory index
// for looking up (filled from IndexedDB on first use, kept in step with every write).

export const EXPORT_FORMAT = 'sourceline-memory';

/** The page's host, without "www.", or null for an address that is not http(s). */
export function siteOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** The address without its fragment (the same page read twice is one story). */
function pageAddress(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

export class StoryMemory {
  private readonly index = new MemoryIndex();
  private loading: Promise<MemoryDb> | null = null;

  /** `credits`: the agency and republisher of the page's source chain, built from the note's chain input (credits.ts) */
  constructor(
    private readonly open: () => Promise<MemoryDb>,
    private readonly credits: (input: ChainInput) => StoryCredits | Promise<StoryCredits> = storyCredits,
  ) {}

  /** The database, with the index filled from it (once). */
  private db(): Promise<MemoryDb> {
    return (this.loading ??= this.open().then(async (db) => {
      for (const story of await allStories(db)) if (story.id !== undefined) this.index.add(story as StoredStory & { id: number });
      return db;
    })).catch((error: unknown) => {
      this.loading = null;
      throw error;
    });
  }

  async remember(note: StoryNote, now = Date.now()): Promise<RememberReply> {
    const site = siteOf(note.url);
    if (!site) return { stored: false, reason: 'bad-address' };
    const fp = fingerprint(note.text);
    if (!fp) return { stored: false, reason: 'too-short' };
    const { agency, republisher } = await this.credits(note.chainInput);
    const db = await this.db();
    const url = pageAddress(note.url);
    const story: StoredStory = {
      url,
      site,
      title: note.title.slice(0, 300),
      readAt: now,
      fingerprint: fp,
      ...(note.lang && { lang: note.lang }),
      ...(agency && { agency }),
      ...(republisher && { republisher }),
    };
    const matches = this.index.lookup(fp, url).length;
    const { id, replaced } = await putStory(db, story);
    for (const old of replaced) this.index.remove(old);
    this.index.add({ ...story, id });
    for (const old of await prune(db, now)) this.index.remove(old);
    return { stored: true, matches };
  }

  /** The earlier pages with the same story as `text`, newest first (this page's own address left out). */
  async seenElsewhere(text: string, url: string | null): Promise<SeenElsewhere[]> {
    const fp = fingerprint(text);
    if (!fp) return [];
    await this.db();
    return this.index.lookup(fp, url === null ? undefined : pageAddress(url)).map(({ story, thisInThat, thatInThis }) => ({
      url: story.url,
      site: story.site,
      title: story.title,
      readAt: story.readAt,
      thisInThat,
      thatInThis,
      ...(story.agency && { agency: story.agency }),
      ...(story.republisher && { republisher: story.republisher }),
    }));
  }

  /** The addresses among `urls` whose story is in the memory. */
  async knownUrls(urls: string[]): Promise<string[]> {
    if (urls.length === 0) return [];
    const db = await this.db();
    const known: string[] = [];
    for (const url of urls) if ((await db.getKeyFromIndex('stories', 'url', pageAddress(url))) !== undefined) known.push(url);
    return known;
  }

  async stats(enabled: boolean): Promise<MemoryStats> {
    const db = await this.db();
    const stories = await allStories(db);
    return { enabled, stories: stories.length, bytes: stories.reduce((sum, s) => sum + storedBytes(s), 0) };
  }

  async clear(): Promise<void> {
    const db = await this.db();
    await clearStories(db);
    this.index.clear();
  }

  /** Every stored story's fingerprint and metadata as JSON (no text: there is none to give). */
  async export(now = new Date()): Promise<string> {
    const stories = await allStories(await this.db());
    const file = {
      format: EXPORT_FORMAT,
      version: 1,
      exported: now.toISOString(),
      stories: stories.map(({ id: _id, fingerprint: fp, ...meta }) => ({ ...meta, fingerprint: fingerprintToJson(fp) })),
    };
    return `${JSON.stringify(file)}\n`;
  }
}
