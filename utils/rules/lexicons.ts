import type { BlockRule } from './types';
import { escapeRegExp } from '../regexp';

// Multilingual lexicons of boilerplate families, as data: promotions (follow us, messenger
// channels, apps, newsletters), interface leftovers, advert labels, rights notices, source
// trailers and feed debris. Each entry is one language of one family, with the phrases as
// written, how a block must hold them (`form`), where the wording is seen (`note`: a page
// found with the search tool, or "standard wording" when no stored page shows it), and
// examples and counter-examples in the same language (story sentences that start with the
// same words and must stay visible). Every entry becomes one block rule
// (boilerplate.<category>.lex.<family>.<lang>); test/unit/rules-lint.test.ts proves each.
// An entry of many languages ('mul') lists its phrases by language, so each family's
// languages can be counted: `npx tsx tools/lexicon-languages.ts` (lint-tested: at least 30).
// Entries are sorted by id (lint-tested).

export type LexiconForm =
  /** the block is the phrase alone (with trailing punctuation or arrows) */
  | 'line'
  /** the phrase, a colon or dash, then a short name ("Kaynak: AA") */
  | 'lead'
  /** the phrase, then (within the block) a platform or app name ("Síguenos en Instagram") */
  | 'platform'
  /** the phrase ends a short notice, alone or after ©, "Copyright" or a year */
  | 'notice'
  /** the block starts with the phrase (only for phrases no story sentence starts with) */
  | 'prefix'
  /** the phrase and a count ("Komentari (0) Dodaj komentar") */
  | 'count'
  /** a counter: the phrase and a number, and nothing else ("댓글 0", "Просмотров: 6319") */
  | 'counter'
  /** the phrase, then a name (capitalised, or in a script without case) and nothing else ("Theo VGP") */
  | 'credit'
  /** one to eight share buttons as text, each the phrase and a platform's name, and nothing else ("Compartir en Facebook Compartir en WhatsApp") */
  | 'share-on'
  /** one to four capitalised words naming the site, then the phrase, the whole block a short blurb ("KCLR is your number one source for…") */
  | 'self'
  /** the phrase (a "watch" verb), then within a short block a word for live or online (WATCH_MARKERS), and no sentence end ("Oglądaj TVN24 w internecie na TVN24 GO >>>") */
  | 'watch';

/** Phrases by language (BCP 47), for an entry of many languages ('mul'). */
export type PhrasesByLang = Readonly<Record<string, readonly string[]>>;

export interface LexiconEntry {
  id: string;
  category: string;
  lang: string;
  form: LexiconForm;
  /** the phrases as written: one list (in the entry's own `lang`), or lists by language for a 'mul' entry */
  phrases: readonly string[] | PhrasesByLang;
  /** longest block the rule reads */
  maxLength: number;
  /** 'tail': only among the article's last blocks (credits end a story) */
  position?: 'any' | 'tail';
  note: string;
  examples: string[];
  counterExamples: string[];
}

/** Messenger, social and app names a "follow us" promotion names (language-independent). */
export const PLATFORMS = [
  'WhatsApp', 'Telegram', 'Google News', 'Google Berita', 'Google Notícias', 'Google Noticias', 'Google Actualités', 'Facebook', 'Instagram', 'Twitter', 'X',
  'YouTube', 'TikTok', 'Threads', 'LinkedIn', 'Viber', 'Signal', 'LINE', 'KakaoTalk', 'VK', 'ВКонтакте', 'Дзен', 'Одноклассники', 'WeChat', '微信', '微博',
  'تلگرام', 'اینستاگرام', 'واتساپ', 'تليجرام', 'تيليجرام', 'واتساب', 'فيسبوك', 'تويتر', 'Телеграм', 'Телеграме', 'Вайбер', 'Дзене', 'ВК',
  'Pinterest', 'Bluesky', 'Flipboard', 'Apple News', 'Spotify',
  'Google Zprávy', 'Google Správy', 'Google Haberler', 'Google Nachrichten', 'Google Wiadomości', 'Google Новости', 'Google Новини', 'Google Notizie', 'Google Nieuws',
  'Google Hírek', 'Google Știri', 'Google Vijesti', 'Google Vesti', 'Google Novice', 'Google Uutiset', 'Google Nyheder', 'Google Nyheter', 'Google Tin tức', 'Google 新聞',
  'Google 新闻', 'Google ニュース', 'Google 뉴스', 'Google ข่าว', 'Google समाचार', 'Android', 'iPhone', 'iOS', 'Google Play', 'App Store',
  'app', 'aplikasi', 'aplikacji', 'aplikace', 'aplicativo', 'aplicación', 'application', 'applicazione', 'uygulama', 'приложение', 'застосунок', 'ऐप', 'アプリ', '앱', '客户端', 'APP',
  // Names as other scripts write them, and the inflected forms a follow line ends in ("na Facebooku", "Instagramissa").
  'फेसबुक', 'ट्विटर', 'व्हाट्सएप', 'यूट्यूब', 'टेलीग्राम', 'इंस्टाग्राम', 'ফেসবুক', 'ইউটিউব', 'হোয়াটসঅ্যাপ', 'فیس بک', 'واٹس ایپ', 'یوٹیوب', 'ٹویٹر', 'يوتيوب', 'إنستغرام', 'انستغرام',
  'تلغرام', 'إكس', 'เฟซบุ๊ก', 'ยูทูบ', 'ไลน์', 'פייסבוק', 'טלגרם', 'וואטסאפ', 'יוטיוב', 'אינסטגרם', 'Телеграмі', 'Фейсбук', 'Фейсбуке', 'Інстаграм', 'Инстаграм', 'Ютуб', 'Вайбері',
  'Facebooku', 'Instagramie', 'Instagramu', 'Twitterze', 'Twitteru', 'YouTubie', 'Telegramie', 'Telegramu', 'WhatsAppie', 'WhatsAppu', 'Facebookissa', 'Instagramissa', 'Facebookon', 'Instagramon',
  'Zalo', 'Dailyhunt', 'Google Discover', 'Яндекс Дзен', 'Яндекс.Дзен', 'Яндекс.Новости', 'Rutube', 'Naver', '네이버', '카카오톡', '유튜브', '페이스북', '微信公众号', '公众号', '抖音', '今日头条', 'ニュースアプリ',
];

const PLATFORM = PLATFORMS.map(escapeRegExp).join('|');
/** Words for live or online that a "watch us" promotion names (the 'watch' form), by language. */
export const WATCH_MARKERS: PhrasesByLang = {
  cs: ['živě', 'online'], de: ['live', 'im Livestream', 'im Stream'], en: ['live', 'online', 'livestream'], es: ['en vivo', 'en directo'], fr: ['en direct'], hr: ['uživo'], hu: ['élőben'],
  id: ['langsung', 'live streaming'], it: ['in diretta', 'in streaming'], pl: ['w internecie', 'na żywo', 'online'], pt: ['ao vivo'], ru: ['в прямом эфире', 'онлайн'], tr: ['canlı'], uk: ['наживо', 'в прямому ефірі', 'онлайн'],
};
const WATCH = Object.values(WATCH_MARKERS).flat().sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
/** A site's address naming it before a promotion's words ("Radiosarajevo.ba pratite…", "Kompas.com, ikuti…"): one word, a dot and a domain ending. */
const SITE_LEAD = String.raw`(?:[\p{L}\p{N}][\p{L}\p{N}-]{1,30}\.(?:[a-z]{2,3}|info|news|online)(?:\.[a-z]{2})?[,:]?\s+)`;
/** The most a 'platform' block holds after its phrase: the way to the name, the longest name, the rest. */
const PLATFORM_SPAN = 80 + Math.max(...PLATFORMS.map((name) => [...name].length)) + 60;
const END = String.raw`(?![\p{L}\p{N}])`;
/** Letters of scripts written without spaces (Han, kana, Thai) do not end or begin a word. */
const UNSPACED = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]`;
/** No spaced-script letter or digit follows / precedes (a platform name may touch Han or Thai text). */
const WORD_END = String.raw`(?!(?!${UNSPACED})[\p{L}\p{N}])`;
const WORD_START = String.raw`(?<!(?!${UNSPACED})[\p{L}\p{N}])`;
/** A phrase ending in a script written without spaces (Han, kana, Thai): a prefix of it needs no word end. */
const UNSPACED_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]$/u;

/**
 * A 'platform' line: the phrase, a platform's name further on, nothing after the sentence. `lead`:
 * what may stand before the phrase, the site's own address ("Radiosarajevo.ba pratite putem
 * aplikacije za Android…"), optional in the rule's pattern and apart in the stored book (see
 * platformVariants).
 */
function platformPattern(p: string, lead: string): RegExp {
  // The lookahead turns a block too long for the form away in one scan, before the search for a name.
  return new RegExp(String.raw`^${lead}(?:${p})${WORD_END}(?=(?:[^.!?]|\.(?=\S)){0,${PLATFORM_SPAN}}[.!]?$)(?:[^.!?]|\.(?=\S)){0,80}?${WORD_START}(?:${PLATFORM})${WORD_END}(?:[^.!?]|\.(?=\S)){0,60}[.!]?$`, 'iu');
}

/**
 * A 'platform' rule as the page stores it (rules/types.ts storedAs): the phrase first, whose
 * beginning the lead prefilter reads, so that a page compiles the long list of names only for a
 * line that begins like a phrase; and the phrase after the site's address, run only on a line
 * that begins with two to 31 characters, a dot and another (the guard: no property classes, whose
 * case closure would cost more to compile than it saves; what the i flag lets the address's
 * classes take, ſ, the Kelvin sign, U+0345, is neither a space nor a dot either).
 */
function platformVariants(p: string): BlockRule['storedAs'] {
  return [
    { pattern: platformPattern(p, '') },
    { pattern: platformPattern(p, SITE_LEAD), guard: /^[^\s.]{2,31}\.[^\s.]/u },
  ];
}

/**
 * A 'self' rule's guard (rules/types.ts): its phrase begins after one to four words, so the line's
 * first words are followed by the first eight characters of one of its phrases (case counts, as in
 * the pattern). Story paragraphs up to the rule's length hold the trigrams of some phrase of many
 * languages somewhere (the page's other prefilter); few begin with a name and a phrase.
 */
function selfGuard(phrases: readonly string[]): RegExp {
  const starts = [...new Set(phrases.map((phrase) => [...phrase].slice(0, 8).join('')))];
  return new RegExp(String.raw`^(?:\S*\s){1,4}(?:${alternation(starts)})`, 'u');
}

/** Every phrase of an entry, whatever the language. */
export function phrasesOf(entry: LexiconEntry): string[] {
  return Array.isArray(entry.phrases) ? [...(entry.phrases as readonly string[])] : Object.values(entry.phrases as PhrasesByLang).flat();
}

/** The languages an entry's phrases are written in ('mul' entries with one list name none). */
export function languagesOf(entry: LexiconEntry): string[] {
  if (!Array.isArray(entry.phrases)) return Object.keys(entry.phrases);
  return entry.lang === 'mul' ? [] : [entry.lang];
}

/** The boilerplate families the lexicons hold, by the rule categories each covers. */
export const LEXICON_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  promotions: ['app-promo', 'newsletter'],
  interface: ['interface'],
  rights: ['copyright-notice'],
  'source-trailers': ['source-link', 'republication'],
  'feed-debris': ['feed-debris'],
};

/** The languages each family's lexicon entries are written in, sorted. */
export function familyLanguages(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [family, categories] of Object.entries(LEXICON_FAMILIES)) {
    const langs = new Set(lexiconEntries.filter((e) => categories.includes(e.category)).flatMap(languagesOf));
    out[family] = [...langs].sort();
  }
  return out;
}

function alternation(phrases: readonly string[]): string {
  return [...phrases].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

function patternOf(entry: LexiconEntry): RegExp {
  const phrases = phrasesOf(entry);
  const p = alternation(phrases);
  switch (entry.form) {
    case 'line': {
      // One phrase, or two with spaces between: the list written once (each phrase followed by spaces, or by
      // the line's end), which halves what a page compiles for it.
      const end = String.raw`[\s.!:：…>»›→/\-–—。！]*$`;
      return new RegExp(String.raw`^[\s\-–—|•·*]*(?:(?:${p})(?:\s+|(?=${end}))){1,2}${end}`, 'iu');
    }
    case 'lead':
      return new RegExp(String.raw`^(?:${p})\s*[:：|–—-]\s*[^\s.!?](?:[^.!?:]|[.:](?=\S)){0,60}\.?$`, 'iu');
    case 'count':
      return new RegExp(String.raw`^(?:${p})\s*[(\[]\d{1,5}[)\]](?:\s+[^.!?]{1,40})?$`, 'iu');
    case 'counter':
      // (Not "0 comments": a blog platform's link under every post, the post's own furniture.)
      return new RegExp(String.raw`^(?:${p})\s?[:：]?\s?(?:\d{1,3}(?:[.,\s]\d{3}){1,2}|\d{1,7})$`, 'iu');
    case 'share-on':
      // (The platform may touch the phrase in a script written without spaces: "分享到微信".)
      return new RegExp(String.raw`^(?:(?:${p})\s?(?:${PLATFORM})${WORD_END}[\s|•·,/]*){1,8}$`, 'iu');
    case 'credit':
      return new RegExp(String.raw`^(?:${p})\s+[\p{Lu}\p{Lo}][^.!?,;:]{0,40}$`, 'u');
    case 'platform':
      return platformPattern(p, `${SITE_LEAD}?`);
    case 'notice':
      // After ©, "Copyright", the Korean "저작권자" (copyright holder) or a year, maybe in the brackets Korean pages put round it.
      return new RegExp(String.raw`^[<\[(（【]?\s*(?:(?:©|ⓒ|\(c\)|copyright|저작권자|\d{4})[^]{0,150}?)?(?:${p})[\s.!>\]）)】]*$`, 'iu');
    case 'self':
      // Case counts: the name is capitalised, the phrase is written as it runs on after a name.
      return new RegExp(String.raw`^(?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*\s){1,4}(?:${p})${END}`, 'u');
    case 'watch':
      return new RegExp(String.raw`^(?:${p})${END}[^.!?]{0,50}?${WORD_START}(?:${WATCH})${WORD_END}[^.!?]{0,40}?[\s>»›→:]*$`, 'iu');
    case 'prefix': {
      // Scripts written without spaces between words have no word end to wait for.
      const unspaced = phrases.filter((phrase) => UNSPACED_END.test(phrase));
      const spaced = phrases.filter((phrase) => !UNSPACED_END.test(phrase));
      const parts = [spaced.length ? String.raw`(?:${alternation(spaced)})${END}` : '', unspaced.length ? `(?:${alternation(unspaced)})` : ''].filter(Boolean);
      return new RegExp(String.raw`^(?:${parts.join('|')})`, 'iu');
    }
  }
}

/** The newsletter sign-up pitch in each language (newsletter.lex.subscribe.mul, and after a box's title, newsletter.lex.titled-box.mul). */
const SUBSCRIBE_PHRASES: PhrasesByLang = {
  af: ['Teken in vir ons nuusbrief'],
  ar: ['اشترك في النشرة البريدية', 'اشترك في نشرتنا البريدية', 'اشترك في النشرة الإخبارية'],
  az: ['Xəbər bülletenimizə abunə olun'],
  bg: ['Абонирайте се за нашия бюлетин', 'Абонирайте се за бюлетина'],
  bn: ['নিউজলেটার সাবস্ক্রাইব করুন', 'আমাদের নিউজলেটারে সাবস্ক্রাইব করুন'],
  ca: ['Subscriu-te al nostre butlletí', 'Subscriu-te al butlletí'],
  cs: ['Přihlaste se k odběru newsletteru', 'Přihlaste se k odběru našeho newsletteru'],
  da: ['Tilmeld dig vores nyhedsbrev', 'Tilmeld dig nyhedsbrevet'],
  de: ['Abonnieren Sie unseren Newsletter', 'Melden Sie sich für unseren Newsletter an', 'Jetzt zum Newsletter anmelden', 'Hier für den Newsletter anmelden'],
  el: ['Εγγραφείτε στο newsletter', 'Εγγραφείτε στο ενημερωτικό δελτίο'],
  en: ['Never miss a story', 'Get the latest news delivered to your inbox', 'Get our newsletter', 'Want more stories like this? Sign up', 'Enter your email address to subscribe'],
  es: ['Suscríbete a nuestro boletín', 'Suscríbete a nuestra newsletter', 'Suscríbete a nuestro newsletter', 'Recibe nuestro boletín', 'Apúntate a nuestra newsletter'],
  et: ['Telli uudiskiri', 'Liitu uudiskirjaga'],
  fa: ['عضویت در خبرنامه', 'در خبرنامه ما عضو شوید'],
  fi: ['Tilaa uutiskirjeemme', 'Tilaa uutiskirje'],
  fr: ['Abonnez-vous à notre newsletter', 'Inscrivez-vous à notre newsletter', 'Inscrivez-vous à notre infolettre', 'Abonnez-vous à notre infolettre', 'Recevez notre newsletter'],
  he: ['הירשמו לניוזלטר', 'הרשמו לניוזלטר'],
  hi: ['न्यूज़लेटर के लिए साइन अप करें', 'हमारे न्यूज़लेटर की सदस्यता लें'],
  hr: ['Prijavite se na newsletter', 'Pretplatite se na newsletter'],
  hu: ['Iratkozzon fel hírlevelünkre', 'Iratkozz fel hírlevelünkre'],
  id: ['Berlangganan newsletter', 'Daftar newsletter', 'Berlangganan buletin kami'],
  it: ['Iscriviti alla nostra newsletter', 'Iscriviti alla newsletter', 'Ricevi la nostra newsletter'],
  ja: ['ニュースレターを購読', 'メールマガジンを購読', 'メルマガ登録'],
  ko: ['뉴스레터 구독', '뉴스레터를 구독하세요'],
  lt: ['Užsiprenumeruokite naujienlaiškį', 'Prenumeruokite naujienlaiškį'],
  lv: ['Piesakies jaunumiem', 'Pierakstieties jaunumiem'],
  mk: ['Претплатете се на нашиот билтен', 'Нашите вести во вашето сандаче'],
  ms: ['Langgan surat berita kami', 'Langgan buletin kami'],
  nb: ['Meld deg på vårt nyhetsbrev', 'Meld deg på nyhetsbrevet'],
  nl: ['Abonneer je op onze nieuwsbrief', 'Schrijf je in voor onze nieuwsbrief', 'Meld je aan voor onze nieuwsbrief', 'Schrijf u in voor onze nieuwsbrief'],
  pl: ['Zapisz się na newsletter', 'Zapisz się do newslettera', 'Zapisz się na nasz newsletter', 'Więcej ważnych informacji znajdziesz na stronie głównej'],
  pt: ['Assine nossa newsletter', 'Inscreva-se na nossa newsletter', 'Assine a nossa newsletter', 'Receba nossa newsletter', 'Cadastre-se na nossa newsletter'],
  ro: ['Abonează-te la newsletter', 'Abonați-vă la newsletter', 'Abonează-te la newsletterul'],
  ru: ['Подпишитесь на нашу рассылку', 'Подпишитесь на рассылку', 'Подпишитесь на нашу email-рассылку'],
  sk: ['Prihláste sa na odber newslettra', 'Prihláste sa na odber noviniek'],
  sl: ['Naročite se na e-novice', 'Prijavite se na e-novice', 'Naročite se na novice'],
  sq: ['Abonohuni në buletinin tonë'],
  sr: ['Пријавите се на билтен', 'Prijavite se na bilten', 'Pretplatite se na naš bilten'],
  sv: ['Prenumerera på vårt nyhetsbrev', 'Prenumerera på nyhetsbrevet'],
  sw: ['Jiandikishe kwa jarida letu'],
  ta: ['எங்கள் செய்திமடலுக்கு குழுசேரவும்'],
  th: ['สมัครรับจดหมายข่าว'],
  tl: ['Mag-subscribe sa aming newsletter'],
  tr: ['Bültenimize abone olun', 'E-bültenimize kayıt olun', 'E-bültene abone olun', 'Bültenimize üye olun'],
  uk: ['Підпишіться на нашу розсилку', 'Підпишіться на розсилку'],
  ur: ['ہمارے نیوز لیٹر کو سبسکرائب کریں'],
  vi: ['Đăng ký nhận bản tin', 'Đăng ký nhận tin'],
  zh: ['订阅我们的新闻简报', '訂閱電子報', '订阅电子报', '訂閱我們的電子報'],
};

export const lexiconEntries: LexiconEntry[] = [
  {
    id: 'advert-label.lex.word.mul',
    category: 'advert-label',
    lang: 'mul',
    form: 'line',
    phrases: [
      'Publicidad', 'Publicidade', 'Publicité', 'Pubblicità', 'Werbung', 'Reklama', 'Reklam', 'Реклама', 'Реклама.', 'Advertentie', 'Mainos', 'Annons',
      'Reklame', 'Διαφήμιση', 'إعلان', 'تبلیغات', '广告', '広告', '광고', 'Quảng cáo', 'Iklan', 'विज्ञापन', 'Hirdetés', 'Oglas', 'Publicitate', 'Reklaam',
      'Reklāma', 'פרסומת', 'โฆษณา', 'Tangazo', 'Anuncio', 'Anúncio', 'Advertisement', 'Реклама / Ads', 'Sponsored', 'Patrocinado', 'Gesponsert', 'Sponsorisé', 'Sponsorizzato',
    ],
    maxLength: 20,
    note: 'The slot label an ad script fills, left as text: "Publicidad" on eldiario.es (corpus es--eldiario-net-efe-panorama), "Anzeige"/"Advertisement" elsewhere; the other words are the standard label in each language.',
    examples: ['Publicidad', 'PUBLICIDADE', 'Reklama', 'Реклама', '广告', 'Iklan', 'Hirdetés'],
    counterExamples: [
      'Publicidad engañosa: la multa llegó tras meses de investigación, dijo el regulador.',
      'Reklama papierosów jest zakazana od lat, przypomniał minister.',
      'Iklan rokok dilarang tayang pada jam anak-anak, kata pejabat itu.',
    ],
  },
  {
    id: 'app-promo.lex.follow-line.mul',
    category: 'app-promo',
    lang: 'mul',
    form: 'line',
    phrases: {
      af: ['Volg ons'], ar: ['تابعونا', 'تابعنا'], az: ['Bizi izləyin'], bg: ['Последвайте ни'], bn: ['আমাদের ফলো করুন'], ca: ['Segueix-nos'], cs: ['Sledujte nás'],
      da: ['Følg os'], de: ['Folgen Sie uns', 'Folge uns'], el: ['Ακολουθήστε μας'], en: ['Follow us', 'Follow us on', 'Stay connected', 'Connect with us'], es: ['Síguenos', 'Síguenos en'],
      et: ['Jälgi meid'], fa: ['ما را دنبال کنید'], fi: ['Seuraa meitä'], fr: ['Suivez-nous', 'Retrouvez-nous sur'], he: ['עקבו אחרינו'], hi: ['हमें फॉलो करें'], hr: ['Pratite nas'],
      hu: ['Kövess minket', 'Kövessen minket'], id: ['Ikuti kami', 'Ikuti Kami'], it: ['Seguici', 'Seguici su'], ja: ['フォローする', 'フォローしてね'], ko: ['팔로우하기'], lt: ['Sekite mus'], lv: ['Sekojiet mums'],
      mk: ['Следете не'], ms: ['Ikuti kami di'], nb: ['Følg oss'], nl: ['Volg ons'], pl: ['Obserwuj nas'], pt: ['Siga-nos', 'Siga-nos nas redes sociais'], ro: ['Urmăriți-ne', 'Urmărește-ne'],
      ru: ['Следите за нами', 'Подписывайтесь', 'Мы в соцсетях'], sk: ['Sledujte nás'], sl: ['Sledite nam'], sr: ['Пратите нас'], sv: ['Följ oss'], sw: ['Tufuate'], th: ['ติดตามเรา'],
      tl: ['Sundan kami'], tr: ['Bizi takip edin', 'Bizi takip et'], uk: ['Слідкуйте за нами', 'Стежте за нами', 'Ми в соцмережах'], ur: ['ہمیں فالو کریں'], vi: ['Theo dõi chúng tôi'], zh: ['关注我们', '關注我們'],
    },
    maxLength: 40,
    note: 'A "follow us" heading left alone when the icons beside it do not come as text ("Follow us" on thetoc.gr, "Follow us on" on indiatvnews.com in the corpus; "Siga-nos" headings on Brazilian portals); the other wordings are the standard heading in each language. The whole block must be the heading, so a story sentence that starts with the words is never taken (counter-examples in es, ru, tr, uk, id).',
    examples: ['Follow us', 'Follow us on', 'Síguenos', 'Ikuti Kami', 'Bizi takip edin', 'Мы в соцсетях', 'Следете не'],
    counterExamples: [
      'Follow us into the tunnel, the rescuer told the reporters.',
      'Síguenos pidiendo ayuda, dijo la alcaldesa a los vecinos.',
      'Следите за нами, сказал командир бойцам перед штурмом.',
      'Bizi takip eden araç kırmızı ışıkta durmadı, dedi sürücü.',
      'Слідкуйте за нами, попросив провідник туристів на стежці.',
      'Ikuti kami ke lokasi, kata polisi kepada warga yang berkumpul.',
    ],
  },
  {
    id: 'app-promo.lex.follow.mul',
    category: 'app-promo',
    lang: 'mul',
    form: 'platform',
    phrases: {
      af: ['Volg ons op', 'Laai die toep af'],
      am: ['ይከተሉን'],
      ar: ['تابعونا على', 'تابعونا عبر', 'تابعوا', 'انضموا إلى قناتنا', 'انضم إلى قناتنا', 'تابعوا آخر الأخبار عبر', 'اشترك في قناة', 'اشتركوا في قناة', 'حمّل تطبيق', 'حمل تطبيق', 'للمزيد من الأخبار تابعونا'],
      az: ['Bizi izləyin', 'Bizi'],
      bg: ['Последвайте ни в', 'Последвайте ни във', 'Абонирайте се за', 'Изтеглете приложението', 'Присъединете се към'],
      bn: ['আমাদের ফলো করুন', 'आमाদের ফলো করুন', 'সর্বশেষ খবর পেতে'],
      ca: ['Segueix-nos a', 'Segueix-nos', 'Descarrega’t l’app', "Descarrega't l'app"],
      cs: ['Sledujte nás na', 'Sledujte nás', 'Stáhněte si aplikaci', 'Stáhněte si naši aplikaci', 'Přidejte si', 'Odebírejte'],
      da: ['Følg os på', 'Hent appen'],
      de: ['Folgen Sie uns auf', 'Folge uns auf', 'Folgen Sie', 'Laden Sie die', 'Laden Sie sich', 'Abonnieren Sie unseren', 'Holen Sie sich die', 'Besuchen Sie uns auf', 'Mehr Nachrichten auf'],
      el: ['Ακολουθήστε μας στο', 'Ακολουθήστε μας', 'Ακολουθήστε το', 'Ακολουθήστε την', 'Κατεβάστε την εφαρμογή', 'Εγγραφείτε στο κανάλι'],
      en: [
        'Follow us on', 'Follow us', 'Join us on', 'Join our', 'Get the', 'Download the', 'Download our', 'Stay connected with us on', 'Stay updated with', 'Stay updated on', 'Subscribe to our',
        'Like us on', 'Click here to follow', 'Click here to join', 'For the latest news, follow', 'For more news, follow', 'Get the latest news on', 'Catch all the latest',
      ],
      es: [
        'Síguenos en', 'Siguenos en', 'Únete a nuestro canal', 'Únete al canal', 'Descarga la', 'Descarga nuestra app', 'Suscríbete a nuestro canal', 'Recibe las noticias', 'Recibe las últimas noticias',
        'Sigue toda la información', 'Sigue las últimas noticias', 'Para más noticias', 'Entérate de todo en', 'Únete a nuestra comunidad',
      ],
      et: ['Jälgi meid', 'Jälgige meid'],
      fa: ['ما را در', 'به کانال', 'عضو کانال', 'کانال'],
      fi: ['Seuraa meitä', 'Lataa sovellus'],
      fr: [
        'Suivez-nous sur', 'Suivez-nous', 'Rejoignez-nous sur', 'Téléchargez l’application', "Téléchargez l'application", 'Téléchargez notre application', 'Rejoignez notre chaîne', 'Abonnez-vous à notre chaîne',
        'Abonnez-vous à', 'Retrouvez-nous sur', 'Suivez toute l’actualité', "Suivez toute l'actualité",
      ],
      he: ['עקבו אחרינו ב', 'הצטרפו לערוץ', 'הורידו את האפליקציה'],
      hi: ['हमें फॉलो करें', 'हमारे व्हाट्सएप चैनल से जुड़ें', 'ताज़ा खबरों के लिए', 'ताजा खबरों के लिए', 'लेटेस्ट खबरों के लिए', 'देश-दुनिया की ताज़ा खबरों के लिए'],
      hr: ['Pratite nas na', 'Pratite nas i na', 'Pratite', 'Dodaj nas', 'Preuzmite aplikaciju'],
      hu: ['Kövess minket a', 'Kövessen minket a', 'Kövessen minket', 'Kövess minket', 'Töltse le', 'Csatlakozz'],
      id: [
        'Ikuti berita terkini', 'Ikuti kami di', 'Ikuti juga', 'Ikuti kami', 'Simak berita dan artikel lainnya di', 'Simak berita', 'Dapatkan update berita', 'Dapatkan informasi', 'Dapatkan berita', 'Unduh aplikasi',
        'Download aplikasi', 'Gabung', 'Yuk gabung', 'Klik di sini untuk', 'Pantau terus', 'Baca berita lainnya di', 'Tetap terhubung',
      ],
      it: ['Seguici su', 'Unisciti al canale', 'Unisciti al nostro canale', 'Iscriviti al nostro canale', 'Scarica l’app', "Scarica l'app", 'Scarica la nostra app', 'Resta aggiornato', 'Ricevi le notizie', 'Seguite'],
      ja: ['フォローする', '公式', 'アプリをダウンロード'],
      ko: ['카카오톡 채널', '구독하기', '네이버 채널'],
      lt: ['Sekite mus'],
      lv: ['Seko mums', 'Sekojiet mums'],
      mk: ['Следете не на', 'Следете нè на', 'Преземете ја апликацијата'],
      ms: ['Sertai saluran', 'Sertai kami di', 'Muat turun aplikasi', 'Ikuti perkembangan terkini'],
      nb: ['Følg oss på', 'Last ned appen'],
      nl: ['Volg ons op', 'Volg ons via', 'Download de', 'Download onze app', 'Abonneer je op ons'],
      pl: ['Obserwuj nas w', 'Obserwuj nas na', 'Dołącz do nas na', 'Dołącz do nas', 'Dołącz do naszego kanału', 'Pobierz aplikację', 'Pobierz naszą aplikację', 'Śledź nas na', 'Śledź nas w', 'Subskrybuj nasz kanał', 'Bądź na bieżąco'],
      pt: [
        'Siga-nos no', 'Siga o', 'Siga a', 'Entre no canal', 'Receba as notícias', 'Baixe o', 'Participe do nosso canal', 'Entre no nosso canal', 'Siga a gente', 'Clique aqui e siga', 'Clique aqui para seguir',
        'Clique aqui para entrar', 'Inscreva-se no nosso canal', 'Acompanhe o', 'Acompanhe a', 'Receba notícias', 'Baixe nosso aplicativo', 'Quer receber notícias',
      ],
      ro: ['Urmăriți-ne pe', 'Urmărește-ne pe', 'Urmărește-ne', 'Urmăriți-ne', 'Descarcă aplicația', 'Abonează-te la canalul'],
      ru: [
        'Подписывайтесь на наш', 'Подписывайтесь на', 'Следите за нами в', 'Читайте нас в', 'Читайте нас на', 'Скачайте приложение', 'Присоединяйтесь к нам в', 'Следите за новостями в', 'Больше новостей в нашем',
        'Все новости в нашем', 'Подпишитесь на наш', 'Самые свежие новости в', 'Самые важные новости в', 'Главные новости в', 'Оперативные новости в',
      ],
      sk: ['Sledujte nás na', 'Pridajte si', 'Stiahnite si aplikáciu'],
      sl: ['Sledite nam na', 'Sledite nam tudi na', 'Prenesite aplikacijo'],
      sq: ['Na ndiqni në', 'Na ndiqni'],
      sr: ['Пратите нас на', 'Zapratite nas na', 'Preuzmite aplikaciju', 'Преузмите апликацију'],
      sv: ['Följ oss på', 'Ladda ner appen'],
      sw: ['Tufuate kwenye', 'Tufuate kupitia', 'Pakua programu'],
      th: ['ติดตามเราได้ที่', 'ติดตามข่าวสาร', 'ติดตามเรา', 'ดาวน์โหลดแอป'],
      tl: ['Sundan kami sa', 'I-download ang'],
      tr: [
        'Bizi takip edin', 'Bizi', 'WhatsApp kanalımıza katılın', 'Uygulamamızı indirin', 'Son dakika haberleri için', 'Güncel haberler için', 'En son haberler için', 'Anında haberdar olmak için',
        'Gelişmelerden anında haberdar olmak için', 'Abone olun', 'Takip edin',
      ],
      uk: [
        'Підписуйтесь на наш', 'Підписуйтесь на', 'Підписуйтеся на', 'Читайте нас у', 'Читайте нас в', 'Стежте за новинами в', 'Слідкуйте за новинами в', 'Слідкуйте за нами в', 'Приєднуйтесь до нас у',
        'Приєднуйтеся до', 'Більше новин у нашому', 'Усі новини в',
      ],
      ur: ['ہمیں فالو کریں', 'تازہ ترین خبروں کے لیے'],
      vi: ['Theo dõi chúng tôi trên', 'Tải ứng dụng', 'Mời bạn đọc theo dõi', 'Theo dõi chúng tôi', 'Hãy theo dõi'],
      zh: ['关注我们的', '关注我们', '下载', '扫码关注', '欢迎关注', '更多资讯请关注', '更多新闻请关注'],
    },
    maxLength: 180,
    note: 'Messenger-channel, social and app promotions: "Follow us on Google News" (Indian CMSes), "Ikuti berita terkini … di Google News / WhatsApp Channel" (Indonesian portals), "Siga-nos no WhatsApp", "Подписывайтесь на наш Telegram" in the corpus; the site’s address may lead the words ("Radiosarajevo.ba pratite putem aplikacije za Android…", bs--radiosarajevo-amp-fena-viber in the corpus). The others are the standard wording of such promotions in each language. Each must name a platform or an app (PLATFORMS) before the block ends, which story sentences opening with the same words do not (counter-examples in en, es, pt, fr, de, pl, tr, ru, uk, id, ar, vi, hr, cs).',
    examples: [
      'Pratite Krstaricu i preko mobilne aplikacije za Android i iPhone.',
      'Přidejte si nás do oblíbených zdrojů na Google Zprávy.',
      'Ikuti berita terkini dari Kompas.com di Google News',
      'Síguenos en Instagram y Facebook',
      'Siga-nos no WhatsApp para receber as notícias',
      'Подписывайтесь на наш Telegram-канал',
      'Bizi Google News üzerinden takip edin',
      'Folgen Sie uns auf Facebook und Instagram!',
      'Obserwuj nas w Google News',
      'ما را در تلگرام دنبال کنید',
      'تابعونا على تويتر وفيسبوك عبر WhatsApp',
      'Pratite nas na Facebooku i Instagramu na Viber kanalu',
      'Theo dõi chúng tôi trên Facebook',
      'Son dakika haberleri için WhatsApp kanalımıza katılın',
      'Acompanhe o g1 no WhatsApp',
      'Śledź nas na Facebooku',
      'Больше новостей в нашем Telegram-канале',
      'Стежте за новинами в Телеграм',
      'Rejoignez notre chaîne WhatsApp',
      'Mời bạn đọc theo dõi báo trên Zalo',
      'ताज़ा खबरों के लिए हमें फेसबुक पर फॉलो करें',
      '更多资讯请关注微信公众号',
      'Radiosarajevo.ba pratite putem aplikacije za Android | iOS i društvenih mreža Twitter | Facebook | Instagram, kao i putem našeg Viber Chata.',
      'Kompas.com, ikuti kami di Google News',
    ],
    counterExamples: [
      'Pratitelji Android tržišta očekuju nove modele do kraja godine, rekao je analitičar.',
      'Přidejte si k tomu rostoucí ceny energií a máte recept na krizi, řekl ekonom.',
      'Follow us, the protesters shouted as they marched to the square, witnesses said.',
      'Síguenos en la lucha, pidió la líder sindical a los trabajadores.',
      'Ikuti kami ke lokasi, kata polisi kepada warga yang berkumpul.',
      'Bizi bekleyen zor bir kış var, dedi bakan.',
      'Подписывайтесь на петицию призвали активисты у здания мэрии.',
      'Download speeds fell by a third during the outage, the regulator said.',
      'Para más noticias como esta habrá que esperar al informe de junio, dijo el ministro.',
      'Acompanhe o raciocínio do relator, pediu o deputado aos colegas.',
      'Śledź nas, krzyczeli demonstranci do policjantów.',
      'Son dakika haberleri için ajanslar sabaha kadar nöbet tuttu.',
      'Стежте за новинами, порадив мер мешканцям громади.',
      'Gabung dengan koalisi, partai itu mendapat dua kursi menteri.',
      'تابعوا التحقيق حتى النهاية، قال المحامي للصحفيين.',
      'Hãy theo dõi sức khỏe thường xuyên, bác sĩ khuyên người dân.',
      'Abonnez-vous à la presse locale, a lancé le maire aux habitants.',
      'Folgen Sie den Anweisungen der Polizei, hieß es in der Warnung.',
      'Radiosarajevo.ba je objavio da je aplikaciju za Android preuzelo 10.000 ljudi.',
      'Kompas.com melaporkan bahwa pengguna Google News naik dua kali lipat.',
    ],
  },
  {
    id: 'app-promo.lex.read-in-app.mul',
    category: 'app-promo',
    lang: 'mul',
    form: 'prefix',
    phrases: {
      af: ['Lees die volledige storie op ons toep', 'Lees die volle berig op ons toep'],
      ar: ['اقرأ القصة كاملة على تطبيقنا', 'تابع القراءة في التطبيق'],
      cs: ['Celý článek si přečtěte v aplikaci', 'Pokračujte ve čtení v aplikaci'],
      da: ['Læs hele artiklen i appen'],
      de: ['Lesen Sie den ganzen Artikel in unserer App', 'Lesen Sie den vollständigen Artikel in unserer App', 'Weiterlesen in der App', 'Weiterlesen in unserer App'],
      en: ['You can read the full story on our App', 'You can read the full story in our App', 'Read the full story on our app', 'Read the full story in our app', 'Read the full article in our app', 'Continue reading in our app', 'Continue reading in the app', 'Read more in our app'],
      es: ['Lee la noticia completa en nuestra app', 'Lee el artículo completo en nuestra app', 'Sigue leyendo en la app', 'Sigue leyendo en nuestra app'],
      fi: ['Lue koko juttu sovelluksessa'],
      fr: ['Lisez l’article complet dans notre application', "Lisez l'article complet dans notre application", 'Lire la suite dans l’application', "Lire la suite dans l'application", 'Continuez la lecture dans l’application', "Continuez la lecture dans l'application"],
      hi: ['पूरी खबर ऐप पर पढ़ें'],
      id: ['Baca selengkapnya di aplikasi', 'Baca berita selengkapnya di aplikasi'],
      it: ['Continua a leggere sull’app', "Continua a leggere sull'app", 'Leggi l’articolo completo sulla nostra app', "Leggi l'articolo completo sulla nostra app"],
      ja: ['アプリで続きを読む', '続きはアプリで'],
      ko: ['앱에서 전체 기사 보기', '앱에서 계속 읽기'],
      ms: ['Baca selanjutnya di aplikasi'],
      nb: ['Les hele saken i appen'],
      nl: ['Lees het volledige artikel in onze app', 'Lees verder in de app', 'Verder lezen in de app'],
      pl: ['Czytaj dalej w aplikacji', 'Przeczytaj cały artykuł w aplikacji'],
      pt: ['Leia a matéria completa no nosso app', 'Leia a matéria completa no app', 'Continue lendo no app', 'Continue a ler na app'],
      ru: ['Читайте полную версию в приложении', 'Продолжение читайте в приложении', 'Читать дальше в приложении'],
      sv: ['Läs hela artikeln i appen', 'Läs vidare i appen'],
      tr: ['Haberin devamını uygulamamızda okuyun', 'Devamını uygulamada okuyun'],
      uk: ['Читайте повну версію в застосунку', 'Продовження читайте в застосунку'],
      vi: ['Đọc toàn bộ bài viết trên ứng dụng'],
      zh: ['打开APP阅读全文', '打開APP閱讀全文', '下载APP阅读全文'],
    },
    maxLength: 120,
    note: 'A prompt to read the story in the publisher’s app, after a story cut short: "You can read the full story on our App. Download it here." on citizen.co.za (af--citizen-die-pos-caxton-app-related in the corpus); the other wordings are the standard prompt in each language (no stored page found with the search tool). Every phrase names the app, so a story sentence that opens with the same words and goes on otherwise is not taken (counter-examples in en, de, es, pt, ru; “Appalachian”, “apostila” go on past the word).',
    examples: ['You can read the full story on our App. Download it here.', 'Weiterlesen in der App', 'Sigue leyendo en la app.', 'Baca selengkapnya di aplikasi Kompas.id', 'Продолжение читайте в приложении', '打开APP阅读全文'],
    counterExamples: [
      'You can read the full story on our website, the spokesman told callers.',
      'You can read the full story on our Appalachian trail in her memoir, the publisher said.',
      'Weiterlesen in der Akte wollte der Richter nicht, sagte der Anwalt.',
      'Sigue leyendo en la aplicación del banco quien quiera conocer las tasas, dijo el ministro.',
      'Continue a ler na apostila as regras do concurso, orientou o professor.',
      'Продолжение читайте в следующем номере, пообещал редактор.',
    ],
  },
  {
    id: 'app-promo.lex.self-blurb.mul',
    category: 'app-promo',
    lang: 'mul',
    form: 'self',
    phrases: {
      de: ['ist Ihre Nummer eins für', 'ist Ihre erste Adresse für'],
      en: ['is your number one source for', 'is your No. 1 source for', 'is your number one station for', 'is the first independent', 'is committed to the highest standards of'],
      es: ['es tu fuente número uno de', 'es su fuente número uno de'],
      fr: ['est votre source numéro un', 'est votre première source d’information', "est votre première source d'information"],
      id: ['adalah sumber berita nomor satu'],
      it: ['è la tua fonte numero uno'],
      pt: ['é a sua fonte número um de', 'é a sua fonte número 1 de'],
    },
    maxLength: 300,
    position: 'tail',
    note: 'A station’s or paper’s standing blurb about itself under every story: "KCLR is your number one source for local news, sport, talk…" (en--kclr96fm-ie-station-promo), "ESAT is the first independent Ethiopian satellite service…" and "ESAT is committed to the highest standards of broadcast journalism…" in English under Amharic stories (am--ethsat-esat-about-trailer), both in the corpus; the other languages are the same slogan’s standard wording. Only after the story, only a name of one to four capitalised words before the phrase; a story sentence that names a place or a firm and goes on otherwise stays (counter-examples in en, es, de, fr, pt).',
    examples: [
      'KCLR is your number one source for local news, sport, talk, chat, entertainment and much more for Kilkenny and Carlow.',
      'ESAT is the first independent Ethiopian satellite service tasked to produce accurate and balanced news and information.',
      'ESAT is committed to the highest standards of broadcast journalism and programming',
      'Radio Norte es tu fuente número uno de noticias locales.',
    ],
    counterExamples: [
      'Kilkenny is your number one choice for a weekend break, the tourism board said.',
      'Ireland is the first country to hold such a vote, the minister said.',
      'Madrid es tu ciudad si te gusta el fútbol, dijo el alcalde.',
      'Berlin ist Ihre Stadt, sagte der Bürgermeister den Gästen.',
      'Paris est votre ville aussi, a lancé la maire aux réfugiés.',
      'Lisboa é a sua cidade, disse o presidente da câmara.',
    ],
  },
  {
    id: 'app-promo.lex.watch-live.mul',
    category: 'app-promo',
    lang: 'mul',
    form: 'watch',
    phrases: {
      cs: ['Sledujte'], de: ['Schauen Sie', 'Sehen Sie'], en: ['Watch'], es: ['Mira', 'Ver'], fr: ['Regardez'], hr: ['Gledajte'], hu: ['Nézze'], id: ['Saksikan', 'Tonton'],
      it: ['Guarda'], pl: ['Oglądaj', 'Obejrzyj'], pt: ['Assista', 'Assista ao'], ru: ['Смотрите'], tr: ['İzleyin', 'İzle'], uk: ['Дивіться'],
    },
    maxLength: 90,
    note: 'A broadcaster’s promotion of its live or online stream, as a line of its own: "OGLĄDAJ TVN24 W INTERNECIE NA TVN24 GO >>>" on tvn24.pl (pl--tvn24-ogladaj-tvn24-go in the corpus); the verbs and the words for live or online (WATCH_MARKERS) are the standard wording in each language. A short line that ends without a sentence’s stop: a story sentence that opens with the verb ends like one (counter-examples in en, es, pl, pt, de).',
    examples: ['OGLĄDAJ TVN24 W INTERNECIE NA TVN24 GO >>>', 'Watch CNN live', 'Mira Telemundo en vivo', 'Assista ao vivo à TV Globo', 'Schauen Sie tagesschau24 im Livestream'],
    counterExamples: [
      'Watch what happens live on the bridge, the mayor warned drivers.',
      'Mira, el partido se jugó en vivo ante miles de personas.',
      'Oglądaj się za siebie, mówił ratownik w internecie.',
      'Assista, disse o juiz, ao vivo e sem cortes.',
      'Schauen Sie genau hin, sagte der Kommissar bei der Live-Schalte.',
    ],
  },
  {
    id: 'copyright-notice.lex.no-copy.mul',
    category: 'copyright-notice',
    lang: 'mul',
    form: 'prefix',
    phrases: {
      ar: ['يمنع نسخ', 'يحظر نسخ', 'يُمنع نسخ', 'لا يجوز نسخ', 'يسمح بالاقتباس مع ذكر المصدر', 'جميع الحقوق محفوظة ل'],
      az: ['Materialların istifadəsi zamanı', 'Məlumatlardan istifadə edərkən'],
      bg: ['Забранено е копирането', 'При цитиране на материали'],
      ca: ['Queda prohibida la reproducció', 'Prohibida la reproducció'],
      cs: ['Kopírování a další šíření', 'Jakékoliv užití obsahu', 'Publikování nebo šíření obsahu', 'Šíření obsahu je zakázáno'],
      da: ['Eftertryk forbudt', 'Kopiering af indhold'],
      de: ['Nachdruck verboten', 'Vervielfältigung nur mit Genehmigung', 'Jegliche Vervielfältigung', 'Dieses Werk ist lizenziert unter', 'Dieser Text ist lizenziert unter', 'Weiterverbreitung nur mit'],
      el: ['Απαγορεύεται η αναδημοσίευση', 'Απαγορεύεται η αναπαραγωγή'],
      en: [
        'No part of this article may be', 'This material may not be published', 'Unauthorized reproduction', 'Unauthorised reproduction', 'Republish this article', 'Reprints and permissions',
        'This work is licensed under', 'This article is licensed under', 'Licensed under a Creative Commons', 'Content on this site is licensed',
      ],
      es: ['Prohibida su reproducción total o parcial', 'Prohibida su reproducción', 'Queda prohibida la reproducción', 'Prohibida la reproducción total o parcial', 'Se prohíbe la reproducción', 'Está prohibida la reproducción', 'Esta obra está bajo una licencia'],
      et: ['Kopeerimine keelatud', 'Materjalide kopeerimine'],
      fa: ['کپی برداری از مطالب', 'نقل مطالب با ذکر منبع', 'هرگونه کپی برداری', 'کلیه حقوق مادی و معنوی'],
      fi: ['Kopiointi kielletty', 'Sisällön kopiointi'],
      fr: ['Reproduction interdite', 'Toute reproduction, même partielle', 'Toute reproduction ou représentation', 'Toute reproduction interdite', 'Toute reproduction totale ou partielle', 'Cette œuvre est mise à disposition', 'Reproduction et diffusion interdites'],
      he: ['אין להעתיק', 'כל הזכויות שמורות ל'],
      hr: ['Zabranjeno je preuzimanje', 'Zabranjeno preuzimanje'],
      hu: ['A cikkek másolása', 'Az oldalon megjelenő tartalmak', 'A honlapon közölt'],
      id: ['Dilarang mengambil dan/atau menayangkan ulang', 'Dilarang keras mengambil konten', 'Dilarang menyalin konten', 'Dilarang mengutip sebagian', 'Dilarang mengambil dan/atau'],
      it: ['È vietata la riproduzione', 'Vietata la riproduzione', 'Quest’opera è distribuita con Licenza', "Quest'opera è distribuita con Licenza"],
      ja: ['記事・写真・図表の無断転載を禁じます', '本サイトに掲載の記事', '掲載記事・写真の無断転載'],
      kk: ['Материалдарды пайдаланған кезде'],
      ko: ['<저작권자', '저작권자 ⓒ', '저작권자 ©', '저작권자(c)', '무단전재 및 재배포 금지'],
      lt: ['Draudžiama kopijuoti', 'Kopijuoti draudžiama'],
      lv: ['Materiālu pārpublicēšana', 'Aizliegts pārpublicēt'],
      ms: ['Dilarang menyalin atau menerbitkan semula'],
      nb: ['Ettertrykk forbudt', 'Kopiering av innhold'],
      nl: ['Niets uit deze uitgave mag', 'Niets uit deze publicatie mag'],
      pl: ['Kopiowanie i rozpowszechnianie', 'Zabrania się kopiowania', 'Kopiowanie, powielanie', 'Ten utwór jest dostępny na licencji', 'Przedruk i kopiowanie'],
      pt: ['Proibida a reprodução', 'É proibida a reprodução', 'Proibida a reprodução total ou parcial', 'Este trabalho está licenciado', 'Esta obra está licenciada'],
      ro: ['Preluarea integrală', 'Preluarea materialelor', 'Reproducerea integrală sau parțială', 'Orice preluare'],
      ru: [
        'Перепечатка материалов', 'При использовании материалов', 'Использование материалов', 'При цитировании ссылка обязательна', 'При копировании материалов', 'Полное или частичное копирование',
        'Копирование материалов сайта', 'Копирование материалов запрещено', 'Любое использование материалов', 'Это произведение доступно по лицензии',
      ],
      sk: ['Publikovanie alebo šírenie', 'Akékoľvek použitie obsahu', 'Kopírovanie a ďalšie šírenie'],
      sl: ['Prepovedano je kopiranje'],
      sr: ['Забрањено је преузимање', 'Преузимање садржаја'],
      sv: ['Eftertryck förbjudet', 'Eftertryck förbjuds'],
      sw: ['Hairuhusiwi kunakili'],
      th: ['ห้ามคัดลอก'],
      tr: ['Haber kaynak gösterilmeden', 'Bu haberin tüm yayın hakları', 'İzinsiz kullanılamaz', 'Haberin tüm hakları', 'Bu içeriğin tüm hakları', 'Kaynak gösterilmeden kullanılamaz', 'Sitemizde yayınlanan haber'],
      uk: ['Передрук матеріалів дозволено', 'Передрук матеріалів без', 'Передрук матеріалів можливий', 'Використання матеріалів сайту', 'При цитуванні матеріалів', 'При використанні матеріалів'],
      uz: ['Materiallardan foydalanilganda'],
      vi: ['Cấm sao chép dưới mọi hình thức', 'Ghi rõ nguồn khi phát hành lại'],
      zh: ['未经授权不得转载', '未經授權不得轉載', '未经本网授权', '凡本网注明', '版权声明'],
    },
    maxLength: 300,
    note: 'Anti-copying warnings and licence lines under a story: "yeniden yayımlanması … yasaktır" (abhaber.com/yasal-uyari, search: pages corpus); the Indonesian, Spanish, Portuguese and Russian forms are standard portal footers, the licence lines are Creative Commons\' own wording in each language, the Korean one the "<저작권자 ⓒ … 무단전재 및 재배포 금지>" every Korean news page ends with; the others are the standard footer wording in each language. Each phrase is long enough that a story sentence opening with its first words is not taken (counter-examples in id, es, ru, fr, uk, tr, de, ko, en).',
    examples: [
      'Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel di atas tanpa izin.',
      'Prohibida su reproducción total o parcial sin autorización.',
      'Перепечатка материалов без разрешения редакции запрещена.',
      'При цитировании ссылка обязательна.',
      'Toute reproduction, même partielle, est interdite sans autorisation.',
      '<저작권자 ⓒ 연합뉴스, 무단 전재-재배포 금지>',
      'This work is licensed under a Creative Commons Attribution 4.0 International License.',
      'Jakékoliv užití obsahu včetně převzetí, šíření či dalšího zpřístupňování článků je bez písemného souhlasu zakázáno.',
    ],
    counterExamples: [
      'Dilarang mengambil foto di area bandara, kata petugas kepada wartawan.',
      'Prohibida la entrada de camiones al centro desde el lunes, informó el ayuntamiento.',
      'Перепечатка статьи вызвала скандал в редакции, рассказал источник.',
      'Toute reproduction de ce tableau a été refusée par le musée, a dit son directeur.',
      'Передрук листа міністра спричинив скандал, повідомило видання.',
      'Haberin yayılmasının ardından bakanlık açıklama yaptı.',
      'Nachdruck verliehen hat der Minister seiner Forderung am Montag.',
      '저작권자 단체는 새 법안에 반대한다고 밝혔다.',
      'No part of the bridge was left standing after the flood, officials said.',
      'Копирование материалов уголовного дела заняло неделю, сообщил адвокат.',
    ],
  },
  {
    id: 'copyright-notice.lex.reserved.mul',
    category: 'copyright-notice',
    lang: 'mul',
    form: 'notice',
    phrases: {
      af: ['Alle regte voorbehou'], am: ['መብቱ በሕግ የተጠበቀ ነው'], ar: ['جميع الحقوق محفوظة'], az: ['Bütün hüquqlar qorunur'], bg: ['Всички права запазени'], bn: ['সর্বস্বত্ব সংরক্ষিত'],
      ca: ['Tots els drets reservats'], cs: ['Všechna práva vyhrazena', 'Přetisk zakázán'], cy: ['Cedwir pob hawl'], da: ['Alle rettigheder forbeholdes'],
      de: ['Alle Rechte vorbehalten', 'Nachdruck verboten'], el: ['Όλα τα δικαιώματα διατηρούνται', 'Αναδημοσίευση απαγορεύεται'], en: ['All rights reserved', 'Some rights reserved'],
      es: ['Todos los derechos reservados', 'Reproducción reservada'], et: ['Kõik õigused kaitstud'], eu: ['Eskubide guztiak erreserbatuta'], fa: ['کلیه حقوق محفوظ است', 'تمامی حقوق محفوظ است'],
      fi: ['Kaikki oikeudet pidätetään'], fr: ['Tous droits réservés', 'Reproduction réservée'], ga: ['Gach ceart ar cosaint'], gl: ['Todos os dereitos reservados'], gu: ['સર્વાધિકાર સુરક્ષિત'],
      he: ['כל הזכויות שמורות'], hi: ['सर्वाधिकार सुरक्षित'], hr: ['Sva prava pridržana', 'Sva prava zadržana'], hu: ['Minden jog fenntartva'], hy: ['Բոլոր իրավունքները պաշտպանված են'],
      id: ['Hak cipta dilindungi undang-undang'], is: ['Öll réttindi áskilin'], it: ['Tutti i diritti riservati', 'Riproduzione riservata'], ja: ['無断転載を禁じます', '転載禁止', '無断転載・複製を禁じます'],
      ka: ['ყველა უფლება დაცულია'], kk: ['Барлық құқықтар қорғалған'], kn: ['ಎಲ್ಲ ಹಕ್ಕುಗಳನ್ನು ಕಾಯ್ದಿರಿಸಲಾಗಿದೆ'],
      ko: ['무단 전재 및 재배포 금지', '무단전재 및 재배포 금지', '무단전재-재배포 금지', '무단 전재-재배포 금지', '무단전재 재배포 금지', '무단전재 및 재배포금지'], ky: ['Бардык укуктар корголгон'],
      lt: ['Visos teisės saugomos'], lv: ['Visas tiesības aizsargātas'], mk: ['Сите права се задржани'], ml: ['എല്ലാ അവകാശങ്ങളും നിക്ഷിപ്തം'], mn: ['Бүх эрх хуулиар хамгаалагдсан'], mr: ['सर्व हक्क राखीव'],
      ms: ['Hak cipta terpelihara'], nb: ['Alle rettigheter reservert'], nl: ['Alle rechten voorbehouden'], pa: ['ਸਾਰੇ ਹੱਕ ਰਾਖਵੇਂ ਹਨ'], pl: ['Wszelkie prawa zastrzeżone', 'Przedruk zabroniony'],
      pt: ['Todos os direitos reservados', 'Reprodução reservada'], ro: ['Toate drepturile rezervate', 'Reproducerea interzisă'], ru: ['Все права защищены', 'Перепечатка запрещена'],
      si: ['සියලුම හිමිකම් ඇවිරිණි'], sk: ['Všetky práva vyhradené'], sl: ['Vse pravice pridržane'], so: ['Dhammaan xuquuqda way xifdisan yihiin'], sq: ['Të gjitha të drejtat e rezervuara'],
      sr: ['Сва права задржана', 'Sva prava zadržana'], sv: ['Alla rättigheter förbehållna'], sw: ['Haki zote zimehifadhiwa'], ta: ['அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை'], te: ['సర్వ హక్కులు ప్రత్యేకించబడినవి'],
      th: ['สงวนลิขสิทธิ์'], tl: ['Lahat ng karapatan ay nakalaan'], tr: ['Tüm hakları saklıdır', 'Kopyalanamaz'], uk: ['Всі права захищені', 'Усі права захищені', 'Передрук заборонено'],
      ur: ['سرجمع حقوق محفوظ ہیں', 'جملہ حقوق محفوظ ہیں'], uz: ['Barcha huquqlar himoyalangan'], vi: ['Bản quyền thuộc về', 'Giữ bản quyền'], yo: ['Gbogbo ẹ̀tọ́ wà ní ìpamọ́'],
      zh: ['版权所有', '版權所有', '禁止转载', '禁止轉載', '未经授权不得转载', '未經授權不得轉載'],
    },
    maxLength: 220,
    note: 'Rights notices closing a republished story. "tüm hakları saklıdır" on abhaber.com/yasal-uyari (search: pages corpus); the others are the standard "all rights reserved" notice in each language (the Korean "<저작권자 ⓒ …, 무단 전재-재배포 금지>" in its brackets), kept with counter-examples where a story sentence opens with the same words. A notice is the phrase alone or the phrase after ©, "Copyright", "저작권자" or a year.',
    examples: [
      '© 2024 Europa Press. Todos los derechos reservados.',
      'Tüm hakları saklıdır.',
      'Copyright © 2023 Kompas.com. Hak cipta dilindungi undang-undang',
      '© Новости, 2024. Все права защищены',
      '© Agenzia Nova - Riproduzione riservata',
      '© 2021 新华网 禁止转载',
      'جميع الحقوق محفوظة',
      '版权所有',
      'ⓒ 연합뉴스 무단전재 및 재배포 금지',
      '(ⓒ 한국경제 무단전재 및 재배포 금지)',
      '© 2024 Мета. Сите права се задржани.',
    ],
    counterExamples: [
      'Todos los derechos reservados a los trabajadores se mantendrán, aseguró el sindicato.',
      'Tüm hakları saklıdır denilen eserin kopyalandığı iddia edildi, dedi avukat.',
      'Все права защищены законом, заявил министр на пресс-конференции.',
      'Riproduzione riservata ai soli soci, ha spiegato il presidente del circolo.',
      'All rights reserved for the host city were transferred to the new organiser, officials said.',
      'Сите права се задржани за граѓаните, рече министерот.',
    ],
  },
  {
    id: 'feed-debris.lex.residue.mul',
    category: 'feed-debris',
    lang: 'mul',
    form: 'line',
    phrases: {
      am: ['ምስል'], ar: ['صورة'], az: ['Şəkil'], bg: ['Снимка'], bn: ['ছবি'], ca: ['Imatge'], cs: ['Obrázek'], cy: ['Delwedd'], da: ['Billede'], de: ['Bild'], el: ['Εικόνα'],
      en: ['Image', 'Images', 'Icon', 'Photo'], es: ['Imagen'], et: ['Pilt'], eu: ['Irudia'], fa: ['تصویر'], fi: ['Kuva'], ga: ['Íomhá'], gl: ['Imaxe'], gu: ['છબી'], he: ['תמונה'], hi: ['छवि'],
      hr: ['Slika'], hu: ['Kép'], hy: ['Նկար'], id: ['Gambar'], is: ['Mynd'], it: ['Immagine'], ja: ['画像'], ka: ['სურათი'], kk: ['Сурет'], kn: ['ಚಿತ್ರ'], ko: ['이미지', '상태바'], ky: ['Сүрөт'],
      lt: ['Nuotrauka'], lv: ['Attēls'], mk: ['Слика'], ml: ['ചിത്രം'], mn: ['Зураг'], nb: ['Bilde'], nl: ['Afbeelding'], pa: ['ਤਸਵੀਰ'], pl: ['Zdjęcie'], pt: ['Imagem'], ro: ['Imagine'],
      ru: ['Фото', 'Изображение'], si: ['රූපය'], sk: ['Obrázok'], so: ['Sawir'], sq: ['Imazh'], sw: ['Picha'], ta: ['படம்'], te: ['చిత్రం'], th: ['รูปภาพ'], tl: ['Larawan'], tr: ['Resim'],
      uk: ['Зображення'], uz: ['Rasm'], vi: ['Hình ảnh'], zh: ['图片', '圖片'],
    },
    maxLength: 30,
    note: 'Image attributes and widget names left as text when a feed strips the element ("Image" on baki-xeber, "Icon" on almowaten, "images" on laltinkhabar, "Image Image" on a Blogger theme, "상태바" (status bar) on incheonin in the corpus); the word for image in each language. The block is the word alone (or twice), never a sentence.',
    examples: ['Image', 'Image Image', 'images', 'Icon', 'Afbeelding', 'Снимка', '상태바'],
    counterExamples: ['Image rights were sold to the agency for an undisclosed sum, the museum said.', 'Bild und Ton fielen während der Übertragung aus, teilte der Sender mit.', 'Kuva otettiin juuri ennen onnettomuutta, kertoi poliisi.'],
  },
  {
    id: 'feed-debris.lex.sign-off.fa',
    category: 'feed-debris',
    lang: 'fa',
    form: 'line',
    phrases: ['انتهای پیام', 'پایان پیام'],
    maxLength: 30,
    note: 'Iranian agencies (IRNA, ISNA, ILNA) end each item with "انتهای پیام" (end of message), copied as text by republishers (jamaran.news in the corpus).',
    examples: ['انتهای پیام', 'انتهای پیام/'],
    counterExamples: ['انتهای پیام رئیس جمهور به مذاکره اشاره داشت، گفت سخنگو.'],
  },
  {
    id: 'feed-debris.lex.theme-credit.mul',
    category: 'feed-debris',
    lang: 'mul',
    form: 'prefix',
    phrases: {
      ar: ['مدعوم بواسطة ووردبريس', 'يعمل بواسطة ووردبريس', 'بكل فخر مدعوم بواسطة ووردبريس', 'يتم التشغيل بواسطة Blogger'],
      bg: ['Задвижвано от WordPress', 'Предоставено от Blogger'],
      bn: ['সগর্বে WordPress দ্বারা চালিত', 'Blogger দ্বারা পরিচালিত'],
      ca: ['Funciona amb WordPress', 'Amb la tecnologia de Blogger'],
      cs: ['Hrdě poháněno WordPressem', 'Poháněno WordPressem', 'Používá technologii služby Blogger'],
      da: ['Drevet af WordPress', 'Stolt drevet af WordPress', 'Leveret af Blogger'],
      de: ['Theme von', 'Stolz präsentiert von WordPress', 'Bereitgestellt von Blogger'],
      el: ['Με τη δύναμη του WordPress', 'Λειτουργεί με WordPress', 'Από το Blogger'],
      en: [
        'Powered by WordPress', 'Theme by', 'WordPress Theme by', 'Designed by Themes', 'Proudly powered by WordPress', 'Powered by Blogger', 'Simple theme. Powered by Blogger', 'Watermark theme. Powered by Blogger',
        'Ethereal theme. Powered by Blogger', 'Travel theme. Powered by Blogger', 'Picture Window theme. Powered by Blogger', 'Awesome Inc. theme. Powered by Blogger', 'Image Hosted by ImageShack',
      ],
      es: ['Tema por', 'Funciona gracias a WordPress', 'Con la tecnología de WordPress', 'Con la tecnología de Blogger', 'Tema Sencillo. Con la tecnología de Blogger'],
      et: ['Töötab WordPressiga', 'Toetab Blogger'],
      fa: ['قدرت گرفته از وردپرس', 'با افتخار نیرو گرفته از وردپرس'],
      fi: ['Voimanlähteenä WordPress', 'Ylpeästi WordPressin voimin', 'Palvelun tarjoaa Blogger'],
      fr: ['Thème par', 'Fièrement propulsé par WordPress', 'Propulsé par WordPress', 'Fourni par Blogger', 'Thème Simple. Fourni par Blogger'],
      he: ['מופעל על ידי וורדפרס', 'מופעל על ידי Blogger'],
      hi: ['गर्व से WordPress द्वारा संचालित', 'WordPress द्वारा संचालित', 'Blogger द्वारा संचालित'],
      hr: ['Ponosno pokreće WordPress', 'Pokreće Blogger'],
      hu: ['Büszkén használja a WordPress-t', 'Üzemeltető: Blogger'],
      id: ['Tema oleh', 'Dengan bangga diberdayakan oleh WordPress', 'Diberdayakan oleh WordPress', 'Ditenagai oleh WordPress', 'Diberdayakan oleh Blogger', 'Tema Sederhana. Diberdayakan oleh Blogger', 'Tema Tanda Air. Diberdayakan oleh Blogger'],
      it: ['Creato con WordPress', 'Orgogliosamente creato con WordPress', 'Realizzato con WordPress', 'Con tecnologia di Blogger'],
      lt: ['Veikia su WordPress', 'Sukurta naudojant „Blogger“'],
      lv: ['Darbina WordPress', 'Darbina Blogger'],
      ms: ['Dikuasakan oleh WordPress', 'Dikuasakan oleh Blogger'],
      nb: ['Drevet av WordPress', 'Stolt drevet av WordPress', 'Levert av Blogger'],
      nl: ['Trots aangedreven door WordPress', 'Ondersteund door WordPress', 'Mogelijk gemaakt door WordPress', 'Mogelijk gemaakt door Blogger'],
      pl: ['Dumnie wspierane przez WordPress', 'Dumnie wspierane przez WordPressa', 'Obsługiwane przez usługę Blogger'],
      pt: ['Tema por', 'Orgulhosamente mantido com WordPress', 'Desenvolvido com WordPress', 'Tecnologia do Blogger', 'Tema Simples. Tecnologia do Blogger', 'Tema Marca d’água. Tecnologia do Blogger', "Tema Marca d'água. Tecnologia do Blogger"],
      ro: ['Propulsat de WordPress', 'Cu mândrie propulsat de WordPress', 'Un produs Blogger'],
      ru: ['Сайт работает на WordPress', 'Работает на WordPress', 'С гордостью работает на WordPress', 'Технологии Blogger'],
      sk: ['Poháňané WordPressom', 'Hrdo poháňané WordPressom', 'Používa technológiu služby Blogger'],
      sl: ['Ponosno poganja WordPress', 'Poganja Blogger'],
      sr: ['Покреће WordPress', 'Покреће Blogger'],
      sv: ['Drivs med WordPress', 'Stolt drivet av WordPress', 'Drivs av Blogger'],
      sw: ['Inaendeshwa na WordPress', 'Inaendeshwa na Blogger'],
      ta: ['Blogger ஆல் இயக்கப்படுகிறது'],
      th: ['ขับเคลื่อนโดย WordPress', 'ขับเคลื่อนโดย Blogger'],
      tl: ['Pinapagana ng WordPress', 'Pinapagana ng Blogger'],
      tr: ['WordPress ile güçlendirilmiştir', 'Gururla WordPress tarafından desteklenmektedir', 'Blogger tarafından desteklenmektedir'],
      uk: ['Сайт працює на WordPress', 'Працює на WordPress', 'Технології Blogger'],
      vi: ['Vận hành bởi WordPress', 'Tự hào được vận hành bởi WordPress', 'Được tạo bởi Blogger'],
      zh: ['自豪地采用WordPress', '自豪地采用 WordPress', '由 WordPress 强力驱动', '本站採用 WordPress 建置', '由 Blogger 提供支持', '技術提供：Blogger'],
    },
    maxLength: 120,
    note: 'Theme and platform credits that feed plugins copy into the post body: the footer strings of WordPress themes ("Proudly powered by WordPress") and of Blogger ("Powered by Blogger", "Simple theme. Powered by Blogger.") as their own translations print them in each language; an image host credit left as text ("Image Hosted by ImageShack.us" on gabrielazago.com, search: pages corpus). Every phrase names the platform or is a theme credit ("Theme by"), which no story sentence opens with (counter-examples in en, id, ru, es).',
    examples: ['Powered by WordPress | Theme by ThemeGrill', 'Theme by Colorlib', 'Diberdayakan oleh Blogger.', 'Tema Simples. Tecnologia do Blogger.', 'Fièrement propulsé par WordPress', 'Сайт работает на WordPress', '自豪地采用WordPress'],
    counterExamples: [
      'Powered by wind and sun, the island now needs no diesel at all, the operator said.',
      'Diberdayakan oleh pemerintah desa, warga membangun jembatan baru, kata kepala desa.',
      'Работает на полную мощность новый завод, сообщил губернатор.',
      'Con la tecnología de reconocimiento facial, la policía identificó al sospechoso.',
    ],
  },
  {
    id: 'feed-disclaimer.lex.direct-feed.mul',
    category: 'feed-disclaimer',
    lang: 'mul',
    form: 'prefix',
    phrases: {
      da: ['Disse pressemeddelelser kommer direkte fra'],
      de: ['Diese Meldungen stammen direkt aus', 'Diese Meldungen stammen direkt von', 'Diese Pressemitteilungen stammen direkt', 'Diese Meldung wurde automatisch'],
      en: ['These press releases come directly from', 'These releases come directly from', 'These items come directly from', 'This press release comes directly from', 'This content comes directly from', 'This release is published unedited'],
      es: ['Estos comunicados provienen directamente', 'Este contenido proviene directamente', 'Esta noticia ha sido generada automáticamente'],
      et: ['Need teated tulevad otse'],
      fi: ['Nämä tiedotteet tulevat suoraan', 'Tämä tiedote tulee suoraan', 'Tiedotteet tulevat suoraan'],
      fr: ['Ces communiqués proviennent directement', 'Ce communiqué provient directement', 'Cet article a été généré automatiquement'],
      id: ['Berita ini dihasilkan secara otomatis', 'Artikel ini dibuat secara otomatis'],
      it: ['Questi comunicati provengono direttamente', 'Questo articolo è stato generato automaticamente', 'Questo contenuto è pubblicato automaticamente'],
      nb: ['Disse pressemeldingene kommer direkte fra'],
      nl: ['Deze berichten komen rechtstreeks van', 'Dit persbericht komt rechtstreeks van'],
      pl: ['Te komunikaty pochodzą bezpośrednio', 'Ten artykuł został wygenerowany automatycznie'],
      pt: ['Estes comunicados são publicados automaticamente', 'Este conteúdo é publicado automaticamente', 'Esta notícia foi gerada automaticamente'],
      ru: ['Эта новость сгенерирована автоматически', 'Материал опубликован автоматически'],
      sv: ['Dessa pressmeddelanden kommer direkt från', 'Pressmeddelandet kommer direkt från'],
    },
    maxLength: 300,
    note: 'An aggregator’s standing note that its items come straight from another body’s feed: "Nämä tiedotteet tulevat suoraan Poliisin avoimesta järjestelmästä…" on liikennetilanne.fi (fi--liikennetilanne-aggregator-cdata in the corpus); the others are the standard wording of such notes (press releases passed on unedited, items generated automatically) in each language, no stored page found with the search tool. Each phrase says the text comes directly or automatically from elsewhere, which a story sentence opening with the same words does not go on to say (counter-examples in fi, en, de, fr, es).',
    examples: ['Nämä tiedotteet tulevat suoraan Poliisin avoimesta järjestelmästä. Jos sinulla on kysyttävää liittyen näihin tiedotteisiin, ota yhteyttä Poliisiin.', 'These press releases come directly from the police service and are not edited.', 'Diese Meldung wurde automatisch aus dem Presseportal übernommen.'],
    counterExamples: [
      'Nämä tiedotteet tulivat yllätyksenä kunnan asukkaille, kertoi pormestari.',
      'These releases come from the ministry, officials said on Monday.',
      'Diese Meldungen stammen aus dem Archiv des Senders, sagte eine Sprecherin.',
      'Ces communiqués ont été publiés avant l’audience, selon l’avocat.',
      'Estos comunicados provienen de la fiscalía, confirmó el portavoz.',
    ],
  },
  {
    id: 'interface.lex.comment-count.mul',
    category: 'interface',
    lang: 'mul',
    form: 'count',
    phrases: ['Comments', 'Komentari', 'Komentáře', 'Komentarze', 'Kommentare', 'Commentaires', 'Comentarios', 'Comentários', 'Commenti', 'Yorumlar', 'Комментарии', 'Коментари', 'Komentar', 'Reacties', 'Hozzászólások'],
    maxLength: 60,
    note: 'A comment counter with its call to comment ("Komentari (0) Dodaj komentar" on krstarica.com in the corpus); standard wordings in each language.',
    examples: ['Komentari (0) Dodaj komentar', 'Comments (12)', 'Yorumlar (3)'],
    counterExamples: ['Comments (made on Tuesday) angered the opposition, officials said.'],
  },
  {
    id: 'interface.lex.comment-form.mul',
    category: 'interface',
    lang: 'mul',
    form: 'prefix',
    phrases: [
      'Leave a Reply Your email address will not be published', 'Your email address will not be published', 'O seu endereço de e-mail não será publicado', 'O seu endereço de email não será publicado',
      'Tu dirección de correo electrónico no será publicada', 'Votre adresse e-mail ne sera pas publiée', 'Votre adresse de messagerie ne sera pas publiée', 'Ihre E-Mail-Adresse wird nicht veröffentlicht',
      'Il tuo indirizzo email non sarà pubblicato', 'Twój adres e-mail nie zostanie opublikowany', 'E-posta hesabınız yayımlanmayacak', 'E-posta adresiniz yayınlanmayacak',
      'Alamat email Anda tidak akan dipublikasikan', 'Ваш адрес email не будет опубликован', 'Je e-mailadres wordt niet gepubliceerd', 'Vaše e-mailová adresa nebude zveřejněna',
      'Seu endereço de e-mail não será publicado', 'Seu endereço de email não será publicado', 'Deine E-Mail-Adresse wird nicht veröffentlicht', "L'indirizzo email non verrà pubblicato", 'L’indirizzo email non verrà pubblicato',
      'Вашата адреса за е-пошта нема да биде објавена', 'Вашият имейл адрес няма да бъде публикуван', 'Ваша адреса е-поште неће бити објављена', 'Vaša adresa e-pošte neće biti objavljena',
      'Vaša email adresa neće biti objavljena', 'Vaš e-naslov ne bo objavljen', 'Din e-postadress kommer inte publiceras', 'Din e-postadress kommer inte att publiceras',
      'Din e-mailadresse vil ikke blive publiceret', 'Din e-postadresse vil ikke bli publisert', 'Sähköpostiosoitettasi ei julkaista', 'Vaša e-mailová adresa nebude zverejnená',
      'Az e-mail címet nem tesszük közzé', 'Adresa ta de email nu va fi publicată', 'Adresa de email nu va fi publicată', 'Η ηλ. διεύθυνση σας δεν δημοσιεύεται',
      'Η διεύθυνση email σας δεν θα δημοσιευθεί', 'لن يتم نشر عنوان بريدك الإلكتروني', 'نشانی ایمیل شما منتشر نخواهد شد', 'כתובת האימייל שלך לא תפורסם',
      'आपका ईमेल पता प्रकाशित नहीं किया जाएगा', 'Email của bạn sẽ không được hiển thị công khai', 'Địa chỉ email của bạn sẽ không được công bố', 'อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น',
      '您的电子邮箱地址不会被公开', '您的電子郵件地址並不會被公開', '您的邮箱地址不会被公开', 'メールアドレスが公開されることはありません', '이메일 주소는 공개되지 않습니다',
      'Ваша e-mail адреса не оприлюднюватиметься', 'Ваша адреса електронної пошти не буде опублікована', 'Alamat e-mel anda tidak akan disiarkan', 'Jou e-posadres sal nie gepubliseer word nie',
      'Anwani yako ya barua pepe haitachapishwa', 'La vostra adreça electrònica no es publicarà', 'Jūsų el. pašto adresas nebus skelbiamas', 'Jūsu e-pasta adrese netiks publicēta',
      'Sinu e-postiaadressi ei avaldata', 'আপনার ইমেল ঠিকানা প্রকাশ করা হবে না', 'آپ کا ای میل ایڈریس شائع نہیں کیا جائے گا', 'உங்கள் மின்னஞ்சல் முகவரி வெளியிடப்பட மாட்டாது',
      'Hindi ipa-publish ang iyong email address',
    ],
    maxLength: 300,
    note: 'The comment form of WordPress themes ("Leave a Reply Your email address will not be published." on associatedpressservice, "Вашата адреса за е-пошта нема да биде објавена." on glasotnaevropa.mk, in the corpus); the translations are WordPress\'s own strings (translate.wordpress.org), one or two per language.',
    examples: ['Leave a Reply Your email address will not be published.', 'Ihre E-Mail-Adresse wird nicht veröffentlicht.', 'Вашата адреса за е-пошта нема да биде објавена. Задолжителните полиња се означени со *', 'メールアドレスが公開されることはありません。 * が付いている欄は必須項目です'],
    counterExamples: [
      'Your email address was leaked in the breach, the company told customers.',
      'Вашата адреса е запишана во регистарот, рече службеникот.',
      'Seu endereço foi usado em golpes, alertou a polícia nesta terça-feira.',
    ],
  },
  {
    id: 'interface.lex.comment.mul',
    category: 'interface',
    lang: 'mul',
    form: 'line',
    phrases: [
      'Leave a comment', 'Leave a Reply', 'Add a comment', 'Comments', 'Deja un comentario', 'Deja tu comentario', 'Deixe um comentário', 'Deixe seu comentário',
      'Laisser un commentaire', 'Kommentar schreiben', 'Kommentieren', 'Lascia un commento', 'Dodaj komentarz', 'Yorum yap', 'Yorum Yaz', 'Yorumlar',
      'Оставить комментарий', 'Комментарии', 'Tinggalkan komentar', 'Tulis komentar', 'Plaats een reactie', 'Napište komentář', 'Napíšte komentár',
      'Szólj hozzá', 'Lasă un comentariu', 'Kommentera', 'Skriv en kommentar', 'Kirjoita kommentti', 'Σχολιάστε', 'أضف تعليقاً', 'اضف تعليق', 'ارسال نظر',
      'टिप्पणी करें', 'コメントする', '댓글 쓰기', '发表评论', 'Viết bình luận', 'Ostavite komentar', 'Коментари', 'הוסף תגובה', 'แสดงความคิดเห็น',
      'Schreibe einen Kommentar', 'Hinterlasse einen Kommentar', 'Deja una respuesta', 'Deixe uma resposta', 'Geef een reactie', 'Bir yanıt yazın', 'Добавить комментарий',
      'Залишити коментар', 'Tinggalkan Balasan', 'Lämna ett svar', 'Legg igjen en kommentar', 'Napsat komentář', 'Lasă un răspuns', 'Напишете коментар', 'Оставете коментар',
      'Оставите одговор', 'Αφήστε μια απάντηση', 'اترك تعليقاً', 'اترك رد', 'دیدگاهتان را بنویسید', 'כתיבת תגובה', 'प्रातिक्रिया दे', 'ใส่ความเห็น', '发表回复', '發佈留言',
      'コメントを残す', '댓글 남기기', 'Lewer kommentaar', 'Acha jibu', 'Deixa un comentari', 'Palikite atsakymą', 'Atbildēt', 'Lisa kommentaar', 'Pusti komentar', 'Mag-iwan ng Tugon',
      // Blogger's "No comments: Post a Comment" under a post, in its own translations.
      'No comments:', 'Post a Comment', 'Tidak ada komentar:', 'Posting Komentar', 'Nenhum comentário:', 'Postar um comentário', 'No hay comentarios:', 'Publicar un comentario', 'Aucun commentaire:',
      'Publier un commentaire', 'Keine Kommentare:', 'Kommentar veröffentlichen', 'Nessun commento:', 'Posta un commento', 'Brak komentarzy:', 'Prześlij komentarz', 'Нет комментариев:', 'Отправить комментарий',
      'Không có nhận xét nào:', 'Đăng nhận xét', 'Geen opmerkingen:', 'Een reactie posten', 'Yorum Gönder',
      // The heading a comment section leaves over where it was, and its "show comments" button; the comment tabs of Blogger themes.
      'Comentarios', 'Comentários', 'Commentaires', 'Kommentare', 'Commenti', 'Komentarze', 'Komentar', 'Reacties', 'Коментарі', 'التعليقات', 'تعليقات', '评论', '評論', 'Kommentarer',
      'Kommentit', 'Hozzászólások', 'Comentarii', 'Σχόλια', 'نظرات', 'टिप्पणियाँ', 'Maoni', 'Ver comentarios', 'Ir a los comentarios', 'Ver comentários', 'Voir les commentaires', 'Kommentare anzeigen',
      'Mostra commenti', 'Pokaż komentarze', 'Yorumları gör', 'Показать комментарии', 'Lihat komentar', 'Bekijk reacties', 'عرض التعليقات', '查看评论', 'Blogger Comment', 'Facebook Comment', 'Disqus Comment',
    ],
    maxLength: 40,
    note: 'Comment invitations left in the body by themes ("Leave a Reply" in WordPress, "Deixe um comentário", "Yorum yap", Blogger\'s "No comments: Post a Comment"); standard wordings, one or two per language. The heading of a comment section alone ("Comentarios") and its show-comments button, and the comment tabs of Blogger themes ("Blogger Comment Facebook Comment" under a post on maldormido.blogspot.com, search: pages corpus).',
    examples: ['Leave a comment', 'Deixe um comentário', 'Yorum yap', 'Оставить комментарий', 'Tinggalkan komentar', 'Schreibe einen Kommentar', 'Напишете коментар', 'コメントを残す', 'Comentarios', 'Ver comentarios', 'Blogger Comment Facebook Comment'],
    counterExamples: [
      'Comments from the minister drew criticism from the opposition on Monday.',
      'Yorumlar sosyal medyada hızla yayıldı, dedi uzman.',
      'Комментарии экспертов разошлись, сообщает издание.',
      'Comentarios racistas llevaron a la suspensión del partido, informó la liga.',
      'Ver comentarios tan duros en redes le afectó, reconoció la cantante.',
      'Kommentare in sozialen Netzwerken lösten die Ermittlungen aus, sagte die Polizei.',
      'Blogger comments on the case were cited by the judge on Monday.',
    ],
  },
  {
    id: 'interface.lex.comments-closed.mul',
    category: 'interface',
    lang: 'mul',
    form: 'line',
    phrases: [
      'Comments are closed', 'Comments are closed.', 'Comments closed', 'ただいまコメントを受けつけておりません', 'コメントは受け付けていません', 'Kommentare sind geschlossen', 'Die Kommentarfunktion ist geschlossen',
      'Les commentaires sont fermés', 'Los comentarios están cerrados', 'Comentarios cerrados', 'I commenti sono chiusi', 'Commenti chiusi', 'Os comentários estão fechados', 'Comentários encerrados',
      'Reacties zijn gesloten', 'Komentarze są wyłączone', 'Komentarze zostały wyłączone', 'Комментарии закрыты', 'Коментарі закриті', 'Yorumlar kapatılmıştır', 'Yorumlar kapalı', 'Komentar ditutup',
      'Kommentarer är stängda', 'Kommentarer er lukket', 'Kommentit on suljettu', 'Komentáře jsou uzavřeny', 'Komentáre sú uzavreté', 'A hozzászólások le vannak zárva', 'Comentariile sunt închise',
      'Τα σχόλια είναι κλειστά', 'التعليقات مغلقة', 'نظرات بسته شده است', 'टिप्पणियाँ बंद हैं', 'Bình luận đã đóng', 'ปิดการแสดงความคิดเห็น', 'Maoni yamefungwa', '评论已关闭', '評論已關閉',
      '댓글이 닫혔습니다', 'התגובות סגורות', 'Komentari su zatvoreni', 'Коментарите са затворени', 'Komentarji so zaprti', 'Komentarai uždaryti',
    ],
    maxLength: 60,
    note: 'The line a blog theme prints where its comment form was ("ただいまコメントを受けつけておりません。" on a Japanese blog in the corpus, ja--shinobi-blog-jiji-pr); the others are the same WordPress / blog-platform string in each language.',
    examples: ['ただいまコメントを受けつけておりません。', 'Comments are closed.', 'Kommentare sind geschlossen.', 'Yorumlar kapalı', 'Комментарии закрыты'],
    counterExamples: [
      'Comments are closed to the public until the inquiry ends, the council said.',
      'Kommentare sind geschlossen worden, nachdem Drohungen eingingen, sagte die Redaktion.',
      'Комментарии закрыты для всех, кроме подписчиков, сообщила редакция сайта.',
    ],
  },
  {
    id: 'interface.lex.comments-disclaimer.mul',
    category: 'interface',
    lang: 'mul',
    form: 'prefix',
    phrases: [
      'Disclaimer: The comments uploaded on this site', 'Disclaimer: The comments posted', 'Disclaimer: Comments', 'The comments posted here are', 'Los comentarios publicados son responsabilidad',
      'Los comentarios son responsabilidad exclusiva', 'Os comentários são de responsabilidade', 'Os comentários não representam a opinião', 'I commenti sono di responsabilità',
      'Komentar sepenuhnya menjadi tanggung jawab', 'Yorumlar kullanıcıların kendi', 'Комментарии отражают мнение', 'Die Kommentare geben nicht die Meinung',
    ],
    maxLength: 400,
    note: 'The disclaimer a comment section prints over itself, left in the article text ("Disclaimer: The comments uploaded on this site do not necessarily represent…" on radyo.inquirer.net in the corpus, tl--radyo-inquirer-tags-disclaimer); the others are the standard notices of portals\' comment sections in each language.',
    examples: [
      'Disclaimer: The comments uploaded on this site do not necessarily represent or reflect the views of management and owner of this site.',
      'Os comentários são de responsabilidade exclusiva de seus autores.',
      'Komentar sepenuhnya menjadi tanggung jawab pengirim.',
    ],
    counterExamples: [
      'Disclaimers on the packaging were found to be misleading, the regulator said.',
      'Os comentários do ministro provocaram reação da oposição nesta terça-feira.',
      'Komentar presiden itu memicu perdebatan di parlemen, kata pengamat.',
    ],
  },
  {
    id: 'interface.lex.continue.mul',
    category: 'interface',
    lang: 'mul',
    form: 'line',
    phrases: {
      ar: ['تابع القراءة', 'أكمل القراءة', 'تابع القراءة أدناه', 'عرض المزيد', 'الخبر التالي', 'الخبر السابق', 'يتبع'],
      bg: ['Прочетете още', 'Статията продължава след рекламата', 'Продължава след рекламата', 'Следваща новина'],
      bn: ['বিস্তারিত', 'বিস্তারিত পড়ুন', 'আরও পড়ুন', 'পরবর্তী খবর'],
      ca: ['Continua llegint', 'Continua llegint a sota', 'Llegeix més', 'Següent article'],
      cs: ['Pokračovat ve čtení', 'Článek pokračuje pod reklamou', 'Pokračování článku pod reklamou', 'Další článek', 'Zobrazit více'],
      da: ['Læs videre', 'Artiklen fortsætter under annoncen', 'Artiklen fortsætter efter annoncen', 'Vis mere'],
      de: ['Neuerer Post Älterer Post Startseite', 'Nächster Artikel', 'Weiterlesen nach der Anzeige', 'Artikel weiterlesen', 'Artikel geht nach der Anzeige weiter', 'Weiter nach der Anzeige', 'Mehr anzeigen', 'Vorheriger Artikel'],
      el: ['Συνέχεια ανάγνωσης', 'Το άρθρο συνεχίζεται μετά τη διαφήμιση', 'Συνέχεια'],
      en: ['Newer Post Older Post Home', 'Subscribe to: Post Comments (Atom)', 
        'Continue reading below', 'Scroll to continue with content', 'Next Story', 'Next article', 'Previous article', 'Scroll down to continue', 'Scroll to continue reading', 'Scroll down to continue reading', 'Article continues below', 'SCROLL TO CONTINUE WITH CONTENT',
        'Story continues below advertisement', 'Article continues after advertisement', 'Continue reading the main story', 'Advertisement - Continue Reading Below', 'Show more',
        'Load more', 'Click to expand', 'Show full article', 'ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT', 'ADVERTISEMENT SCROLL TO RESUME CONTENT', 'SCROLL TO RESUME CONTENT',
      ],
      es: ['Entrada más reciente Entrada antigua Página Principal', 'Suscribirse a: Enviar comentarios (Atom)', 'Siguiente noticia', 'Seguir leyendo', 'Continúa leyendo', 'Sigue leyendo', 'Continúa leyendo abajo', 'La noticia continúa abajo', 'Cargar más', 'Mostrar más', 'Publicidad - Sigue leyendo debajo', 'Noticia anterior'],
      et: ['Loe edasi', 'Artikkel jätkub pärast reklaami', 'Järgmine artikkel'],
      fa: ['ادامه مطلب', 'ادامه خبر', 'خبر بعدی', 'خبر قبلی', 'نمایش بیشتر'],
      fi: ['Jatka lukemista', 'Artikkeli jatkuu mainoksen jälkeen', 'Juttu jatkuu mainoksen jälkeen', 'Näytä lisää'],
      fr: ['Article plus récent Article plus ancien Accueil', 'Article suivant', 'La suite après la publicité', 'Suite de l’article', "Suite de l'article", 'L’article continue ci-dessous', "L'article continue ci-dessous", 'Afficher plus', 'Article précédent'],
      he: ['המשך קריאה', 'הכתבה נמשכת אחרי הפרסומת', 'לכתבה הבאה', 'הצג עוד'],
      hi: ['आगे पढ़ें', 'विस्तार से पढ़ें', 'नीचे पढ़ें', 'खबर जारी है', 'विज्ञापन के बाद खबर जारी', 'अगली खबर'],
      hr: ['Nastavak čitanja', 'Članak se nastavlja ispod oglasa', 'Nastavak teksta ispod oglasa', 'Nastavak ispod oglasa', 'Sljedeći članak'],
      hu: ['Tovább olvasom', 'A cikk a hirdetés után folytatódik', 'Tovább olvasom a cikket', 'Hirdetés után folytatjuk'],
      id: ['Posting Lebih Baru Posting Lama Beranda', 'Langganan: Posting Komentar (Atom)', 'Lanjut baca', 'Scroll untuk melanjutkan', 'Scroll ke bawah untuk melanjutkan', 'Gulir untuk melanjutkan', 'Artikel selanjutnya', 'Berita selanjutnya', 'Lanjutkan baca'],
      it: ['Post più recente Post più vecchio Home page', 'Articolo successivo', 'Continua a leggere', 'Continua dopo la pubblicità', 'Continua a leggere dopo la pubblicità', 'Mostra di più', 'Articolo precedente', 'L’articolo prosegue sotto la pubblicità', "L'articolo prosegue sotto la pubblicità"],
      ja: ['続きを読む', '記事の続きを読む', '続きはこちら', '次の記事', '前の記事', 'さらに表示'],
      ka: ['სრულად წაკითხვა'],
      kk: ['Әрі қарай оқу'],
      ko: ['계속 읽기', '기사 계속 읽기', '다음 기사', '이전 기사'],
      lt: ['Skaityti toliau', 'Straipsnis tęsiamas po reklama', 'Kitas straipsnis'],
      lv: ['Lasīt tālāk', 'Raksts turpinās pēc reklāmas', 'Nākamais raksts'],
      mk: ['Продолжува по рекламата', 'Следна вест'],
      ml: ['തുടർന്ന് വായിക്കുക'],
      mr: ['पुढे वाचा'],
      ms: ['Teruskan membaca', 'Teruskan bacaan', 'Artikel seterusnya'],
      nb: ['Les videre', 'Saken fortsetter under annonsen', 'Artikkelen fortsetter under annonsen', 'Vis mer'],
      nl: ['Lees verder', 'Lees verder na de advertentie', 'Artikel gaat verder onder de advertentie', 'Lees verder onder de advertentie', 'Toon meer', 'Volgend artikel', 'Vorig artikel'],
      pl: ['Nowszy post Starszy post Strona główna', 'Czytaj dalej', 'Dalsza część artykułu pod materiałem wideo', 'Dalsza część artykułu poniżej', 'Dalszy ciąg materiału pod wideo', 'Pokaż więcej', 'Następny artykuł', 'Poprzedni artykuł'],
      pt: ['Postagem mais recente Postagem mais antiga Página inicial', 'Assinar: Postar comentários (Atom)', 'Próxima notícia', 'Continuar lendo', 'Continue lendo', 'Continua após a publicidade', 'Continua depois da publicidade', 'Continua após o anúncio', 'Carregar mais', 'Publicidade - Continue lendo abaixo', 'Notícia anterior'],
      ro: ['Citește mai departe', 'Continuă să citești', 'Articolul continuă după reclamă', 'Continuarea după reclamă', 'Articolul următor'],
      ru: ['Новые сообщения Предыдущие сообщения Главная страница', 'Следующая новость', 'Читать далее', 'Продолжение ниже', 'Подробнее', 'Продолжение статьи ниже', 'Статья продолжится после рекламы', 'Показать полностью', 'Показать ещё', 'Предыдущая новость'],
      sk: ['Čítajte ďalej', 'Pokračovanie článku pod reklamou', 'Článok pokračuje pod reklamou', 'Zobraziť viac'],
      sl: ['Nadaljujte z branjem', 'Članek se nadaljuje pod oglasom'],
      sq: ['Vazhdo leximin', 'Artikulli vazhdon pas reklamës'],
      sr: ['Nastavak teksta ispod reklame', 'Наставак текста испод огласа'],
      sv: ['Läs vidare', 'Fortsätt läsa', 'Artikeln fortsätter under annonsen', 'Visa mer', 'Annons - Artikeln fortsätter nedan'],
      sw: ['Endelea kusoma', 'Habari inayofuata'],
      ta: ['தொடர்ந்து படிக்க'],
      th: ['อ่านต่อ', 'ข่าวถัดไป', 'เลื่อนลงเพื่ออ่านต่อ'],
      tl: ['Ipagpatuloy ang pagbasa', 'Susunod na artikulo'],
      tr: ['Sonraki Kayıt Önceki Kayıt Ana Sayfa', 'Sonraki haber', 'Devamını oku', 'Haberin devamı', 'Haberin Devamı', 'Devamı için kaydırın', 'Devamını okumak için tıklayın', 'Daha fazla göster', 'Önceki haber'],
      uk: ['Читати далі', 'Детальніше', 'Продовження статті нижче', 'Показати більше', 'Наступна новина', 'Попередня новина'],
      ur: ['آگے پڑھیں', 'اگلی خبر'],
      vi: ['Bài đăng Mới hơn Bài đăng Cũ hơn Trang chủ', 'Đọc tiếp', 'Xem chi tiết', 'Bài tiếp theo', 'Tin tiếp theo', 'Cuộn xuống để tiếp tục'],
      zh: ['继续阅读', '阅读全文', '繼續閱讀', '閱讀全文', '查看全文', '展开全文', '下一篇', '上一篇', '點擊閱讀全文'],
    },
    maxLength: 60,
    note: '"Continue reading", "the article continues after the advert" and next/previous-article prompts from paginated or ad-broken article bodies (with Blogger\'s "Newer Post Older Post Home" and "Subscribe to: Post Comments (Atom)" in its own translations): "Continuar lendo" on blogdomachado.com.br (search: pages corpus), "Читать далее..." on echomsk.spb.ru (search: pages corpus), "Scroll to continue with content" on big-outlet templates, "SCROLL TO CONTINUE READING" under an ad slot on Zee News AMP pages (gu--zeenews-amp-commercial-break-scroll in the corpus); the others are the standard prompt in each language. The block must be the prompt alone (a line), so story sentences that start with the words stay (counter-examples in pt, pl, id, de, fr, tr, ru, es).',
    examples: ['Newer Post Older Post Home', 'Posting Lebih Baru Posting Lama Beranda', 'Continuar lendo', 'Scroll to continue with content', 'Devamını oku', 'Czytaj dalej', 'Читать далее »', 'Lanjut baca', '继续阅读', 'Artikel geht nach der Anzeige weiter', 'La suite après la publicité', 'ADVERTISEMENT SCROLL TO RESUME CONTENT'],
    counterExamples: [
      'Continuar lendo o relatório levou horas, disse o deputado.',
      'Czytaj dalej uważnie, poradził uczniom nauczyciel.',
      'Lanjut baca dokumen itu, hakim meminta jaksa membacakan dakwaan.',
      'Weiterlesen konnte der Zeuge nicht, weil ihm die Stimme versagte.',
      'Lire la suite du rapport a pris trois jours aux enquêteurs.',
      'Devamını okumak istemediğini söyleyen hakim duruşmayı erteledi.',
      'Продолжение статьи ниже обещали в следующем номере, сказал редактор.',
      'Sigue leyendo el informe el juez, que debe decidir el lunes.',
    ],
  },
  {
    id: 'interface.lex.counter.mul',
    category: 'interface',
    lang: 'mul',
    form: 'counter',
    phrases: {
      ar: ['تعليقات', 'تعليق', 'مشاهدات', 'مشاهدة'],
      de: ['Kommentare', 'Aufrufe'],
      en: ['Comments', 'Comment', 'Views', 'Hits', 'Reads'],
      es: ['Comentarios', 'Visitas', 'Vistas', 'Lecturas'],
      fr: ['Commentaires', 'Vues', 'Lectures'],
      id: ['Komentar', 'Dilihat', 'Dibaca'],
      it: ['Commenti', 'Visualizzazioni', 'Letture'],
      ja: ['コメント', '閲覧数'],
      ko: ['댓글', '조회', '조회수'],
      pl: ['Komentarze', 'Komentarzy', 'Wyświetlenia', 'Odsłony'],
      pt: ['Comentários', 'Visualizações', 'Leituras'],
      ru: ['Комментарии', 'Комментариев', 'Просмотры', 'Просмотров'],
      tr: ['Yorum', 'Yorumlar', 'Görüntülenme', 'Okunma'],
      uk: ['Коментарі', 'Коментарів', 'Переглядів', 'Перегляди'],
      vi: ['Bình luận', 'Lượt xem'],
      zh: ['评论', '評論', '阅读', '閱讀', '浏览', '瀏覽'],
    },
    maxLength: 30,
    note: 'A comment or view counter left as text without its icon ("댓글 0" beside "이 기사를 공유합니다" on incheonin.com in the corpus); the counter captions of news templates in each language, with a number and nothing else, so a sentence that starts with the word stays.',
    examples: ['댓글 0', 'Comments 12', 'Aufrufe: 1.520', 'Просмотров: 6319', '阅读 1520', 'Yorum 12'],
    counterExamples: ['Comments 12 and 14 of the report were deleted, officials said.', 'Комментарии 12 экспертов опубликованы на сайте.', '12 yorum yapıldı, dedi yetkili.', 'Visitas 3 veces al año el museo, dijo.'],
  },
  {
    id: 'interface.lex.email-webview.mul',
    category: 'interface',
    lang: 'mul',
    form: 'prefix',
    phrases: [
      '★ 無法正常瀏覽', '無法正常瀏覽', '无法正常浏览', '無法正常顯示', '无法正常显示', 'Having trouble viewing this email', 'View this email in your browser', "Can't see this email", 'Can’t see this email',
      'Is this email not displaying correctly', 'Wird diese E-Mail nicht korrekt angezeigt', 'Wird diese E-Mail nicht richtig angezeigt', 'Si vous ne visualisez pas correctement',
      'Si no puedes ver este correo', 'Si no ves correctamente este', 'Caso não esteja visualizando', 'Se non visualizzi correttamente', 'Jeśli nie widzisz poprawnie', 'Jika email ini tidak tampil',
      'メールが正しく表示されない場合', '이메일이 보이지 않으면',
    ],
    maxLength: 160,
    note: 'The web-view prompt of an e-mail newsletter, kept when a blog posts the newsletter as an article ("無法正常瀏覽內容,請按這裡線上閱讀" on Blogger copies of udn\'s newsletter in the corpus, zh--blogspot-*-udn-newsletter-hant); the others are the standard prompts of mailing tools in each language.',
    examples: ['★ 無法正常瀏覽內容,請按這裡線上閱讀', '無法正常瀏覽圖片,請按這裡看說明 無法正常瀏覽內容,請按這裡線上閱讀', 'View this email in your browser', 'Wird diese E-Mail nicht korrekt angezeigt? Im Browser ansehen'],
    counterExamples: ['View this email as evidence, the lawyer told the jury on Monday.', '无法正常生活的居民向政府求助，当地媒体报道。'],
  },
  {
    id: 'interface.lex.helpful.mul',
    category: 'interface',
    lang: 'mul',
    form: 'prefix',
    phrases: [
      'Help us improve', 'Was this article helpful', 'Did you find this article helpful', 'این مطلب برایم مفید است', 'Ayúdanos a mejorar', '¿Te ha resultado útil',
      'Ajude-nos a melhorar', 'Aidez-nous à nous améliorer', 'Helfen Sie uns, besser zu werden', 'War dieser Artikel hilfreich', 'Bu haber işinize yaradı mı',
      'Apakah artikel ini bermanfaat', 'Czy ten artykuł był pomocny', 'Был ли этот материал полезен', 'هل كان هذا المقال مفيداً',
    ],
    maxLength: 160,
    note: 'Feedback widgets left as text: "این مطلب برایم مفید است" (jamaran.news, corpus fa--jamaran-entehaye-payam), "Help us improve" survey boxes on big-outlet templates; the others are standard widget wordings.',
    examples: ['Help us improve our content', 'این مطلب برایم مفید است 2 نفر این پست را پسندیده اند', 'War dieser Artikel hilfreich?'],
    counterExamples: [
      'Help us, the villagers shouted as the water rose, witnesses said.',
      'War dieser Schritt nötig, fragte die Opposition im Landtag.',
    ],
  },
  {
    id: 'interface.lex.listen.mul',
    category: 'interface',
    lang: 'mul',
    form: 'prefix',
    phrases: [
      'Hiện tại bài viết chưa được cập nhật nội dung Âm thanh', 'Nghe bài viết', 'Listen to this article', 'Listen to this story', 'Audio is not available for this article', 'Escuchar artículo', 'Escucha este artículo',
      'Ouvir notícia', 'Ouça esta notícia', 'Écouter cet article', 'Écouter l’article', "Écouter l'article", 'Artikel anhören', 'Diesen Artikel anhören', "Ascolta l'articolo", 'Ascolta l’articolo',
      'Posłuchaj artykułu', 'Haberi dinle', 'Слушать статью', 'Прослушать статью', 'Слухати статтю', 'Dengarkan artikel', 'Dengarkan berita', 'Luister naar dit artikel', 'Poslechněte si článek',
      'Vypočujte si článok', 'Hallgasd meg a cikket', 'Ascultă articolul', 'Lyssna på artikeln', 'Kuuntele artikkeli', 'Lyt til artiklen', 'Hør artikkelen', 'Ακούστε το άρθρο', 'استمع إلى المقال',
      'استمع للمقال', 'این خبر را بشنوید', 'लेख सुनें', 'खबर सुनें', '記事を聞く', '기사 듣기', '收听文章', '收聽文章', 'Poslušaj članek', 'Poslušajte članak', 'Послушайте статията', 'האזינו לכתבה',
      'ฟังบทความ', 'Sikiliza makala', 'Escucha la noticia', 'Escuchar la noticia', 'Ouça a notícia', 'Écouter la version audio', 'Ascolta la notizia', 'Posłuchaj tego artykułu', 'Bu haberi dinle',
    ],
    maxLength: 120,
    note: 'Text-to-speech players left as text: "Hiện tại bài viết chưa được cập nhật nội dung Âm thanh." (no audio yet) on baohiemxahoi.gov.vn in the corpus (vi--baohiemxahoi-theo-vgp-audio); "Listen to this article" and its translations are the standard captions of article audio players.',
    examples: ['Hiện tại bài viết chưa được cập nhật nội dung Âm thanh. Xin cảm ơn.', 'Listen to this article', 'Artikel anhören 3 Min.', '記事を聞く'],
    counterExamples: ['Listen to this, the minister told parliament, before reading the letter aloud.', 'Nghe tin dữ, gia đình nạn nhân đã đến ngay hiện trường, công an cho biết.'],
  },
  {
    id: 'interface.lex.locked.mul',
    category: 'interface',
    lang: 'mul',
    form: 'prefix',
    phrases: [
      'Tento článek je uzamčen', 'Tento článok je uzamknutý', 'Článek mohou odemknout', 'To unlock this article', 'Um diesen Artikel freizuschalten', 'Pour débloquer cet article', 'Para desbloquear este artículo', '会員限定記事', '有料会員限定', 'この記事は有料会員', 'This article is for subscribers only', 'This content is for subscribers only',
      'This article is exclusive to subscribers', 'Subscribe to continue reading', 'Dieser Artikel ist nur für Abonnenten', 'Dieser Inhalt ist exklusiv für Abonnenten', 'Cet article est réservé aux abonnés',
      'Este artículo es exclusivo para suscriptores', 'Este contenido es exclusivo para suscriptores', 'Este conteúdo é exclusivo para assinantes', 'Conteúdo exclusivo para assinantes',
      'Questo articolo è riservato agli abbonati', 'Contenuto riservato agli abbonati', 'Artykuł dostępny tylko dla', 'Treść dostępna tylko dla', 'Эта статья доступна только', 'Материал доступен только',
      'Bu içerik sadece abonelere', 'Bu içerik yalnızca abonelere', 'Artikel ini khusus untuk pelanggan', 'Konten ini khusus untuk pelanggan', 'Dit artikel is alleen voor abonnees', 'Dit is een premium artikel',
      'Tämä artikkeli on vain tilaajille', 'Denne artikel er kun for abonnenter', 'Denne artikkelen er for abonnenter', 'Den här artikeln är endast för prenumeranter', 'Ez a cikk csak előfizetőknek',
      'Acest articol este disponibil doar', '本文为付费内容', '本文為付費內容', '유료 회원 전용', 'यह लेख केवल सब्सक्राइबर', 'Bài viết dành cho thành viên',
      'Regístrate gratis para seguir leyendo', 'Suscríbete para seguir leyendo', 'Inicia sesión para seguir leyendo', 'Assine para continuar lendo', 'Abonnez-vous pour lire la suite', 'Jetzt weiterlesen mit',
      'Abbonati per continuare a leggere', 'Zaloguj się, aby czytać dalej', 'Okumaya devam etmek için abone olun', 'Подпишитесь, чтобы читать дальше', 'Word abonnee om verder te lezen',
      'Log in to continue reading', 'Sign in to continue reading', 'Create a free account to continue reading', 'Subscribe to read the full article',
    ],
    maxLength: 300,
    note: 'A paywall\'s notice left in the text where the rest of the article was ("Tento článek je uzamčen …" on parlamentnilisty.cz, "会員限定記事" on sankei.com in the corpus); the others are the standard paywall notices in each language.',
    examples: ['Článek mohou odemknout uživatelé s odpovídajícím placeným předplatným.', 'Tento článek je uzamčen Článek mohou odemknout uživatelé s odpovídajícím placeným předplatným.', '会員限定記事会員サービス詳細', 'This article is for subscribers only.', 'Cet article est réservé aux abonnés.'],
    counterExamples: [
      'Tento článek byl poprvé zveřejněn v pondělí, uvedla redakce.',
      'This article is based on interviews with twelve former officials.',
      'Il vous reste trois jours pour déposer votre dossier, a rappelé la préfecture.',
    ],
  },
  {
    id: 'interface.lex.media-prompt.mul',
    category: 'interface',
    lang: 'mul',
    form: 'line',
    phrases: {
      ar: ['معرض الصور', 'شاهد الفيديو', 'شاهد الصور', 'جار التحميل', 'اضغط لتكبير الصورة'],
      az: ['Foto qalereya', 'Videoya baxın'],
      bg: ['Фотогалерия', 'Вижте видеото', 'Всички снимки', 'Зареждане'],
      bn: ['ফটো গ্যালারি', 'ভিডিও দেখুন', 'লোড হচ্ছে'],
      ca: ['Galeria de fotos', 'Mira el vídeo', 'Carregant'],
      cs: ['Fotogalerie', 'Zobrazit galerii', 'Zobrazit fotogalerii', 'Přehrát video', 'Načítání', 'Zvětšit obrázek'],
      da: ['Billedgalleri', 'Se billederne', 'Afspil video', 'Indlæser', 'Se videoen'],
      de: ['Zur Bildergalerie', 'Bildergalerie', 'Zur Galerie', 'Fotostrecke', 'Alle Bilder anzeigen', 'Video ansehen', 'Video abspielen', 'Bild vergrößern', 'Wird geladen', 'Lädt'],
      el: ['Συλλογή φωτογραφιών', 'Δείτε το βίντεο', 'Δείτε τις φωτογραφίες', 'Φόρτωση'],
      en: ['View gallery', 'View photo gallery', 'Open gallery', 'See all photos', 'View all photos', 'Photo gallery', 'Watch video', 'Watch the video', 'Play video', 'Click to enlarge', 'Tap to enlarge', 'Enlarge image', 'Expand image', 'Loading', 'Loading video'],
      es: ['Ver galería', 'Ver fotos', 'Galería de fotos', 'Ver todas las fotos', 'Ver vídeo', 'Ver video', 'Reproducir vídeo', 'Ampliar imagen', 'Cargando', 'Haz clic para ampliar'],
      et: ['Fotogalerii', 'Vaata videot', 'Laadimine'],
      fa: ['گالری تصاویر', 'گالری عکس', 'تماشای ویدیو', 'در حال بارگذاری'],
      fi: ['Kuvagalleria', 'Katso kuvat', 'Toista video', 'Katso video', 'Ladataan'],
      fr: ['Voir la galerie', 'Galerie photos', 'Voir les photos', 'Regarder la vidéo', 'Voir la vidéo', 'Agrandir l’image', "Agrandir l'image", 'Chargement', 'Cliquez pour agrandir'],
      he: ['גלריית תמונות', 'לצפייה בסרטון', 'צפו בסרטון', 'טוען'],
      hi: ['फोटो गैलरी', 'वीडियो देखें', 'सभी तस्वीरें देखें', 'लोड हो रहा है'],
      hr: ['Fotogalerija', 'Pogledajte video', 'Pogledajte galeriju', 'Učitavanje'],
      hu: ['Képgaléria', 'Videó lejátszása', 'Betöltés', 'Nagyításhoz kattintson'],
      id: ['Galeri foto', 'Lihat galeri', 'Lihat foto', 'Tonton video', 'Lihat video', 'Klik untuk memperbesar', 'Memuat', 'Lihat semua foto'],
      it: ['Galleria fotografica', 'Fotogallery', 'Guarda la gallery', 'Vai alla gallery', 'Guarda il video', 'Ingrandisci immagine', 'Caricamento'],
      ja: ['フォトギャラリー', '写真を見る', '動画を見る', '読み込み中', '画像を拡大'],
      kk: ['Бейнені көру'],
      ko: ['사진 갤러리', '포토 갤러리', '영상 보기', '동영상 보기', '로딩 중', '사진 크게 보기'],
      lt: ['Nuotraukų galerija', 'Žiūrėti vaizdo įrašą', 'Kraunama'],
      lv: ['Foto galerija', 'Skatīt video', 'Ielādē'],
      mk: ['Фото галерија', 'Погледнете го видеото'],
      ms: ['Galeri gambar', 'Lihat gambar', 'Sedang memuatkan'],
      nb: ['Bildegalleri', 'Se bildene', 'Spill av video', 'Laster'],
      nl: ['Fotogalerij', 'Bekijk de fotoserie', 'Bekijk de video', 'Bekijk video', 'Afbeelding vergroten', 'Laden'],
      pl: ['Zobacz galerię', 'Galeria zdjęć', 'Zobacz zdjęcia', 'Zobacz wideo', 'Odtwórz wideo', 'Powiększ zdjęcie', 'Ładowanie', 'Kliknij, aby powiększyć'],
      pt: ['Ver galeria', 'Veja a galeria', 'Galeria de fotos', 'Assista ao vídeo', 'Assistir vídeo', 'Ampliar imagem', 'Carregando', 'Clique para ampliar'],
      ro: ['Galerie foto', 'Vezi galeria', 'Vezi galeria foto', 'Vezi video', 'Se încarcă'],
      ru: ['Фотогалерея', 'Смотреть фотогалерею', 'Все фото', 'Смотреть видео', 'Смотрите видео', 'Увеличить фото', 'Загрузка', 'Нажмите, чтобы увеличить'],
      sk: ['Fotogaléria', 'Zobraziť galériu', 'Prehrať video', 'Načítava sa'],
      sl: ['Oglejte si video', 'Nalaganje'],
      sq: ['Galeria e fotove', 'Shiko videon'],
      sr: ['Фото галерија', 'Погледајте видео'],
      sv: ['Bildgalleri', 'Se bilderna', 'Spela video', 'Laddar', 'Se videon'],
      sw: ['Tazama video', 'Inapakia'],
      th: ['แกลเลอรี่ภาพ', 'ดูวิดีโอ', 'ดูภาพทั้งหมด', 'กำลังโหลด'],
      tl: ['Tingnan ang video', 'Naglo-load'],
      tr: ['Foto galeri', 'Galeriyi görüntüle', 'Fotoğraf galerisi', 'Videoyu izle', 'Video izle', 'Büyütmek için tıklayın', 'Yükleniyor', 'Tüm fotoğraflar'],
      uk: ['Дивитися відео', 'Усі фото', 'Збільшити фото', 'Завантаження'],
      ur: ['فوٹو گیلری', 'ویڈیو دیکھیں'],
      vi: ['Thư viện ảnh', 'Xem ảnh', 'Xem video', 'Đang tải', 'Bấm để phóng to', 'Xem thêm ảnh'],
      zh: ['图集', '相册', '查看图集', '观看视频', '點擊觀看影片', '加载中', '載入中', '点击查看大图', '點擊看大圖'],
    },
    maxLength: 40,
    note: 'Photo-gallery, video and image-zoom prompts and loading placeholders whose widget did not come with the text ("Podívejte se na záběry …: Fotogalerie" on blesk.cz in the corpus; "Compartilhar matéria" / video boxes on dmarilia.com.br, search: pages corpus); the others are the standard captions of gallery and player widgets in each language. The block must be the caption alone, so a story sentence starting with the words stays (counter-examples in en, es, de, ru, tr, id, pl).',
    examples: ['Fotogalerie', 'View gallery', 'Ver galería', 'Zur Bildergalerie', 'Фотогалерея', 'Foto galeri', 'Tonton video', 'Loading...', 'Загрузка...', '图集'],
    counterExamples: [
      'Watch video of the crash spread quickly online, police said.',
      'Ver fotos del accidente fue muy duro para las familias, dijo el alcalde.',
      'Bildergalerie und Museum bleiben wegen Bauarbeiten bis März geschlossen.',
      'Смотреть видео с места событий было тяжело, признался свидетель.',
      'Foto galeri açılışına bakan da katıldı.',
      'Tonton video itu, kata polisi, lalu laporkan jika mengenali pelaku.',
      'Zobacz zdjęcia z akcji ratunkowej opublikowała straż pożarna.',
    ],
  },
  {
    id: 'interface.lex.print-close.mul',
    category: 'interface',
    lang: 'mul',
    form: 'line',
    phrases: [
      'Print', 'Print this article', 'Email this article', 'Text size', 'Font size', 'Close', 'Short Url', 'Short URL', 'Imprimir', 'Cerrar', 'Fechar', 'Imprimer', 'Fermer',
      'Drucken', 'Schließen', 'Stampa', 'Chiudi', 'Drukuj', 'Zamknij', 'Yazdır', 'Kapat', 'Yazı boyutu', 'Kısa link', 'Печать', 'Закрыть', 'Размер шрифта', 'Размер на шрифта',
      'Cetak', 'Tutup', 'Ukuran huruf', 'Printen', 'Sluiten', 'Tisk', 'Zavřít', 'Nyomtatás', 'Bezárás', 'Printează', 'Închide', 'Skriv ut', 'Stäng', 'Udskriv', 'Luk', 'Tulosta',
      'Sulje', 'Εκτύπωση', 'Κλείσιμο', 'طباعة', 'إغلاق', 'حجم الخط', 'چاپ', 'بستن', 'प्रिंट', 'बंद करें', '印刷', '閉じる', '인쇄', '닫기', '打印', '关闭', '字号', 'In bài viết', 'Đóng',
      'Ispis', 'Zatvori', 'Natisni', 'Natisni članek', 'Zapri', 'הדפסה', 'סגור', 'พิมพ์', 'ปิด', 'Chapisha', 'Funga', 'Друк', 'Закрити', 'Цитата',
      'Print Friendly, PDF & Email', 'Print This Post', 'Print article', 'Email this', 'Версия для печати', 'Версія для друку', 'Imprimir artículo', 'Imprimir notícia', 'Artikel drucken', 'Drukuj artykuł',
      'Haberi yazdır', 'Cetak berita', 'Artikel afdrukken', 'Stampa articolo', 'Imprimer l’article', "Imprimer l'article",
      // text-size captions
      'Tamaño de letra', 'Tamaño del texto', 'Tamaño de texto', 'Tamaño de fuente', 'Tamanho da fonte', 'Tamanho do texto', 'Tamanho da letra', 'Taille du texte', 'Taille de la police', 'Schriftgröße', 'Textgröße',
      'Dimensione testo', 'Dimensione del testo', 'Rozmiar czcionki', 'Rozmiar tekstu', 'Lettergrootte', 'Tekstgrootte', 'Velikost písma', 'Veľkosť písma', 'Betűméret', 'Mărime text', 'Dimensiune font',
      'Textstorlek', 'Tekststørrelse', 'Tekstin koko', 'Μέγεθος γραμμάτων', 'Μέγεθος κειμένου', 'اندازه قلم', 'اندازه متن', '文字サイズ', '글자 크기', '글자크기', '字体大小', '字體大小', 'Cỡ chữ',
      'ขนาดตัวอักษร', 'Veličina slova', 'Величина слова', 'Розмір шрифту', 'Размер текста', 'Ukuran teks', 'Saiz fon', 'Metin boyutu', 'Harf boyutu',
      // copy-link and save buttons
      'Copy link', 'Link copied', 'Copiar enlace', 'Copiar link', 'Copier le lien', 'Link kopieren', 'Copia link', 'Kopiuj link', 'Linki kopyala', 'Bağlantıyı kopyala', 'Скопировать ссылку',
      'Копировать ссылку', 'Скопіювати посилання', 'Salin tautan', 'Salin link', 'Link kopiëren', 'Kopírovat odkaz', 'Link másolása', 'Copiază link-ul', 'Kopiera länk', 'Kopier link', 'Kopioi linkki',
      'Αντιγραφή συνδέσμου', 'نسخ الرابط', 'کپی لینک', 'लिंक कॉपी करें', 'リンクをコピー', '링크 복사', '复制链接', '複製連結', 'Sao chép liên kết', 'คัดลอกลิงก์', 'Kopiraj poveznicu', 'Копирај линк',
      'Копиране на връзката', 'העתק קישור', 'Save article', 'Guardar', 'Salvar', 'Enregistrer', 'Merken', 'Salva', 'Kaydet', 'Сохранить', 'Simpan', 'Opslaan', 'Uložit', 'Mentés', 'Salvează',
      'Tallenna', 'Αποθήκευση', 'حفظ', 'ذخیره', '保存', '저장', '收藏', 'Lưu', 'บันทึก', 'Spremi', 'Сачувај', 'Запази', 'שמור', 'Зберегти',
    ],
    maxLength: 30,
    note: 'Print, close, short-link, copy-link, save, quote and text-size buttons whose captions stay in the body when the page is copied or read without scripts ("Natisni članek" on siol.net, "Размер на шрифта" on bnr.bg, "Short Url" on arabnews in the corpus); standard captions in each language.',
    examples: ['Print', 'Imprimir', 'Yazdır', 'Печать', 'Cetak', '打印', 'Text size', 'close', 'Natisni članek', 'Tamaño de letra', 'Schriftgröße', 'Tamanho da fonte', '文字サイズ'],
    counterExamples: [
      'Print runs fell by half, the publisher said.',
      'Cerrar la fábrica costará 200 empleos, dijo el sindicato.',
      'Kapat çağrısı yapan sendika eylem kararı aldı.',
      'Tamaño de letra y color del cartel fueron elegidos por los vecinos, dijo el alcalde.',
      'Schriftgröße und Kontrast der Stimmzettel werden geändert, teilte die Wahlleitung mit.',
    ],
  },
  {
    id: 'interface.lex.report-error.mul',
    category: 'interface',
    lang: 'mul',
    form: 'prefix',
    phrases: {
      az: ['Səhv tapdınız?'],
      bg: ['Ако забележите грешка', 'Забелязахте грешка?'],
      cs: ['Našli jste chybu?', 'Našli jste v článku chybu?'],
      de: ['Fehler gefunden?', 'Haben Sie einen Fehler entdeckt?', 'Tippfehler gefunden?'],
      el: ['Βρήκατε λάθος;'],
      en: ['Found a typo?', 'Found an error?', 'Spotted an error?', 'Spotted a mistake?', 'Notice an error?', 'If you find an error, please select', 'Report a correction or typo'],
      es: ['¿Has visto un error?', '¿Encontraste un error?', '¿Viste un error?'],
      et: ['Märkasid viga?'],
      fr: ['Vous avez repéré une erreur', 'Vous avez trouvé une erreur ?', 'Une erreur ? Sélectionnez'],
      hr: ['Pronašli ste grešku?', 'Uočili ste grešku?'],
      hu: ['Hibát talált?', 'Hibát találtál?'],
      hy: ['Սխալ եք նկատել'],
      it: ['Hai notato un errore?', 'Hai trovato un errore?'],
      ka: ['შეცდომას თუ შეამჩნევთ'],
      kk: ['Қате таптыңыз ба?', 'Қатені байқасаңыз'],
      lt: ['Pastebėjote klaidą?'],
      lv: ['Pamanījāt kļūdu?', 'Pamanīji kļūdu?'],
      pl: ['Zauważyłeś błąd?', 'Widzisz błąd?', 'Jeśli znalazłeś błąd, zaznacz'],
      pt: ['Encontrou um erro?', 'Viu algum erro?'],
      ro: ['Ai găsit o greșeală?', 'Ați găsit o greșeală?'],
      ru: [
        'Если вы нашли ошибку, пожалуйста, выделите', 'Если вы нашли ошибку, выделите', 'Если вы заметили ошибку, выделите', 'Если вы нашли ошибку в тексте, выделите', 'Нашли ошибку?', 'Заметили ошибку?',
        'Нашли опечатку?', 'Заметили опечатку?',
      ],
      sk: ['Našli ste chybu?', 'Našli ste v článku chybu?'],
      sr: ['Пронашли сте грешку?', 'Pronašli ste grešku?'],
      tr: ['Hata bildir', 'Yazım hatası bildir', 'Haberde hata mı var?'],
      uk: ['Якщо ви знайшли помилку, виділіть', 'Якщо Ви помітили помилку, виділіть', 'Помітили помилку?', 'Знайшли помилку?'],
      uz: ['Xato topdingizmi?', 'Xatoni topdingizmi?'],
    },
    maxLength: 220,
    note: 'The note under an article that asks readers to select a mistake and press Ctrl+Enter, or to report an error (standard on Russian, Ukrainian, Kazakh, Polish and Czech portals; "Report a correction or typo" on English ones), left as text when the script that handles it is gone; standard wordings in each language, each a question or an imperative no story sentence opens with (counter-examples in ru, uk, en, pl, tr, de).',
    examples: [
      'Если вы нашли ошибку, пожалуйста, выделите фрагмент текста и нажмите Ctrl+Enter.',
      'Помітили помилку? Виділіть її та натисніть Ctrl+Enter',
      'Zauważyłeś błąd? Zaznacz tekst i naciśnij Ctrl+Enter',
      'Found a typo? Select it and press Ctrl+Enter.',
      'Report a correction or typo',
    ],
    counterExamples: [
      'Если вы нашли ошибку в квитанции, обратитесь в управляющую компанию, советуют юристы.',
      'Помилку в розрахунках знайшли аудитори, повідомив міністр.',
      'Found guilty of fraud, the former mayor was sentenced to six years.',
      'Zauważył błąd w obliczeniach dopiero po publikacji, przyznał minister.',
      'Hata bildirimi yapılan sistem iki gün sonra düzeltildi.',
      'Fehler gefunden haben die Prüfer vor allem in der Buchhaltung, sagte der Sprecher.',
    ],
  },
  {
    id: 'interface.lex.support-us.mul',
    category: 'interface',
    lang: 'mul',
    form: 'line',
    phrases: {
      ca: ['Fes-te’n subscriptor', 'Dona suport'], cs: ['Podpořte nás'], da: ['Støt os'], de: ['Unterstützen Sie uns', 'Jetzt unterstützen', 'Unterstützen'],
      en: ['Support us', 'Support our journalism', 'Donate', 'Donate now', 'Make a donation'], es: ['Apóyanos', 'Apoya nuestro periodismo', 'Haz una donación', 'Dona'],
      fi: ['Tue meitä'], fr: ['Soutenez', 'Soutenez-nous', 'Soutenez notre journalisme', 'Faire un don', 'Faites un don'], hu: ['Támogass minket', 'Támogasson minket'],
      id: ['Dukung kami'], it: ['Sostienici', 'Fai una donazione'], nl: ['Steun ons', 'Doneer'], nb: ['Støtt oss'], pl: ['Wesprzyj nas', 'Wspieraj nas'],
      pt: ['Apoie', 'Apoie-nos', 'Apoie o nosso jornalismo', 'Faça uma doação'], ro: ['Susține-ne', 'Sprijină-ne'], ru: ['Поддержать', 'Поддержите нас'],
      sk: ['Podporte nás'], sl: ['Podprite nas'], sv: ['Stöd oss'], tr: ['Destek ol', 'Bize destek olun'], uk: ['Підтримати', 'Підтримайте нас'],
    },
    maxLength: 40,
    note: 'A publisher’s support or donation button left as a line of its own: "Soutenez" over the headline on journalmetro.com (fr--journalmetro-soutenez-infolettres in the corpus); the others are the standard button words in each language. The block must be the words alone, so a story sentence that opens with them stays (counter-examples in fr, en, de, es, pt).',
    examples: ['Soutenez', 'Support us', 'Donate now', 'Unterstützen Sie uns', 'Apóyanos', 'Wesprzyj nas'],
    counterExamples: [
      'Soutenez-vous le projet de loi, a demandé la journaliste au ministre.',
      'Support us or step aside, the union leader told the council.',
      'Donate blood if you can, the hospital urged residents on Monday.',
      'Unterstützen Sie die Flutopfer, forderte der Bürgermeister.',
      'Apóyanos en la votación, pidió el diputado a sus colegas.',
      'Apoie a proposta, pediu o relator aos colegas.',
    ],
  },
  {
    id: 'interface.lex.tags-meta.mul',
    category: 'interface',
    lang: 'mul',
    form: 'prefix',
    phrases: [
      'TAGS:', 'Tags:', 'Etiquetas:', 'Schlagwörter:', 'Étiquettes:', 'Tag:', 'Tagi:', 'Etiketler:', 'Теги:', 'Метки:', 'Oznake:', 'Štítky:', 'Címkék:', 'Etichete:',
      'Reading time:', 'Lesezeit:', 'Tiempo de lectura:', 'Tempo de leitura:', 'Temps de lecture:', 'Czas czytania:', 'Okuma süresi:', 'Время чтения:', 'Чете се за:', 'Waktu baca:',
    ],
    maxLength: 400,
    note: 'Tag lists and reading-time lines printed in the body ("TAGS:" on radyo.inquirer.net, "Чете се за:" on bntnews.bg in the corpus); each phrase ends in its colon, so a story sentence about tags is not taken.',
    examples: ['TAGS: checkpoint, North Cotabato, bomber', 'Чете се за: 02:15 мин.', 'Etiketler: ekonomi, enflasyon'],
    counterExamples: ['Tags on the stolen cars had been changed, police said.', 'Reading time for pupils will double next year, the ministry said.'],
  },
  {
    id: 'interface.lex.text-size.mul',
    category: 'interface',
    lang: 'mul',
    form: 'line',
    phrases: ['TT', 'T T', 'A A A', 'AAA', 'A A', 'A- A+', 'A+ A-', 'A- A A+', 'aA', 'Aa'],
    maxLength: 10,
    note: 'Text-size toggles printed as letters ("TT" on aawsat.com, corpus ar--aawsat-tt-text-size; "A A A", "A- A+" on other templates).',
    examples: ['TT', 'A A A', 'A- A+'],
    counterExamples: ['TT Group shares rose 4% on Monday, traders said.', 'AAA ratings were confirmed by the agency on Friday.'],
  },
  {
    id: 'interface.lex.video-notice.mul',
    category: 'interface',
    lang: 'mul',
    form: 'prefix',
    phrases: [
      'This video is from a third party', 'This video can not be played', 'Your browser doesn’t support', "Your browser doesn't support", 'This video cannot be played', 'Video autoplays', 'The video will start in', 'Your browser does not support the video',
      'El video se reproducirá automáticamente', 'Este vídeo no se puede reproducir', 'O vídeo será reproduzido automaticamente', 'Cette vidéo ne peut pas être lue',
      'Dieses Video kann nicht abgespielt werden', 'Il video non può essere riprodotto', 'Bu video oynatılamıyor', 'Видео недоступно', 'Video tidak dapat diputar',
      'Dein Browser unterstützt', 'Votre navigateur ne prend pas en charge', 'Twoja przeglądarka nie obsługuje',
    ],
    maxLength: 220,
    note: 'Video player notices left in the text (autoplay, third-party footage, unsupported browser); standard player messages in each language.',
    examples: ['This video is from a third party and may contain ads.', 'Your browser does not support the video tag.', 'Dieses Video kann nicht abgespielt werden.'],
    counterExamples: ['This video shows the moment the bridge collapsed, police said.', 'Video footage showed the suspect leaving the bank, officers said.'],
  },
  {
    id: 'newsletter.lex.feed-email.en',
    category: 'newsletter',
    lang: 'en',
    form: 'prefix',
    phrases: ['You are subscribed to email updates from', 'To stop receiving these emails, you may unsubscribe', 'Email delivery powered by Google', 'Google Inc., 20 West Kinzie'],
    maxLength: 300,
    note: 'The footer of FeedBurner\'s e-mail digest, kept when a blog republishes the digest (ms--blogspot-pakatan-feedburner-email in the corpus); FeedBurner printed it in English whatever the feed\'s language.',
    examples: ['You are subscribed to email updates from WARTAWAN RASMI LAMAN REFORMASI To stop receiving these emails, you may unsubscribe now.', 'Email delivery powered by Google'],
    counterExamples: ['You are subscribed to a service you never asked for, the regulator warned consumers.'],
  },
  {
    id: 'newsletter.lex.subscribe.mul',
    category: 'newsletter',
    lang: 'mul',
    form: 'prefix',
    phrases: SUBSCRIBE_PHRASES,
    maxLength: 320,
    note: 'Newsletter pitches between paragraphs: "Więcej ważnych informacji znajdziesz na stronie głównej Onetu. Jeśli nie chcesz przegapić … zapisz się na nasz newsletter" on onet.pl (search: pages corpus, https://www.onet.pl/informacje/onetwiadomosci/…/1y8j864,79cfc278), "Нашите вести во вашето сандаче" on a Macedonian agency page in the corpus; the English form is mostly boilerplate.newsletter. The others are the standard wordings of the sign-up box in each language, each a phrase no story sentence opens with (counter-examples in es, de, pl, fr, tr, ru, id).',
    examples: [
      'Suscríbete a nuestro boletín y recibe las noticias del día',
      'Abonnieren Sie unseren Newsletter!',
      'Zapisz się na newsletter',
      'Подпишитесь на нашу рассылку',
      'Więcej ważnych informacji znajdziesz na stronie głównej Onetu. Jeśli nie chcesz przegapić żadnych istotnych wiadomości — zapisz się na nasz newsletter',
      'Inscrivez-vous à notre infolettre',
      'Bültenimize abone olun, gündemi kaçırmayın.',
      'Never miss a story: sign up for our daily briefing.',
    ],
    counterExamples: [
      'Suscríbete, pidió el alcalde a los vecinos durante la campaña de vacunación.',
      'Abonnieren kann man die Zeitung künftig nur noch digital, sagte der Verleger.',
      'Więcej ważnych informacji ma przekazać premier po posiedzeniu rządu.',
      'Inscrivez-vous sur les listes électorales avant vendredi, rappelle la mairie.',
      'Bültenin yayımlanmasının ardından bakanlık açıklama yaptı.',
      'Подпишитесь под обращением, призвали жителей активисты.',
      'Berlangganan listrik prabayar kini lebih mudah, kata pejabat PLN.',
      'Never miss a chance to vote, the mayor told the students.',
    ],
  },
  {
    id: 'newsletter.lex.titled-box.mul',
    category: 'newsletter',
    lang: 'mul',
    form: 'self',
    phrases: { ...SUBSCRIBE_PHRASES, en: [...SUBSCRIBE_PHRASES.en!, 'Discover our newsletters', 'Sign up for our newsletter'], fr: [...SUBSCRIBE_PHRASES.fr!, 'Découvrez nos infolettres', 'Découvrez nos newsletters'] },
    maxLength: 320,
    note: 'A newsletter box whose title (the newsletter’s name, one to four capitalised words) comes before the pitch: "Mon Métro Découvrez nos infolettres ! Le meilleur moyen…" on journalmetro.com (fr--journalmetro-soutenez-infolettres in the corpus); the pitches are newsletter.lex.subscribe.mul’s, written as they open a sentence (case counts). A story sentence opening with a name does not go on with a sign-up pitch (counter-examples in fr, en).',
    examples: ['Mon Métro Découvrez nos infolettres ! Le meilleur moyen de rester brancher sur les nouvelles de Montréal et votre quartier.', 'Morning Brief Sign up for our newsletter and get the news first.', 'Le Quotidien Inscrivez-vous à notre infolettre'],
    counterExamples: ['Mon Métro découvre nos quartiers, un reportage de la rédaction, paraît lundi.', 'Morning Brief readers sign up for events, the editor said.'],
  },
  {
    id: 'republication.lex.originally.mul',
    category: 'republication',
    lang: 'mul',
    form: 'prefix',
    phrases: {
      ar: ['نُشر هذا المقال في الأصل', 'نشر هذا المقال في الأصل', 'نُشر هذا المقال أولاً', 'نُشرت هذه المادة لأول مرة'],
      az: ['Bu məqalə ilk dəfə'],
      bg: ['Тази статия е публикувана първоначално', 'Статията е публикувана първоначално', 'Материалът е публикуван първоначално'],
      bn: ['লেখাটি প্রথম প্রকাশিত হয়', 'এই প্রতিবেদনটি প্রথম প্রকাশিত'],
      ca: ['Aquest article es va publicar originalment', 'Article publicat originalment'],
      cs: ['Tento článek vyšel původně', 'Článek původně vyšel', 'Text původně vyšel', 'Článek byl původně publikován'],
      da: ['Artiklen blev oprindeligt bragt', 'Artiklen blev først bragt', 'Artiklen er oprindeligt bragt'],
      de: ['Dieser Artikel erschien zuerst', 'Dieser Beitrag erschien zuerst', 'Dieser Text erschien zuerst', 'Dieser Artikel ist zuerst', 'Dieser Beitrag ist zuerst', 'Zuerst erschienen auf', 'Zuerst erschienen bei', 'Dieser Artikel erschien ursprünglich'],
      el: ['Το άρθρο δημοσιεύθηκε αρχικά', 'Το άρθρο δημοσιεύτηκε αρχικά'],
      es: ['Este artículo fue publicado originalmente', 'Este artículo se publicó originalmente', 'Artículo publicado originalmente en', 'Este texto fue publicado originalmente', 'Este artículo apareció originalmente', 'Por su interés, reproducimos', 'Por su interés reproducimos', 'Reproducimos por su interés', 'Reproducimos, por su interés,'],
      et: ['See artikkel ilmus esmakordselt', 'Artikkel ilmus algselt'],
      fa: ['این مطلب نخستین بار در', 'این مقاله ابتدا در', 'این یادداشت نخستین بار'],
      fi: ['Artikkeli on julkaistu alun perin', 'Juttu on julkaistu alun perin', 'Artikkeli julkaistiin alun perin'],
      fr: [
        'Cet article a été initialement publié', 'Cet article a été publié initialement', 'Cet article est initialement paru', 'Cet article a initialement été publié', 'Article initialement publié',
        'Article paru initialement', 'Cet article a d’abord été publié', "Cet article a d'abord été publié", 'Article paru dans',
      ],
      he: ['המאמר פורסם לראשונה', 'הכתבה פורסמה לראשונה', 'הטור פורסם לראשונה'],
      hi: ['यह लेख मूल रूप से', 'यह खबर मूल रूप से'],
      hr: ['Ovaj članak je izvorno objavljen', 'Članak je izvorno objavljen', 'Tekst je izvorno objavljen'],
      hu: ['Ez a cikk eredetileg', 'A cikk eredetileg', 'Az írás eredetileg'],
      id: ['Artikel ini pertama kali terbit di', 'Artikel ini pertama kali tayang di', 'Artikel ini pertama kali diterbitkan', 'Tulisan ini pertama kali', 'Artikel ini sebelumnya telah tayang di'],
      it: ['Questo articolo è stato pubblicato originariamente', 'Questo articolo è stato pubblicato per la prima volta', 'Articolo pubblicato originariamente', 'Questo articolo è apparso originariamente'],
      ja: ['※この記事は', '※本記事は', '初出：'],
      lt: ['Šis straipsnis pirmą kartą', 'Straipsnis pirmą kartą publikuotas'],
      lv: ['Šis raksts sākotnēji publicēts', 'Raksts sākotnēji publicēts'],
      mk: ['Текстот првично е објавен', 'Текстот е првично објавен'],
      ms: ['Artikel ini pertama kali disiarkan', 'Rencana ini pertama kali disiarkan'],
      nb: ['Artikkelen ble først publisert', 'Saken ble først publisert', 'Artikkelen ble opprinnelig publisert'],
      nl: ['Dit artikel verscheen eerder', 'Dit artikel verscheen oorspronkelijk', 'Dit artikel verscheen eerst', 'Dit stuk verscheen eerder'],
      pl: ['Artykuł ukazał się pierwotnie', 'Tekst ukazał się pierwotnie', 'Wywiad ukazał się pierwotnie', 'Artykuł pierwotnie ukazał się', 'Tekst pierwotnie ukazał się', 'Artykuł został pierwotnie opublikowany'],
      pt: ['Este artigo foi publicado originalmente', 'Este texto foi publicado originalmente', 'Texto publicado originalmente', 'Artigo publicado originalmente', 'Publicado originalmente no site', 'Este conteúdo foi publicado originalmente', 'Pelo seu interesse, reproduzimos', 'Reproduzimos, pelo seu interesse,'],
      ro: ['Acest articol a fost publicat inițial', 'Articolul a fost publicat inițial', 'Articol publicat inițial'],
      ru: ['Эта статья впервые была опубликована', 'Статья впервые опубликована', 'Материал впервые опубликован', 'Материал был впервые опубликован', 'Оригинал статьи опубликован'],
      sk: ['Článok pôvodne vyšiel', 'Tento článok pôvodne vyšiel', 'Článok bol pôvodne publikovaný'],
      sl: ['Članek je bil prvotno objavljen', 'Prispevek je bil prvotno objavljen'],
      sq: ['Ky artikull u publikua fillimisht'],
      sr: ['Овај текст је првобитно објављен', 'Tekst je prvobitno objavljen', 'Текст је изворно објављен'],
      sv: ['Artikeln publicerades ursprungligen', 'Texten publicerades först', 'Artikeln publicerades först'],
      sw: ['Makala hii ilichapishwa kwanza', 'Habari hii ilichapishwa kwanza'],
      th: ['บทความนี้เผยแพร่ครั้งแรก'],
      tl: ['Ang artikulong ito ay unang nalathala', 'Unang nalathala ang artikulong ito'],
      tr: ['Bu makale ilk olarak', 'Bu yazı ilk olarak', 'Bu haber ilk olarak', 'Bu yazı ilk kez', 'Bu makale ilk kez'],
      uk: ['Статтю вперше опубліковано', 'Ця стаття вперше', 'Матеріал вперше опубліковано'],
      vi: ['Bài viết được đăng lần đầu trên', 'Bài viết được đăng tải lần đầu', 'Bài viết gốc được đăng trên'],
      zh: ['本文首发于', '本文首發於', '本文原载于', '本文原載於', '本文最初发表于', '本文最初發表於', '本文原刊于', '本文原刊於', '原文首发于'],
    },
    maxLength: 250,
    note: 'The note that the text first ran elsewhere, in languages other than English (boilerplate.republication.originally-appeared): "Wywiad ukazał się pierwotnie na łamach THINKTANK Review." on pkb24.pl, "Article paru dans Le Monde du 18/08/21" on uclouvain.be and "Por su interés, reproducimos el artículo del periodista …" on hispanidad.com (search: pages corpus); the others are the standard republishing note in each language, each naming the article ("this article", "the text") before the verb, so story sentences about a thing first published stay (counter-examples in es, de, fr, pl, pt, ru, tr, id).',
    examples: [
      'Wywiad ukazał się pierwotnie na łamach THINKTANK Review.',
      'Article paru dans Le Monde du 18/08/21',
      'Este artículo fue publicado originalmente en The Conversation.',
      'Dieser Artikel erschien zuerst bei Spektrum.de.',
      'Este artigo foi publicado originalmente no The Conversation Brasil.',
      'Por su interés, reproducimos el artículo del periodista Martín Prieto.',
      'Artikel ini pertama kali terbit di Kompas.id.',
      '本文首发于澎湃新闻',
    ],
    counterExamples: [
      'Este artículo de la Constitución fue reformado en 1994, recordó el jurista.',
      'Por su interés turístico, reproducimos la fachada original, explicó el arquitecto.',
      'Reproducimos por error una cifra equivocada, admitió el ministerio.',
      'Dieser Artikel des Grundgesetzes schützt die Pressefreiheit, sagte die Richterin.',
      'Cet article de loi a été adopté mardi par les députés.',
      'Wywiad z prezydentem odbył się w Pałacu Namiestnikowskim.',
      'Este artigo da lei foi vetado pelo presidente, informou o Planalto.',
      'Материал дела передан в суд, сообщила прокуратура.',
      'Bu yazı dizisi üç hafta sürecek, dedi editör.',
      'Artikel ini mengulas kenaikan harga BBM yang diumumkan pemerintah pekan lalu.',
    ],
  },
  {
    id: 'republication.lex.reprinted.mul',
    category: 'republication',
    lang: 'mul',
    form: 'prefix',
    phrases: {
      ca: ['Reproduït amb permís de'], cs: ['Přetištěno se svolením', 'Převzato se svolením'], da: ['Bragt med tilladelse fra', 'Gengivet med tilladelse fra'],
      de: ['Nachdruck mit freundlicher Genehmigung', 'Abdruck mit freundlicher Genehmigung', 'Wiedergabe mit freundlicher Genehmigung'], el: ['Αναδημοσίευση με την άδεια'],
      en: ['Reprinted with permission from', 'Reprinted with permission of', 'Republished with permission from', 'Republished with permission of', 'Reproduced with permission from', 'Reproduced with permission of', 'Quoted verbatim from'],
      es: ['Reproducido con permiso de', 'Reproducido con autorización de', 'Reproducido con la autorización de', 'Publicado con autorización de'], fi: ['Julkaistu luvalla', 'Julkaistaan luvalla'],
      fr: ['Reproduit avec l’autorisation', "Reproduit avec l'autorisation", 'Reproduit avec la permission', 'Republié avec l’autorisation', "Republié avec l'autorisation"],
      hr: ['Preneseno uz dopuštenje', 'Objavljeno uz dopuštenje'], hu: ['Az engedélyével közöljük', 'Engedélyével közöljük'],
      id: ['Dikutip sesuai tulisan dan ejaan aslinya dari', 'Dikutip sesuai aslinya dari', 'Dimuat ulang atas izin', 'Diterbitkan ulang atas izin'],
      it: ['Pubblicato per gentile concessione', 'Riprodotto per gentile concessione', 'Ripubblicato per gentile concessione'], ms: ['Disiarkan semula dengan izin', 'Diterbitkan semula dengan izin'],
      nb: ['Publisert med tillatelse fra', 'Gjengitt med tillatelse fra'], nl: ['Overgenomen met toestemming van', 'Met toestemming overgenomen van'], pl: ['Przedruk za zgodą', 'Publikujemy za zgodą', 'Przedrukowano za zgodą'],
      pt: ['Reproduzido com autorização de', 'Reproduzido com permissão de', 'Republicado com autorização de', 'Publicado com autorização de'], ro: ['Republicat cu acordul', 'Preluat cu acordul'],
      ru: ['Перепечатано с разрешения', 'Публикуется с разрешения', 'Публикуется с согласия'], sk: ['Prevzaté so súhlasom', 'Uverejnené so súhlasom'], sv: ['Publiceras med tillstånd från', 'Återpublicerad med tillstånd'],
      tr: ['İzin alınarak yayımlanmıştır', 'İzniyle yayımlanmıştır'], uk: ['Передруковано з дозволу', 'Публікується з дозволу'], vi: ['Đăng lại với sự cho phép của'],
    },
    maxLength: 300,
    note: 'A note that the text is reprinted from another publication with its leave, or quoted from it word for word: "Dikutip sesuai tulisan dan ejaan aslinya dari buku …" on soeharto.co (id--soehartolibrary-sumber-antara-dikutip in the corpus); the others are the standard reprint-permission line in each language. Each phrase says the text is reprinted or quoted with leave, which a story sentence opening with the same words does not go on to say (counter-examples in en, id, de, es, fr).',
    examples: ['Dikutip sesuai tulisan dan ejaan aslinya dari buku “Presiden RI Ke II Jenderal Besar HM Soeharto dalam Berita”', 'Reprinted with permission from The Conversation.', 'Nachdruck mit freundlicher Genehmigung des Verlags.', 'Reproduit avec l’autorisation de l’auteur.'],
    counterExamples: [
      'Reprinted with little change, the report was sent to every school in the county.',
      'Dikutip sesuai kebutuhan, data itu dipakai untuk menyusun anggaran, kata pejabat.',
      'Nachdruck verlieh der Minister seiner Forderung mit einem Brief, hieß es.',
      'Reproducido con fidelidad, el mural atrae a miles de visitantes cada año.',
      'Reproduit avec soin, le tableau a été exposé dès lundi au musée.',
    ],
  },
  {
    id: 'share-prompt.lex.share-on.mul',
    category: 'share-prompt',
    lang: 'mul',
    form: 'share-on',
    phrases: {
      ar: ['شارك على', 'مشاركة على', 'شارك عبر', 'مشاركة عبر'],
      bg: ['Сподели във', 'Сподели в'],
      cs: ['Sdílet na', 'Sdílet přes'],
      da: ['Del på'],
      de: ['Teilen auf', 'Teilen via', 'Teilen per'],
      el: ['Κοινοποίηση στο', 'Μοιραστείτε στο'],
      en: ['Share on', 'Share via', 'Share to'],
      es: ['Compartir en', 'Comparte en', 'Compartir por', 'Compartir vía'],
      fa: ['اشتراک در', 'اشتراک‌گذاری در'],
      fi: ['Jaa'],
      fr: ['Partager sur', 'Partager via'],
      hr: ['Podijeli na', 'Podijelite na'],
      id: ['Bagikan ke', 'Bagikan di', 'Bagikan via'],
      it: ['Condividi su', 'Condividi via'],
      mk: ['Сподели на'],
      ms: ['Kongsi di', 'Kongsi ke'],
      nb: ['Del på'],
      nl: ['Delen op', 'Deel op', 'Delen via'],
      pl: ['Udostępnij na', 'Udostępnij przez', 'Podziel się na'],
      pt: ['Compartilhar no', 'Compartilhe no', 'Compartilhar via', 'Partilhar no'],
      ro: ['Distribuie pe', 'Trimite pe'],
      ru: ['Поделиться в', 'Поделиться во', 'Поделиться через'],
      sk: ['Zdieľať na'],
      sl: ['Deli na'],
      sr: ['Podeli na', 'Подели на'],
      sv: ['Dela på'],
      sw: ['Shiriki kwenye'],
      th: ['แชร์ไปยัง'],
      tl: ['Ibahagi sa'],
      uk: ['Поділитися в', 'Поширити в'],
      vi: ['Chia sẻ lên', 'Chia sẻ qua'],
      zh: ['分享到', '分享至'],
    },
    maxLength: 200,
    note: 'Share buttons whose captions name the platform, left as text when the bar\'s icons and scripts are gone ("Share on Google Plus" and "Compartilhar matéria" bars in the corpus, boilerplate.share-prompt.lex.share.mul); the standard captions of share bars in each language, the platform names of PLATFORMS. The block must be the buttons alone, so a story sentence that starts with the words stays (counter-examples in es, pt, fr, de, en, ru, id).',
    examples: ['Compartir en Facebook', 'Compartir en Facebook Compartir en Twitter Compartir en WhatsApp', 'Compartilhar no WhatsApp', 'Partager sur Facebook | Partager sur X', 'Udostępnij na Facebooku', 'Bagikan ke WhatsApp', 'Поделиться в Telegram', '分享到微信'],
    counterExamples: [
      'Compartir en Facebook fotos de menores es delito, advirtió la policía.',
      'Compartilhar no WhatsApp notícias falsas pode dar multa, diz o TSE.',
      'Partager sur Facebook ses vacances attire les cambrioleurs, prévient la gendarmerie.',
      'Teilen auf Facebook wollte er das Video nicht, sagte sein Anwalt.',
      'Share on Facebook rose to a record after the vote, analysts said.',
      'Поделиться в Telegram своими данными призвали мошенники, сообщила полиция.',
      'Bagikan ke WhatsApp informasi itu, kata polisi, jika melihat pelaku.',
    ],
  },
  {
    id: 'share-prompt.lex.share.mul',
    category: 'share-prompt',
    lang: 'mul',
    form: 'line',
    phrases: [
      'Share', 'Share this', 'Share on Facebook', 'Share on Twitter', 'Share on Google Plus', 'Compartir', 'Compartilhar', 'Partager', 'Teilen', 'Condividi', 'Udostępnij', 'Paylaş',
      'Поделиться', 'Bagikan', 'Delen', 'Sdílet', 'Zdieľať', 'Megosztás', 'Distribuie', 'Dela', 'Del', 'Jaa', 'Κοινοποίηση', 'مشاركة', 'شارك', 'اشتراک گذاری', 'शेयर करें', 'シェア',
      '공유', '이 기사를 공유합니다', '分享', 'Chia sẻ', 'Podijeli', 'Podeli', 'Deli', 'שתף', 'แชร์', 'Shiriki', 'Поширити', 'Сподели',
      // The share and like boxes of WordPress's Jetpack, in its own translations ("Like this: Like Loading...").
      'Share this:', 'Like this:', 'Like Loading', 'Compartilhe isso:', 'Curtir isso:', 'Curtir Carregando', 'Partager :', 'J’aime ça :', "J'aime ça :", 'J’aime chargement', "J'aime chargement",
      'Teilen mit:', 'Gefällt mir:', 'Gefällt mir Wird geladen', 'Comparte esto:', 'Me gusta esto:', 'Me gusta Cargando', 'Condividi:', 'Mi piace:', 'Mi piace Caricamento', 'Udostępnij to:', 'Lubię to:',
      'Polub Wczytywanie', 'Bunu paylaş:', 'Bunu beğen:', 'Beğen Yükleniyor', 'Поделиться ссылкой:', 'Нравится:', 'Нравится Загрузка', 'Bagikan ini:', 'Suka ini:', 'Suka Memuat', 'Delen:', 'Vind ik leuk:',
      'Vind-ik-leuk Laden',
      // Share captions that put the platform first ("Auf Facebook teilen", "Facebook'ta paylaş").
      'Auf Facebook teilen', 'Auf X teilen', 'Auf WhatsApp teilen', 'Per WhatsApp teilen', 'Per E-Mail teilen', "Facebook'ta paylaş", "Twitter'da paylaş", "WhatsApp'ta paylaş", "X'te paylaş",
      'Facebookでシェア', 'Xでシェア', 'LINEで送る', 'Megosztás Facebookon', '페이스북 공유', '카카오톡 공유', 'שתפו בפייסבוק', 'שתפו בוואטסאפ',
    ],
    maxLength: 40,
    note: 'Share-button captions left as text ("Zdieľať" on 24hod.sk, "Поделиться" on fontanka.ru, "مشاركة :" on ksaplayers in the corpus; "Поделиться: Поделиться новостью в Facebook…" on echomsk.spb.ru, search: pages corpus); standard captions in each language, and the "Share this:" / "Like this: Like Loading..." boxes of WordPress\'s Jetpack in its own translations.',
    examples: ['Share', 'Zdieľať', 'Поделиться Поделиться', 'مشاركة :', 'Bagikan', 'Share on Google Plus', 'Like this: Like Loading...', 'Curtir isso: Curtir Carregando...', 'Gefällt mir: Gefällt mir Wird geladen …'],
    counterExamples: ['Share prices rose 4% on Monday, traders said.', 'Paylaş butonuna basan kullanıcılar hata aldı, dedi şirket.', 'Like this, the plan would cost twice as much, the minister said.'],
  },
  {
    id: 'source-link.lex.credit.mul',
    category: 'source-link',
    lang: 'mul',
    form: 'credit',
    phrases: {
      ar: ['نقلا عن', 'نقلاً عن'], cs: ['Zdroj'], da: ['Kilde'], de: ['Quelle', 'Quellen', 'Zuerst erschienen bei', 'Erschienen in'], el: ['Πηγή'],
      en: ['Source', 'Sources', 'Originally published at'], es: ['Fuente', 'Fuentes', 'Fuente y foto', 'Con información de', 'Publicado en', 'Publicado originalmente en', '(Con información de', '(Con info de'],
      et: ['Allikas'], fa: ['به نقل از'], fi: ['Lähde'], fr: ['Source', 'D’après', "D'après", 'Publié initialement dans', '(Avec'], hi: ['साभार'],
      hr: ['Izvor'], hu: ['Forrás'], id: ['Sumber', 'Dikutip dari', 'Disadur dari', 'Dilansir dari'], it: ['Fonte', 'Articolo tratto da', 'Tratto da'], lt: ['Šaltinis'], lv: ['Avots'],
      ms: ['Dipetik dari'], nb: ['Kilde'], nl: ['Bron'], pl: ['Źródło', 'Na podstawie'], pt: ['Fonte', 'Fontes', 'Fonte e foto', 'Com informações de', 'Com informações do', 'Com informações da', 'Publicado originalmente em', '(Com informações de', '(Com informações do', '(Com informações da'],
      ro: ['Sursa'], ru: ['Источник', 'По материалам'], sk: ['Zdroj'], sr: ['Izvor', 'Извор'], sv: ['Källa'], sw: ['Chanzo'], bg: ['Източник', 'По материали на'], tr: ['Kaynak'],
      uk: ['Джерело', 'За матеріалами'], ur: ['بشکریہ'], vi: ['Nguồn'],
    },
    maxLength: 50,
    position: 'tail',
    note: 'The word for "source" (or "from", "with information from", "first published in") and the origin\'s name with no colon, as the last line of a copied story ("Fuente ABC" on totalnewsagency in the corpus); the standard words in each language (as source-link.lex.lead.mul). Only at the end of the story, only a name (capitalised, or in a script without case) after it and nothing else, no sentence punctuation.',
    examples: ['Fuente ABC', 'Fonte G1', 'Quelle Reuters', 'Kaynak AA', 'Sumber Antara', 'Źródło PAP', 'Com informações do G1', 'Dilansir dari CNN', 'По материалам ТАСС', 'نقلا عن رويترز', '(Con información de AFP)', '(Com informações da Agência Brasil)', '(Avec AFP)'],
    counterExamples: [
      'Fuente Álamo celebra sus fiestas patronales este fin de semana.',
      'Fuente de la información es el ministerio, dijo el portavoz.',
      'Source code of the app was published on Monday, the company said.',
      'Sumber Daya Alam menjadi sorotan dalam rapat kerja kemarin.',
      'Kaynak sıkıntısı nedeniyle proje ertelendi.',
      'Publicado en el Boletín Oficial, el decreto entra en vigor mañana.',
      'D’après Le Monde, le ministre pourrait démissionner dès lundi.',
      'По материалам дела, обвиняемый был в городе в ту ночь.',
      '(Con información de la fiscalía, el juez ordenó la detención.)',
      '(Avec Marie, nous avons ouvert le restaurant en 2010, raconte-t-il.)',
    ],
  },
  {
    id: 'source-link.lex.ifttt.ja',
    category: 'source-link',
    lang: 'ja',
    form: 'prefix',
    phrases: ['からの記事と詳細'],
    maxLength: 300,
    note: 'The template IFTTT\'s feed-to-Blogger recipes end a copied Japanese item with: "からの記事と詳細 ( <headline> - <outlet> ) <link>" (ja--blogspot-sumibar-ifttt-yomiuri in the corpus).',
    examples: ['からの記事と詳細 ( 岸田首相、会見で説明 - 読売新聞 )'],
    counterExamples: ['から記事が削除されたと、同社は説明した。'],
  },
  {
    id: 'source-link.lex.lead.mul',
    category: 'source-link',
    lang: 'mul',
    form: 'lead',
    phrases: {
      am: ['ምንጭ'], ar: ['المصدر', 'المقال الأصلي'], az: ['Mənbə'], bg: ['Източник', 'Оригинална статия'], bn: ['সূত্র', 'মূল লেখা'], ca: ['Font', 'Article original'], cs: ['Zdroj', 'Původní článek'],
      cy: ['Ffynhonnell'], da: ['Kilde'], de: ['Foto/Quelle', 'Bild/Quelle', 'Text und Foto', 'Text und Bild', 'Originalartikel'], el: ['Πηγή', 'Πρωτότυπο άρθρο'],
      en: ['Original article', 'Via', 'Credit'], es: ['Fuente/Foto', 'Fuente y foto', 'Texto y foto', 'Texto y fotos', 'Artículo original', 'Vía'], et: ['Allikas', 'Algne artikkel'], eu: ['Iturria'],
      fa: ['منبع', 'مقاله اصلی'], fi: ['Lähde', 'Alkuperäinen artikkeli'], fr: ['Texte et photo', 'Texte et photos', 'Article original'], ga: ['Foinse'], ha: ['Tushen'], he: ['מקור', 'המאמר המקורי'],
      hi: ['स्रोत', 'मूल लेख'], hr: ['Izvor', 'Izvorni članak'], hu: ['Forrás', 'Eredeti cikk'], hy: ['Աղբյուր'], id: ['Sumber', 'Sumber berita', 'Berita dan foto', 'Teks dan foto', 'Artikel asli'], is: ['Heimild'],
      it: ['Testo e foto', 'Articolo originale'], ja: ['出典', '元記事'], ka: ['წყარო'], kk: ['Дереккөз'], ko: ['출처', '원문'], lt: ['Šaltinis', 'Straipsnio šaltinis'], lv: ['Avots'], mk: ['Извор'], mn: ['Эх сурвалж'],
      ms: ['Sumber', 'Artikel asal'], nl: ['Bron', 'Oorspronkelijk artikel'], pl: ['Źródło', 'Tekst i foto', 'Tekst i zdjęcia', 'Oryginalny artykuł'], pt: ['Fonte/Foto', 'Fonte e foto', 'Fonte e fotos', 'Fonte e imagem', 'Texto e foto', 'Texto e fotos', 'Artigo original', 'Via'],
      ro: ['Sursa', 'Sursă', 'Articol original'], ru: ['Источник', 'Текст и фото', 'Оригинал'], sk: ['Zdroj', 'Pôvodný článok'], sl: ['Vir'], so: ['Xigasho'], sq: ['Burim', 'Burimi'], sr: ['Izvor', 'Извор', 'Originalni članak'],
      sv: ['Källa', 'Originalartikel'], sw: ['Chanzo', 'Makala asili'], th: ['ที่มา', 'บทความต้นฉบับ'], tl: ['Pinagmulan'], tr: ['Kaynak', 'Haber kaynağı', 'Kaynakça', 'Metin ve fotoğraf', 'Haber ve fotoğraf', 'Orijinal haber'],
      uk: ['Джерело', 'Оригінал'], ur: ['ماخذ'], uz: ['Manba'], vi: ['Nguồn', 'Bài gốc', 'Nguồn bài viết'], yo: ['Orísun'], zh: ['原文', '原文链接'],
    },
    maxLength: 90,
    note: 'A source line naming where the text came from ("Kaynak: aa" on asigazetesi.com in the corpus; "Fonte: Uol" on cidadenewsitaurn.blogspot.com, "Fonte: http://books.google.pt/…" on arrudadosvinhos.arrudense.com, search: pages corpus); the label is the standard word for "source", "original article" or "text and photo" in each language. English, Portuguese, Spanish and German "source" lines are boilerplate.source-link.source-trailer. The label, a colon or dash, then a short name and nothing else.',
    examples: ['Kaynak: AA', 'Sumber: Antara', 'Nguồn: VnExpress', 'Źródło: PAP', 'Источник: РИА Новости', 'Foto/Quelle: dts', 'المصدر: وكالات', 'Fonte e foto: RFI', 'Texto y fotos: EFE', 'Text und Foto: dpa', 'Artículo original: El País', 'Mənbə: APA', 'Original article: The Guardian'],
    counterExamples: [
      'Fonte e foto do acidente foram divulgadas pela polícia na manhã de segunda-feira.',
      'Texto y fotos del expediente fueron entregados al juez, dijo la fiscalía.',
      'Text und Foto des Aufrufs verbreiteten sich rasch im Netz, sagte der Sprecher.',
      'Kaynak: bakanlığın açıkladığı verilere göre işsizlik oranı geçen ay yüzde 9,4 ile son iki yılın en düşük seviyesine indi.',
      'Sumber dana kampanya itu masih diselidiki, kata jaksa.',
      'Источник в правительстве сообщил, что решение ещё не принято.',
      'Via Appia reopened to traffic on Monday, the city said.',
      'Original article titles were changed by the editors, the report found.',
    ],
  },
  {
    id: 'source-link.lex.read-on.mul',
    category: 'source-link',
    lang: 'mul',
    form: 'prefix',
    phrases: {
      ar: ['اقرأ المقال كاملاً', 'اقرأ الخبر من المصدر', 'اقرأ الخبر كاملا', 'اقرأ الخبر كاملاً', 'لقراءة الخبر كاملا', 'اقرأ الخبر الأصلي'],
      az: ['Xəbərin tam mətni'],
      bg: ['Цялата статия четете', 'Прочетете повече на', 'Оригиналната статия'],
      bn: ['পুরো খবর পড়ুন', 'মূল খবর পড়ুন'],
      ca: ['Veure en línia', 'Llegeix la notícia completa', 'Llegeix l’article sencer', "Llegeix l'article sencer"],
      cs: ['Pokračovat na celý článek', 'Celý článek čtěte na', 'Více čtěte na', 'Celý článek si přečtěte', 'Přečtěte si celý článek'],
      da: ['Læs hele artiklen', 'Læs mere hos', 'Læs den oprindelige artikel', 'Læs hele historien'],
      de: [
        'Den ganzen Artikel lesen', 'Zum Originalartikel', 'Den vollständigen Artikel', 'Hier geht es zum Artikel', 'Hier gehts zum Artikel', 'Hier geht’s zum Artikel', "Hier geht's zum Artikel", 'Weiterlesen auf',
        'Weiterlesen bei', 'Zum vollständigen Artikel', 'Zum Artikel auf', 'Die gesamte Kolumne', 'Hier geht es zur Originalquelle', 'Hier geht’s zur Originalquelle', "Hier geht's zur Originalquelle", 'Zur Originalquelle',
      ],
      el: ['Διαβάστε το στο', 'Διαβάστε ολόκληρο το άρθρο', 'Διαβάστε περισσότερα στο', 'Διαβάστε την είδηση στο'],
      en: [
        'Click To Read Full Article', 'Click here to read the full article', 'Read the original article', 'Read it on', 'Read more at', 'Read the full story at', 'Sourced from a third party', 'This article comes from',
        'This article was sourced from', 'Read the article here', 'Read the full article', 'Read the full story on', 'Read the rest of this story', 'Continue reading at', 'View original post', 'View the original article', 'Read full article at',
      ],
      es: [
        'Ver en línea', 'Lea la nota original', 'Lee la nota completa en', 'Lee la noticia completa', 'Ver noticia original', 'Ver artículo original', 'Continuar leyendo en', 'Seguir leyendo en',
        'Lee más en', 'Leer más en', 'Para leer la nota completa', 'Leé la nota completa',
      ],
      et: ['Loe täispikka artiklit'],
      fa: ['متن کامل خبر را', 'مشاهده خبر در منبع', 'برای مطالعه کامل'],
      fi: ['Lue koko artikkeli', 'Lue alkuperäinen artikkeli', 'Lue koko juttu'],
      fr: [
        'Lire l’article original', "Lire l'article original", 'Lire la suite sur', 'Lire l’article complet', "Lire l'article complet", 'Lire la suite de l’article', "Lire la suite de l'article", 'Lire l’intégralité',
        "Lire l'intégralité", 'Voir l’article original', "Voir l'article original", 'Voir l’article sur', "Voir l'article sur", 'Voir l’article du', "Voir l'article du", 'À lire sur', 'A lire sur',
      ],
      he: ['לכתבה המלאה', 'לכתבה המקורית', 'קראו את הכתבה המלאה'],
      hi: ['पूरी खबर पढ़ें', 'पूरी खबर यहां पढ़ें', 'पूरा लेख पढ़ें', 'मूल लेख पढ़ें'],
      hr: ['Pročitajte cijeli članak', 'Više pročitajte na', 'Opširnije na'],
      hu: ['A teljes cikk', 'A teljes cikket', 'Tovább a teljes cikkre', 'Az eredeti cikk'],
      id: ['Baca artikel selengkapnya', 'Baca berita selengkapnya di', 'Baca selengkapnya di', 'Baca artikel asli', 'Baca berita aslinya', 'Simak selengkapnya di', 'Artikel ini disadur dari', 'Berita ini dikutip dari', 'Artikel ini dikutip dari'],
      it: ['Leggi l’articolo completo', "Leggi l'articolo completo", 'Leggi tutto su', 'Leggi l’articolo su', "Leggi l'articolo su", 'Continua a leggere su', 'Leggi la notizia completa', 'Leggi l’articolo originale', "Leggi l'articolo originale"],
      ja: ['元記事を読む', '記事全文を読む', '元記事はこちら', '続きはこちらから', '引用元'],
      kk: ['Толығырақ оқыңыз'],
      ko: ['원문 보기', '기사 원문 보기', '원문 기사 보기', '기사 전문 보기'],
      lt: ['Visą straipsnį skaitykite', 'Daugiau skaitykite'],
      lv: ['Visu rakstu lasiet'],
      mk: ['Целиот текст прочитајте', 'Прочитајте повеќе на'],
      ms: ['Baca selanjutnya di', 'Baca artikel penuh'],
      nb: ['Les hele saken', 'Les mer hos', 'Les hele artikkelen', 'Les originalartikkelen'],
      nl: ['Lees het volledige artikel', 'Lees hier het hele artikel', 'Lees het hele artikel', 'Lees verder op', 'Lees meer op', 'Bekijk het originele artikel', 'Lees het originele artikel'],
      pl: ['Czytaj całość na', 'Przeczytaj cały artykuł', 'Czytaj więcej na', 'Przeczytaj więcej na', 'Cały artykuł przeczytasz', 'Artykuł pochodzi z', 'Czytaj dalej na'],
      pt: ['Leia a matéria completa', 'Leia mais em', 'Leia a notícia completa', 'Leia mais no', 'Leia mais na', 'Leia a íntegra', 'Leia na íntegra', 'Continue lendo no', 'Confira a matéria completa', 'Veja a matéria completa'],
      ro: ['Citește articolul complet', 'Citește tot articolul pe', 'Citește continuarea pe', 'Citește mai mult pe', 'Citește știrea completă'],
      ru: [
        'Читать полностью на', 'Подробнее на', 'Читайте на', 'Читать на', 'Источник материала', 'Полный текст читайте', 'Подробнее читайте на', 'Оригинал статьи', 'Материал полностью читайте', 'Читайте подробнее на',
        'Подробности на сайте',
      ],
      sk: ['Celý článok si prečítajte', 'Viac si prečítate na', 'Celý článok nájdete na', 'Pokračovanie článku na'],
      sl: ['Celoten članek preberite', 'Preberite več na'],
      sq: ['Lexo më shumë në', 'Lajmi i plotë'],
      sr: ['Цео текст прочитајте', 'Ceo tekst pročitajte', 'Више на сајту'],
      sv: ['Läs hela artikeln', 'Läs mer hos', 'Läs originalartikeln', 'Läs hela texten'],
      sw: ['Soma habari kamili', 'Soma zaidi kupitia'],
      th: ['อ่านข่าวต้นฉบับ', 'อ่านข่าวฉบับเต็ม', 'อ่านต่อที่', 'อ่านรายละเอียดเพิ่มเติมที่'],
      tl: ['Basahin ang buong artikulo', 'Basahin ang buong balita'],
      tr: ['Haberin tamamı için', 'Haberin tamamını okumak için', 'Devamı için tıklayın', 'Haberin devamı için', 'Haberin devamını okumak için', 'Kaynağa git', 'Haberin orijinali için', 'Orijinal haberi okumak için', 'Haberin detayları için'],
      uk: ['Читати повністю', 'Читайте на', 'Читайте повністю на', 'Детальніше читайте на', 'Повний текст читайте', 'Джерело матеріалу', 'Оригінал статті'],
      ur: ['مکمل خبر پڑھیں'],
      vi: ['Xem bài gốc', 'Đọc bài gốc', 'Đọc bài viết gốc', 'Xem bài viết gốc', 'Đọc toàn bộ bài viết tại', 'Xem chi tiết tại', 'Xem thêm tại'],
      zh: ['阅读原文', '查看原文', '原文链接', '原文連結', '点击阅读原文', '本文转载自', '本文轉載自', '文章来源', '文章來源', '本文来源'],
    },
    maxLength: 160,
    note: 'Link-outs and trailers that send the reader to the origin site: "Click To Read Full Article" (kodoom.com, corpus fa--kodoom-ilna-read-full), "Читайте на 123ru.net" (ru24.pro, search: pages corpus), "Hier gehts zum Artikel auf der shz-Seite" (tsv-gluecksburg.de), "Hier geht es zur Originalquelle" above a police release in a live ticker (newsflash24.de), "Die gesamte Kolumne von … gibt es hier" (weser-kurier.de), "Voir l\'article du Nouvel Economiste" (blog.habiterautrement.info), "A lire sur Mediapart" (marestediteur.com), "Leé la nota completa en este enlace" (biblioteca.fadu.uba.ar), "Read the article HERE." (blogs.colum.edu), all search: pages corpus; "Read it on X", "This article comes from X", "sourced from a third party" (independent set kinds in issue 14); the others are the standard "read the full / original article" wording in each language. Phrases no story sentence opens with (counter-examples in en, tr, id, de, fr, ru, pl, nl).',
    examples: [
      'Click To Read Full Article', 'Read it on The Guardian', 'This article comes from Reuters', 'Haberin tamamı için tıklayınız', 'Baca artikel selengkapnya di sini', '阅读原文', 'Читайте на 123ru.net',
      'Hier gehts zum Artikel auf der shz-Seite', 'Voir l\'article du Nouvel Economiste', 'A lire sur Mediapart', 'Lees hier het hele artikel.', 'Die gesamte Kolumne von Thomas Schaaf gibt es hier.',
    ],
    counterExamples: [
      'Click fraud cost advertisers millions last year, the study found.',
      'Haberin yayılmasının ardından bakanlık açıklama yaptı.',
      'Baca dengan teliti kontrak itu, pesan pengacara kepada kliennya.',
      'Hier geht es um die Zukunft der Stadt, sagte der Bürgermeister.',
      'Lire les rapports a pris trois semaines aux enquêteurs, a indiqué le parquet.',
      'Читайте внимательно договор, советуют юристы покупателям жилья.',
      'Czytaj uważnie umowę, radzi rzecznik praw konsumenta.',
      'Lees het rapport, zei de minister tegen de Kamerleden.',
      'Read the full text of the ruling, the judge told the lawyers, before adjourning.',
    ],
  },
  {
    id: 'source-link.lex.theo.vi',
    category: 'source-link',
    lang: 'vi',
    form: 'credit',
    phrases: ['Theo'],
    maxLength: 50,
    position: 'tail',
    note: 'Vietnamese republishers end with "Theo <outlet>" ("Theo VGP" on baohiemxahoi.gov.vn in the corpus).',
    examples: ['Theo VGP', 'Theo Tuổi Trẻ'],
    counterExamples: ['Theo báo cáo, số ca mắc mới tăng 12% trong tuần qua.', 'Theo ông Nguyễn Văn An, dự án sẽ hoàn thành vào năm sau.'],
  },
];

function ruleFor(entry: LexiconEntry): BlockRule {
  return {
    id: `boilerplate.${entry.id}`,
    kind: 'boilerplate',
    category: entry.category,
    lang: entry.lang,
    pattern: patternOf(entry),
    ...(entry.form === 'platform' && { storedAs: platformVariants(alternation(phrasesOf(entry))) }),
    ...(entry.form === 'self' && { guard: selfGuard(phrasesOf(entry)) }),
    maxLength: entry.maxLength,
    shape: 'any',
    position: entry.position ?? 'any',
    note: entry.note,
    examples: entry.examples,
    counterExamples: entry.counterExamples,
  };
}

/** Captions of one family (the phrases of its 'line' and 'count' entries), for the toolbar rules. */
function captionsOf(category: string): string[] {
  return lexiconEntries.filter((e) => e.category === category && (e.form === 'line' || e.form === 'count') && !NOT_TOOLBAR.has(e.id)).flatMap(phrasesOf);
}

/** Line entries whose captions are no toolbar buttons (reading prompts, gallery and player prompts stand alone): kept out of the toolbar rule, which stays small. */
const NOT_TOOLBAR = new Set(['interface.lex.continue.mul', 'interface.lex.media-prompt.mul']);

/** The longest caption a toolbar rule reads (longer prompts are not toolbar buttons, and cost time in every short block). */
const TOOLBAR_CAPTION_CHARS = 16;

/** Words of a toolbar that no single entry holds: counters and the captions of social buttons. */
const TOOLBAR_WORDS = ['댓글', 'Views', 'Hits', 'Email', 'E-mail', 'Tweet', 'Pin', 'Text', '조회', '조회수', 'Просмотры', 'Просмотров', 'Görüntülenme', 'Dilihat', 'Visualizações', 'Visitas', 'Aufrufe'];

/**
 * A line made only of interface captions, two or more, with counters between them ("Print
 * Email Share", "0 commentsViews: 1", "댓글 0 이 기사를 공유합니다"): a toolbar copied as text
 * in any language the families know. (A share bar of platform names alone has no fixture yet:
 * corpus.test.ts wants every rule fired by one.)
 */
function toolbarRule(id: string, category: string, captions: string[], note: string, examples: string[], counterExamples: string[]): BlockRule {
  // Case as written, lower case, capitalised and in capitals: the pattern is case-sensitive so that a
  // caption may run into the next one's capital ("commentsViews") but never into a word ("Printers").
  // Toolbar captions are short: the long prompts of a family ("Scroll to continue with content") stand alone.
  // Captions holding a separator, or made of one- and two-letter words ("A A A", "A- A+", "T T"), stay with
  // their own family: here they would make one line readable as many sequences of captions, and the regex
  // try them all.
  // A trailing colon is the separator's ("Text:"), not the caption's: one reading per line.
  const bare = captions.map((c) => c.replace(/\s*[:：]$/u, ''));
  const variants = bare.filter((c) => c.length <= TOOLBAR_CAPTION_CHARS && !/[|•·/,:：\-–—()[\]\d+]|^\p{L}{1,2}(?:\s+\p{L}{1,2})+$/u.test(c)).flatMap((c) => [c, c.toLowerCase(), c.toUpperCase(), c.charAt(0).toUpperCase() + c.slice(1).toLowerCase()]);
  const p = alternation([...new Set(variants)]);
  const sep = String.raw`[\s|•·/:,\-–—()\[\]]`;
  const num = String.raw`\d{1,7}(?!\d)`;
  const gap = `(?:${sep}|${num})`;
  // A caption ends at a non-letter, or runs into the next one's capital after a small letter ("commentsViews"),
  // or, written in capitals of three letters or more, into the next one's capital and small letter ("AAAPrint").
  const word = String.raw`(?:${p})(?:(?![\p{L}\p{M}])|(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu}{3})(?=\p{Lu}\p{Ll}))`;
  return {
    id,
    kind: 'boilerplate',
    category,
    lang: 'mul',
    // (Two to eighteen captions, each after its gaps, as one repeated group, then gaps: the long list written
    // once, not twice as in "two captions, then captions or gaps", which halves what a page compiles, 25-30 ms
    // of Chromium's time to 11-13. Only the bounds on the gaps differ: a line is at most 60 characters.)
    pattern: new RegExp(String.raw`^(?:${gap}{0,16}${word}){2,18}${gap}{0,16}$`, 'u'),
    // Where the first caption ends, a character that is no letter follows, or a small letter meets a capital,
    // or four capitals a small letter: a line of one word without them ("Comments", "Share") is no toolbar,
    // and the page does not compile the long pattern for it.
    guard: /[^\p{L}\p{M}]|\p{Ll}\p{Lu}|\p{Lu}{4}\p{Ll}/u,
    maxLength: 60,
    shape: 'any',
    position: 'any',
    note,
    examples,
    counterExamples,
  };
}

const toolbarRules: BlockRule[] = [
  toolbarRule(
    'boilerplate.interface.lex.toolbar.mul',
    'interface',
    [...captionsOf('interface'), ...captionsOf('share-prompt'), ...TOOLBAR_WORDS, ...PLATFORMS.filter((name) => name.length > 3 && !/^\p{Ll}/u.test(name))],
    'An article toolbar copied as text: two or more interface captions (print, close, text size, comments, share, views) with counters and nothing else, in any language the interface and share families know ("0 commentsViews: 1" on ibnlokmat, "댓글 0 이 기사를 공유합니다" on incheonin, "LINE Text: Print" and "LINE Text:AAAPrint" on ecns mirrors in the corpus).',
    ['0 commentsViews: 1', '댓글 0 이 기사를 공유합니다', 'LINE Text: Print', 'LINE Text:AAAPrint', 'Print Email Share', 'Imprimir | Cerrar', 'Drucken Teilen Kommentare (3)'],
    [
      'Del 2',
      'Print and share: the two buttons confused readers, the survey found.',
      'Drucken lassen wollte er die Karten nicht, sagte der Sprecher.',
      'Comments 12 and 14 of the report were deleted, officials said.',
      'AAAPrinters',
      'NATOPrint shares rose, Facebook said.',
    ],
  ),
];

export const lexiconRules: BlockRule[] = [...lexiconEntries.map(ruleFor), ...toolbarRules];
