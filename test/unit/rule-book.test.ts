import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../utils/engine/analyze';
import { ensureRuleBook, RULE_BOOK_HASH_KEY, ruleBookFor, storeRuleBook } from '../../utils/background/rule-book';
import { isRuleBookRequest, PAGE_WORDS_KEY, RULE_BOOK_KEY, RULE_BOOK_OFF_PAGE_KEY } from '../../utils/messaging';
import { loadRuleBook, readyRuleBook, releaseRuleBook } from '../../utils/page/rule-book';
import { fromBook, hasRuleBook, installRuleBook, rules } from '../../utils/rules/book';
import { decodeRuleBook, encodeRuleBook, joinWireBook, OFF_PAGE_PARTS, RULE_BOOK_FORMAT, splitWireBook, type WireBook } from '../../utils/rules/book-wire';
import { fullRuleBook, installFullRuleBook } from '../../utils/rules/full-book';
import { firstChars } from '../../utils/regexp';
import { anyGramHash, commonLetters, requiredGrams } from '../../utils/rules/grams';
import { leadOf } from '../../utils/rules/lead';
import { capturedLoops, splitPattern, withoutUnicode } from '../../utils/rules/split';
import { fixtureNames, loadFixture } from '../helpers';
import { servePackagedRuleBook } from '../packaged-rule-book';

// The content script carries no rules: it reads the book the background wrote to storage.
// What it reads must be the very book the CLI runs with.

const throughStorage = () => decodeRuleBook(JSON.parse(JSON.stringify(encodeRuleBook(fullRuleBook()))));
/** A rule's ids, a rule stored as several side by side (a long list cut, rules/split.ts) once. */
const ruleIds = (rules: readonly { id: string }[]) => rules.map((r) => r.id).filter((id, i, ids) => ids[i - 1] !== id);
/** A pattern as the stored book holds it: without the u flag where that changes no match, a long repeated list's body captured (rules/split.ts). */
const storedForm = (pattern: RegExp) => {
  const plain = withoutUnicode(pattern) ?? pattern;
  return capturedLoops(plain) ?? plain;
};
/** How many block rules the stored book holds (a long list cut into parts counts each). */
const storedRuleCount = () => throughStorage()!.blockRules.length;

afterEach(() => {
  installFullRuleBook();
});

describe('the rule book as plain JSON', () => {
  it('keeps every rule and pattern', () => {
    const book = throughStorage()!;
    const full = fullRuleBook();
    expect(ruleIds(book.blockRules)).toEqual(full.blockRules.map((r) => r.id));
    // Each rule as it is, or as what matches the same for less compiling (rules/split.ts): its
    // pattern without the u flag, or cut into parts side by side, one of which matches a text
    // exactly when the whole does; on every example and counter-example of the rule.
    let changed = 0;
    for (const own of full.blockRules) {
      const parts = book.blockRules.filter((r) => r.id === own.id);
      // (A guard travels inside the stored pattern: rules/book-wire.ts makeRegExp.)
      const { examples, counterExamples, guard, storedAs, ...rest } = own;
      // A rule's variants (rules/types.ts storedAs) are stored in its place, each part with its variant's guard.
      const guards = (storedAs ?? [{ pattern: own.pattern, guard }]).flatMap((v) => (splitPattern(v.pattern) ?? [v.pattern]).map(() => !!v.guard));
      expect(parts.length).toBe(guards.length);
      parts.forEach((part, k) => {
        expect({ ...part, pattern: null, linkedPattern: null, starts: null }).toEqual({ ...rest, pattern: null, linkedPattern: null, starts: null, ...(own.note === undefined ? {} : { note: undefined }) });
        expect(part.pattern.flags.replace('u', '')).toBe(own.pattern.flags.replace('u', ''));
        expect(part.linkedPattern?.source).toBe(own.linkedPattern ? storedForm(own.linkedPattern).source : undefined);
        expect(Object.hasOwn(part.pattern, 'test')).toBe(guards[k]);
      });
      if (parts.length > 1) changed++;
      else {
        expect(parts[0]!.pattern.source).toBe(storedForm(own.pattern).source);
        if (parts[0]!.pattern.source !== own.pattern.source) changed++;
      }
      for (const text of [...examples, ...counterExamples].flatMap((t) => [t, t.toUpperCase(), t.toLowerCase(), `${t}s`, ` ${t}`])) {
        expect(parts.some((part) => part.pattern.test(text)), `${own.id}: ${text}`).toBe(own.pattern.test(text));
        if (own.linkedPattern) expect(parts[0]!.linkedPattern!.test(text), `${own.id}: ${text}`).toBe(own.linkedPattern.test(text));
      }
    }
    expect(changed).toBeGreaterThan(5);
    expect(book.relatedLabelOnly).toBeInstanceOf(RegExp);
    expect(book.relatedLabelOnly.source).toBe(full.relatedLabelOnly.source);
    expect(book.citations.notACitationBefore.flags).toBe(full.citations.notACitationBefore.flags);
    expect(book.chain).toEqual(full.chain);
  });

  it('carries each block rule’s prefilters, read from its patterns, and none of what only the lint reads', () => {
    const book = throughStorage()!;
    const full = fullRuleBook();
    const chars = (pattern: RegExp | undefined) => {
      const set = pattern && firstChars(pattern);
      return set ? [...set].join('') : null;
    };
    const grams = (pattern: RegExp | undefined) => {
      const required = pattern && requiredGrams(pattern, commonLetters);
      return required ? [...new Set(required.map(anyGramHash))] : null;
    };
    // A rule without a linked pattern: no character begins a match of it.
    const none = ['', false, null, null];
    const lead = (pattern: RegExp | undefined) => (pattern ? leadOf(pattern) : null);
    const prefilters = (pattern: RegExp | undefined) => (pattern ? [chars(pattern), pattern.ignoreCase, grams(pattern), lead(pattern)] : none);
    for (const own of full.blockRules) {
      // Each stored part's prefilters, read from its pattern as written (before the u flag is dropped).
      const written = own.linkedPattern ? [own.pattern] : (own.storedAs?.map((v) => v.pattern) ?? [own.pattern]).flatMap((p) => splitPattern(p) ?? [p]);
      const stored = book.blockRules.filter((r) => r.id === own.id);
      expect(stored.length).toBe(written.length);
      stored.forEach((rule, k) => {
        expect(rule.pattern.source).toBe(storedForm(written[k]!).source);
        expect(rule.starts).toEqual([prefilters(written[k]), prefilters(own.linkedPattern)]);
        expect(rule).not.toHaveProperty('examples');
        expect(rule).not.toHaveProperty('counterExamples');
      });
    }
    for (const own of full.blockRules) {
      // The full book's rules carry the first characters only.
      expect(own.starts).toEqual([[chars(own.pattern), own.pattern.ignoreCase, null, null], own.linkedPattern ? [chars(own.linkedPattern), own.linkedPattern.ignoreCase, null, null] : none]);
    }
    // Most rules are filtered by their first character, nearly all by trigrams.
    expect(book.blockRules.filter((r) => r.starts?.[0]?.[0] !== null).length).toBeGreaterThan(book.blockRules.length / 2);
    expect(book.blockRules.filter((r) => r.starts?.[0]?.[2]).length).toBeGreaterThan(book.blockRules.length * 0.9);
  });

  it('makes a part and a pattern only when the engine reads it', () => {
    const wire = JSON.parse(JSON.stringify(encodeRuleBook(fullRuleBook())));
    // A part is parsed on its first read: a broken part fails there, not before.
    const broken = decodeRuleBook({ ...wire, parts: { ...wire.parts, chain: '{' } })!;
    expect(ruleIds(broken.blockRules)).toEqual(fullRuleBook().blockRules.map((r) => r.id));
    expect(() => broken.chain).toThrow();
    const book = decodeRuleBook(wire)!;
    expect(Object.getOwnPropertyDescriptor(book, 'chain')?.get).toBeTypeOf('function');
    expect(book.chain).toBe(book.chain);
    expect(Object.getOwnPropertyDescriptor(book, 'chain')?.value).toEqual(fullRuleBook().chain);
    const rule = book.blockRules[0]!;
    expect(Object.getOwnPropertyDescriptor(rule, 'pattern')?.get).toBeTypeOf('function');
    expect(rule.pattern).toBeInstanceOf(RegExp);
    expect(rule.pattern).toBe(rule.pattern);
    expect(Object.getOwnPropertyDescriptor(rule, 'pattern')?.value).toBe(rule.pattern);
  });

  it('has a hash that changes with any part', () => {
    const wire = encodeRuleBook(fullRuleBook());
    expect(encodeRuleBook(fullRuleBook()).hash).toBe(wire.hash);
    const changed = encodeRuleBook({ ...fullRuleBook(), wireCredits: [...fullRuleBook().wireCredits, 'XYZ'] });
    expect(changed.hash).not.toBe(wire.hash);
  });

  it.each([...fixtureNames('seed--'), ...fixtureNames('counter--')])('gives the same analysis as the full book: %s', (name) => {
    const expected = analyze(loadFixture(name), 'https://news.example/a');
    installRuleBook(throughStorage()!);
    expect(rules()).not.toBe(fullRuleBook());
    expect(analyze(loadFixture(name), 'https://news.example/a')).toEqual(expected);
  });

  it.each([...fixtureNames('seed--'), ...fixtureNames('counter--')])('gives the same analysis without leads (a lead only spares a pattern’s run): %s', (name) => {
    const expected = analyze(loadFixture(name), 'https://news.example/a');
    const wire = encodeRuleBook(fullRuleBook(), { leads: false });
    // No pattern carries a lead (a third element after its source and flags).
    for (const json of Object.values(wire.parts)) expect(json).not.toMatch(/"re":\["(?:[^"\\]|\\.)*","[a-z]*",\[/);
    expect(Object.values(encodeRuleBook(fullRuleBook()).parts).some((json) => /"re":\["(?:[^"\\]|\\.)*","[a-z]*",\[/.test(json))).toBe(true);
    const book = decodeRuleBook(JSON.parse(JSON.stringify(wire)))!;
    expect(book.blockRules.every((r) => r.starts?.every((s) => !s[3]))).toBe(true);
    installRuleBook(book);
    expect(analyze(loadFixture(name), 'https://news.example/a')).toEqual(expected);
  });

  it('refuses a book of another format, or no book', () => {
    const wire = encodeRuleBook(fullRuleBook());
    expect(decodeRuleBook({ ...wire, format: RULE_BOOK_FORMAT + 1 })).toBeNull();
    expect(decodeRuleBook(undefined)).toBeNull();
    expect(decodeRuleBook({ format: RULE_BOOK_FORMAT, hash: 'x', parts: {} })).toBeNull();
    // The first format (the whole book as one object) is not read.
    expect(decodeRuleBook({ format: 1, book: JSON.parse(JSON.stringify(wire.parts)) })).toBeNull();
  });
});

describe('the content script’s rule book', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    servePackagedRuleBook();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('at an install, stores the book the build packaged, read from the package once (nothing is built)', async () => {
    vi.resetModules();
    const asked = servePackagedRuleBook();
    const background = await import('../../utils/background/rule-book');
    const writes: unknown[] = [];
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (RULE_BOOK_HASH_KEY in items) writes.push(items[RULE_BOOK_HASH_KEY]);
    });
    // Asked twice at once (the start's check and runtime.onInstalled): written once.
    await Promise.all([background.storeRuleBook(), background.ensureRuleBook()]);
    set.mockRestore();
    expect(writes).toEqual([encodeRuleBook(fullRuleBook()).hash]);
    // A page that asks now is handed the same book (the parts pages read; the popup the whole), and the package is not read again.
    const { page } = splitWireBook(encodeRuleBook(fullRuleBook()));
    expect(await background.ruleBookFor({ type: 'content:get-rule-book', parts: 'page' })).toEqual(page);
    expect(await background.ruleBookFor({ type: 'content:get-rule-book' })).toEqual(page);
    expect(await background.ruleBookFor({ type: 'content:get-rule-book', parts: 'whole' })).toEqual(encodeRuleBook(fullRuleBook()));
    expect(asked).toEqual([fakeBrowser.runtime.getURL('/rule-book.json' as '/')]);
  });

  it('is read from the package again after a failed read, and a failed read stores nothing', async () => {
    vi.resetModules();
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    const background = await import('../../utils/background/rule-book');
    await expect(background.storeRuleBook()).rejects.toThrow(/rule-book\.json answered 404/);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    servePackagedRuleBook();
    await background.storeRuleBook();
    expect((await fakeBrowser.storage.local.get(RULE_BOOK_HASH_KEY))[RULE_BOOK_HASH_KEY]).toBe(encodeRuleBook(fullRuleBook()).hash);
  });

  it('installs the packaged book for the background’s own work (the story memory’s source chains)', async () => {
    vi.resetModules();
    servePackagedRuleBook();
    const background = await import('../../utils/background/rule-book');
    const book = await import('../../utils/rules/book');
    expect(book.hasRuleBook()).toBe(false);
    await background.useFullRuleBook();
    expect(ruleIds(book.rules().blockRules)).toEqual(fullRuleBook().blockRules.map((r) => r.id));
    expect(book.rules().chain).toEqual(fullRuleBook().chain);
  });

  it('is read from the storage the background wrote', async () => {
    await storeRuleBook();
    expect((await fakeBrowser.storage.local.get(RULE_BOOK_KEY))[RULE_BOOK_KEY]).toMatchObject({ format: RULE_BOOK_FORMAT });
    installRuleBook({ ...fullRuleBook(), blockRules: [] });
    await loadRuleBook();
    expect(hasRuleBook()).toBe(true);
    expect(ruleIds(rules().blockRules)).toEqual(fullRuleBook().blockRules.map((r) => r.id));
    expect(rules()).not.toBe(fullRuleBook());
  });

  it('lets go of itself and what was made from it when released, and is read again, the same, for the next analysis', async () => {
    await storeRuleBook();
    // The whole book (the analysis below builds the source chain, as the CLI's does).
    await loadRuleBook(true);
    const made: unknown[] = [];
    const derived = fromBook((book) => (made.push(book), book.blockRules.length));
    const before = analyze(loadFixture('seed--indian-news-cms.html'), 'https://news.example/a');
    derived();
    derived();
    const pattern = rules().relatedLabelOnly;
    const citations = rules().citations;
    releaseRuleBook();
    expect(hasRuleBook()).toBe(false);
    // Two callers at once: one read, one book.
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    await Promise.all([readyRuleBook(true), readyRuleBook(true)]);
    const book = rules();
    await readyRuleBook(true);
    expect(rules()).toBe(book);
    expect(reads).toHaveBeenCalledTimes(1);
    reads.mockRestore();
    // A new book, its parts and patterns made anew: the old ones (and their compiled code) are garbage.
    expect(rules().relatedLabelOnly).not.toBe(pattern);
    expect(rules().relatedLabelOnly.source).toBe(pattern.source);
    expect(rules().citations).not.toBe(citations);
    expect(rules().citations).toEqual(citations);
    expect(derived()).toBe(storedRuleCount());
    expect(made).toHaveLength(2);
    expect(made[1]).toBe(rules());
    expect(analyze(loadFixture('seed--indian-news-cms.html'), 'https://news.example/a')).toEqual(before);
  });

  it('is stored in two halves: a page reads the parts pages use, the popup the source chain’s too', async () => {
    await storeRuleBook();
    const stored = (await fakeBrowser.storage.local.get([RULE_BOOK_KEY, RULE_BOOK_OFF_PAGE_KEY])) as Record<string, WireBook>;
    const [page, offPage] = [stored[RULE_BOOK_KEY]!, stored[RULE_BOOK_OFF_PAGE_KEY]!];
    const wire = encodeRuleBook(fullRuleBook());
    expect(Object.keys(page.parts).sort()).toEqual(Object.keys(wire.parts).filter((key) => !OFF_PAGE_PARTS.has(key)).sort());
    expect(Object.keys(offPage.parts)).toEqual(['chain']);
    expect(offPage.hash).toBe(wire.hash);
    // A page: one read (the book's page key and the controls' words), no chain in the book.
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    await loadRuleBook();
    expect(reads.mock.calls).toEqual([[[RULE_BOOK_KEY, PAGE_WORDS_KEY]]]);
    expect(rules().chain).toBeUndefined();
    expect(rules().blockRules.length).toBe(storedRuleCount());
    reads.mockRestore();
    // The popup, on a book a page had loaded: read again, whole.
    await readyRuleBook(true);
    expect(rules().chain).toEqual(fullRuleBook().chain);
    const book = rules();
    await readyRuleBook();
    await readyRuleBook(true);
    expect(rules()).toBe(book);
  });

  it('gives the popup the whole book even when a page’s read is under way', async () => {
    await storeRuleBook();
    releaseRuleBook();
    const page = readyRuleBook();
    const popup = readyRuleBook(true);
    await Promise.all([page, popup]);
    expect(rules().chain).toEqual(fullRuleBook().chain);
    // The page's read ending last does not take the popup's parts away.
    releaseRuleBook();
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementationOnce(async (keys) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return get(keys as string);
    });
    await Promise.all([readyRuleBook(), readyRuleBook(true)]);
    reads.mockRestore();
    expect(rules().chain).toEqual(fullRuleBook().chain);
  });

  it('joins its halves only when they are of the same build', () => {
    const { page, offPage } = splitWireBook(encodeRuleBook(fullRuleBook()));
    expect(joinWireBook(page, offPage)).toEqual(encodeRuleBook(fullRuleBook()));
    expect(joinWireBook(page, { ...offPage, hash: 'another build' })).toBeUndefined();
    expect(joinWireBook(page, undefined)).toBeUndefined();
    expect(joinWireBook(undefined, offPage)).toBeUndefined();
  });

  it('is asked of the background when storage holds none yet: the parts pages read', async () => {
    const asked: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
      isRuleBookRequest(message) ? (asked.push(message.parts), ruleBookFor(message)) : undefined,
    );
    installRuleBook({ ...fullRuleBook(), blockRules: [] });
    await loadRuleBook();
    expect(asked).toEqual(['page']);
    expect(rules().blockRules.length).toBe(storedRuleCount());
  });

  it('is written at a start only when storage holds none (an install or update writes it anew)', async () => {
    let writes = 0;
    fakeBrowser.storage.local.onChanged.addListener(() => writes++);
    await ensureRuleBook();
    expect(writes).toBe(2);
    expect((await fakeBrowser.storage.local.get(RULE_BOOK_KEY))[RULE_BOOK_KEY]).toMatchObject({ format: RULE_BOOK_FORMAT });
    writes = 0;
    // Another build's book is left to onInstalled (storeRuleBook, below): a start does not compare.
    await fakeBrowser.storage.local.set({ [RULE_BOOK_HASH_KEY]: '1:other' });
    writes = 0;
    await ensureRuleBook();
    expect(writes).toBe(0);
    await storeRuleBook();
    expect(writes).toBe(2);
  });

  it('is written once: a second start with the same book (the same hash) leaves storage alone', async () => {
    await storeRuleBook();
    expect((await fakeBrowser.storage.local.get(RULE_BOOK_HASH_KEY))[RULE_BOOK_HASH_KEY]).toBe(encodeRuleBook(fullRuleBook()).hash);
    let writes = 0;
    fakeBrowser.storage.local.onChanged.addListener(() => writes++);
    await storeRuleBook();
    expect(writes).toBe(0);
    // Another build's book (another hash): written anew, then its hash.
    await fakeBrowser.storage.local.set({ [RULE_BOOK_KEY]: { format: 1, book: { stale: true } }, [RULE_BOOK_HASH_KEY]: '1:stale' });
    writes = 0;
    await storeRuleBook();
    expect(writes).toBe(2);
    await loadRuleBook();
    expect(ruleIds(rules().blockRules)).toEqual(fullRuleBook().blockRules.map((r) => r.id));
  });
});
