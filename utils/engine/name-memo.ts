// Answers that depend only on an element's class and id (and the rule book): a page repeats
// its class names over many elements, and every run reads them again. Kept by class, then
// id, as the page gives them (no joined string to build and hash for every element), and
// emptied when full: bounded on any page.

/** At most this many class names, and this many ids under each (ids are often one per element). */
const CLASSES_KEPT = 1000;
const IDS_PER_CLASS = 64;

export type NameMemo<T> = Map<string, Map<string, T>>;

/** The answer for this class and id, from `memo` or from `answer(cls, id)` (then kept; a function made once, not a closure per question). */
export function byClassAndId<T>(memo: NameMemo<T>, cls: string, id: string, answer: (cls: string, id: string) => T): T {
  let byId = memo.get(cls);
  if (!byId) {
    if (memo.size >= CLASSES_KEPT) memo.clear();
    memo.set(cls, (byId = new Map()));
  }
  let known = byId.get(id);
  if (known === undefined && !byId.has(id)) {
    if (byId.size >= IDS_PER_CLASS) byId.clear();
    byId.set(id, (known = answer(cls, id)));
  }
  return known as T;
}
