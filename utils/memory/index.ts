import { indexKeys, overlap, sameStory, type Fingerprint } from './fingerprint';

// The memory's lookup, in memory: every stored story's index keys (its sketch values below
// INDEX_LIMIT) point to it; a story that shares two keys with the one looked up is a
// candidate, and a candidate is a match when the two sketches say most of one is in the
// other. Pure: the background fills it from IndexedDB, the bench and tests from anything.

/** What the memory keeps of a story read: metadata and the fingerprint, never the text. */
export interface StoredStory {
  /** IndexedDB key (absent before it is stored) */
  id?: number;
  url: string;
  /** host name, without "www." */
  site: string;
  title: string;
  /** when it was read (ms since 1970) */
  readAt: number;
  lang?: string;
  /** the wire agency the page credited, if any */
  agency?: string;
  /** the site the page says it republished from, if any */
  republisher?: string;
  fingerprint: Fingerprint;
}

export interface MemoryMatch {
  story: StoredStory;
  /** how much of the story looked up is in the stored one (0–1) */
  thisInThat: number;
  /** how much of the stored story is in the one looked up (0–1) */
  thatInThis: number;
}

/** Candidates must share this many index keys (one when the story looked up has fewer than three keys). */
const MIN_SHARED_KEYS = 2;

export class MemoryIndex {
  private readonly stories = new Map<number, StoredStory>();
  private readonly postings = new Map<number, number[]>();

  get size(): number {
    return this.stories.size;
  }

  add(story: StoredStory & { id: number }): void {
    this.remove(story.id);
    this.stories.set(story.id, story);
    for (const key of indexKeys(story.fingerprint)) {
      const list = this.postings.get(key);
      if (list) list.push(story.id);
      else this.postings.set(key, [story.id]);
    }
  }

  remove(id: number): void {
    const story = this.stories.get(id);
    if (!story) return;
    this.stories.delete(id);
    for (const key of indexKeys(story.fingerprint)) {
      const list = this.postings.get(key);
      if (!list) continue;
      const at = list.indexOf(id);
      if (at >= 0) list.splice(at, 1);
      if (list.length === 0) this.postings.delete(key);
    }
  }

  clear(): void {
    this.stories.clear();
    this.postings.clear();
  }

  has(id: number): boolean {
    return this.stories.has(id);
  }

  /** The stored stories that are the same story as `fingerprint`, newest first (`exceptUrl` left out). */
  lookup(fingerprint: Fingerprint, exceptUrl?: string): MemoryMatch[] {
    const keys = indexKeys(fingerprint);
    const needed = keys.length < 3 ? 1 : MIN_SHARED_KEYS;
    const counts = new Map<number, number>();
    for (const key of keys) {
      const list = this.postings.get(key);
      if (!list) continue;
      for (const id of list) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const matches: MemoryMatch[] = [];
    for (const [id, count] of counts) {
      if (count < needed) continue;
      const story = this.stories.get(id)!;
      if (story.url === exceptUrl) continue;
      const o = overlap(fingerprint, story.fingerprint);
      if (sameStory(o)) matches.push({ story, thisInThat: o.aInB, thatInThis: o.bInA });
    }
    return matches.sort((a, b) => b.story.readAt - a.story.readAt);
  }
}
