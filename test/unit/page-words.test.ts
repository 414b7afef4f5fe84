import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PAGE_WORD_KEYS, storePageWords } from '../../utils/background/page-words';
import { t, useStoredWords } from '../../utils/i18n';
import { CATEGORIES, categoryLabel } from '../../utils/labels';
import { PAGE_WORDS_KEY } from '../../utils/messaging';

// The content script's words come from storage (written by the background in the browser's
// language), not from the i18n API, whose first use costs a page load some milliseconds.

const messages = JSON.parse(readFileSync(join(__dirname, '../../public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

describe('the words a page’s controls show', () => {
  let language = 'en-US';
  let version = '1.0.0';
  beforeEach(() => {
    fakeBrowser.reset();
    // (The fake browser has no i18n API: each message as its key and where its substitutions go.)
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => language);
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) => `${language}:${key}(${[subs ?? []].flat().join(',')})`);
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockImplementation(() => ({ version }) as ReturnType<typeof fakeBrowser.runtime.getManifest>);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    useStoredWords(undefined);
    language = 'en-US';
    version = '1.0.0';
  });

  it('are stored in the browser’s language, with $1 and $2 where the page fills in its words', async () => {
    await storePageWords();
    const stored = (await fakeBrowser.storage.local.get(PAGE_WORDS_KEY))[PAGE_WORDS_KEY] as { lang: string; words: Record<string, string> };
    expect(stored.lang).toBe('en-US');
    expect(Object.keys(stored.words).sort()).toEqual([...PAGE_WORD_KEYS].sort());
    expect(stored.words.control_title).toBe('en-US:control_title($1,$2)');
  });

  it('are written again only for another language or another version of the extension, or at an install or update', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await storePageWords();
    await storePageWords();
    expect(set).toHaveBeenCalledTimes(1);
    language = 'de';
    await storePageWords();
    expect(set).toHaveBeenCalledTimes(2);
    version = '1.0.1';
    await storePageWords();
    expect(set).toHaveBeenCalledTimes(3);
    // An install or update (runtime.onInstalled): written whatever is stored.
    await storePageWords(true);
    expect(set).toHaveBeenCalledTimes(4);
    const stored = (await fakeBrowser.storage.local.get(PAGE_WORDS_KEY))[PAGE_WORDS_KEY] as { words: Record<string, string> };
    expect(stored.words.control_shown).toBe('de:control_shown($1,$2)');
  });

  it('are read from storage by the page, without the i18n API, substitutions filled in', () => {
    useStoredWords({ control_title: 'Eingeklappt: $1 (Regel $2)', category_related: 'Lesen Sie auch' });
    const asked = vi.mocked(fakeBrowser.i18n.getMessage);
    asked.mockClear();
    expect(t('control_title', 'Lesen Sie auch', 'read-also.de.label')).toBe('Eingeklappt: Lesen Sie auch (Regel read-also.de.label)');
    expect(categoryLabel('related')).toBe('Lesen Sie auch');
    // A word storage does not hold: asked of the API.
    expect(t('control_shown', 'x')).toBe('en-US:control_shown(x)');
    expect(asked).toHaveBeenCalledTimes(1);
  });

  it('take the API’s words where storage holds none (the first pages after an install)', () => {
    useStoredWords(undefined);
    expect(t('control_collapsed', 'Ad')).toBe('en-US:control_collapsed(Ad)');
  });

  it('cover every message the content script shows', () => {
    const used = new Set<string>();
    for (const dir of ['utils/page', 'utils']) {
      for (const file of readdirSync(join(__dirname, '../..', dir)).filter((f) => f.endsWith('.ts'))) {
        if (dir === 'utils' && file !== 'labels.ts') continue;
        const source = readFileSync(join(__dirname, '../..', dir, file), 'utf8');
        for (const m of source.matchAll(/'(control_[a-z_]+)'/g)) used.add(m[1]!);
      }
    }
    for (const category of CATEGORIES) used.add(`category_${category.replace(/-/g, '_')}`);
    expect(used.size).toBeGreaterThan(CATEGORIES.length + 2);
    for (const key of used) {
      expect(messages[key], key).toBeDefined();
      expect(PAGE_WORD_KEYS).toContain(key);
    }
  });
});
