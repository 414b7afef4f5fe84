import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every interface word exists in every language, with the same placeholders as English.

const LOCALES = join(import.meta.dirname, '..', '..', 'public', '_locales');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (lang: string) => JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Messages;
const english = read('en');
const languages = readdirSync(LOCALES).filter((lang) => lang !== 'en');
const placeholdersIn = (text: string) => [...text.matchAll(/\$([A-Z_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

describe.each(languages)('the %s interface words', (lang) => {
  const messages = read(lang);

  it('has every key English has, and no other', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
  });

  it('uses the placeholders English uses, each declared', () => {
    for (const [key, entry] of Object.entries(english)) {
      const translated = messages[key]!;
      expect(placeholdersIn(translated.message), key).toEqual(placeholdersIn(entry.message));
      for (const name of placeholdersIn(translated.message)) expect(translated.placeholders?.[name]?.content, `${key} ${name}`).toBeDefined();
    }
  });

  it('translates the popup and command words (not English copied over)', () => {
    const keys = Object.keys(english).filter((key) => /^(?:popup|command)_/.test(key));
    expect(keys.length).toBeGreaterThan(50);
    const same = keys.filter((key) => messages[key]!.message === english[key]!.message);
    // "Copy as Markdown"-style words may coincide; most may not.
    expect(same.length, same.join(', ')).toBeLessThan(3);
  });
});
