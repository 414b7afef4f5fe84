import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../utils/engine/analyze';
import { storeRuleBook } from '../../utils/background/rule-book';
import { RULE_BOOK_KEY } from '../../utils/messaging';
import { loadRuleBook } from '../../utils/page/rule-book';
import { hasRuleBook, installRuleBook, rules } from '../../utils/rules/book';
import { decodeRuleBook, encodeRuleBook, RULE_BOOK_FORMAT } from '../../utils/rules/book-wire';
import { fullRuleBook, installFullRuleBook } from '../../utils/rules/full-book';
import { fixtureNames, loadFixture } from '../helpers';

// The content script carries no rules: it reads the book the background wrote to storage.
// What it reads must be the very book the CLI runs with.

const throughStorage = () => decodeRuleBook(JSON.parse(JSON.stringify(encodeRuleBook(fullRuleBook()))));

afterEach(() => {
  installFullRuleBook();
});

describe('the rule book as plain JSON', () => {
  it('keeps every rule and pattern', () => {
    const book = throughStorage()!;
    const full = fullRuleBook();
    expect(book.blockRules.map((r) => r.id)).toEqual(full.blockRules.map((r) => r.id));
    expect(book.blockRules.map((r) => [r.pattern.source, r.pattern.flags])).toEqual(full.blockRules.map((r) => [r.pattern.source, r.pattern.flags]));
    expect(book.relatedLabelOnly).toBeInstanceOf(RegExp);
    expect(book.relatedLabelOnly.source).toBe(full.relatedLabelOnly.source);
    expect(book.citations.notACitationBefore.flags).toBe(full.citations.notACitationBefore.flags);
    expect(book.chain).toEqual(full.chain);
  });

  it.each([...fixtureNames('seed--'), ...fixtureNames('counter--')])('gives the same analysis as the full book: %s', (name) => {
    const expected = analyze(loadFixture(name), 'https://news.example/a');
    installRuleBook(throughStorage()!);
    expect(rules()).not.toBe(fullRuleBook());
    expect(analyze(loadFixture(name), 'https://news.example/a')).toEqual(expected);
  });

  it('refuses a book of another format, or no book', () => {
    const wire = encodeRuleBook(fullRuleBook());
    expect(decodeRuleBook({ ...wire, format: RULE_BOOK_FORMAT + 1 })).toBeNull();
    expect(decodeRuleBook(undefined)).toBeNull();
    expect(decodeRuleBook({ format: RULE_BOOK_FORMAT, book: {} })).toBeNull();
  });
});

describe('the content script’s rule book', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('is read from the storage the background wrote', async () => {
    await storeRuleBook();
    expect((await fakeBrowser.storage.local.get(RULE_BOOK_KEY))[RULE_BOOK_KEY]).toMatchObject({ format: RULE_BOOK_FORMAT });
    installRuleBook({ ...fullRuleBook(), blockRules: [] });
    await loadRuleBook();
    expect(hasRuleBook()).toBe(true);
    expect(rules().blockRules.map((r) => r.id)).toEqual(fullRuleBook().blockRules.map((r) => r.id));
    expect(rules()).not.toBe(fullRuleBook());
  });

  it('is asked of the background when storage holds none yet', async () => {
    fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
      (message as { type?: string }).type === 'content:get-rule-book' ? Promise.resolve(encodeRuleBook(fullRuleBook())) : undefined,
    );
    installRuleBook({ ...fullRuleBook(), blockRules: [] });
    await loadRuleBook();
    expect(rules().blockRules.length).toBe(fullRuleBook().blockRules.length);
  });

  it('is written once: a second start with the same book leaves storage alone', async () => {
    await storeRuleBook();
    let writes = 0;
    fakeBrowser.storage.local.onChanged.addListener(() => writes++);
    await storeRuleBook();
    expect(writes).toBe(0);
    await fakeBrowser.storage.local.set({ [RULE_BOOK_KEY]: { format: RULE_BOOK_FORMAT, book: { stale: true } } });
    writes = 0;
    await storeRuleBook();
    expect(writes).toBe(1);
  });
});
