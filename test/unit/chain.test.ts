import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/engine/analyze';
import type { Analysis } from '../../utils/engine/types';
import { parseHtml } from '../../tools/parse-html';

// The source chain on small article pages: the agency formats of agencies.tsv, the traps
// named in the chain issue, de-duplication and evidence.

const FILLER =
  'Officials said the measures would take effect next month after a review by the ministry, which has been under pressure to act for several weeks.';

/** An article page whose body is `paragraphs`, with optional extra markup around it. */
function page(paragraphs: string[], extra: { head?: string; before?: string; after?: string } = {}): Analysis {
  const html = `<!doctype html><html lang="en"><head><meta property="og:type" content="article"><meta property="og:site_name" content="Daily Example">${extra.head ?? ''}</head>
<body><header><a href="/">Daily Example</a></header><main><article><h1>Headline</h1>${extra.before ?? ''}
<div class="article-body">${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</div>${extra.after ?? ''}</article></main>
<footer><p>© 2024 Daily Example. Wire copy © AP, Reuters, AFP.</p><p>More from Reuters: markets live</p></footer></body></html>`;
  return analyze(parseHtml(html), 'https://daily.example/news/1');
}

const names = (analysis: Analysis, role: string) => analysis.chain.filter((l) => l.role === role).map((l) => l.name);

describe('agency formats', () => {
  it.each([
    ['WASHINGTON (AP) — Lawmakers met on Friday.', 'AP'],
    ['TRENTON, N.J. (AP) — Gov. Chris Christie’s administration defended itself Thursday.', 'AP'],
    ['SEOUL, Aug 4 (Reuters) - South Korea said on Friday.', 'Reuters'],
    ['ROMA, 28 ottobre (Reuters) - Il governo ha detto.', 'Reuters'],
    ['Lucknow (Uttar Pradesh) [India], May 19 (ANI): The state government said.', 'ANI'],
    ['Seoul [South Korea]March 19 (ANI): South Korea’s Ministry of National Defense said.', 'ANI'],
    ['BEIJING, Sept. 30 (Xinhua) -- China said on Friday.', 'Xinhua'],
    ['(ANSA) - ROMA, 2 FEB - Il ministro ha detto.', 'ANSA'],
    ['Jakarta (ANTARA) – Pemerintah mengatakan.', 'ANTARA'],
    ['(서울=뉴스1) 김예슬 기자 = 정부는 밝혔다.', 'News1'],
    ['MOSCOW, May 3. /TASS/. The Kremlin said.', 'TASS'],
    ['МОСКВА, 3 мая — РИА Новости. Кремль заявил.', 'RIA Novosti'],
    ['KUALA LUMPUR, July 6 (Bernama) - Prime Minister said.', 'Bernama'],
    ['ABU DHABI, 14 May 2022 (WAM) – The UAE said.', 'WAM'],
    ['Pyongyang, April 10 (KCNA) -- The DPRK said.', 'KCNA'],
    ['Madrid, 3 may (EFE).- El Gobierno dijo.', 'EFE'],
    ['Berlin (dpa) - Die Regierung sagte.', 'dpa'],
    ['PARIS (AFP) - Le gouvernement a dit.', 'AFP'],
    ['WASHINGTON, Feb. 14 (UPI) -- Vice President Xi Jinping began his visit.', 'UPI'],
    ['May 10 (Bloomberg) -- Stocks rose.', 'Bloomberg'],
    ['ROMA (ADNRONOS/IGN) - Il ministro ha detto.', 'Adnkronos'],
  ])('reads the dateline %j', (dateline, agency) => {
    const analysis = page([dateline, FILLER]);
    expect(names(analysis, 'agency')).toEqual([agency]);
    const evidence = analysis.chain.find((l) => l.role === 'agency')!.evidences[0]!;
    expect(dateline.startsWith(evidence.replace(/ \(credit as printed\)$/, ''))).toBe(true);
  });

  it.each([
    ['The launch was on schedule. — PTI', 'PTI'],
    ['The talks ended without a deal. (ANI)', 'ANI'],
    ['(With inputs from PTI)', 'PTI'],
    ['Copyright 2023 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.', 'AP'],
    ['(Reporting by Will Dunham; Editing by Tom Brown)', 'Reuters'],
    ['Riproduzione riservata © Copyright ANSA', 'ANSA'],
    ['This report by The Canadian Press was first published June 10, 2021.', 'The Canadian Press'],
  ])('reads the trailer %j', (trailer, agency) => {
    expect(names(page([FILLER, FILLER, trailer]), 'agency')).toEqual([agency]);
  });

  it('reads agency credits from the head: JSON-LD author and NYT-style byl', () => {
    const jsonLd = `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Associated Press"}}</script>`;
    expect(names(page([FILLER], { head: jsonLd }), 'agency')).toEqual(['AP']);
    expect(names(page([FILLER], { head: '<meta name="byl" content="By Reuters">' }), 'agency')).toEqual(['Reuters']);
  });

  it('reads Parse.ly metadata and an agency named as article:publisher', () => {
    const parsely = '<meta name="parsely-metadata" content=\'{"source":"Reuters"}\'>';
    expect(names(page([FILLER], { head: parsely }), 'agency')).toEqual(['Reuters']);
    const publisher = '<meta property="article:publisher" content="https://apnews.com">';
    expect(page([FILLER], { head: publisher }).chain.find((l) => l.role === 'agency')).toMatchObject({ name: 'AP', confidence: 'medium' });
  });

  it('reads the agency from an address at its own host in a rights notice, and from no other address', () => {
    const notice = '[국내에서만 사용가능. 재배포 금지. DB 금지. For Use Only in the Republic of Korea. Redistribution Prohibited] rodongphoto@news1.kr';
    expect(page([notice, FILLER, FILLER]).chain.find((l) => l.role === 'agency')).toMatchObject({ name: 'News1', confidence: 'high', evidence: notice });
    // An address at a host that is no agency's names none.
    expect(names(page([notice.replace('news1.kr', 'photos.example.org'), FILLER, FILLER]), 'agency')).toEqual([]);
    // An agency's address in the story's own sentences is no rights notice: not the agency.
    expect(names(page(['Readers can write to the desk at tips@news1.kr or visit www.reuters.com for more.', FILLER, FILLER]), 'agency')).toEqual([]);
  });

  it('calls an agency’s own site the agency', () => {
    const analysis = analyze(
      parseHtml(`<html><head><meta property="og:type" content="article"><meta property="og:site_name" content="UPI"></head><body><article><h1>H</h1><p>${FILLER}</p><p>${FILLER}</p></article></body></html>`),
      'https://www.upi.com/Top_News/2012/02/14/x/',
    );
    expect(analysis.chain.map((l) => [l.role, l.name])).toEqual([
      ['site', 'UPI'],
      ['agency', 'UPI'],
    ]);
  });
});

describe('traps', () => {
  it('takes "told Reuters" for the author only when nothing better is known, never for a citation', () => {
    const told = page(['Two officials told Reuters the talks had stalled.', FILLER]);
    expect(names(told, 'cited')).toEqual([]);
    expect(told.chain.find((l) => l.role === 'agency')).toMatchObject({ name: 'Reuters', confidence: 'medium' });
    const dated = page(['WASHINGTON (AP) — Two officials told Reuters the talks had stalled.', FILLER]);
    expect(names(dated, 'agency')).toEqual(['AP']);
    expect(names(dated, 'cited')).toEqual([]);
  });

  it('ignores agency names in photo credits, sidebars and site footers', () => {
    const analysis = page([FILLER, FILLER], {
      before: '<figure><img src="x.jpg" alt=""><figcaption>Ministers meet in Delhi. — PTI (AP Photo/Jane Doe)</figcaption></figure>',
      after: '<aside class="more"><h3>More from Reuters</h3><ul><li><a href="/r">Reuters: markets</a></li></ul></aside>',
    });
    expect(names(analysis, 'agency')).toEqual([]);
    expect(names(analysis, 'cited')).toEqual([]);
  });

  it('does not take AP for Andhra Pradesh, nor "ANI" in a name', () => {
    const analysis = page([
      'Andhra Pradesh (AP) Chief Minister said the state would publish its own rules.',
      'Ani Kapoor, a farmer, said the rains came late this year.',
      FILLER,
    ]);
    expect(names(analysis, 'agency')).toEqual([]);
  });

  it('cites outlets, not people or documents', () => {
    const analysis = page([
      'According to the DGP, two men were arrested. According to the statement, the review ends in May.',
      'According to CNN, the deal came after the leaders met. The Japan Times reported that talks would resume.',
      'Yonhap News Agency reported the launch, citing Reuters, and Bloomberg first reported the deal.',
    ]);
    expect(names(analysis, 'cited')).toEqual(['CNN', 'The Japan Times', 'Yonhap News Agency', 'Reuters', 'Bloomberg']);
  });

  it('normalises names and merges evidence ("Associated Press" = "AP")', () => {
    const analysis = page([
      'WASHINGTON (AP) — Lawmakers met on Friday.',
      FILLER,
      'Copyright 2024 The Associated Press. All rights reserved.',
    ]);
    const ap = analysis.chain.filter((l) => l.role === 'agency');
    expect(ap).toHaveLength(1);
    expect(ap[0]!.evidences).toEqual(['Copyright 2024 The Associated Press. All rights reserved.', 'WASHINGTON (AP) —']);
  });

  it('reads syndication-source as <link> and <meta>, and treats a cross-domain canonical to a front page as no origin', () => {
    const link = page([FILLER], { head: '<link rel="syndication-source" href="https://abcnews.go.com/GMA/story?id=1">' });
    expect(link.chain.find((l) => l.role === 'republisher')).toMatchObject({ name: 'ABC News', url: 'https://abcnews.go.com/GMA/story?id=1' });
    const meta = page([FILLER], { head: '<meta name="original-source" content="https://www.theatlantic.com/ideas/archive/2024/05/x/678>' });
    expect(names(meta, 'republisher')).toEqual(['The Atlantic']);
    const front = page([FILLER], { head: '<link rel="canonical" href="https://www.aa.com.tr/uk">' });
    expect(front.chain.map((l) => l.role)).toEqual(['site']);
  });

  it('offers only http(s) links', () => {
    const analysis = page([FILLER], { head: '<link rel="syndication-source" href="javascript:alert(1)">' });
    expect(analysis.chain.every((l) => l.url === undefined || /^https?:\/\//.test(l.url))).toBe(true);
    expect(names(analysis, 'republisher')).toEqual([]);
  });
});
