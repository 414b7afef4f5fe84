import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/engine/analyze';
import type { Analysis } from '../../utils/engine/types';
import { parseHtml } from '../../tools/parse-html';

// Cited outlets: a citation cue after the name with a time phrase between them, the name's end
// found where the cue begins, and the cues of languages the grammar gained (our own sentences).

const FILLER =
  'Officials said the measures would take effect next month after a review by the ministry, which has been under pressure to act for several weeks.';

function page(paragraph: string, lang = 'en'): Analysis {
  const html = `<!doctype html><html lang="${lang}"><head><meta property="og:type" content="article"><meta property="og:site_name" content="Daily Example"></head>
<body><main><article><h1>Headline</h1><div class="article-body"><p>${FILLER}</p><p>${paragraph}</p><p>${FILLER}</p></div></article></main></body></html>`;
  return analyze(parseHtml(html), 'https://daily.example/news/1');
}

const cited = (analysis: Analysis) => analysis.chain.filter((l) => l.role === 'cited').map((l) => l.name);

describe('a citation cue after the name, past a time phrase', () => {
  it.each([
    ['The New York Times on Tuesday reported that the talks had stalled in Geneva.', 'en', 'The New York Times'],
    ['The Kathmandu Herald on Sunday reported that the minister would resign within days.', 'en', 'The Kathmandu Herald'],
    ['The Kathmandu Herald earlier this week reported that the minister would resign.', 'en', 'The Kathmandu Herald'],
    ['Harian Metro pada 29 Jun lalu melaporkan bahawa menteri itu akan meletak jawatan.', 'ms', 'Harian Metro'],
  ])('cites %j', (sentence, lang, outlet) => {
    expect(cited(page(sentence, lang))).toEqual([outlet]);
  });

  it.each([
    // no cue: the outlet is the story's topic
    'The New York Times on Tuesday opened a new bureau in Nairobi.',
    // a time phrase longer than a few words is no bridge
    'The Kathmandu Herald on a cold and windy Sunday morning in the capital reported nothing.',
    // no outlet word and no gazetteer name
    'The minister on Sunday reported a loss of two million.',
  ])('cites nothing in %j', (sentence) => {
    expect(cited(page(sentence))).toEqual([]);
  });
});

describe('citation cues of the languages added to the grammar', () => {
  it.each([
    ['Qeveria do të ulë taksat, sipas BBC.', 'sq', 'BBC'],
    ['Serikali itapunguza kodi, kwa mujibu wa BBC.', 'sw', 'BBC'],
    ['Ibababa ang buwis, ayon sa BBC.', 'tl', 'BBC'],
    ['Կառավարությունը կնվազեցնի հարկերը, հայտնում է BBC-ն:', 'hy', 'BBC'],
  ])('cites %j', (sentence, lang, outlet) => {
    expect(cited(page(sentence, lang))).toEqual([outlet]);
  });

  it.each([
    ['BBC mbylli zyrën e saj në Tiranë muajin e kaluar.', 'sq'],
    ['BBC ilifungua ofisi mpya jijini Nairobi.', 'sw'],
  ])('cites nothing in %j (the outlet as the topic)', (sentence, lang) => {
    expect(cited(page(sentence, lang))).toEqual([]);
  });
});
