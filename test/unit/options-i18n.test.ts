import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

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
