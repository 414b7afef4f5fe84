import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/engine/analyze';
import { CATEGORIES, categoryLabel } from '../../utils/labels';
import { checkUserPhrase, MAX_PHRASE_LENGTH, MAX_PHRASES, normalizePhrase } from '../../utils/options/phrases';
import { EXPORT_FORMAT, exportFileName, exportSettings, MAX_IMPORT_BYTES, parseImport } from '../../utils/options/transfer';
import { userPhraseRules, blockRules } from '../../utils/rules/block-rules';
import { cardRules } from '../../utils/rules/cards';
import { DEFAULT_SETTINGS, isValidUserPhrase, type Settings } from '../../utils/settings/schema';
import { SETTINGS_VERSION } from '../../utils/settings/store';
import { parseHtml } from '../../tools/parse-html';

// The options page's logic: which phrases may become rules, and settings files in and out.

describe('a user phrase', () => {
  it.each([
    ['Partner content:', 'Partner content:'],
    ['  Sponsored   by\tHedgerow  ', 'Sponsored by Hedgerow'],
    ['[ad_3]', '[ad_3]'],
    ['Lesen Sie auch', 'Lesen Sie auch'],
    ['यह भी पढ़ें', 'यह भी पढ़ें'],
    ['Anzeige', 'Anzeige'],
  ])('%j is accepted as %j', (phrase, stored) => {
    expect(checkUserPhrase(phrase)).toEqual({ ok: true, phrase: stored });
  });

  it.each([
    ['', 'empty'],
    ['   \t ', 'empty'],
    ['ab', 'too-short'],
    ['a.b', 'too-short'],
    ['.*', 'too-short'],
    ['((((', 'too-short'],
    ['x'.repeat(MAX_PHRASE_LENGTH + 1), 'too-long'],
    ['2024', 'no-letters'],
    ['12:30 …', 'no-letters'],
    ['The', 'too-common'],
    ['in the', 'too-common'],
    ['In 2024', 'too-common'],
    ['Die', 'too-common'],
    ['Il est', 'too-common'],
    ['de la', 'too-common'],
    ['और यह', 'too-common'],
    ['Sponsored\u0000content', 'control-characters'],
  ])('%j is refused (%s)', (phrase, problem) => {
    expect(checkUserPhrase(phrase)).toEqual({ ok: false, problem });
  });

  it('is refused when already there, whatever its case or spacing', () => {
    expect(checkUserPhrase('partner  CONTENT', ['Partner content'])).toEqual({ ok: false, problem: 'duplicate' });
    expect(checkUserPhrase('Partner content 2', ['Partner content']).ok).toBe(true);
  });

  it('is refused past the limit of phrases', () => {
    const many = Array.from({ length: MAX_PHRASES }, (_, i) => `Phrase number ${i}`);
    expect(checkUserPhrase('One more phrase', many)).toEqual({ ok: false, problem: 'too-many' });
  });

  it('is stored in a form the settings schema keeps', () => {
    for (const phrase of ['  Sponsored \n by  ', '[ad_3]', 'यह भी पढ़ें']) {
      const check = checkUserPhrase(phrase);
      expect(check.ok && isValidUserPhrase(check.phrase)).toBe(true);
    }
    expect(normalizePhrase(' a \n\t b ')).toBe('a b');
  });

  it('becomes a literal rule: regex syntax in it matches only itself', () => {
    const [rule] = userPhraseRules(['Sponsored (paid) content*']);
    expect(rule!.pattern.test('Sponsored (paid) content* by Hedgerow Travel')).toBe(true);
    expect(rule!.pattern.test('Sponsored paid content by Hedgerow Travel')).toBe(false);
    expect(rule!.pattern.test('Sponsored (paid) contentttt')).toBe(false);
    const [everything] = userPhraseRules(['.*']);
    expect(everything!.pattern.test('Any story sentence at all.')).toBe(false);
  });

  it('collapses a block that starts with it as "Your phrase", never a story sentence that only contains it', () => {
    const document = parseHtml(`<!doctype html><html lang="en"><head>
      <meta property="og:type" content="article"><title>Harbour reopens</title></head><body><article>
      <h1>Harbour reopens after storm</h1>
      <p>The harbour reopened on Monday after a week of repairs, the port authority said in a statement.</p>
      <p>Partner content: Hedgerow Travel offers harbour tours every weekend.</p>
      <p>Officials said the partner content of the deal was not yet public, and repairs would continue.</p>
      <p>Fishing boats returned to the inner basin by noon, and the ferry service resumed in the afternoon.</p>
      <p>The authority expects the outer pier to reopen next month once the inspections are complete.</p>
      </article></body></html>`);
    const analysis = analyze(document, 'https://news.example/harbour', { userPhrases: ['Partner content:'] });
    expect(analysis.findings.map((f) => [f.category, f.text.slice(0, 16)])).toEqual([['user-phrase', 'Partner content:']]);
    expect(categoryLabel('user-phrase')).toBe('Your phrase');
    expect(analysis.story.paragraphs.some((p) => p.startsWith('Officials said the partner content'))).toBe(true);
  });
});

describe('the category list', () => {
  it('names every category a rule can report, each with its own words', () => {
    const fromRules = new Set([...blockRules, ...cardRules, ...userPhraseRules(['x'])].map((r) => r.category));
    expect([...fromRules].sort()).toEqual([...CATEGORIES].sort());
    const labels = CATEGORIES.map(categoryLabel);
    expect(new Set(labels).size).toBe(CATEGORIES.length);
  });
});

describe('settings export and import', () => {
  const settings: Settings = {
    mode: 'highlight',
    keepVisible: ['related', 'share-prompt'],
    disabledSites: ['news.example', 'blog.example:8080'],
    userPhrases: ['Partner content:', 'Sponsored by'],
  };
  const now = new Date('2026-11-27T10:00:00Z');

  it('round-trips: what is exported is imported unchanged', () => {
    const text = exportSettings(settings, now);
    expect(JSON.parse(text)).toEqual({ format: EXPORT_FORMAT, version: SETTINGS_VERSION, exported: '2026-11-27T10:00:00.000Z', settings });
    expect(parseImport(text)).toEqual({
      ok: true,
      settings,
      summary: { mode: 'highlight', keepVisible: 2, disabledSites: 2, userPhrases: 2, skipped: 0 },
    });
    expect(parseImport(exportSettings(DEFAULT_SETTINGS, now))).toMatchObject({ ok: true, settings: DEFAULT_SETTINGS });
    expect(exportFileName(now)).toBe('sourceline-settings-2026-11-27.json');
  });

  it('accepts a bare settings object too', () => {
    expect(parseImport(JSON.stringify({ mode: 'hide' }))).toMatchObject({ ok: true, settings: { ...DEFAULT_SETTINGS, mode: 'hide' } });
  });

  it.each([
    ['', 'not-json'],
    ['{"mode": "hide"', 'not-json'],
    ['<html></html>', 'not-json'],
    ['null', 'not-settings'],
    ['42', 'not-settings'],
    ['"hide"', 'not-settings'],
    ['[{"mode":"hide"}]', 'not-settings'],
    ['{}', 'not-settings'],
    ['{"name": "some other file", "items": []}', 'not-settings'],
    ['{"format": "another-extension", "settings": {"mode": "hide"}}', 'not-settings'],
    [`{"format": "${EXPORT_FORMAT}", "version": 2}`, 'not-settings'],
    [`{"format": "${EXPORT_FORMAT}", "version": 99, "settings": {"mode": "hide"}}`, 'newer-version'],
    [JSON.stringify({ mode: 'hide', userPhrases: ['x'.repeat(MAX_IMPORT_BYTES)] }), 'too-large'],
  ])('refuses %j (%s)', (text, error) => {
    expect(parseImport(text)).toEqual({ ok: false, error });
  });

  it('keeps the valid entries of a partly broken file and counts what it left out', () => {
    const text = JSON.stringify({
      format: EXPORT_FORMAT,
      version: SETTINGS_VERSION,
      settings: {
        mode: 'explode',
        keepVisible: ['related', 'no-such-category', 'related', 7],
        disabledSites: ['ok.example', '<script>alert(1)</script>', 'javascript:alert(1)'],
        userPhrases: ['Partner content:', 'The', '.*', 'partner CONTENT:', '^(a+)+$'],
      },
    });
    expect(parseImport(text)).toEqual({
      ok: true,
      settings: { mode: 'collapse', keepVisible: ['related'], disabledSites: ['ok.example'], userPhrases: ['Partner content:'] },
      summary: { mode: 'collapse', keepVisible: 1, disabledSites: 1, userPhrases: 1, skipped: 1 + 3 + 2 + 4 },
    });
  });

  it('counts a field of the wrong type as one entry left out', () => {
    expect(parseImport(JSON.stringify({ mode: 'hide', disabledSites: 'a.example,b.example' }))).toMatchObject({
      ok: true,
      settings: { mode: 'hide', disabledSites: [] },
      summary: { skipped: 1 },
    });
  });
});
