import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/engine/analyze';
import type { Analysis, ChainLink } from '../../utils/engine/types';
import { parseHtml } from '../../tools/parse-html';

// Credits read from where a page puts them rather than from a phrase of one language: the byline
// slot naming another outlet, the head's author naming one, a republication credit the detector
// recognised and its link, JSON-LD lists of authors, author pages' paths in many CMSs, and the
// datelines of many agencies read for every agency's credit. Each with the lines that name nothing.
// Our own writing; outlets and agencies from the gazetteers (utils/rules/outlets.ts, agencies.ts)
// or invented (*.example).

const FILLER = [
  'Officials said the measures would take effect next month after a review by the ministry, which has been under pressure to act for several weeks.',
  'The opposition called the plan too little and too late, and promised to bring its own proposal to parliament before the summer recess begins.',
  'Local residents interviewed on Tuesday were divided, with some welcoming the decision and others saying it would do little to change their lives.',
];

/** An article page of daily.example: `head` inside <head>, `before` between the title and the body, `paragraphs` (HTML allowed) as the story. */
function page(paragraphs: string[], options: { head?: string; before?: string; lang?: string } = {}): Analysis {
  const html = `<!doctype html><html lang="${options.lang ?? 'en'}"><head><meta property="og:type" content="article"><meta property="og:site_name" content="Daily Example">${options.head ?? ''}</head>
<body><main><article><h1>Headline of the story</h1>${options.before ?? ''}<div class="article-body">${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</div></article></main></body></html>`;
  return analyze(parseHtml(html), 'https://www.daily.example/news/2024/05/story-of-the-day');
}

const named = (analysis: Analysis, role: ChainLink['role']) => analysis.chain.filter((l) => l.role === role).map((l) => l.name);
const jsonLd = (fields: Record<string, unknown>) =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Headline of the story', publisher: { '@type': 'Organization', name: 'Daily Example' }, ...fields })}</script>`;

describe('the byline slot names another outlet', () => {
  it.each([
    ['a person and a gazetteer outlet', '<div class="byline">By Jane Doe, The Washington Post</div>', 'The Washington Post'],
    ['a person and an outlet with a bar', '<div class="byline">Jane Doe | The Hindu</div>', 'The Hindu'],
    ['a gazetteer outlet alone', '<span class="author">The Korea Herald</span>', 'The Korea Herald'],
    ['an outlet outside the gazetteer with an outlet word and "The"', '<span class="author">Jane Doe, The Riverside Ledger Times</span>', 'The Riverside Ledger Times'],
    ['an outlet of three words with an outlet word', '<span class="author">Riverside Daily News</span>', 'Riverside Daily News'],
  ])('names the origin from %s', (_what, before, origin) => {
    const analysis = page(FILLER, { before });
    expect(named(analysis, 'republisher')).toEqual([origin]);
    expect(named(analysis, 'agency')).toEqual([]);
  });

  it.each([
    ['a person', '<span class="author">Jane Doe</span>'],
    ['a person whose name has an outlet word', '<span class="author">Emily Post</span>'],
    ["the site's own staff", '<span class="author">Daily Example Staff</span>'],
    ["the site's own name after a person", '<span class="author">Jane Doe, Daily Example</span>'],
    ['two unknown capitalised words', '<span class="author">Jane Doe, Riverside Ledger</span>'],
    ['a photo credit in the slot', '<span class="author">Photo: The Washington Post</span>'],
  ])('names no origin from %s', (_what, before) => {
    expect(named(page(FILLER, { before }), 'republisher')).toEqual([]);
  });

  it('still reads an agency in the slot as the agency, not as an origin', () => {
    const analysis = page(FILLER, { before: '<span class="author">Jane Doe, Agence France-Presse</span>' });
    expect(named(analysis, 'agency')).toEqual(['AFP']);
    expect(named(analysis, 'republisher')).toEqual([]);
  });
});

describe("the head's author or credit names another outlet", () => {
  it('reads a JSON-LD author organisation of the gazetteer as the origin', () => {
    expect(named(page(FILLER, { head: jsonLd({ author: { '@type': 'Organization', name: 'The Straits Times' } }) }), 'republisher')).toEqual(['The Straits Times']);
  });

  it('reads <meta name="author"> naming a gazetteer outlet as the origin', () => {
    expect(named(page(FILLER, { head: '<meta name="author" content="South China Morning Post">' }), 'republisher')).toEqual(['South China Morning Post']);
  });

  it.each([
    ['a person', '<meta name="author" content="Jane Doe">'],
    ["the site's own name", '<meta name="author" content="Daily Example">'],
    ['an unknown organisation', jsonLd({ author: { '@type': 'Organization', name: 'Riverside Ledger Times' } })],
  ])('names no origin from %s', (_what, head) => {
    expect(named(page(FILLER, { head }), 'republisher')).toEqual([]);
  });

  it('reads every author of a JSON-LD list: the agency after a person', () => {
    const head = jsonLd({ author: [{ '@type': 'Person', name: 'Jane Doe' }, { '@type': 'Organization', name: 'Reuters' }] });
    expect(named(page(FILLER, { head }), 'agency')).toEqual(['Reuters']);
  });

  it('names an isBasedOn address by its host, not by the address', () => {
    const head = jsonLd({ isBasedOn: 'https://www.gizmo-site.example/2024/05/story-1' });
    expect(named(page(FILLER, { head }), 'republisher')).toEqual(['gizmo-site.example']);
  });
});

describe('a republication credit the detector recognised, in any of its languages', () => {
  const LINK = '<a href="https://www.gizmo-site.example/2024/05/story-1">Gizmo Site</a>';
  it.each([
    ['de', `Dieser Artikel erschien zuerst bei ${LINK}.`],
    ['fr', `Cet article a été publié initialement sur ${LINK}.`],
    ['pt', `Este texto foi publicado originalmente no site ${LINK}.`],
  ])('%s: names the origin its link goes to, by the link text that names the host', (lang, line) => {
    expect(named(page([...FILLER, line], { lang }), 'republisher')).toEqual(['Gizmo Site']);
  });

  it.each([
    ['de', 'Dieser Artikel erschien zuerst bei Süddeutsche Zeitung.', 'Süddeutsche Zeitung'],
    ['de', 'Dieser Artikel erschien zuerst bei der Riverside Zeitung.', 'Riverside Zeitung'],
  ])('%s: names the gazetteer outlet or outlet-shaped name ending the credit (%j)', (lang, line, origin) => {
    expect(named(page([...FILLER, line], { lang }), 'republisher')).toEqual([origin]);
  });

  it.each([
    ['de', 'Dieser Artikel erschien zuerst im März.'],
    ['de', 'Dieser Artikel erschien zuerst bei Jana Schmidt.'],
    ['de', 'Dieser Artikel erschien zuerst bei <a href="/archiv/2024">uns</a>.'],
  ])('%s: names no origin from %j (a month, a person, the site itself)', (lang, line) => {
    expect(named(page([...FILLER, line], { lang }), 'republisher')).toEqual([]);
  });
});

describe("author pages' paths in many CMSs", () => {
  it.each([
    // the link's text names nobody: the path alone names the agency
    ['/autor/efe', 'Redacción', 'EFE'],
    ['/yazar/anadolu-ajansi', 'Haber Merkezi', 'Anadolu Agency'],
    ['/penulis/antara', 'Redaksi', 'ANTARA'],
  ])('reads the byline link to %s as the agency', (path, text, agency) => {
    expect(named(page(FILLER, { before: `<span class="author"><a href="${path}">${text}</a></span>` }), 'agency')).toEqual([agency]);
  });

  it.each([
    // issue 15: a second WordPress account's number, a desk word, a paged author archive, the path words of more languages
    ['/author/afp-2/', 'Redacción', 'AFP'],
    ['/author/reuters-staff/', 'Staff', 'Reuters'],
    ['/author/efe/page/2/', 'Redacción', 'EFE'],
    ['/eu/egilea/efe/', 'Erredakzioa', 'EFE'],
    ['/forfatter/ritzau/', 'Redaktionen', 'Ritzau'],
    ['/szerzo/mti/', 'Szerkesztőség', 'MTI'],
    ['/avtor/tass/', 'Редакция', 'TASS'],
    ['/by/anadolu-ajansi', 'Haber Merkezi', 'Anadolu Agency'],
  ])('reads the byline link to %s as the agency (issue 15)', (path, text, agency) => {
    expect(named(page(FILLER, { before: `<span class="author"><a href="${path}">${text}</a></span>` }), 'agency')).toEqual([agency]);
  });

  it.each(['/autor/juan-perez', '/profile/jane-doe', '/tag/afp', '/author/juan-perez-2/', '/topics/afp/', '/egilea/miren-etxeberria/', '/author/afp-photographer/'])('reads no agency from a byline link to %s', (path) => {
    expect(named(page(FILLER, { before: `<span class="author"><a href="${path}">Redacción</a></span>` }), 'agency')).toEqual([]);
  });
});

describe("the datelines of many agencies, for every agency's credit", () => {
  it.each([
    ['bg', 'София, 5 май /БТА/.', 'BTA'],
    ['uk', 'Київ, 5 травня /Укрінформ/.', 'Ukrinform'],
    ['ro', 'Bucureşti, 5 mai /Agerpres/ -', 'Agerpres'],
    ['en', 'Riyadh, May 05, 2024, SPA --', 'SPA'],
    ['az', 'Bakı. 5 may. APA.', 'APA'],
  ])('%s: reads %j opening the story', (lang, dateline, agency) => {
    expect(named(page([`${dateline} ${FILLER[0]}`, ...FILLER.slice(1)], { lang }), 'agency')).toEqual([agency]);
  });

  it.each([
    'Earlier, Reuters — citing two officials — said the plan would be delayed.',
    'In a statement, AFP: the agency said its reporter was safe.',
    'Moscow, May 5. Reuters reported the talks had stalled.',
    'The ministry wrote /Riverside/ on its website.',
  ])('reads no agency from %j (no dateline: no date, or a sentence)', (sentence) => {
    expect(named(page([sentence, ...FILLER]), 'agency')).toEqual([]);
  });
});

describe('byline slots by the class names of many CMSs', () => {
  /** A page whose byline slot stands above the story, outside its body. */
  const slotted = (slot: string) => page(FILLER, { before: slot, lang: 'es' });

  it.each([
    ['<div class="article__author">EFE</div>', 'EFE'],
    ['<div class="c-byline"><span>Por</span> <span>EFE</span></div>', 'EFE'],
    ['<span class="autor">Europa Press</span>', 'Europa Press'],
    ['<span class="writer">AFP</span>', 'AFP'],
  ])('reads %s as the agency', (slot, agency) => {
    expect(named(slotted(slot), 'agency')).toEqual([agency]);
  });

  it.each([
    ['a photo credit', '<span class="photo-author">EFE</span>'],
    ['a credit in an image box', '<div class="image-box"><span class="author">AFP</span></div>'],
    ["a commenter's name", '<div class="comment"><span class="comment-author">Reuters</span></div>'],
    ['a person', '<div class="article__author">Juan Pérez</div>'],
  ])('reads no agency from %s', (_what, slot) => {
    expect(named(slotted(slot), 'agency')).toEqual([]);
  });
});

describe('how sure a byline outlet is', () => {
  const confidence = (before: string, name: string) => page(FILLER, { before }).chain.find((l) => l.role === 'republisher' && l.name === name)?.confidence;

  it('is surer of an outlet after a person than of an outlet alone in the slot (a site may sign with its own group)', () => {
    expect(confidence('<div class="byline">By Jane Doe, The Washington Post</div>', 'The Washington Post')).toBe('high');
    expect(confidence('<span class="author">The Washington Post</span>', 'The Washington Post')).toBe('medium');
    expect(confidence('<span class="author">Riverside Daily News</span>', 'Riverside Daily News')).toBe('low');
  });
});

describe('an outlet recognised by its shape only is marked as inferred', () => {
  it('marks a byline outlet outside the gazetteer as recognised, with a score, and a gazetteer outlet as stated', () => {
    const shaped = page(FILLER, { before: '<span class="author">Jane Doe, The Riverside Ledger Times</span>' }).chain.find((l) => l.role === 'republisher');
    expect(shaped).toMatchObject({ name: 'The Riverside Ledger Times', recognised: true });
    expect(shaped?.score).toBeGreaterThan(0);
    const known = page(FILLER, { before: '<div class="byline">By Jane Doe, The Washington Post</div>' }).chain.find((l) => l.role === 'republisher');
    expect(known?.recognised).toBeUndefined();
  });
});

describe('an outlet in two roles: the origin or a second agency that the story also cites (issue 15)', () => {
  const CITING = 'The figures were first reported by The Guardian on Monday, and officials confirmed them later in the day.';

  it('cites the origin a Source line names when a sentence of the story cites it too', () => {
    const analysis = page([...FILLER, CITING, 'Source: The Guardian']);
    expect(named(analysis, 'republisher')).toEqual(['The Guardian']);
    expect(named(analysis, 'cited')).toEqual(['The Guardian']);
  });

  it('names the origin once when no sentence of the story cites it', () => {
    const analysis = page([...FILLER, 'Source: The Guardian']);
    expect(named(analysis, 'republisher')).toEqual(['The Guardian']);
    expect(named(analysis, 'cited')).toEqual([]);
  });

  it('names a press review once: its opening sentence both credits and cites the paper', () => {
    const analysis = page(['«The Guardian» writes: «Officials said the measures would take effect next month.»', ...FILLER]);
    expect(named(analysis, 'cited')).toEqual([]);
  });

  it('never cites the agency that wrote the copy', () => {
    const analysis = page([`PARIS (AFP) — ${FILLER[0]}`, FILLER[1]!, 'The ministry said on Tuesday, according to AFP, that the review had ended.']);
    expect(named(analysis, 'agency')).toEqual(['AFP']);
    expect(named(analysis, 'cited')).toEqual([]);
  });

  it('cites a second agency the page credits when the story cites it in a sentence of its own', () => {
    const head = jsonLd({ author: { '@type': 'Organization', name: 'Reuters' } });
    const analysis = page([`PARIS (AFP) — ${FILLER[0]}`, FILLER[1]!, 'The ministry said on Tuesday, according to AFP, that the review had ended.'], { head });
    expect(named(analysis, 'agency')[0]).toBe('Reuters');
    expect(named(analysis, 'cited')).toEqual(['AFP']);
  });
});

describe("outlets' words of more languages and scripts, on a Source line and after a cue (issue 15)", () => {
  it.each([
    ['cs', 'Zdroj: Riverside Deník', 'Riverside Deník'],
    ['vi', 'Nguồn: Báo Riverside', 'Báo Riverside'],
    ['ru', 'Источник: Риверсайдская газета', 'Риверсайдская газета'],
    ['sw', 'Chanzo: Gazeti la Riverside', 'Gazeti la Riverside'],
    ['ja', '出典：リバーサイド新聞', 'リバーサイド新聞'],
    ['ko', '출처: 리버사이드일보', '리버사이드일보'],
  ])('%s: names the origin of %j', (lang, line, origin) => {
    expect(named(page([...FILLER, line], { lang }), 'republisher')).toEqual([origin]);
  });

  it.each([
    ['cs', 'Zdroj: ministerstvo zdravotnictví'],
    ['ja', '出典：厚生労働省'],
    ['ko', '출처: 보건복지부'],
  ])('%s: names no origin from %j (an institution, no outlet word)', (lang, line) => {
    expect(named(page([...FILLER, line], { lang }), 'republisher')).toEqual([]);
  });

  it("cites no medical examiner or car-rental firm after a cue (words ordinary names share are no outlet's)", () => {
    const analysis = page([...FILLER, "The cause of death was not yet known, according to the Medical Examiner's office.", 'Prices rose by a fifth, according to Avis Budget Group.']);
    expect(named(analysis, 'cited')).toEqual([]);
  });

  it('reads a name whole, never from inside a hyphenated word ("Lõuna-Eesti Postimees" is no "Eesti Postimees")', () => {
    const analysis = page([...FILLER, 'Wolf numbers have been increasing, regional paper Lõuna-Eesti Postimees writes.', 'Prices will rise next year, Riverside-Gazeta Nyheter reported.']);
    expect(named(analysis, 'cited')).toEqual(['Lõuna-Eesti Postimees', 'Riverside-Gazeta Nyheter']);
  });
});

describe('agencies as the Arabic and Persian press write them, and national agencies added to the gazetteer (issue 15)', () => {
  const AR = ['قال مسؤولون إن الإجراءات الجديدة ستدخل حيز التنفيذ الشهر المقبل بعد مراجعة أجرتها الوزارة.', 'وقالت المعارضة إن الخطة جاءت متأخرة جدا ووعدت بتقديم اقتراحها الخاص إلى البرلمان قبل العطلة الصيفية.'];
  const FA = ['مسئولان گفتند که اقدامات جدید از ماه آینده پس از بررسی وزارتخانه اجرا خواهد شد.', 'مخالفان این طرح را دیرهنگام خواندند و وعده دادند که پیشنهاد خود را پیش از تعطیلات تابستانی به مجلس ارائه کنند.'];

  it.each([
    ['ar', [`دبي (رويترز) - ${AR[0]}`, AR[1]!], 'Reuters'],
    ['ar', [`باريس (أ ف ب) - ${AR[0]}`, AR[1]!], 'AFP'],
    ['ar', [...AR, 'المصدر: رويترز'], 'Reuters'],
    ['fa', [`به گزارش خبرگزاری میزان، ${FA[0]}`, FA[1]!], 'Mizan'],
    ['fa', [`به گزارش رویترز، ${FA[0]}`, FA[1]!], 'Reuters'],
    ['en', [`MONROVIA (LINA) — ${FILLER[0]}`, ...FILLER.slice(1)], 'LINA'],
  ])('%s: names the agency of %j', (lang, paragraphs, agency) => {
    expect(named(page(paragraphs, { lang }), 'agency')).toEqual([agency]);
  });

  it.each([
    ['ar', [...AR, 'تصوير: رويترز'], 'a photo credit'],
    ['ar', ['قال مسؤولون إن سكان الأناضول يعانون من موجة حر شديدة منذ أسابيع بحسب الأرصاد.', AR[1]!], 'the region Anatolia, not the agency'],
    ['fa', ['میزان بارندگی در استان امسال نسبت به سال گذشته کاهش یافته است و مسئولان نگران هستند.', FA[1]!], '"میزان" as the word "amount", not the agency Mizan'],
  ])('%s: names no agency from %j (%s)', (lang, paragraphs) => {
    expect(named(page(paragraphs, { lang }), 'agency')).toEqual([]);
  });
});

describe('credit forms of more services and languages (issue 15)', () => {
  it.each([
    ['hi', [...FILLER, '(भाषा)'], 'PTI'],
    ['hi', [...FILLER, 'इनपुट: भाषा'], 'PTI'],
    ['ur', [...FILLER, '(اے پی پی)'], 'APP'],
    ['zh', ['中新网北京5月5日电 官员表示，新措施将在下月审查后生效。', ...FILLER.slice(1)], 'China News Service'],
    ['de', [`BERLIN (dpa-AFX) - ${FILLER[0]}`, ...FILLER.slice(1)], 'dpa'],
    ['de', [...FILLER, 'Mit Material der Nachrichtenagentur dpa'], 'dpa'],
    ['ru', [...FILLER, 'По материалам РИА Новости'], 'RIA Novosti'],
  ])('%s: names the agency of %j', (lang, paragraphs, agency) => {
    expect(named(page(paragraphs, { lang }), 'agency')).toEqual([agency]);
  });

  it.each([
    ['hi', 'इस भाषा के अनुसार शब्दों का अर्थ बदल जाता है।'],
    ['hi', 'विशेषज्ञों के अनुसार भाषा का प्रयोग बदल रहा है।'],
    ['ru', 'По материалам прокуратуры, дело передано в суд.'],
  ])('%s: names no agency from %j (the word "language"; a prosecutor\'s files)', (lang, line) => {
    const analysis = page([...FILLER, line], { lang });
    expect(named(analysis, 'agency')).toEqual([]);
    expect(named(analysis, 'cited')).toEqual([]);
  });
});

describe('citation cues with an article or a longer phrase before the name (issue 15)', () => {
  const AR = ['قال مسؤولون إن الإجراءات الجديدة ستدخل حيز التنفيذ الشهر المقبل بعد مراجعة أجرتها الوزارة.', 'وقالت المعارضة إن الخطة جاءت متأخرة جدا ووعدت بتقديم اقتراحها الخاص إلى البرلمان قبل العطلة الصيفية.'];
  it.each([
    ['nl', 'Het conflict duurt al maanden, meldt het Riverside Dagblad.', 'Riverside Dagblad'],
    ['el', 'Η διαμάχη διαρκεί μήνες, σύμφωνα με την Εφημερίδα Riverside.', 'Εφημερίδα Riverside'],
    ['de', 'Der Streit dauert nach Informationen der Riverside Zeitung seit Monaten an.', 'Riverside Zeitung'],
    ['fr', "Le conflit dure depuis des mois, d'après les informations du Journal de Riverside.", 'Journal de Riverside'],
    ['en', 'The dispute has gone on for months, per the Riverside Herald.', 'Riverside Herald'],
    ['en', 'The Riverside Herald first broke the story in March.', 'The Riverside Herald'],
  ])('%s: cites the outlet of %j', (lang, line, outlet) => {
    expect(named(page([...FILLER, line], { lang }), 'cited')).toEqual([outlet]);
  });

  it('ar: cites a gazetteer agency after "وذكرت" (reported)', () => {
    expect(named(page([...AR, 'وذكرت رويترز أن المفاوضات ستستأنف الأسبوع المقبل.'], { lang: 'ar' }), 'cited')).toEqual(['Reuters']);
  });

  it.each([
    ['en', 'The rate rose by 3 per cent, per the Riverside Council.'],
    ['de', 'Der Streit dauert seit Monaten an, so die Polizei Riverside.'],
    ['nl', 'Het conflict duurt al maanden, volgens het Ministerie van Riverside.'],
    ['el', 'Η διαμάχη διαρκεί μήνες, σύμφωνα με τον Υπουργό Riverside.'],
  ])('%s: cites no outlet from %j (an institution, no outlet word)', (lang, line) => {
    expect(named(page([...FILLER, line], { lang }), 'cited')).toEqual([]);
  });
});

describe('outlets named in a script without capitals, by an outlet word next to a cue (issue 15)', () => {
  it.each([
    ['ar', 'وبحسب صحيفة ريفرسايد فإن النزاع مستمر منذ أشهر.', 'صحيفة ريفرسايد'],
    ['ar', 'ونقلت صحيفة ريفرسايد عن مسؤولين أن النزاع مستمر منذ أشهر.', 'صحيفة ريفرسايد'],
    ['fa', 'به نقل از روزنامه ریورساید، این اختلاف ماه‌هاست ادامه دارد.', 'روزنامه ریورساید'],
    ['hi', 'रिवरसाइड टाइम्स के अनुसार, विवाद महीनों से चल रहा है।', 'रिवरसाइड टाइम्स'],
    ['ko', '리버사이드일보에 따르면 분쟁은 몇 달째 계속되고 있다.', '리버사이드일보'],
  ])('%s: cites the outlet of %j', (lang, line, outlet) => {
    const analysis = page([...FILLER, line], { lang });
    expect(named(analysis, 'cited')).toEqual([outlet]);
    expect(analysis.chain.find((l) => l.role === 'cited')).toMatchObject({ recognised: true });
  });

  it.each([
    ['ar', 'وقالت صحيفة ريفرسايد في افتتاحيتها إن النزاع مستمر منذ أشهر.', 'no cue'],
    ['hi', 'रिवरसाइड टाइम्स ने नया संपादक नियुक्त किया है।', 'no cue'],
    ['hi', 'विशेषज्ञों के अनुसार, विवाद महीनों से चल रहा है।', 'a cue, no outlet word'],
    ['ja', '政府関係者はリバーサイド新聞によると述べた。', 'a script without spaces: no word tells where a name starts'],
  ])('%s: cites nothing from %j (%s)', (lang, line) => {
    expect(named(page([...FILLER, line], { lang }), 'cited')).toEqual([]);
  });
});

describe('a Source line with its link: one origin (issue 15)', () => {
  it.each([
    ['ru', 'Источник: <a href="https://riverside-news.ru/news/2024/05/spor">Риверсайд Ньюс</a>', ['Риверсайд Ньюс']],
    ['ar', 'المصدر: <a href="https://www.riverside-news.com/news/2024/05/dispute">ريفرسايد نيوز</a>', ['ريفرسايد نيوز']],
    ['en', 'Source: www.riverside-herald.com', ['riverside-herald.com']],
  ])('%s: names the origin of %j once, by its name', (lang, line, origins) => {
    expect(named(page([...FILLER, line], { lang }), 'republisher')).toEqual(origins);
  });

  it('keeps two origins that two links name', () => {
    const analysis = page([...FILLER, 'Source: <a href="https://www.riverside-herald.com/news/2024/05/story">Riverside Herald</a>', 'Via: <a href="https://www.hillside-times.com/2024/05/story">Hillside Times</a>']);
    expect(named(analysis, 'republisher')).toEqual(['Riverside Herald', 'Hillside Times']);
  });
});

describe('the agency a byline slot names past a label, a by-word, the newsroom or the site (issue 15)', () => {
  it.each([
    ['pt', '<div class="autor">Da Agência Brasil</div>', 'Agência Brasil'],
    ['pl', '<div class="author">Autor: PAP</div>', 'PAP'],
    ['it', '<div class="author">di Redazione ANSA</div>', 'ANSA'],
    ['fr', '<div class="author">Par Le Figaro avec AFP</div>', 'AFP'],
  ])('%s: reads %s as the agency', (lang, before, agency) => {
    expect(named(page(FILLER, { lang, before }), 'agency')).toEqual([agency]);
  });

  it.each([
    ['pl', '<div class="author">Zdjęcie: PAP</div>'],
    ['de', '<div class="author">Bild: dpa</div>'],
    ['pl', '<div class="author">Autor: Jan Kowalski</div>'],
    ['pt', '<div class="autor">Da Redação</div>'],
    ['en', '<div class="byline">About AFP</div>'],
    ['en', '<div class="author">Jane Doe covers Reuters and the wire services</div>'],
  ])('%s: reads no agency from %s (a photo credit, a person, the newsroom, the agency as a topic)', (lang, before) => {
    expect(named(page(FILLER, { lang, before }), 'agency')).toEqual([]);
  });
});
