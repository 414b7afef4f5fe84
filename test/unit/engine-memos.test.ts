import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../utils/engine/analyze';
import type { Block } from '../../utils/engine/blocks';
import { matchBlockRule } from '../../utils/engine/classify';
import { hasInsertToken } from '../../utils/engine/insert';
import { installRuleBook, rules } from '../../utils/rules/book';
import { installFullRuleBook } from '../../utils/rules/full-book';
import { userPhraseRules } from '../../utils/rules/user-phrases';
import { parseHtml } from '../../tools/parse-html';

// The engine keeps a few answers that depend on a string and the rule book alone (a class
// name's insert and furniture tokens; which rules a first character lets through): they
// must follow the installed book, never carry one page's answer to another, and stay
// bounded.

afterEach(() => {
  installFullRuleBook();
});

const block = (text: string, linkTextLength = 0): Block => ({ element: null as unknown as Element, nodes: null, card: null, tag: 'P', text, linkTextLength, href: null });

describe('answers kept by class name', () => {
  it('follow the installed book', () => {
    installFullRuleBook();
    expect(hasInsertToken('box zzquuxbox')).toBe(false);
    installRuleBook({ ...rules(), insertClassTokens: [...rules().insertClassTokens, { lang: 'mul', tokens: ['zzquuxbox'], note: 'test' } as never] });
    expect(hasInsertToken('box zzquuxbox')).toBe(true);
    installFullRuleBook();
    expect(hasInsertToken('box zzquuxbox')).toBe(false);
  });

  it('stay right past the memo’s size', () => {
    installFullRuleBook();
    for (let i = 0; i < 9000; i++) hasInsertToken(`generated-name-${i}`);
    expect(hasInsertToken('baca-juga')).toBe(true);
    expect(hasInsertToken('generated-name-1')).toBe(false);
  });

  const shareLine = (cls: string) =>
    parseHtml(`<!DOCTYPE html><html lang="en"><head><title>t</title><meta property="og:type" content="article"></head><body><article><h1>Council approves the bridge plan</h1><div class="article-body">
<p>The city council voted on Tuesday to approve the long-delayed bridge plan, ending a debate that had divided residents for more than a decade.</p>
<div class="${cls}"><span>Kwix plum</span></div>
<p>Construction is expected to begin next spring, and the mayor said the first lanes could open to traffic within three years of the start.</p>
<p>Opponents said they would keep watching the costs, which have doubled since the first estimate was published in 2015.</p>
</div></article></body></html>`);

  it('never carry one page’s furniture to another', () => {
    const texts = (cls: string) => analyze(shareLine(cls), 'https://news.example/a').findings.map((f) => f.text);
    const furnished = texts('social-share');
    expect(furnished).toContain('Kwix plum');
    expect(texts('plain-box')).not.toContain('Kwix plum');
    expect(texts('social-share')).toEqual(furnished);
  });
});

describe('rules kept by first character', () => {
  it('are kept per rule list: a list with the user’s phrases finds them, the book’s alone does not', () => {
    installFullRuleBook();
    const mine = [...rules().blockRules, ...userPhraseRules(['Zebra crossing news'])];
    expect(matchBlockRule(block('Zebra crossing news from the city'), { inTail: false })).toBeNull();
    expect(matchBlockRule(block('Zebra crossing news from the city'), { inTail: false }, mine)?.id).toBe('user.phrase.1');
    expect(matchBlockRule(block('Zebra crossing news from the city'), { inTail: false })).toBeNull();
  });

  it('give the same rule for every example past the memo’s size, and follow a new book', () => {
    installFullRuleBook();
    const examples = rules().blockRules.flatMap((r) => (r.shape === 'any' && r.position !== 'tail' ? r.examples.slice(0, 1).map((e) => [r, e] as const) : []));
    const first = examples.map(([, e]) => matchBlockRule(block(e), { inTail: false })?.id);
    for (let cp = 0x4e00; cp < 0x4e00 + 1200; cp++) matchBlockRule(block(`${String.fromCodePoint(cp)}文字`), { inTail: false });
    expect(examples.map(([, e]) => matchBlockRule(block(e), { inTail: false })?.id)).toEqual(first);
    expect(first.filter((id) => id !== undefined).length).toBeGreaterThan(10);
    installRuleBook({ ...rules(), blockRules: [] });
    expect(examples.map(([, e]) => matchBlockRule(block(e), { inTail: false }))).toEqual(examples.map(() => null));
  });
});

describe('the page address kept for the insert scorer', () => {
  it('is read again for another address, and a bad one never borrows the last good one', async () => {
    const { sameSiteArticle } = await import('../../utils/engine/insert');
    expect(sameSiteArticle('/2024/05/other-story', 'https://news.example/2024/05/story')).toBe(true);
    expect(sameSiteArticle('https://news.example/2024/05/other-story', 'https://elsewhere.example/a')).toBe(false);
    expect(sameSiteArticle('/2024/05/other-story', 'not a url')).toBe(false);
    expect(sameSiteArticle('https://news.example/2024/05/other-story', 'https://news.example/2024/05/story')).toBe(true);
    expect(sameSiteArticle('https://news.example/2024/05/story', 'https://news.example/2024/05/story')).toBe(false);
  });
});

describe('page parts kept by class name', () => {
  const page = (cls: string) =>
    parseHtml(`<!DOCTYPE html><html lang="en"><head><title>t</title><meta property="og:type" content="article"></head><body>
<div class="${cls}"><p>The city council voted on Tuesday to approve the long-delayed bridge plan, ending a debate that had divided residents for more than a decade.</p>
<p>Construction is expected to begin next spring, and the mayor said the first lanes could open to traffic within three years of the start.</p>
<p>Opponents said they would keep watching the costs, which have doubled since the first estimate was published in 2015.</p></div>
<div class="main-story"><p>A short note on the weather for the weekend ahead, which should be mild and dry across the whole region, forecasters said on Friday.</p></div></body></html>`);

  it('never carry one page’s answer to another', () => {
    const story = (cls: string) => analyze(page(cls), 'https://news.example/a', { story: 'always' }).story.paragraphs;
    const commented = story('comments-area');
    const plain = story('story-text');
    expect(plain.some((p) => p.startsWith('The city council'))).toBe(true);
    expect(commented.some((p) => p.startsWith('The city council'))).toBe(false);
    expect(story('story-text')).toEqual(plain);
    expect(story('comments-area')).toEqual(commented);
  });
});

describe('unlikely(), kept by class and id', () => {
  it('answers for each name, past the memo’s size and with many ids under one class', async () => {
    const { unlikely } = await import('../../utils/engine/article');
    const doc = parseHtml('<body></body>');
    const el = (cls: string, id = '') => {
      const e = doc.createElement('div');
      if (cls) e.setAttribute('class', cls);
      if (id) e.setAttribute('id', id);
      return e;
    };
    expect(unlikely(el('comments-area'))).toBe(true);
    expect(unlikely(el('story-text'))).toBe(false);
    expect(unlikely(el('', 'sidebar'))).toBe(true);
    expect(unlikely(el('story-text', 'disqus_thread'))).toBe(true);
    for (let i = 0; i < 1500; i++) unlikely(el(`generated-${i}`, `id-${i}`));
    for (let i = 0; i < 200; i++) unlikely(el('story-text', `post-${i}`));
    expect(unlikely(el('story-text', 'disqus_thread'))).toBe(true);
    expect(unlikely(el('story-text'))).toBe(false);
    expect(unlikely(el('comments-area'))).toBe(true);
    expect(unlikely(el(''))).toBe(false);
  });
});

describe('normalizeSpace’s shortcut for normal text', () => {
  it('gives what the full replacement gives, on texts normal and not', async () => {
    const { normalizeSpace } = await import('../../utils/engine/text');
    const full = (t: string) => t.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
    const texts = ['Plain words here', ' lead', 'trail ', 'two  spaces', 'tab\there', 'line\nbreak', 'nb\u00a0sp', 'zero\u200bwidth', '\u200b', '', ' ', 'ideographic\u3000space', 'bom\ufeff', 'a\u2028b', 'x', 'Ünïcödé wörds ok'];
    for (const t of texts) expect(normalizeSpace(t)).toBe(full(t));
  });
});
