import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/engine/analyze';
import type { Analysis } from '../../utils/engine/types';
import { parseHtml } from '../../tools/parse-html';

// The republisher (the copy's origin) named by a source line, a link or a trailer, and the
// lines and links that name none (our own writing; the forms are those the chain issue lists).

const FILLER = [
  'Officials said the measures would take effect next month after a review by the ministry, which has been under pressure to act for several weeks.',
  'The opposition called the plan too little and too late, and promised to bring its own proposal to parliament before the summer recess begins.',
];

/** An article page on daily.example whose body is `paragraphs` (HTML allowed), with `after` after the body. */
function page(paragraphs: string[], lang = 'en', after = ''): Analysis {
  const html = `<!doctype html><html lang="${lang}"><head><meta property="og:type" content="article"><meta property="og:site_name" content="Daily Example"></head>
<body><main><article><h1>Headline</h1><div class="article-body">${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</div>${after}</article></main></body></html>`;
  return analyze(parseHtml(html), 'https://www.daily.example/news/1');
}

const republishers = (analysis: Analysis) => analysis.chain.filter((l) => l.role === 'republisher').map((l) => l.name);

describe('links that name no origin', () => {
  it.each([
    ['a link to the site itself', 'Source: <a href="/tag/police">here</a>'],
    ['a link to the site itself, by its full address', 'Source: <a href="https://daily.example/about">here</a>'],
    ['a link shortener', 'Source: <a href="https://bit.ly/3xYz">here</a>'],
    ['a feed proxy', 'Source: <a href="https://ift.tt/2RBfYmn">https://ift.tt/2RBfYmn</a>'],
    ['a social network', 'Source: <a href="https://www.facebook.com/somepage/posts/1">Facebook</a>'],
    ['a social network by its address', 'Source: <a href="https://www.facebook.com/somepage/posts/1">facebook.com/somepage</a>'],
    ['a generic credit', 'Source: Agencies'],
    ['a generic credit in Portuguese', 'Fonte: Redação'],
  ])('names no republisher from %s', (_what, line) => {
    expect(republishers(page([...FILLER, line]))).toEqual([]);
  });

  it('names the origin a source line names, not the page its "#" link goes to', () => {
    expect(republishers(page([...FILLER, 'Bron: <a href="#">AD</a>'], 'nl'))).toEqual(['AD']);
  });

  it("still names the origin a source link goes to on another site", () => {
    expect(republishers(page([...FILLER, 'Source: <a href="https://www.other-news.example/story/1">here</a>']))).toEqual(['other-news.example']);
  });
});

describe('a Source line that prints an address, or gives its value on the next line', () => {
  it('names the host of the address a Source line prints', () => {
    expect(republishers(page([...FILLER, 'Fonte: https://www.gazetaweb.example/noticia/123'], 'pt'))).toEqual(['gazetaweb.example']);
  });

  it.each([
    ['the site’s own address', 'Fonte: https://www.daily.example/arquivo/9'],
    ['a social network’s address', 'Fonte: https://www.facebook.com/prefeitura/posts/9'],
    ['a shortened link', 'Source: https://bit.ly/3xYz'],
  ])('names no origin from %s', (_what, line) => {
    expect(republishers(page([...FILLER, line], line.startsWith('Fonte') ? 'pt' : 'en'))).toEqual([]);
  });

  it('reads a Source word alone on its line with the linked name on the next', () => {
    expect(republishers(page([...FILLER, 'Lähde:', '<a href="https://yle.fi/a/74-2001">Ylen uutinen</a>'], 'fi'))).toEqual(['Yle']);
  });

  it('reads nothing from a Source word alone whose next line is a sentence of the story', () => {
    expect(republishers(page([...FILLER, 'Lähde', FILLER[0]!], 'fi'))).toEqual([]);
  });
});

describe('a trailer with a dash', () => {
  it.each([
    ['The minister said the reforms would continue next year. – The Jakarta Post', 'The Jakarta Post'],
    ['The minister said the reforms would continue next year. — Kathmandu Herald', 'Kathmandu Herald'],
    ['– Kathmandu Herald', 'Kathmandu Herald'],
  ])('reads %j as the origin %s', (line, origin) => {
    expect(republishers(page([...FILLER, line]))).toEqual([origin]);
  });

  it.each([
    // a person, a role, a place: no outlet shape and not in the gazetteer
    'The minister said the reforms would continue next year. – Jane Smith',
    '– PM',
    'He left the room. – Kathmandu Valley',
    // an agency's trailer names the agency, not an origin
    'The minister said the reforms would continue next year. — Reuters',
    // a dash inside the story, not at its end
    'The Jakarta Post – which broke the story – said the minister would resign on Monday.',
  ])('names no origin from %j', (line) => {
    expect(republishers(page([...FILLER, line]))).toEqual([]);
  });
});

const agencies = (analysis: Analysis) => analysis.chain.filter((l) => l.role === 'agency').map((l) => l.name);

describe('origin trailers with the outlet before the verb, and after a phrase without spaces (issue 15)', () => {
  it.each([
    ['hi', 'यह लेख मूल रूप से The Conversation पर प्रकाशित हुआ था।', 'The Conversation'],
    ['tr', "Bu haber BirGün'den alınmıştır.", 'BirGün'],
    ['bn', 'বিবিসি বাংলা অবলম্বনে', 'বিবিসি বাংলা'],
    ['ne', 'कान्तिपुर दैनिकबाट साभार', 'कान्तिपुर दैनिक'],
    ['zh', '本文来自澎湃新闻', '澎湃新闻'],
    ['th', 'ขอบคุณข้อมูลจาก ไทยรัฐออนไลน์', 'ไทยรัฐออนไลน์'],
  ])('%s: reads %j as the origin, named exactly', (lang, line, name) => {
    expect(republishers(page([...FILLER, line], lang))).toEqual([name]);
  });

  it.each([
    ['tr', 'Bu bilgiler resmi kayıtlardan alınmıştır.'],
    ['tr', 'Karar oy birliğiyle alınmıştır.'],
    ['bn', 'গল্পটি একটি সত্য ঘটনা অবলম্বনে'],
    ['hi', 'यह फैसला सुप्रीम कोर्ट की वेबसाइट पर प्रकाशित हुआ था।'],
    ['zh', '本文来自作者的亲身经历和多年来对这一问题的观察与思考，仅代表个人观点。'],
    ['zh', '本文来自作者的亲身经历'],
  ])('%s: names no origin from the story sentence %j', (lang, line) => {
    expect(republishers(page([...FILLER, line], lang))).toEqual([]);
  });

  it('takes an agency named as the origin for the author', () => {
    expect(agencies(page([...FILLER, 'This article originally appeared on Reuters.']))).toEqual(['Reuters']);
    expect(agencies(page([...FILLER, "Bu haber Anadolu Ajansı'ndan alınmıştır."], 'tr'))).toEqual(['Anadolu Agency']);
  });
});

describe('a press review: the story opens by handing over to an outlet’s quoted text', () => {
  it.each([
    ['hy', '«Փաստ» օրաթերթը գրում է. «Կառավարությունը հավանություն է տվել մի որոշման, որով նախատեսվում է լուծարել տեսչությունը:', 'Փաստ'],
    ['en', 'The Kathmandu Herald writes: "The government has approved a plan to close the inspectorate by the end of the year."', 'The Kathmandu Herald'],
    ['ru', '«Южная газета» пишет: «Правительство одобрило план закрыть инспекцию до конца года».', 'Южная газета'],
  ])('%s: names the outlet of %j', (lang, lead, name) => {
    expect(republishers(page([lead, ...FILLER], lang))).toEqual([name]);
  });

  it.each([
    ['en', 'John Smith writes: "The government has approved a plan to close the inspectorate."'],
    ['en', 'The minister reported: "We have approved a plan to close the inspectorate."'],
    ['en', 'The Kathmandu Herald reported that the government had approved a plan to close the inspectorate.'],
  ])('%s: names no origin from %j', (lang, lead) => {
    expect(republishers(page([lead, ...FILLER], lang))).toEqual([]);
  });

  it('names no origin from a press review quoted later in the story', () => {
    expect(republishers(page([...FILLER, 'The Kathmandu Herald writes: "The government has approved a plan to close the inspectorate."']))).toEqual([]);
  });
});

describe('a Source line naming an outlet in a script without capitals, by its outlet word (issue 15)', () => {
  it.each([
    ['ar', 'المصدر: صحيفة الرياض', 'صحيفة الرياض'],
    ['fa', 'منبع: روزنامه شرق', 'روزنامه شرق'],
    ['hi', 'स्रोत: दैनिक जागरण', 'दैनिक जागरण'],
  ])('%s: %j', (lang, line, name) => {
    expect(republishers(page([...FILLER, line], lang))).toEqual([name]);
  });

  it.each([
    ['ar', 'المصدر: وزارة الصحة'],
    ['hi', 'स्रोत: स्वास्थ्य मंत्रालय'],
  ])('%s: names no origin from %j (an office)', (lang, line) => {
    expect(republishers(page([...FILLER, line], lang))).toEqual([]);
  });
});

describe('a lead-in credit opening the story (fa "به گزارش …،", issue 15)', () => {
  const chainOf = (lead: string) => page([lead, ...FILLER], 'fa').chain.filter((l) => l.role !== 'site').map((l) => [l.role, l.name]);
  it.each([
    ['به گزارش ایرنا، وزیر امور خارجه روز شنبه در تهران با همتای خود دیدار کرد.', [['agency', 'IRNA']]],
    ['به گزارش خبرنگار ایلنا، وزیر امور خارجه روز شنبه در تهران با همتای خود دیدار کرد.', [['agency', 'ILNA']]],
    ['به گزارش روزنامه شرق، وزیر امور خارجه روز شنبه در تهران با همتای خود دیدار کرد.', [['republisher', 'روزنامه شرق']]],
  ])('reads %j', (lead, expected) => {
    expect(chainOf(lead)).toEqual(expected);
  });

  it.each([
    // an office, no outlet
    'به گزارش وزارت بهداشت، شمار مبتلایان در هفته گذشته افزایش یافت.',
    // the phrase inside the story, not opening it
    'وزیر امور خارجه روز شنبه گفت که به گزارش ایرنا پاسخ خواهد داد، و سپس با همتای خود دیدار کرد.',
  ])('names no agency or origin from %j', (lead) => {
    expect(chainOf(lead).filter(([role]) => role === 'agency' || role === 'republisher')).toEqual([]);
  });
});

describe('a credit line naming a gazetteer outlet, whatever its words (readNamedLine)', () => {
  // The labels are words no credit grammar holds (made up here), as a page in an unknown language would show them: the place and the
  // gazetteer name the origin, not the phrase.
  it.each([
    ['the value of a label: value line', 'Zorvath plim: Le Monde', 'Le Monde'],
    ['the name after a dash closing a feed title', '( Ministry approves the plan - The Guardian )', 'The Guardian'],
    ['the name after a few words on a line ending on its address', 'quux The Guardian https://ift.tt/2RBfYmn', 'The Guardian'],
    ['the host a printed story address goes to, named as a word of the line', 'Qorv plim Gizmo.example, https://www.gizmo.example/2024/05/plan-approved-123', 'Gizmo.example'],
  ])('names the origin from %s', (_what, line, name) => {
    expect(republishers(page([...FILLER, line]))).toEqual([name]);
  });

  it.each([
    ['a photo credit', 'Foto: The Guardian'],
    ['an agency after an unknown label (it may be a photo’s credit)', 'Zorvath: Reuters'],
    ['the site’s own name', 'Zorvath: Daily Example'],
    ['a name the story told something to', 'He told the BBC.'],
    ['a sentence before a colon', 'The minister said it in an interview: CNN'],
    ['a list of outlets', 'Zorvath: BBC, CNN'],
    ['a known name after a few words, with no address', 'Watch CNN'],
    ['a printed address of a home page', 'Visit Gizmo.example at https://www.gizmo.example/'],
    ['a printed address of another host than the one the line names', 'Qorv plim Gizmo.example, https://www.other.example/2024/05/plan-approved-123'],
  ])('names no origin from %s', (_what, line) => {
    expect(republishers(page([...FILLER, line]))).toEqual([]);
  });

  it('names no agency from an unknown label', () => {
    expect(page([...FILLER, 'Zorvath: Reuters']).chain.filter((l) => l.role === 'agency')).toEqual([]);
  });

  it('reads no address a story sentence prints before the closing paragraphs', () => {
    const sentence = 'The ministry first described the plan in a report carried by Gizmo.example, https://www.gizmo.example/2024/05/plan-approved-123, on Monday.';
    expect(republishers(page([sentence, ...FILLER, ...FILLER]))).toEqual([]);
  });
});

describe('a closing line whose one link goes to a story on another site, whatever its words (readPointedOrigin)', () => {
  const story = 'https://www.tuoitre.example/thoi-su/2024/05/12/chinh-phu-phe-duyet-ke-hoach-123.html';
  it.each([
    ['a label and the outlet’s name written out', `Nguồn tin: <a href="${story}">Tuổi Trẻ Online</a>`, 'Tuổi Trẻ Online'],
    ['a label and the story’s headline', `Artikulli origjinal: <a href="${story}">Qeveria miraton planin e ri</a>`, 'tuoitre.example'],
    ['a source link of a few words alone on its line', `<a href="${story}">Liên kết nguồn</a>`, 'tuoitre.example'],
    ['a label and a link to a gazetteer outlet’s story', 'Izvorno: <a href="https://www.theguardian.com/world/2024/may/12/plan-approved">ovdje</a>', 'The Guardian'],
  ])('names the origin from %s', (_what, line, name) => {
    expect(republishers(page([...FILLER, line]))).toEqual([name]);
  });

  it.each([
    ['a headline linked alone (another site’s story, no source)', `<a href="${story}">Government approves the new plan for the north</a>`],
    ['a file', 'Izvještaj: <a href="https://www.ngo.example/reports/2024/annual-report.pdf">godišnji izvještaj</a>'],
    ['a home page', 'Izvorno: <a href="https://www.tuoitre.example/">ovdje</a>'],
    ['a photo credit', `Foto: <a href="${story}">Jane Doe</a>`],
    ['a social network', 'Izvorno: <a href="https://www.facebook.com/somepage/posts/123456">ovdje</a>'],
    ['a government’s page', 'Izvorno: <a href="https://www.ministry.gov.example/news/2024/plan-approved">ovdje</a>'],
    ['a sentence around the link', `The ministry published <a href="${story}">its plan</a> on Monday.`],
    ['words after the link', `Izvorno: <a href="${story}">ovdje</a> i drugdje na webu`],
  ])('names no origin from %s', (_what, line) => {
    expect(republishers(page([...FILLER, line]))).toEqual([]);
  });

  it('names no agency from a link to an agency’s story', () => {
    const analysis = page([...FILLER, 'Izvorno: <a href="https://www.reuters.com/world/2024/05/12/plan-approved-2024-05-12/">ovdje</a>']);
    expect(analysis.chain.filter((l) => l.role === 'agency' || l.role === 'republisher')).toEqual([]);
  });
});

describe('a label’s value after the story shaped like an outlet’s name (readNamedLine, outside the gazetteer)', () => {
  it.each([
    ['an outlet’s word in the name', 'Zorvath: Radio Mbali Online', 'Radio Mbali Online'],
    ['a web host', 'Zorvath plim: Mbali-news.example.com', 'Mbali-news.example.com'],
  ])('names the origin from %s', (_what, line, name) => {
    expect(republishers(page([...FILLER, line]))).toEqual([name]);
  });

  it.each([
    ['a person', 'Zorvath: Jan Novák'],
    ['an acronym (a topic, a place)', 'Tema: EU'],
    ['a longer label', 'Zorvath plim quux blat: Radio Mbali Online'],
    ['a photo’s label', 'Foto: Radio Mbali Online'],
    ['a name with no capital', 'Zorvath: radio mbali online'],
  ])('names no origin from %s', (_what, line) => {
    expect(republishers(page([...FILLER, line]))).toEqual([]);
  });

  it('names none from a section label above the story', () => {
    const html = `<!doctype html><html lang="en"><head><meta property="og:type" content="article"><meta property="og:site_name" content="Daily Example"></head>
<body><main><article><h1>Headline</h1><div class="article-body"><p>Category: World News</p>${FILLER.map((p) => `<p>${p}</p>`).join('')}</div></article></main></body></html>`;
    expect(republishers(analyze(parseHtml(html), 'https://www.daily.example/news/1'))).toEqual([]);
  });
});

describe('a gazetteer outlet signing off the story on a line of its own (readNamedLine)', () => {
  it.each([
    ['alone', 'The Guardian', 'The Guardian'],
    ['in brackets', '(The Guardian)', 'The Guardian'],
    ['in square brackets', '[Le Monde]', 'Le Monde'],
    ['by its host', 'Kompas.com', 'Kompas'],
    ['after a copyright sign and year', '© 2024 The Guardian. All rights reserved.', 'The Guardian'],
    ['before a date', 'Le Monde, 12 mai 2024', 'Le Monde'],
  ])('names the origin %s', (_what, line, name) => {
    expect(republishers(page([...FILLER, line]))).toEqual([name]);
  });

  it.each([
    ['the site’s own name', 'Daily Example'],
    ['the site’s own copyright', '© 2024 Daily Example. All rights reserved.'],
    ['a name outside the gazetteer (no shape reads a bare name)', 'Kathmandu Herald'],
    ['a sentence naming an outlet', 'He told The Guardian'],
  ])('names no origin from %s', (_what, line) => {
    expect(republishers(page([...FILLER, line]))).toEqual([]);
  });

  it('names no agency from an agency’s name alone (a photo’s credit may be one)', () => {
    const analysis = page([...FILLER, 'Reuters']);
    expect(analysis.chain.filter((l) => l.role === 'agency' || l.role === 'republisher')).toEqual([]);
  });
});

describe('a gazetteer outlet closing a short line in a script without spaces (readNamedLine)', () => {
  it.each([
    ['a reporter’s byline with the paper after it', 'zh', '記者王小明/台中報導聯合報', 'United Daily News'],
    ['a name in brackets and the paper', 'ja', '（山田太郎）朝日新聞', 'Asahi Shimbun'],
  ])('names the origin from %s', (_what, lang, line, name) => {
    expect(republishers(page([...FILLER, line], lang))).toEqual([name]);
  });

  it.each([
    ['a photo credit with a full-width colon', 'ja', '写真：朝日新聞'],
    ['a photo credit in Chinese', 'zh', '图片：人民日报'],
    ['a story sentence that names the paper inside it', 'zh', '这是朝日新聞的报道，他说的很对，是这样的'],
    ['a longer line ending on the name', 'zh', '今年以来这个城市的经济增长速度明显加快，市民的生活水平也有了很大的提高人民日报'],
  ])('names no origin from %s', (_what, lang, line) => {
    expect(republishers(page([...FILLER, line], lang))).toEqual([]);
  });

  it('names no agency from an agency closing the line', () => {
    expect(page([...FILLER, '记者张三/北京报道新华社'], 'zh').chain.filter((l) => l.role === 'republisher')).toEqual([]);
  });
});

describe('a reposting site’s bracketed credit "(Site / Origin) —" and a citation of the origin in the sentence it opens', () => {
  const cited = (analysis: Analysis) => analysis.chain.filter((l) => l.role === 'cited').map((l) => l.name);

  it('names the origin as republisher and, cited in words of the story, as cited too', () => {
    const analysis = page(['(Daily Example / Guardian) —- This past weekend, The Guardian published a new account of the council’s budget talks.', ...FILLER]);
    expect(republishers(analysis)).toEqual(['The Guardian']);
    expect(cited(analysis)).toEqual(['The Guardian']);
    expect(analysis.chain.find((l) => l.role === 'republisher')?.evidence).toBe('(Daily Example / Guardian)');
  });

  it.each([
    ['no citation in the sentence', '(Daily Example / Riverside Herald) —- This past weekend, the council published a new account of its budget talks.'],
    ['the outlet as a speaker’s recipient', '(Daily Example / Riverside Herald) —- The mayor told the Riverside Herald that the budget would pass.'],
  ])('cites nothing with %s', (_what, text) => {
    const analysis = page([text, ...FILLER]);
    expect(republishers(analysis)).toEqual(['Riverside Herald']);
    expect(cited(analysis)).toEqual([]);
  });
});

describe('origin trailers the grammar gained, and a lower-case media noun before the origin (issue 15)', () => {
  it.each([
    ['es', 'Lea el artículo original en Riverside Herald.'],
    ['pt', 'Leia a matéria original no Riverside Herald.'],
    ['it', "Leggi l'articolo originale su Riverside Herald."],
    ['ro', 'Articolul a apărut inițial pe Riverside Herald.'],
    ['en', 'Courtesy of Riverside Herald'],
    ['pl', 'Artykuł pochodzi z serwisu Riverside Herald.'],
  ])('%s: names the origin of %j', (lang, line) => {
    expect(republishers(page([...FILLER, line], lang))).toEqual(['Riverside Herald']);
  });

  it('keeps a capitalised media word that is part of the name', () => {
    expect(republishers(page([...FILLER, 'Artykuł pochodzi z Gazety Riverside.'], 'pl'))).toEqual(['Gazety Riverside']);
  });

  it.each([
    ['es', 'Lea el artículo original en inglés.'],
    ['en', 'Courtesy of the family, the photos show the house before the fire.'],
    ['it', "Leggi l'articolo originale su questo tema nel nostro archivio, ha detto il sindaco ai cronisti presenti."],
  ])('%s: names no origin from %j', (lang, line) => {
    expect(republishers(page([...FILLER, line], lang))).toEqual([]);
  });
});
