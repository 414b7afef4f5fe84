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

/**
 * A candidate shares at least this share of the index keys of the smaller of the two stories
 * (and two keys at least). Two stories match when half of one is in the other, so a true
 * match shares about half of the smaller one's keys; stories that merely collide on a
 * 13-bit key share about |a|·|b|/INDEX_LIMIT of them (under one for typical stories).
 */
const CANDIDATE_SHARE = 0.25;

/** The memory's entry for a stored story: its slot in the index's own dense arrays. */
interface Entry {
  story: StoredStory & { id: number };
  keys: number[];
}

export class MemoryIndex {
  private readonly slots: Array<Entry | null> = [];
  private readonly slotOf = new Map<number, number>();
  private readonly free: number[] = [];
  /** index key → the slots of the stories that have it */
  private readonly postings = new Map<number, number[]>();
  private counts = new Int32Array(0);

  get size(): number {
    return this.slotOf.size;
  }

  add(story: StoredStory & { id: number }): void {
    this.remove(story.id);
    const slot = this.free.pop() ?? this.slots.length;
    const keys = indexKeys(story.fingerprint);
    this.slots[slot] = { story, keys };
    this.slotOf.set(story.id, slot);
    for (const key of keys) {
      const list = this.postings.get(key);
      if (list) list.push(slot);
      else this.postings.set(key, [slot]);
    }
  }

  remove(id: number): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    const entry = this.slots[slot]!;
    this.slotOf.delete(id);
    this.slots[slot] = null;
    this.free.push(slot);
    for (const key of entry.keys) {
      const list = this.postings.get(key);
      if (!list) continue;
      const at = list.indexOf(slot);
      if (at >= 0) list.splice(at, 1);
      if (list.length === 0) this.postings.delete(key);
    }
  }

  clear(): void {
    this.slots.length = 0;
    this.slotOf.clear();
    this.free.length = 0;
    this.postings.clear();
  }

  has(id: number): boolean {
    return this.slotOf.has(id);
  }

  /** The stored stories that are the same story as `fingerprint`, newest first (`exceptUrl` left out). */
  lookup(fingerprint: Fingerprint, exceptUrl?: string): MemoryMatch[] {
    const keys = indexKeys(fingerprint);
    if (this.counts.length < this.slots.length) this.counts = new Int32Array(Math.max(this.slots.length, 2 * this.counts.length));
    const counts = this.counts;
    const touched: number[] = [];
    for (const key of keys) {
      const list = this.postings.get(key);
      if (!list) continue;
      for (const slot of list) if ((counts[slot] = counts[slot]! + 1) === 1) touched.push(slot);
    }
    const matches: MemoryMatch[] = [];
    for (const slot of touched) {
      const count = counts[slot]!;
      counts[slot] = 0;
      const entry = this.slots[slot]!;
      const needed = Math.max(keys.length < 3 || entry.keys.length < 3 ? 1 : 2, Math.ceil(CANDIDATE_SHARE * Math.min(keys.length, entry.keys.length)));
      if (count < needed || entry.story.url === exceptUrl) continue;
      const o = overlap(fingerprint, entry.story.fingerprint);
      if (sameStory(o)) matches.push({ story: entry.story, thisInThat: o.aInB, thatInThis: o.bInA });
    }
    return matches.sort((a, b) => b.story.readAt - a.story.readAt);
  }
}
