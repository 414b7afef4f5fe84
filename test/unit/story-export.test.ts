import { describe, expect, it } from 'vitest';
import type { ChainLink } from '../../utils/engine/types';
import { escapeMarkdown, markdownUrl, storyAsMarkdown, storyAsText, type StoryExport } from '../../utils/popup/story-export';

// The story as the reader copies it: plain text, and Markdown whose every character from
// the page shows as written (escaped), with links only to http(s) addresses.

const link = (role: ChainLink['role'], name: string, url?: string): ChainLink => ({
  role,
  name,
  url,
  evidence: 'x',
  evidences: ['x'],
  confidence: 'high',
});

const STORY: StoryExport = {
  title: 'South Korea starts process',
  paragraphs: ['Seoul (ANI): South Korea began.', 'A second paragraph.'],
  chain: [
    link('site', 'World Newsline 24', 'https://worldnewsline.example/'),
    link('republisher', 'LatestLY', 'https://www.latestly.com/a.html'),
    link('agency', 'ANI'),
  ],
};

describe('storyAsMarkdown', () => {
  it('writes the title, the paragraphs and a footer with the source chain', () => {
    expect(storyAsMarkdown(STORY)).toBe(
      [
        '# South Korea starts process',
        '',
        'Seoul (ANI): South Korea began.',
        '',
        'A second paragraph.',
        '',
        '---',
        '',
        'Source chain:',
        '',
        '- You are reading: [World Newsline 24](https://worldnewsline.example/)',
        '- Republished from: [LatestLY](https://www.latestly.com/a.html)',
        '- Written by wire agency: ANI',
        '',
      ].join('\n'),
    );
  });

  it('writes the byline and the date under the title when the page names them', () => {
    const markdown = storyAsMarkdown({ ...STORY, byline: 'Jane Doe', published: '19 March 2024' });
    expect(markdown.split('\n\n').slice(0, 2)).toEqual(['# South Korea starts process', '*By Jane Doe · Published 19 March 2024*']);
    expect(storyAsMarkdown({ ...STORY, published: '19 March 2024' }).split('\n\n')[1]).toBe('*Published 19 March 2024*');
  });

  it('leaves out the byline line when it is missing or blank', () => {
    expect(storyAsMarkdown({ ...STORY, byline: '  ' })).toBe(storyAsMarkdown(STORY));
    expect(storyAsMarkdown(STORY).split('\n\n')[1]).toBe('Seoul (ANI): South Korea began.');
  });

  it('has no footer when there is no chain', () => {
    const markdown = storyAsMarkdown({ ...STORY, chain: [] });
    expect(markdown).not.toContain('---');
    expect(markdown).not.toContain('Source chain');
    expect(markdown.endsWith('A second paragraph.\n')).toBe(true);
  });

  it('escapes Markdown in titles, paragraphs and names, so they show as the page wrote them', () => {
    const markdown = storyAsMarkdown({
      title: '# *Breaking* [news](javascript:alert(1)) <img src=x onerror=alert(1)> _now_',
      paragraphs: ['1. Not a list', '- not a bullet', '> not a quote', 'a | b ~~c~~ `code` &amp; \\'],
      chain: [link('cited', 'Evil](javascript:alert(1))', 'https://ok.example/')],
    });
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# \\# \\*Breaking\\* \\[news\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\> \\_now\\_');
    expect(lines).toContain('1\\. Not a list');
    expect(lines).toContain('\\- not a bullet');
    expect(lines).toContain('\\> not a quote');
    expect(lines).toContain('a \\| b \\~\\~c\\~\\~ \\`code\\` \\&amp; \\\\');
    expect(lines).toContain('- Cites: [Evil\\](javascript:alert(1))](https://ok.example/)');
  });

  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox', 'not a url', ''])(
    'never makes a link of the address %j',
    (url) => {
      const markdown = storyAsMarkdown({ ...STORY, chain: [link('cited', 'CNN', url)] });
      expect(markdown).toContain('- Cites: CNN\n');
      expect(markdown).not.toMatch(/\]\(/);
    },
  );

  it('percent-encodes parentheses and spaces in addresses so a link cannot be broken out of', () => {
    expect(markdownUrl('https://en.example/wiki/Seoul_(city)')).toBe('https://en.example/wiki/Seoul_%28city%29');
    expect(storyAsMarkdown({ ...STORY, chain: [link('cited', 'Wiki', 'https://en.example/a (b)')] })).toContain(
      '[Wiki](https://en.example/a%20%28b%29)',
    );
  });

  it('writes a role it does not know as it came, escaped', () => {
    const markdown = storyAsMarkdown({ ...STORY, chain: [link('<b>x</b>' as ChainLink['role'], 'CNN')] });
    expect(markdown).toContain('- \\<b\\>x\\</b\\>: CNN\n');
  });

  it('says "Untitled page" for a page without a title', () => {
    expect(storyAsMarkdown({ ...STORY, title: ' ' }).split('\n')[0]).toBe('# Untitled page');
  });
});

describe('storyAsText', () => {
  it('writes the title, the paragraphs and the chain as plain lines, characters unchanged', () => {
    expect(storyAsText({ ...STORY, title: '*Breaking* [news]', byline: 'Jane Doe' })).toBe(
      [
        '*Breaking* [news]',
        '',
        'By Jane Doe',
        '',
        'Seoul (ANI): South Korea began.',
        '',
        'A second paragraph.',
        '',
        'Source chain:',
        '- You are reading: World Newsline 24 <https://worldnewsline.example/>',
        '- Republished from: LatestLY <https://www.latestly.com/a.html>',
        '- Written by wire agency: ANI',
        '',
      ].join('\n'),
    );
  });

  it('leaves out an address that is not http(s), and the chain when there is none', () => {
    expect(storyAsText({ ...STORY, chain: [link('cited', 'CNN', 'javascript:alert(1)')] })).toContain('- Cites: CNN\n');
    expect(storyAsText({ ...STORY, chain: [] })).toBe('South Korea starts process\n\nSeoul (ANI): South Korea began.\n\nA second paragraph.\n');
  });
});

describe('escapeMarkdown', () => {
  it('leaves ordinary prose alone', () => {
    expect(escapeMarkdown('The minister said on Tuesday (in Seoul) that 3.5% was enough!')).toBe(
      'The minister said on Tuesday (in Seoul) that 3.5% was enough!',
    );
  });
});
