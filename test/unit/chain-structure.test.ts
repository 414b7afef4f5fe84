import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/engine/analyze';
import type { Analysis, ChainLink } from '../../utils/engine/types';
import { parseHtml } from '../../tools/parse-html';

// The source chain from the page's structure, whatever its language: the head's and the
// markup's provenance (JSON-LD sourceOrganization and provider, Dublin Core source, microdata
// isBasedOn, og:url and canonical on another site), a closing line whose one link goes to
// another outlet and is named by it, links inside the story's sentences to an outlet's site,
// and names set in italics by a citation cue. Each with the lines and links that name nothing.
// Our own writing; outlets from the gazetteer (utils/rules/outlets.ts) or invented (*.example).

const FILLER = [
  'Officials said the measures would take effect next month after a review by the ministry, which has been under pressure to act for several weeks.',
  'The opposition called the plan too little and too late, and promised to bring its own proposal to parliament before the summer recess begins.',
];

const PAGE_URL = 'https://www.daily.example/news/2024/05/story-of-the-day';

/** An article page of daily.example: `head` inside <head>, `paragraphs` (HTML allowed) as the story, `after` after its body. */
function page(paragraphs: string[], options: { head?: string; after?: string; lang?: string; url?: string | null } = {}): Analysis {
  const html = `<!doctype html><html lang="${options.lang ?? 'en'}"><head><meta property="og:type" content="article"><meta property="og:site_name" content="Daily Example">${options.head ?? ''}</head>
<body><main><article><h1>Headline of the story</h1><div class="article-body">${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</div>${options.after ?? ''}</article></main></body></html>`;
  return analyze(parseHtml(html), options.url === undefined ? PAGE_URL : options.url);
}

const named = (analysis: Analysis, role: ChainLink['role']) => analysis.chain.filter((l) => l.role === role).map((l) => l.name);
const link = (analysis: Analysis, role: ChainLink['role'], name: string) => analysis.chain.find((l) => l.role === role && l.name === name);
const jsonLd = (fields: Record<string, unknown>) =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Headline of the story', publisher: { '@type': 'Organization', name: 'Daily Example' }, ...fields })}</script>`;

describe('the head and the markup name the origin', () => {
  it('reads JSON-LD sourceOrganization naming another outlet as the origin', () => {
    const analysis = page(FILLER, { head: jsonLd({ sourceOrganization: { '@type': 'Organization', name: 'Riverside Herald' } }) });
    expect(named(analysis, 'republisher')).toEqual(['Riverside Herald']);
    expect(link(analysis, 'republisher', 'Riverside Herald')?.evidence).toBe('JSON-LD sourceOrganization: Riverside Herald');
  });

  it('reads JSON-LD provider naming an agency as the agency (as before), never as a republisher', () => {
    const analysis = page(FILLER, { head: jsonLd({ provider: { '@type': 'Organization', name: 'Agence France-Presse' } }) });
    expect(named(analysis, 'agency')).toEqual(['AFP']);
    expect(named(analysis, 'republisher')).toEqual([]);
  });

  it.each([
    ['the publisher itself', { provider: { '@type': 'Organization', name: 'Daily Example' } }],
    ['the site name with "The"', { sourceOrganization: 'The Daily Example' }],
    ['an organisation at the site’s own address', { sourceOrganization: { name: 'Daily Example Media Group', url: 'https://www.daily.example/about' } }],
  ])('names no origin from a sourceOrganization or provider that is %s', (_what, fields) => {
    expect(named(page(FILLER, { head: jsonLd(fields) }), 'republisher')).toEqual([]);
  });

  it('reads Dublin Core source: an address is the origin by its host, a name by itself', () => {
    expect(named(page(FILLER, { head: '<meta name="DC.source" content="https://www.riverside-herald.example/news/2024/05/water-plan">' }), 'republisher')).toEqual([
      'riverside-herald.example',
    ]);
    expect(named(page(FILLER, { head: '<meta name="dcterms.source" content="Riverside Herald">' }), 'republisher')).toEqual(['Riverside Herald']);
    expect(named(page(FILLER, { head: '<meta name="DC.source" content="https://www.daily.example/archive/1">' }), 'republisher')).toEqual([]);
  });

  it('reads microdata isBasedOn in the page as the origin', () => {
    const after = '<meta itemprop="isBasedOn" content="https://www.riverside-herald.example/news/2024/05/water-plan">';
    expect(named(page(FILLER, { after }), 'republisher')).toEqual(['riverside-herald.example']);
  });

  it('reads an og:url on another site’s article as a weak origin (the page’s own address known)', () => {
    const analysis = page(FILLER, { head: '<meta property="og:url" content="https://www.riverside-herald.example/news/2024/05/water-plan">' });
    expect(named(analysis, 'republisher')).toEqual(['riverside-herald.example']);
    expect(link(analysis, 'republisher', 'riverside-herald.example')?.confidence).toBe('low');
  });

  it('reads a JSON-LD article whose own address (mainEntityOfPage, url) is another site’s article as a weak origin: a copied block', () => {
    const analysis = page(FILLER, { head: jsonLd({ mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://www.riverside-herald.example/news/2024/05/water-plan' } }) });
    expect(named(analysis, 'republisher')).toEqual(['riverside-herald.example']);
    expect(link(analysis, 'republisher', 'riverside-herald.example')).toMatchObject({ confidence: 'low', evidence: 'JSON-LD mainEntityOfPage: https://www.riverside-herald.example/news/2024/05/water-plan' });
    expect(named(page(FILLER, { head: jsonLd({ url: PAGE_URL, mainEntityOfPage: PAGE_URL }) }), 'republisher')).toEqual([]);
  });

  it.each([
    ['the mobile host', '<link rel="canonical" href="https://m.daily.example/news/2024/05/story-of-the-day">'],
    ['an edition sub-domain', '<link rel="canonical" href="https://edition.daily.example/news/2024/05/story-of-the-day">'],
    ['the AMP host', '<meta property="og:url" content="https://amp.daily.example/news/2024/05/story-of-the-day">'],
    ['another site’s home page', '<link rel="canonical" href="https://www.riverside-herald.example/">'],
    ['a host named as the site (its other country domain)', '<meta property="og:url" content="https://www.dailyexample.co.uk/news/2024/05/story-of-the-day">'],
  ])('names no origin from a canonical or og:url on %s', (_what, head) => {
    expect(named(page(FILLER, { head }), 'republisher')).toEqual([]);
  });
});

describe('a closing line whose one link goes to another outlet and names it', () => {
  it.each([
    // no origin word the grammar knows: the line's place, its one link and the link's text
    ['sv', '<a href="https://www.aftonbladet.se/nyheter/a/Xy12/polisinsats">Aftonbladet</a>', 'Aftonbladet'],
    ['pt', '» <a href="https://g1.globo.com/rn/noticia/2020/11/23/covid.ghtml">G1</a>', 'g1'],
    ['id', '→ <a href="https://www.kompas.com/read/2024/05/01/x">Kompas</a> ↗', 'Kompas'],
    ['en', '<a href="https://www.riversideherald.example/">Riverside Herald</a>', 'Riverside Herald'],
    ['hr', 'Cijeli članak pročitajte na portalu <a href="https://www.vecernji-zapad.example/vijesti/2024/clanak-123">Vecernji Zapad</a>', 'Vecernji Zapad'],
  ])('%s: %j names the origin %s (the gazetteer’s name where it knows the site)', (lang, line, origin) => {
    const analysis = page([...FILLER, line], { lang });
    expect(named(analysis, 'republisher')).toEqual([origin]);
    expect(named(analysis, 'cited')).toEqual([]);
  });

  it.each([
    ['a platform’s home page', 'Powered by <a href="https://wordpress.org/">WordPress</a>'],
    ['a social network', 'Follow us on <a href="https://www.facebook.com/dailyexample">Facebook</a>'],
    ['a photo credit', 'Photo: <a href="https://www.reuters.com/pictures/2024/05/x">Reuters</a>'],
    ['a headline to another outlet', 'Related: <a href="https://www.bbc.com/news/world-12345">Floods hit the coast as rivers burst their banks</a>'],
    ['a ministry', 'More at <a href="https://www.health.gov.example/press/2024/05/release">Health</a>'],
    ['the site itself', 'More from <a href="https://www.daily.example/news/2024/05/other">Daily Example</a>'],
    ['a link whose text is not the site’s name', 'Donate via <a href="https://www.paypal.com/donate/2024/abc">our fund</a>'],
    ['two links', 'Mer: <a href="https://www.aftonbladet.se/nyheter/a/1">Aftonbladet</a>, <a href="https://www.expressen.se/nyheter/2">Expressen</a>'],
  ])('names no origin from %s', (_what, line) => {
    expect(named(page([...FILLER, line]), 'republisher')).toEqual([]);
  });
});

describe('links inside the story’s sentences cite the outlet they go to', () => {
  it.each([
    ['en', 'The plan was first reported by <a href="https://www.washingtonpost.com/politics/2024/05/01/plan/">The Washington Post</a> on Monday, weeks before the vote.', 'The Washington Post'],
    // no citation cue the grammar knows: the link's text names the site it goes to
    ['fr', 'Le projet a été révélé mardi par <a href="https://www.lemonde.fr/politique/article/2024/05/01/projet.html">Le Monde</a>, quelques semaines avant le vote.', 'Le Monde'],
    ['sv', 'Det var <a href="https://www.aftonbladet.se/nyheter/a/Xy12/polisinsats">Aftonbladet</a> som först berättade om insatsen på söndagen, efter larmet.', 'Aftonbladet'],
    // a cue by a link of a few words: the outlet by its host
    ['en', 'The ministry had delayed the plan twice, as <a href="https://www.theguardian.com/world/2024/may/01/plan">reported</a> earlier this spring by several papers.', 'The Guardian'],
  ])('%s: %j cites %s', (lang, sentence, outlet) => {
    const analysis = page([sentence, ...FILLER], { lang });
    expect(named(analysis, 'cited')).toEqual([outlet]);
    expect(link(analysis, 'cited', outlet)?.url).toMatch(/^https:\/\//);
  });

  it('cites an outlet outside the gazetteer when the link’s text names its site and looks like an outlet’s name (recognised, with a score)', () => {
    const sentence = 'The closure was first disclosed by the <a href="https://www.riversideherald.example/news/2024/05/closure">Riverside Herald</a>, which saw the letter.';
    const cited = link(page([sentence, ...FILLER]), 'cited', 'Riverside Herald');
    expect(cited).toMatchObject({ recognised: true, url: 'https://www.riversideherald.example/news/2024/05/closure' });
    expect(cited!.score).toBeGreaterThan(0);
  });

  it.each([
    ['a quote told to the outlet', 'The minister said in an interview, speaking to <a href="https://www.reuters.com/world/2024/x">Reuters</a> on Friday, that the plan would go ahead.'],
    ['the outlet as the recipient', 'The minister told <a href="https://www.cnn.com/2024/05/01/politics/plan">CNN</a> on Friday that the plan would go ahead as agreed.'],
    ['a company named by its site', 'Shares rose after <a href="https://www.apple.com/newsroom/2024/05/results/">Apple</a> said revenue would grow in the second half of the year.'],
    ['a government page', 'The figures were published by the <a href="https://www.health.gov.example/data/2024/05/report">Health Ministry</a> on its website on Tuesday.'],
    ['a university', 'Researchers at <a href="https://www.ox.ac.uk/news/2024-05-01-study">Oxford</a> said the study covered ten thousand patients over five years.'],
    ['a headline linking to an outlet', 'Earlier coverage: <a href="https://www.bbc.com/news/world-12345">Floods hit the coast as rivers burst their banks in the north</a> and the south of the country.'],
    ['the site itself', 'The plan had been delayed twice before the vote, <a href="https://www.daily.example/news/2024/04/earlier">Daily Example</a> reported last month.'],
    ['a social network', 'The minister wrote on <a href="https://twitter.com/minister/status/1">Twitter</a> that the plan would go ahead as agreed with the unions.'],
  ])('cites no outlet from %s', (_what, sentence) => {
    expect(named(page([sentence, ...FILLER]), 'cited')).toEqual([]);
  });
});

describe('a name in italics by a citation cue', () => {
  it('cites an italic name after a cue, whatever its words (recognised, with a score)', () => {
    const cited = link(page(['The plan will be delayed again, according to <i>Montvale Ledger</i>, which saw the draft.', ...FILLER]), 'cited', 'Montvale Ledger');
    expect(cited).toMatchObject({ recognised: true });
  });

  it.each([
    ['no cue', 'The minister cited <i>Montvale Ledger</i> in his speech as an example of the local press.'],
    ['the same name without italics', 'The plan will be delayed again, according to Montvale Ledger, who chairs the committee.'],
    ['a word in italics, not a name', 'The plan will be delayed again, according to <i>several</i> officials who saw the draft.'],
  ])('cites nothing with %s', (_what, sentence) => {
    expect(named(page([sentence, ...FILLER]), 'cited')).toEqual([]);
  });
});

describe('a Source field: the label and its value apart (a label/value pair of the markup)', () => {
  it.each([
    ['fi', 'Lähde', '<a href="#">Kaupungin tiedotteet</a>', 'Kaupungin tiedotteet'],
    ['pt', 'Fonte:', 'Agência de notícias do estado', 'Agência de notícias do estado'],
    ['en', 'Source', 'Riverside Ledger', 'Riverside Ledger'],
  ])('%s: %j then %j names the origin', (lang, label, value, origin) => {
    expect(named(page([...FILLER, label, value], { lang }), 'republisher')).toEqual([origin]);
  });

  it.each([
    ['the same words on one line (no field)', ['Lähde: Kaupungin tiedotteet']],
    ['a value in lower case', ['Source', 'the ministry']],
    ['a value of more than four words', ['Source', 'Figures from the city council archive']],
    ['a value that is a sentence', ['Source', 'Officials said so, on Monday.']],
  ])('names no origin from %s', (_what, lines) => {
    expect(named(page([...FILLER, ...lines]), 'republisher')).toEqual([]);
  });
});

describe('a quoted or title-marked name in scripts without capitals or spaces', () => {
  it.each([
    // Chinese marks a publication's name with 《》 and writes its cue against it
    ['zh', '据《东岭晨报》报道，该市将于下月起调整公交线路，以缓解早高峰的拥堵。', '东岭晨报'],
    ['zh', '《东岭晨报》报道称，该市将于下月起调整公交线路，以缓解早高峰的拥堵。', '东岭晨报'],
    ['ja', '「北浜タイムス」によると、市は来月から路線バスの運行を見直す方針だ。', '北浜タイムス'],
    // Arabic and Persian have no capitals: the quote marks and the cue make the name
    ['ar', 'ذكرت صحيفة «صدى الوادي» أن الحكومة ستعلن الخطة الأسبوع المقبل بعد مراجعة طويلة.', 'صدى الوادي'],
    ['fa', 'به نقل از «پیام دره»، دولت طرح را هفته آینده پس از بررسی طولانی اعلام خواهد کرد.', 'پیام دره'],
  ])('%s: %j cites %s', (lang, sentence, outlet) => {
    expect(named(page([sentence, ...FILLER], { lang }), 'cited')).toEqual([outlet]);
  });

  it.each([
    ['zh', '他在《人民的名义》一书中写道，该市将于下月起调整公交线路。'],
    ['ja', '市長は「北浜タイムス」の記者に対し、来月から路線バスの運行を見直すと語った。'],
    ['ar', 'قال الوزير إن «صدى الوادي» هو اسم المشروع الجديد الذي ستعلنه الحكومة الأسبوع المقبل.'],
  ])('%s: cites nothing from a quoted name without a cue: %j', (lang, sentence) => {
    expect(named(page([sentence, ...FILLER], { lang }), 'cited')).toEqual([]);
  });
});

describe('a gazetteer name inside running text without spaces', () => {
  it.each([
    ['zh', '据路透社报道，该市将于下月起调整公交线路，以缓解早高峰的拥堵。', 'Reuters'],
    ['zh', '该市将于下月起调整公交线路，人民日报报道称，此举是为了缓解早高峰的拥堵。', "People's Daily"],
    ['zh-Hant', '據聯合報報導，該市將於下月起調整公車路線，以紓解早上尖峰的壅塞。', 'United Daily News'],
  ])('%s: %j cites %s', (lang, sentence, outlet) => {
    expect(named(page([sentence, ...FILLER], { lang }), 'cited')).toEqual([outlet]);
  });

  it.each([
    // the name as the story's topic, no cue touching it
    ['zh', '路透社的记者上周在该市采访时，看到公交车站挤满了等车的乘客。'],
    ['zh', '市长对人民日报记者表示，该市将于下月起调整公交线路。'],
  ])('%s: cites nothing from %j', (lang, sentence) => {
    expect(named(page([sentence, ...FILLER], { lang }), 'cited')).toEqual([]);
  });
});

describe('a byline that links to a page on an agency’s own site', () => {
  const withByline = (byline: string) =>
    analyze(
      parseHtml(`<!doctype html><html lang="en"><head><meta property="og:type" content="article"><meta property="og:site_name" content="Daily Example"></head>
<body><main><article><h1>Headline of the story</h1><p class="byline">${byline}</p><div class="article-body">${FILLER.map((p) => `<p>${p}</p>`).join('')}</div></article>
<footer><a class="author" href="https://www.reuters.com/authors/someone/">Someone</a></footer></main></body></html>`),
      PAGE_URL,
    );

  it('names the agency the author writes for', () => {
    const analysis = withByline('By <a rel="author" href="https://www.reuters.com/authors/jane-doe/">Jane Doe</a>');
    expect(named(analysis, 'agency')).toEqual(['Reuters']);
    expect(link(analysis, 'agency', 'Reuters')?.evidence).toBe('byline: Jane Doe');
  });

  it.each([
    ['an outlet that is no agency', 'By <a rel="author" href="https://www.theguardian.com/profile/jane-doe">Jane Doe</a>'],
    ['the author’s social page', 'By <a rel="author" href="https://twitter.com/janedoe">Jane Doe</a>'],
    ['the site’s own author page (and an agency’s link in the footer)', 'By <a rel="author" href="/authors/jane-doe/">Jane Doe</a>'],
  ])('names no agency from a byline linking to %s', (_what, byline) => {
    expect(named(withByline(byline), 'agency')).toEqual([]);
  });
});
