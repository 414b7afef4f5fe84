import type { Steps } from './steps';

// Values read from the document that one analysis asks for several times (how much prose
// an element holds…), kept for the length of one run only: the page may change between
// runs. Outside a run nothing is kept. In a sliced run the page may change between slices;
// a value read before the change is then used, and the late-content watch runs again.

let generation = 0;
let active = false;

/** Runs `steps` with the memos on (a new, empty memo for this run). */
export function* withRunMemo<T>(steps: Steps<T>): Steps<T> {
  const mine = ++generation;
  active = true;
  try {
    return yield* steps;
  } finally {
    if (generation === mine) active = false;
  }
}

export class RunMemo<K extends object, V> {
  private map = new WeakMap<K, V>();
  private generation = -1;

  get(key: K): V | undefined {
    if (!active) return undefined;
    if (this.generation !== generation) {
      this.map = new WeakMap();
      this.generation = generation;
    }
    return this.map.get(key);
  }

  set(key: K, value: V): void {
    if (active && this.generation === generation) this.map.set(key, value);
  }
}

/** Answers by text (a block's text asked the same question by several stages), kept for one run only, as RunMemo's. */
export class RunTextMemo<V> {
  private map = new Map<string, V>();
  private generation = -1;

  get(key: string): V | undefined {
    if (!active) return undefined;
    if (this.generation !== generation) {
      this.map = new Map();
      this.generation = generation;
    }
    return this.map.get(key);
  }

  set(key: string, value: V): void {
    if (active && this.generation === generation) this.map.set(key, value);
  }
}

/** Runs `read` (no steps) with the memos on, as a run of its own: a few questions of the page that share one reading of it. */
export function runMemoized<T>(read: () => T): T {
  const mine = ++generation;
  active = true;
  try {
    return read();
  } finally {
    if (generation === mine) active = false;
  }
}
