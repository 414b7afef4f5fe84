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

/** A map of answers kept for one run only: emptied when a new run asks, unused outside a run. */
class RunScoped<K, V> {
  private map: Map<K, V> | WeakMap<K & object, V>;
  private generation = -1;

  constructor(private readonly fresh: () => Map<K, V> | WeakMap<K & object, V>) {
    this.map = fresh();
  }

  get(key: K): V | undefined {
    if (!active) return undefined;
    if (this.generation !== generation) {
      this.map = this.fresh();
      this.generation = generation;
    }
    return (this.map as Map<K, V>).get(key);
  }

  set(key: K, value: V): void {
    if (active && this.generation === generation) (this.map as Map<K, V>).set(key, value);
  }
}

/** Answers by element (or any object), kept for one run only. */
export class RunMemo<K extends object, V> extends RunScoped<K, V> {
  constructor() {
    super(() => new WeakMap<K, V>());
  }
}

/** Answers by text (a block's text asked the same question by several stages), kept for one run only, as RunMemo's. */
export class RunTextMemo<V> extends RunScoped<string, V> {
  constructor() {
    super(() => new Map<string, V>());
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
