import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentScriptMessages } from '../../tools/build/content-messages';

// The options page's words (keys `options_…`) exist in every language, with the same
// placeholders, translated (not English copies), and stay out of the content script.

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const LOCALES = join(import.meta.dirname, '..', '..', 'public', '_locales');
const read = (lang: string) => JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Messages;
const english = read('en');
const optionKeys = Object.keys(english).filter((key) => key.startsWith('options_'));

describe.each(['de', 'fr', 'es', 'hi'])('the %s options words', (lang) => {
  const messages = read(lang);

  it('cover every English key, with the same placeholders', () => {
    expect(optionKeys.length).toBeGreaterThan(30);
    for (const key of optionKeys) {
      expect(messages[key], key).toBeDefined();
      expect(Object.keys(messages[key]!.placeholders ?? {}), key).toEqual(Object.keys(english[key]!.placeholders ?? {}));
      for (const name of Object.keys(english[key]!.placeholders ?? {})) expect(messages[key]!.message, key).toContain(`$${name.toUpperCase()}$`);
    }
  });

  it('are translations, not English copies', () => {
    const copies = optionKeys.filter((key) => messages[key]!.message === english[key]!.message);
    expect(copies).toEqual([]);
    expect(messages.options_html_lang!.message).toBe(lang);
  });
});

describe('the content script’s messages', () => {
  it('keep only the page controls’ words (categories and control labels)', () => {
    const trimmed = JSON.parse(contentScriptMessages(JSON.stringify(english))) as Messages;
    expect(Object.keys(trimmed).filter((key) => key.startsWith('options_') || key.startsWith('ext'))).toEqual([]);
    expect(trimmed.category_related).toEqual(english.category_related);
    expect(trimmed.control_collapsed).toEqual(english.control_collapsed);
    const controlKeys = Object.keys(english).filter((key) => /^(?:category|control)_/.test(key));
    expect(Object.keys(trimmed).sort()).toEqual(controlKeys.sort());
  });
});
