import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/engine/analyze';
import { chainOfInput } from '../../utils/engine/chain';
import type { ChainInput } from '../../utils/engine/chain-input';
import type { Analysis } from '../../utils/engine/types';
import { parseHtml } from '../../tools/parse-html';

// Agency credits on short lines of their own by the story (a sign-off after the last paragraph,
// a colon dateline), wherever the page put them — and the lines that credit nobody.

const FILLER = [
  'Officials said the measures would take effect next month after a review by the ministry, which has been under pressure to act for several weeks.',
  'The opposition called the plan too little and too late, and promised to bring its own proposal to parliament before the summer recess begins.',
];

function page(paragraphs: string[], lang = 'en'): Analysis {
  const html = `<!doctype html><html lang="${lang}"><head><meta property="og:type" content="article"><meta property="og:site_name" content="Daily Example"></head>
<body><main><article><h1>Headline</h1><div class="article-body">${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</div></article></main></body></html>`;
  return analyze(parseHtml(html), 'https://daily.example/news/1');
}

const agencies = (analysis: Analysis) => analysis.chain.filter((l) => l.role === 'agency').map((l) => [l.name, l.confidence]);

describe('sign-off lines', () => {
  it.each([
    ['(Tanjug)', 'Tanjug', 'high'],
    ['— PTI', 'PTI', 'high'],
    ['AGERPRES (RO - author: Ana Pop, editor: Ion Dinu; EN - author: Maria Stan)', 'Agerpres', 'high'],
    ['La Presse canadienne', 'The Canadian Press', 'medium'],
  ])('reads %j after the story as %s', (line, agency, confidence) => {
    expect(agencies(page([...FILLER, line]))).toEqual([[agency, confidence]]);
  });

  it.each([
    // a bare credit token is a photo's credit as often as a sign-off
    'AFP',
    'Photo: The Canadian Press',
    // an agency's name inside a sentence is the story's topic
    'The Canadian Press turned 100 this year.',
    '(photo)',
  ])('credits no agency from %j', (line) => {
    expect(agencies(page([...FILLER, line]))).toEqual([]);
  });
});

describe('colon datelines', () => {
  it('reads "LONDON:(APS) The prime minister …"', () => {
    expect(agencies(page(['LONDON:(APS) The prime minister said on Tuesday that his government was ready for talks.', ...FILLER]))).toEqual([['APS', 'high']]);
  });

  it('credits no agency from "UPDATE: (AP) reporters were …" (no capital after the credit)', () => {
    expect(agencies(page(['UPDATE: (AP) reporters were kept outside the hall for an hour on Tuesday.', ...FILLER]))).toEqual([]);
  });
});

const republishers = (analysis: Analysis) => analysis.chain.filter((l) => l.role === 'republisher').map((l) => l.name);

describe('origins named on a line of their own or in the dateline', () => {
  it.each([
    ['Fuente ABC', 'es', 'ABC'],
    ['Fonte G1', 'pt', 'g1'],
    ['You are subscribed to email updates from WARTAWAN RASMI LAMAN REFORMASI', 'ms', 'WARTAWAN RASMI LAMAN REFORMASI'],
  ])('reads %j as the origin %s', (line, lang, origin) => {
    expect(republishers(page([...FILLER, line], lang))).toEqual([origin]);
  });

  it.each(['Credit Suisse', 'Source Close To The Talks', 'Sources'])('names no origin from %j', (line) => {
    expect(republishers(page([...FILLER, line]))).toEqual([]);
  });

  it('reads an outlet in the dateline ("Muqdisho (Wararka Maanta) – …")', () => {
    const analysis = page(['Muqdisho (Wararka Maanta) – Warar kala duwan ayaa kasoo baxaya qaraxyo xoogan oo goordhow ka dhacay magaalada.', ...FILLER], 'so');
    expect(republishers(analysis)).toEqual(['Wararka Maanta']);
    expect(agencies(analysis)).toEqual([]);
  });

  it.each([
    'WASHINGTON (Updated) – Lawmakers met on Friday to discuss the budget.',
    'PARIS (Photo) – The ministry said on Friday that the museum would reopen.',
  ])('names no origin from the dateline %j', (dateline) => {
    expect(republishers(page([dateline, ...FILLER]))).toEqual([]);
  });
});

describe('co-credits, regional desks, initials and bare source lines', () => {
  it.each([
    ['Par Le Figaro avec AFP', 'fr', 'AFP'],
    ['Le Monde avec AFP et Reuters', 'fr', 'AFP'],
    ['Da Redação, com Agência Brasil', 'pt', 'Agência Brasil'],
    ['Redacción con información de EFE', 'es', 'EFE'],
    ['El ministro habló ante la prensa durante casi una hora. Con información de EFE.', 'es', 'EFE'],
    ['ale/dpa', 'de', 'dpa'],
    ['dpa/jd', 'de', 'dpa'],
    ['mja/AFP', 'de', 'AFP'],
  ])('reads %j as %s', (line, lang, agency) => {
    expect(agencies(page([...FILLER, line], lang)).map(([name]) => name)).toEqual([agency]);
  });

  it('reads a regional desk after the credit in the dateline ("Bonn (dpa/lnw) -")', () => {
    expect(agencies(page(['Bonn (dpa/lnw) - Die Landesregierung will die Schulen im Herbst früher öffnen, sagte die Ministerin am Montag.', ...FILLER], 'de'))).toEqual([['dpa', 'high']]);
  });

  it('reads a credit in brackets before the closing full stop ("… (ANSA).")', () => {
    expect(agencies(page([...FILLER, 'ROMA - Il governo ha detto che ridurrà le tasse sul lavoro entro la fine dell’anno (ANSA).'], 'it'))).toEqual([['ANSA', 'high']]);
  });

  it.each([
    // a heading or a sentence with the agency after "with" names no co-credit
    ['Interview with Reuters', 'en'],
    ['Talks With Reuters', 'en'],
    ['Entrevista com Reuters', 'pt'],
    ['Jane Doe with Reuters', 'en'],
    ['He spoke with Reuters on Monday.', 'en'],
    // a photo's credit and ordinary slashed words
    ['AFP/Jane Doe', 'en'],
    ['and/or', 'en'],
    ['km/h', 'de'],
  ])('credits no agency from %j', (line, lang) => {
    expect(agencies(page([...FILLER, line], lang))).toEqual([]);
  });
});

describe('a bare credit on a line a source rule collapsed', () => {
  const input = (text: string, category: string): ChainInput => ({
    url: 'https://daily.example/news/1',
    head: [],
    bylines: [],
    marked: [{ text, href: null, category }],
    credits: [],
    paragraphs: FILLER,
  });
  const agencyOf = (text: string, category: string) => chainOfInput(input(text, category)).filter((l) => l.role === 'agency').map((l) => l.name);

  it.each([['रासस', 'RSS'], ['ANTARA.', 'ANTARA']])('reads %j marked as a source line as %s', (text, agency) => {
    expect(agencyOf(text, 'source-link')).toEqual([agency]);
  });

  it('reads nothing from the same token collapsed as something else (an interface leftover, a share prompt)', () => {
    expect(agencyOf('AFP', 'interface')).toEqual([]);
    expect(agencyOf('AFP', 'share-prompt')).toEqual([]);
  });
});

describe('a copyright line of its own that no rule marked (issue 15)', () => {
  it.each([
    ['Copyright 2024 Agence France-Presse', 'AFP'],
    ['© 2024 Agence France-Presse', 'AFP'],
    ['Copyright © 2024 Reuters', 'Reuters'],
    ['(c) 2024 AFP', 'AFP'],
  ])('reads %j after the story as %s', (line, agency) => {
    expect(agencies(page([...FILLER, line]))).toEqual([[agency, 'high']]);
  });

  it.each([
    // the site's own or another outlet's notice
    'Copyright 2024 Daily Example',
    'Copyright 2024 Riverside Herald',
    // copyright as the story's topic
    'Copyright law protects the work of Reuters photographers, the court said.',
    // a photo's credit
    'Photo © Reuters/Jane Doe',
  ])('reads no agency from %j', (line) => {
    expect(agencies(page([...FILLER, line]))).toEqual([]);
  });

  it.each([
    ['inside the story', '© 2024 Reuters/Jane Doe', true],
    ['inside the story, without a year', 'Copyright Reuters', true],
    ['after the story, with a photographer', '© 2024 AFP/Jane Doe', false],
  ])('reads no agency from a copyright notice in a photo caption %s (%j)', (_where, caption, inside) => {
    const figure = `<figure><img src="a.jpg" alt=""><figcaption>${caption}</figcaption></figure>`;
    const body = inside ? `<p>${FILLER[0]}</p>${figure}<p>${FILLER[1]}</p>` : `<p>${FILLER[0]}</p><p>${FILLER[1]}</p>${figure}`;
    const html = `<!doctype html><html lang="en"><head><meta property="og:type" content="article"><meta property="og:site_name" content="Daily Example"></head>
<body><main><article><h1>Headline</h1><div class="article-body">${body}</div></article></main></body></html>`;
    expect(agencies(analyze(parseHtml(html), 'https://daily.example/news/1'))).toEqual([]);
  });
});

describe('slashed sign-offs on a line of their own that no rule marked (issue 15)', () => {
  it.each([
    ['dpa/AFP/jkl', 'de', 'dpa'],
    ['EFE/Redacción', 'es', 'EFE'],
    ['/ritzau/', 'da', 'Ritzau'],
    ['/ritzau/AFP', 'da', 'Ritzau'],
  ])('reads %j as %s', (line, lang, agency) => {
    expect(agencies(page([...FILLER, line], lang))).toEqual([[agency, 'high']]);
  });

  it.each([
    // a photo's credits: an agency and a photographer, a photo agency
    ['AFP/Getty', 'en'],
    ['Reuters/Jane', 'en'],
    // initials alone, a slashed word pair
    ['ab/cd', 'en'],
    ['/news/', 'en'],
  ])('reads no agency from %j', (line, lang) => {
    expect(agencies(page([...FILLER, line], lang))).toEqual([]);
  });
});
