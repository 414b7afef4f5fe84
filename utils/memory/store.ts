import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { StoredStory } from './index';

// The story memory on disk: one IndexedDB object store in the extension's own origin
// (the background's; nothing leaves the browser), through the `idb` wrapper. Only
// fingerprints and the metadata in StoredStory are written, never a page's text.

export const DB_NAME = 'sourceline-memory';
/** At most this many stories; the oldest go first. */
export const MAX_STORIES = 10_000;
/** Stories read longer ago than this are forgotten. */
export const MAX_AGE_MS = 90 * 24 * 3600 * 1000;

interface MemorySchema extends DBSchema {
  stories: { key: number; value: StoredStory; indexes: { readAt: number; url: string } };
}

export type MemoryDb = IDBPDatabase<MemorySchema>;

export function openMemory(name = DB_NAME): Promise<MemoryDb> {
  return openDB<MemorySchema>(name, 1, {
    upgrade(db) {
      const stories = db.createObjectStore('stories', { keyPath: 'id', autoIncrement: true });
      stories.createIndex('readAt', 'readAt');
      stories.createIndex('url', 'url');
    },
  });
}

export async function allStories(db: MemoryDb): Promise<StoredStory[]> {
  return db.getAll('stories');
}

/** Stores a story (replacing an earlier visit to the same address); resolves to its id and the ids of those it replaced. */
export async function putStory(db: MemoryDb, story: StoredStory): Promise<{ id: number; replaced: number[] }> {
  const tx = db.transaction('stories', 'readwrite');
  const replaced = await tx.store.index('url').getAllKeys(story.url);
  for (const id of replaced) await tx.store.delete(id);
  const { id: _old, ...fresh } = story;
  const id = await tx.store.add(fresh as StoredStory);
  await tx.done;
  return { id, replaced };
}

/** Forgets the stories past the cap (oldest first) and those older than MAX_AGE_MS; resolves to the ids forgotten. */
export async function prune(db: MemoryDb, now = Date.now(), maxStories = MAX_STORIES): Promise<number[]> {
  const tx = db.transaction('stories', 'readwrite');
  const forgotten: number[] = [];
  const total = await tx.store.count();
  let excess = Math.max(0, total - maxStories);
  let cursor = await tx.store.index('readAt').openCursor();
  while (cursor && (excess > 0 || cursor.value.readAt < now - MAX_AGE_MS)) {
    forgotten.push(cursor.primaryKey);
    await cursor.delete();
    excess--;
    cursor = await cursor.continue();
  }
  await tx.done;
  return forgotten;
}

export async function clearStories(db: MemoryDb): Promise<void> {
  await db.clear('stories');
}

/** The bytes a stored story takes, counted as its data: the sketch's bytes, its numbers and its strings in UTF-8. */
export function storedBytes(story: StoredStory): number {
  const text = [story.url, story.site, story.title, story.lang ?? '', story.agency ?? '', story.republisher ?? ''].join('');
  return new TextEncoder().encode(text).length + story.fingerprint.sketch.byteLength + 8 /* readAt */ + 8 /* shingles, limit */ + 4 /* id */;
}
