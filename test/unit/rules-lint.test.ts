import { describe, expect, it } from 'vitest';
import type { Block } from '../../utils/engine/blocks';
import { matchBlockRule } from '../../utils/engine/classify';
import { agencies } from '../../utils/rules/agencies';
import { blockRules } from '../../utils/rules/block-rules';
import { boilerplateRules } from '../../utils/rules/boilerplate';
import { relatedLabelSets, relatedRules } from '../../utils/rules/related';
import { cardRules } from '../../utils/rules/cards';
import { citationCues } from '../../utils/rules/citations';
import { outlets } from '../../utils/rules/outlets';
import { familyLanguages, languagesOf, lexiconEntries, phrasesOf } from '../../utils/rules/lexicons';
import { storyFilterFor, storyFilters } from '../../utils/rules/story-filters';
import { syndicationCues } from '../../utils/rules/syndication-cues';
import { hasSyndicationCue } from '../../utils/engine/gate';

// Rule files are data, linted like code: sorted, unique ids, and every rule proven by its
// own examples and counter-examples.

function sortedUnique(ids: string[]) {
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toEqual([...ids].sort());
}

/** A block as the engine sees it, with `linkShare` of its text inside links. */
function block(text: string, linkShare: number): Block {
  return {
    element: null as unknown as Element,
    nodes: null,
    card: null,
    tag: 'P',
    text,
    linkTextLength: Math.round(text.length * linkShare),
    href: linkShare > 0 ? 'https://example.org/' : null,
  };
}

describe('rule files', () => {
  it('are sorted by id with unique ids', () => {
    sortedUnique(boilerplateRules.map((r) => r.id));
    sortedUnique(relatedRules.map((r) => r.id));
    sortedUnique(blockRules.map((r) => r.id).sort());
    expect(relatedLabelSets.map((s) => s.lang)).toEqual(relatedLabelSets.map((s) => s.lang).sort());
    sortedUnique(agencies.map((a) => a.id));
    sortedUnique(outlets.map((o) => o.id));
    sortedUnique(citationCues.map((c) => c.id));
    sortedUnique(cardRules.map((c) => c.id));
  });

  it('give every block rule a note, an example and a counter-example', () => {
    for (const rule of blockRules) {
      expect(rule.note, rule.id).not.toBe('');
      expect(rule.examples.length, rule.id).toBeGreaterThan(0);
      expect(rule.counterExamples.length, rule.id).toBeGreaterThan(0);
      expect(rule.id.startsWith(`${rule.kind}.`), rule.id).toBe(true);
    }
  });
});

describe.each(blockRules)('$id', (rule) => {
  const linkShare = rule.shape === 'mostly-link' ? 1 : 0;
  it.each(rule.examples)('marks %j', (text) => {
    expect(matchBlockRule(block(text, linkShare), { inTail: true })?.id).toBe(rule.id);
  });
  // A story paragraph may carry a link on a few words, and may end an article.
  if (rule.shape === 'no-link') {
    it.each(rule.examples)('leaves %j alone when it is a link (a wiki\'s "[edit]")', (text) => {
      expect(matchBlockRule(block(text, 1), { inTail: true })?.id).not.toBe(rule.id);
    });
  }
  it.each(rule.counterExamples)('leaves the story sentence %j to every rule', (text) => {
    for (const inTail of [true, false]) {
      for (const share of [0, 0.3]) expect(matchBlockRule(block(text, share), { inTail })).toBeNull();
    }
  });
});

describe('citation cues', () => {
  it.each(citationCues.flatMap((cue) => cue.examples.map((example) => [cue.id, example] as const)))(
    '%s matches its example %j',
    (id, example) => {
      const cue = citationCues.find((c) => c.id === id)!;
      const name = [...outlets.flatMap((o) => o.aliases), ...agencies.flatMap((a) => [a.name, ...a.aliases])]
        .sort((a, b) => b.length - a.length)
        .find((alias) => example.includes(alias))!;
      const at = example.indexOf(name);
      const side = cue.side === 'before' ? example.slice(0, at).replace(/the\s+$/i, '') : example.slice(at + name.length);
      expect(cue.pattern.test(side)).toBe(true);
    },
  );
});

describe('story filters (utils/rules/story-filters.ts)', () => {
  it('are sorted by id with unique ids', () => {
    sortedUnique(storyFilters.map((f) => f.id));
  });
  it.each(storyFilters.flatMap((f) => f.examples.map((e) => [f.id, e] as const)))('%s turns away %j', (id, text) => {
    expect(storyFilterFor(text)?.id).toBe(id);
  });
  it.each(storyFilters.flatMap((f) => f.counterExamples.map((e) => [f.id, e] as const)))('%s: no filter turns away the story sentence %j', (_id, text) => {
    expect(storyFilterFor(text)).toBeNull();
  });
});

describe('lexicons (utils/rules/lexicons.ts)', () => {
  it('are sorted by id with unique ids, each with a note, examples and counter-examples', () => {
    sortedUnique(lexiconEntries.map((e) => e.id));
    for (const entry of lexiconEntries) {
      expect(entry.note, entry.id).not.toBe('');
      expect(entry.examples.length, entry.id).toBeGreaterThan(0);
      expect(entry.counterExamples.length, entry.id).toBeGreaterThan(0);
    }
  });
  it('hold read-also labels in at least 30 languages', () => {
    expect(new Set(relatedLabelSets.map((s) => s.lang)).size).toBeGreaterThanOrEqual(30);
  });
  it.each(Object.entries(familyLanguages()))('hold the %s family in at least 30 languages', (_family, langs) => {
    expect(langs.length).toBeGreaterThanOrEqual(30);
  });
  it('name their phrases by language in entries of many languages, each list non-empty and without repeats', () => {
    for (const entry of lexiconEntries) {
      const lists: Array<readonly [string, readonly string[]]> = Array.isArray(entry.phrases)
        ? [[entry.lang, entry.phrases as readonly string[]]]
        : Object.entries(entry.phrases as Record<string, readonly string[]>);
      if (!Array.isArray(entry.phrases)) expect(entry.lang, entry.id).toBe('mul');
      for (const [lang, list] of lists) {
        expect(lang, entry.id).toMatch(/^(?:[a-z]{2,3}|mul)$/);
        expect(list.length, `${entry.id} ${lang}`).toBeGreaterThan(0);
        expect(new Set(list).size, `${entry.id} ${lang}`).toBe(list.length);
      }
      expect(phrasesOf(entry).length, entry.id).toBe(lists.reduce((n, [, list]) => n + list.length, 0));
      if (entry.lang !== 'mul') expect(languagesOf(entry), entry.id).toEqual([entry.lang]);
    }
  });
});

describe('syndication cues (utils/rules/syndication-cues.ts)', () => {
  it('are sorted by id with unique ids', () => {
    sortedUnique(syndicationCues.map((c) => c.id));
  });
  it.each(syndicationCues.map((c) => [c.id, c] as const))('%s belongs to its rule and finds that rule\'s own examples', (_id, cue) => {
    const rule = blockRules.find((r) => r.id === cue.rule);
    expect(rule, cue.rule).toBeDefined();
    expect(cue.examples.length).toBeGreaterThan(0);
    for (const example of cue.examples) {
      expect(rule!.examples, example).toContain(example);
      expect(cue.pattern.test(example), example).toBe(true);
      expect(hasSyndicationCue(`Some story text. ${example} More story text.`), example).toBe(true);
    }
  });

  // Written for this test (2026-12-07): the gate's agency-credit cue reads its words from the book (AGENCY_CREDIT), each of them.
  it('finds a wire agency credited after each of the book\'s lead words, and no lead word alone', () => {
    for (const text of ['The minister told Reuters on Monday.', 'Three died, according to the KCNA.', 'The paper, citing AFP, said so.', 'Об этом сообщает агентство ТАСС.', 'Об этом сообщают РИА Новости.', 'Стало известно со ссылкой на Интерфакс.', 'He spoke, according to the Bakhtar News Agency.'])
      expect(hasSyndicationCue(text), text).toBe(true);
    for (const text of ['The minister told reporters on Monday.', 'According to the mayor, the bridge opens in May.', 'Об этом сообщает мэр города.', 'Most stories were untold Reuters-style.'])
      expect(hasSyndicationCue(text), text).toBe(false);
  });
});
