import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/engine/analyze';
import type { Analysis } from '../../utils/engine/types';
import { parseHtml } from '../../tools/parse-html';

// Origin trailers: the name a Source line or an origin phrase gives, without a date after it, without the words of the sentence that
// go on after it, with a dash or bar in place of the colon (our own lines, written for these tests).

const FILLER =
  'Officials said the measures would take effect next month after a review by the ministry, which has been under pressure to act for several weeks.';

function page(line: string, lang = 'en'): Analysis {
  const html = `<!doctype html><html lang="${lang}"><head><meta property="og:type" content="article"><meta property="og:site_name" content="Daily Example"></head>
<body><main><article><h1>Headline</h1><div class="article-body"><p>${FILLER}</p><p>${FILLER}</p></div><div class="source">${line}</div></article></main></body></html>`;
  return analyze(parseHtml(html), 'https://daily.example/news/2024/05/story-1');
}

const republishers = (analysis: Analysis) => analysis.chain.filter((l) => l.role === 'republisher').map((l) => l.name);

describe('origin trailers', () => {
  it.each([
    ['Source: Riverside Herald, May 12, 2024', 'en', 'Riverside Herald'],
    ['Sumber: Riverside Herald, 12 Mei 2024', 'id', 'Riverside Herald'],
    ['Fonte: Riverside Herald, 12/05/2024', 'pt', 'Riverside Herald'],
    ['Source - Riverside Herald', 'en', 'Riverside Herald'],
    ['Source | Riverside Herald', 'en', 'Riverside Herald'],
    ['This article is republished from Riverside Herald under a Creative Commons license.', 'en', 'Riverside Herald'],
    ['این مطلب نخستین بار در روزنامه ریورساید منتشر شده است.', 'fa', 'روزنامه ریورساید'],
    ["Bu yazı ilk olarak Riverside Gazetesi'nde yayımlanmıştır.", 'tr', 'Riverside Gazetesi'],
  ])('reads %j as the origin', (line, lang, name) => {
    expect(republishers(page(line, lang))).toEqual([name]);
  });

  it.each([
    // a date is no name, nor a sentence after "Source -"
    ['Source: May 12, 2024', 'en'],
    ['Sources - officials familiar with the talks', 'en'],
    // lower-case words after a name that is no outlet's
    ['This article is republished from John Smith under a Creative Commons license.', 'en'],
    ['Reprinted from a 2019 speech by the minister.', 'en'],
  ])('names no origin from %j', (line, lang) => {
    expect(republishers(page(line, lang))).toEqual([]);
  });
});
