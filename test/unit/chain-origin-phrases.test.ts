import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/engine/analyze';
import type { Analysis } from '../../utils/engine/types';
import { parseHtml } from '../../tools/parse-html';

// "First/originally published on X" trailers in the languages whose grammar lacked them (issue 15, helper h44), read on a line
// of their own after the story, with an origin whose name has no outlet word (the phrase alone names it). Our own lines, from
// the engineers' knowledge of each press's trailer forms.

const FILLER =
  'Officials said the measures would take effect next month after a review by the ministry, which has been under pressure to act for several weeks.';

function page(line: string): Analysis {
  const html = `<!doctype html><html><head><meta property="og:type" content="article"><meta property="og:site_name" content="Daily Example"></head>
<body><main><article><h1>Headline</h1><div class="article-body"><p>${FILLER}</p><p>${FILLER}</p></div><div class="source">${line}</div></article></main></body></html>`;
  return analyze(parseHtml(html), 'https://daily.example/news/2024/05/story-1');
}

const origins = (analysis: Analysis) => analysis.chain.filter((l) => l.role === 'republisher').map((l) => l.name);

describe('origin trailers of more languages', () => {
  it.each([
    ['Материал впервые опубликован на сайте Северный Край', 'Северный Край'],
    ['Вперше опубліковано на Західний Край', 'Західний Край'],
    ['Artykuł pochodzi z serwisu Mwananchi Kesho', 'Mwananchi Kesho'],
    ['Tekst ukazał się pierwotnie w Mwananchi Kesho', 'Mwananchi Kesho'],
    ['Dit artikel verscheen oorspronkelijk op Mwananchi Kesho', 'Mwananchi Kesho'],
    ['Questo articolo è stato originariamente pubblicato su Mwananchi Kesho', 'Mwananchi Kesho'],
    ['Článek původně vyšel na Mwananchi Kesho', 'Mwananchi Kesho'],
    ['Članak je izvorno objavljen na Mwananchi Kesho', 'Mwananchi Kesho'],
    ['Tekst je prvobitno objavljen na portalu Mwananchi Kesho', 'Mwananchi Kesho'],
    ['Članek je bil prvotno objavljen na Mwananchi Kesho', 'Mwananchi Kesho'],
    ['Статията е публикувана първоначално в Mwananchi Kesho', 'Mwananchi Kesho'],
    ['Το άρθρο δημοσιεύθηκε αρχικά στο Mwananchi Kesho', 'Mwananchi Kesho'],
    ['Artikeln publicerades ursprungligen i Mwananchi Kesho', 'Mwananchi Kesho'],
    ['Artikkelen ble først publisert i Mwananchi Kesho', 'Mwananchi Kesho'],
    ['Artiklen blev oprindeligt bragt i Mwananchi Kesho', 'Mwananchi Kesho'],
    ['Dieser Text erschien zuerst auf Mwananchi Kesho', 'Mwananchi Kesho'],
    ['Este artículo apareció originalmente en Mwananchi Kesho', 'Mwananchi Kesho'],
    ['Artikel ini pertama kali disiarkan oleh Mwananchi Kesho', 'Mwananchi Kesho'],
    ['Ang artikulong ito ay unang nalathala sa Mwananchi Kesho', 'Mwananchi Kesho'],
    ['Straipsnis pirmą kartą paskelbtas Mwananchi Kesho', 'Mwananchi Kesho'],
    ['Artikkel ilmus algselt väljaandes Mwananchi Kesho', 'Mwananchi Kesho'],
    ['Artikulli u publikua fillimisht në Mwananchi Kesho', 'Mwananchi Kesho'],
    ['Статијата првично е објавена на Mwananchi Kesho', 'Mwananchi Kesho'],
    ['Aquest article es va publicar originalment a Mwananchi Kesho', 'Mwananchi Kesho'],
    ['Cyhoeddwyd yr erthygl hon yn wreiddiol ar Mwananchi Kesho', 'Mwananchi Kesho'],
    ['Este artigo publicouse orixinalmente en Mwananchi Kesho', 'Mwananchi Kesho'],
    ['This piece originally ran in Mwananchi Kesho.', 'Mwananchi Kesho'],
    ['Republished with permission of Mwananchi Kesho.', 'Mwananchi Kesho'],
    // the name before the verb: a lead, the name, the words after it
    ['Məqalə ilk dəfə Mwananchi Kesho saytında dərc olunub', 'Mwananchi Kesho'],
    ['Мақала алғаш рет Mwananchi Kesho сайтында жарияланған', 'Mwananchi Kesho'],
    ['Maqola ilk bor Mwananchi Kesho saytida chop etilgan', 'Mwananchi Kesho'],
    ['Artikkeli julkaistiin alun perin Mwananchi Kesho -lehdessä', 'Mwananchi Kesho'],
  ])('%j names %j', (line, name) => {
    expect(origins(page(line))).toEqual([name]);
  });

  it.each([
    // the same phrases before a time or a lower-case phrase: no name
    'Статья впервые опубликована в 1995 году',
    'Artikkelen ble først publisert i fjor',
    'Dieser Text erschien zuerst im vergangenen Jahr',
    // "bei" may name a person: a German trailer names its origin with "auf" or "im" only here
    'Dieser Text erschien zuerst bei Jana Schmidt',
    'Este artículo apareció originalmente en la edición impresa',
    'Artikeln publicerades ursprungligen i förra veckan',
    'Tekst ukazał się pierwotnie w sobotnim wydaniu',
  ])('names no origin from %j', (line) => {
    expect(origins(page(line))).toEqual([]);
  });
});

describe('a Source field among a metadata line’s fields (issue 15, helper h44)', () => {
  it.each([
    ['2024-05-12 10:00 来源：人民网 作者：张三', '人民网'],
    ['12.05.2024 | Nguồn: VnExpress', 'VnExpress'],
  ])('%j names %j', (line, name) => {
    expect(origins(page(line))).toEqual([name]);
  });

  it.each([
    // "this site", a reporter's inquiry, a generic word: no outlet's name
    '发布时间：2024-05-12 来源：本站',
    '2024-05-12 来源：记者调查 作者：张三',
    '12.05.2024 | Nguồn: Internet',
  ])('names no origin from %j', (line) => {
    expect(origins(page(line))).toEqual([]);
  });

  it('reads an agency there as the agency', () => {
    expect(page('12.05.2024 | Source: Reuters').chain.filter((l) => l.role === 'agency').map((l) => l.name)).toEqual(['Reuters']);
  });
});

describe('Source lines of more scripts: outlet words of am, kk, uz, ar, and full-width brackets (issue 15, helper h44)', () => {
  it.each([
    ['ምንጭ: አዲስ አድማስ ጋዜጣ', 'አዲስ አድማስ ጋዜጣ'],
    ['Дереккөз: Егемен Қазақстан газеті', 'Егемен Қазақстан газеті'],
    ['المصدر: الجزيرة نت', 'الجزيرة نت'],
    ['（本文来源：新京报）', '新京报'],
  ])('%j names %j', (line, name) => {
    expect(origins(page(line))).toEqual([name]);
  });

  it.each(['（本文来自作者的亲身经历）', 'المصدر: وزارة الصحة', 'ምንጭ: የጤና ሚኒስቴር'])('names no origin from %j', (line) => {
    expect(origins(page(line))).toEqual([]);
  });
});
