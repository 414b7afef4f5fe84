import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/engine/analyze';
import { compileLexicon } from '../../utils/engine/lexicon';
import type { Analysis } from '../../utils/engine/types';
import { agencies, agencyRows } from '../../utils/rules/agencies';
import { chainData } from '../../utils/rules/chain-data';
import { wireCreditsSource } from '../../tools/gen/wire-credits';
import { parseHtml } from '../../tools/parse-html';

// The agency gazetteer (utils/rules/agencies.ts): its size and shape, the gate's generated
// share of it, the engine free of agency names, and what its rows make the chain read.

const ROOT = join(import.meta.dirname, '..', '..');
const FILLER = [
  'Officials said the measures would take effect next month after a review by the ministry, which has been under pressure to act for several weeks.',
  'The opposition called the plan too little and too late, and promised to bring its own proposal to parliament before the summer recess begins.',
  'Analysts expect the first results to show by the end of the year, although several regional governments have yet to say how they will apply it.',
].join('</p><p>');

function page(paragraphs: string[], extra: { head?: string; before?: string } = {}, lang = 'en'): Analysis {
  const html = `<!doctype html><html lang="${lang}"><head><meta property="og:type" content="article"><meta property="og:site_name" content="Daily Example">${extra.head ?? ''}</head>
<body><main><article><h1>Headline</h1>${extra.before ?? ''}<div class="article-body">${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</div></article></main></body></html>`;
  return analyze(parseHtml(html), 'https://daily.example/news/1');
}
const agencyNames = (a: Analysis) => a.chain.filter((l) => l.role === 'agency').map((l) => l.name);

describe('the agency gazetteer', () => {
  it('holds at least 200 agencies of at least 120 countries, each with an evidence note', () => {
    expect(agencies.length).toBeGreaterThanOrEqual(200);
    expect(new Set(agencies.map((a) => a.country)).size).toBeGreaterThanOrEqual(120);
    for (const row of agencyRows) expect(row.evidence.length, row.row).toBeGreaterThan(8);
    for (const kind of ['n', 'i', 'c', 'p', 'f', 'h'] as const) expect(agencies.some((a) => a.kinds.includes(kind)), kind).toBe(true);
  });

  it('is sorted by id, with unique ids, unique credits and ten fields a row', () => {
    const ids = agencies.map((a) => a.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    const credits = agencies.flatMap((a) => a.credits);
    expect(new Set(credits).size).toBe(credits.length);
    for (const { row } of agencyRows) expect(row.split('|').length, row).toBe(10);
    for (const a of agencies) expect(a.name && a.fullName && a.country.length === 2 && a.languages.length > 0, a.id).toBeTruthy();
  });

  it('gives the gate its share as generated (npx tsx tools/gen/wire-credits.ts)', () => {
    expect(readFileSync(join(ROOT, 'utils', 'rules', 'wire-credits.ts'), 'utf8')).toBe(wireCreditsSource());
  });

  it('leaves the engine free of agency names (the patterns are compiled from the rows)', () => {
    const code = ['chain.ts', 'gate.ts', 'lexicon.ts', 'head.ts']
      .map((f) => readFileSync(join(ROOT, 'utils', 'engine', f), 'utf8'))
      .join('\n')
      // comments name examples; code must not
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    const names = agencies.flatMap((a) => [a.name, ...a.credits]).filter((n) => n.length >= 3 && !a_common(n));
    const found = names.filter((n) => new RegExp(`(?<![\\p{L}\\p{N}])${n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(code));
    expect(found).toEqual([]);
  });

  it('resolves a name in any script or spelling to one agency', () => {
    const lex = compileLexicon(chainData());
    expect(lex.agencyFor('Anadolu Ajansı')?.id).toBe('anadolu');
    expect(lex.agencyFor('AA')?.id).toBe('anadolu');
    expect(lex.agencyFor('Интерфакс')?.id).toBe('interfax');
    expect(lex.agencyFor('https://www.aa.com.tr/en/world/x/123')?.id).toBe('anadolu');
    expect(lex.agencyFor('https://english.news.cn/20240101/abc.htm')?.id).toBe('xinhua');
    expect(lex.agencyFor('Petra Müller')).toBeUndefined();
    expect(lex.agencyFor('Fırat Haber Ajansı')?.id).toBe('anf');
    expect(lex.agencyFor('باشگاه خبرنگاران جوان')?.id).toBe('yjc');
    expect(lex.agencyFor('https://www.camara.leg.br/noticias/123')?.id).toBe('agencia-camara');
    // a common name ("Turan", "Shana") is no agency in running text
    expect(agencyNames(page(['Turan said the talks would resume in spring, after the elections in the capital.', FILLER]))).toEqual([]);
  });
});

/** Credit tokens that are also words of the engine's own vocabulary ("Press", "News"). */
function a_common(name: string): boolean {
  return agencies.some((a) => a.common && (a.name === name || a.credits.includes(name)));
}

describe('datelines and credits of the gazetteer’s agencies', () => {
  it.each([
    ['ANKARA (AA) - Turkish officials said.', 'Anadolu Agency'],
    ['BUDAPEST (MTI) - A kormány bejelentette.', 'MTI'],
    ['Wien (APA) - Die Regierung sagte.', 'APA'],
    ['Berlin (epd) - Die Kirche teilte mit.', 'epd'],
    ['Bonn (KNA) - Die Bischofskonferenz teilte mit.', 'KNA'],
    ['AMMAN, Jan 3 (Petra) -- Jordan said.', 'Petra'],
    ['KUWAIT, Jan 3 (KUNA) -- Kuwait said.', 'KUNA'],
    ['HANOI (VNA) – Vietnam said.', 'VNA'],
    ['MANILA (PNA) – The Philippines said.', 'PNA'],
    ['LA HABANA, 3 ene (PL) - Cuba dijo.', 'Prensa Latina'],
    ['Brasília (Agência Brasil) - O governo disse.', 'Agência Brasil'],
    ['ROMA (AGI) - Il governo ha detto.', 'AGI'],
    ['MADRID, 3 (EUROPA PRESS) - El Gobierno dijo.', 'Europa Press'],
    ['WARSZAWA (PAP) - Rząd ogłosił.', 'PAP'],
    ['KYIV (Ukrinform) - Ukraine said.', 'Ukrinform'],
    ['(서울=연합뉴스) 기자 = 정부는 밝혔다.', 'Yonhap'],
    ['Tehran, IRNA - Iran said.', 'IRNA'],
    ['PODGORICA (MINA) - Vlada je saopštila.', 'MINA'],
    ['BISHKEK (24.kg) - The government said.', '24.kg'],
    ['AMED (ANF) - Officials said.', 'ANF'],
    ['YEREVAN (ARKA) - The central bank said.', 'ARKA'],
    ['Brasília (Agência Senado) - O Senado aprovou.', 'Agência Senado'],
    // Rows added for issue 15, each in the form its evidence note shows.
    ['Baghdad (NINA) – The ministry said.', 'NINA'],
    ['ArmInfo. The Central Election Commission of Armenia rejected the appeal.', 'ArmInfo'],
    ['Yerevan /Mediamax/. The government approved the plan.', 'Mediamax'],
    ['SARAJEVO, June 29 (FENA) - The government said.', 'FENA'],
    ['DİYARBAKIR (İLKHA) - Belediye açıkladı.', 'İLKHA'],
    ['Wien (Kathpress) - Die Bischofskonferenz teilte mit.', 'Kathpress'],
    ['KARACHI (PPI) - The provincial government said.', 'PPI'],
    ['Città del Vaticano (SIR) - Il Papa ha detto.', 'SIR'],
    ['Warszawa (KAI) - Episkopat ogłosił.', 'KAI'],
  ])('reads %j', (dateline, agency) => {
    expect(agencyNames(page([dateline, FILLER]))).toEqual([agency]);
  });

  it('reads the agency in the byline slot: its name, or its author page', () => {
    expect(agencyNames(page([FILLER], { before: '<p class="byline">By <a href="/authors/jane-doe/">AFP</a></p>' }))).toEqual(['AFP']);
    expect(agencyNames(page([FILLER], { before: '<div class="byline"><a href="https://daily.example/authors/anadolu-agency/">Staff</a></div>' }))).toEqual([
      'Anadolu Agency',
    ]);
    expect(agencyNames(page([FILLER], { before: '<p class="byline">By <a href="/authors/jane-doe/">Jane Doe</a></p>' }))).toEqual([]);
  });

  it('never credits a photo agency, nor an agency in a photo credit', () => {
    for (const line of ['Photo: Getty Images', 'Foto: dpa', 'Bild: picture alliance/dpa', 'Photo by AFP', '(Photo: Reuters)', 'Fotoğraf: AA']) {
      expect(agencyNames(page([FILLER, FILLER, line])), line).toEqual([]);
    }
    expect(agencyNames(page([FILLER], { before: '<p class="byline">By Getty Images</p>' }))).toEqual([]);
    expect(agencyNames(page(['LONDON (EPA) - Photographs of the event.', FILLER]))).toEqual([]);
  });

  it('names no agency from its name as the story’s topic', () => {
    expect(agencyNames(page(['Reuters said on Tuesday it would cut 200 jobs in its newsroom.', FILLER]))).toEqual([]);
    expect(agencyNames(page(['Petra said she would run again, and thanked her supporters.', FILLER]))).toEqual([]);
    // Agencies whose name is also a word or a name ("Report", "Cihan", "Zenit") are never named by running text.
    expect(agencyNames(page(['Report said the figures would be revised, and Cihan thanked the voters at the zenit of the campaign.', FILLER]))).toEqual([]);
    // A lead credit is the name and its full stop ("ArmInfo. The …"), not the name opening a sentence about the agency.
    expect(agencyNames(page(['ArmInfo has moved to a new office in Yerevan, its director said.', FILLER]))).toEqual([]);
    expect(agencyNames(page(['ArmInfo.Opposition MP Tigran Abrahamyan expressed doubts.', FILLER]))).toEqual(['ArmInfo']);
  });

  it('names an open-class outlet after a citation cue as inferred, with a score', () => {
    const chain = page(['The minister resigned on Friday, according to Channel 12 News, after weeks of pressure.', FILLER]).chain;
    expect(chain.find((l) => l.role === 'cited')).toMatchObject({ name: 'Channel 12 News', recognised: true });
    expect(chain.find((l) => l.role === 'cited')!.score).toBeGreaterThan(0.5);
    const de = page(['Der Minister trat zurück, laut Frankfurter Rundschau nach wochenlangem Druck.', FILLER], {}, 'de').chain;
    expect(de.find((l) => l.role === 'cited')?.name).toBe('Frankfurter Rundschau');
    // A person or an office after the cue is no outlet.
    const person = page(['The minister resigned on Friday, according to John Smith, after weeks of pressure.', FILLER]).chain;
    expect(person.filter((l) => l.role === 'cited')).toEqual([]);
  });
});
