import type { BlockRule } from './types';

// Pieces of the metadata-line rules (a CMS's date, time and field labels printed as text).
const DATE = String.raw`(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}年\d{1,2}月\d{1,2}日)`;
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;
/** A weekday's abbreviation before a date ("Thu,"). */
const DAY = String.raw`\p{L}{2,3}\.?,`;
/** Field labels a CMS prints before its metadata: "ID :", "Editor:", the misspelt "Auther :" (oananews), in many languages. */
const META_LABEL = String.raw`(?:ID|Editor|Author|Auther|Posted|Updated|Published|Reporter|Hits|Views|Redaktor|Redaktur|Autor|Auteur|Penulis|Yazar|Editör|Автор|Редактор|编辑|責任編輯|责任编辑|編輯|作者|기자|편집)`;
const META_VALUE = String.raw`(?:\d{1,10}|\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}|\p{Script=Han}{2,4})`;
const META_SEP = String.raw`[\s,|/·•–—-]*`;
const META_ITEM = String.raw`(?:${DATE}|${TIME}|${DAY}|${META_LABEL}\s?[:：](?:\s?${META_VALUE})?)`;

// Boilerplate rules: each marks a whole short block as not-story. Sorted by id (lint-
// tested). Every rule carries examples it must mark and counter-examples — story
// sentences that look like it — that no rule may mark. Phrasing sources:
// ../shared/corpus/syndication/phrases.tsv and the pages cited in each note.

export const boilerplateRules: BlockRule[] = [
  {
    id: 'boilerplate.ad-shortcode',
    kind: 'boilerplate',
    category: 'ad-shortcode',
    lang: 'mul',
    // Autoblog plugins leave WordPress shortcodes such as [ad_1] / [ad_2] when the
    // shortcode is not registered on the republishing site. Only blocks made of them.
    pattern: /^(?:\[\/?[a-z][a-z0-9_-]{0,30}\]\s*){1,4}$/i,
    maxLength: 80,
    shape: 'no-link',
    position: 'any',
    note: 'WordPress autoblog plugins (seed article: [ad_1] … [ad_2]).',
    examples: ['[ad_1]', '[ad_2]', '[adsense]', '[ad_1] [ad_2]', '[/ad]'],
    counterExamples: [
      '[1] See the full report.',
      'The court cited [the law] in its ruling.',
      '[Photo] Ministers meet in Seoul.',
    ],
  },
  {
    id: 'boilerplate.advert-label',
    kind: 'boilerplate',
    category: 'advert-label',
    lang: 'en',
    // A block that is only the word: the slot the ad script fills, kept as text.
    pattern: /^(?:advertisement|advertisements|advertising|ad)$/i,
    maxLength: 20,
    shape: 'any',
    position: 'any',
    note: 'UPI, Breitbart, BBC pages; WordPress.com "Advertisements" (riseofthemuslims.wordpress.com).',
    examples: ['Advertisement', 'ADVERTISEMENT', 'Advertisements'],
    counterExamples: [
      'The advertisement campaign for one of the schemes ran for six weeks on national television.',
      'Advertising revenue fell 12% in the quarter.',
    ],
  },
  {
    id: 'boilerplate.advert-label.continues-below',
    kind: 'boilerplate',
    category: 'advert-label',
    lang: 'en',
    pattern: /^(?:story|article) continues (?:below|after)(?: (?:this|the))? (?:advertisement|ad)(?: remove ads?)?\.?$/i,
    maxLength: 60,
    shape: 'any',
    position: 'any',
    note: 'Global News ("Story continues below advertisement"), NDTV ("Story continues below Advertisement Remove Ad").',
    examples: ['Story continues below advertisement', 'Story continues below Advertisement Remove Ad'],
    counterExamples: ['The story continues below the surface, investigators believe.'],
  },
  {
    id: 'boilerplate.advert-label.dashed',
    kind: 'boilerplate',
    category: 'advert-label',
    lang: 'mul',
    // The ad slot's title between dashes, in any language: one or two words and nothing else
    // ("- Advertisement -" of tagDiv themes' td-adspot-title, "- რეკლამა -" on kvira.ge). A
    // story's dialogue dash opens a line that goes on ("— Да, — ответил он."), and an end mark
    // ("-30-") has no letters.
    pattern: /^[-–—]\s*\p{L}+(?:\s\p{L}+)?\s*[-–—]$/u,
    maxLength: 40,
    shape: 'no-link',
    position: 'any',
    note: 'The ad slot title of tagDiv (Newspaper) themes, "- Advertisement -", printed in the site\'s language: app.com.pk, infomax.mk, mymahanagar.com ("- Advertisement -"), kvira.ge ("- რეკლამა -") in the corpus; the shape, not the word, in any language.',
    examples: ['- Advertisement -', '- რეკლამა -', '— Tangazo —', '- Reklama -', '– Anuncio publicitario –'],
    counterExamples: [
      '— Да, — ответил он, не поднимая глаз от бумаг.',
      '- Nie - powiedział minister dziennikarzom po spotkaniu.',
      '—Sí— respondió la alcaldesa, y salió de la sala.',
    ],
  },
  {
    id: 'boilerplate.advert-label.pr-mark',
    kind: 'boilerplate',
    category: 'advert-label',
    lang: 'ja',
    // Japanese pages mark a paid slot by opening it with "PR" in brackets ("[PR]", "【PR】");
    // blog hosts print their own notice that way over an inactive blog's ads. A story opens
    // with words, and a bracketed kicker of a story names a place or a source, never "PR".
    pattern: /^[\[【［]\s?PR\s?[\]】］]/u,
    maxLength: 200,
    shape: 'any',
    position: 'any',
    note: 'The ad notice of shinobi.jp blogs ("[PR]上記の広告は3ヶ月以上新規記事投稿のないブログに表示されています。…", ja--shinobi-blog-jiji-pr in the corpus); "【PR】" leads advertorial slots on Japanese portals.',
    examples: ['[PR]上記の広告は3ヶ月以上新規記事投稿のないブログに表示されています。新しい記事を書く事で広告が消えます。', '【PR】今だけ送料無料キャンペーン実施中'],
    counterExamples: ['【ワシントン時事】米政府は3日、新たな制裁を発表した。', 'PR会社の幹部が逮捕されたと警視庁が発表した。', '[速報] 首相が辞任の意向を表明した。'],
  },
  {
    id: 'boilerplate.app-promo',
    kind: 'boilerplate',
    category: 'app-promo',
    lang: 'en',
    // "Join our Telegram channel", "Follow us on WhatsApp", "Download the X app".
    pattern:
      /^(?:click here to |tap here to )?(?:(?:join|follow)\s+(?:us|our\s+.{0,30}?)\s*(?:on\s+)?(?:telegram|whatsapp|google news)(?:\s+channel)?|download\s+(?:the|our)\s+.{0,30}?\bapp)\b(?:\s+(?:for|to get|to read)\b[^,;]{0,60})?[.!]?$/i,
    maxLength: 140,
    shape: 'any',
    position: 'any',
    note: 'Indian and Pakistani news CMSes put messenger-channel and app promos between paragraphs.',
    examples: [
      'Join our Telegram channel for the latest news',
      'Click here to join our WhatsApp channel',
      'Follow us on Google News',
      'Download the NDTV app for the latest news',
    ],
    counterExamples: [
      'Join us on Telegram, the protest organisers told supporters, before the channel was shut down.',
      'Downloads of the app doubled after the launch, the company said.',
    ],
  },
  {
    id: 'boilerplate.app-promo.install-suffix',
    kind: 'boilerplate',
    category: 'app-promo',
    lang: 'mul',
    // A short line ending "app + install/download" in languages that put the verb last.
    pattern: /^[^.!?۔।]{0,50}(?:ایپ|ऐप|अ‍ॅप|অ্যাপ|app|aplikasi|uygulamasını|uygulamamızı)\s+(?:انسٹال کریں|ڈاؤن لوڈ کریں|ڈاؤنلوڈ کریں|डाउनलोड करें|इंस्टॉल करें|डाउनलोड करा|ডাউনলোড করুন|ইনস্টল করুন|indirin|yükleyin)[\s!]*$/iu,
    maxLength: 90,
    shape: 'any',
    position: 'any',
    note: 'App-install prompts in verb-final languages: "روزنامہ دنیا ایپ انسٹال کریں" on dunya.com.pk (corpus ur--dunya-app-install); the Hindi, Marathi, Bengali and Turkish wordings are the standard "download/install the app" imperatives.',
    examples: ['روزنامہ دنیا ایپ انسٹال کریں', 'नवभारत टाइम्स ऐप डाउनलोड करें', 'Haberler uygulamasını indirin!'],
    counterExamples: [
      'وزیر نے کہا کہ شہری حکومت کی ایپ انسٹال کریں۔',
      'मंत्री ने कहा कि किसान यह ऐप डाउनलोड करें और पंजीकरण कराएं।',
      'Bakan, vatandaşların uygulamayı indirmesini istedi.',
    ],
  },
  {
    id: 'boilerplate.app-promo.jobboerse.de',
    kind: 'boilerplate',
    category: 'app-promo',
    lang: 'de',
    // A site's own job-board promo box inside the article, ending in a call to action.
    pattern: /\bjobbörse\b.{0,300}\b(?:reinschauen|entdecken)\b[^.]{0,30}[!.]?$/iu,
    maxLength: 400,
    shape: 'any',
    position: 'any',
    note: 'A tech blog’s job-board box ("Deine Jobbörse … Jetzt reinschauen!").',
    examples: [
      'Deine Jobbörse für Digitalberufe Du suchst eine neue Stelle? Hunderte offene Jobs in Marketing, IT und Design findest du in unserer Jobbörse. Jetzt reinschauen!',
    ],
    counterExamples: ['Die Jobbörse der Stadt wurde im Mai eröffnet, sagte der Sprecher.'],
  },
  {
    id: 'boilerplate.app-promo.push-notifications.tr',
    kind: 'boilerplate',
    category: 'app-promo',
    lang: 'tr',
    pattern: /^masaüstü bildirimlerimize izin vererek\b.{0,160}$/iu,
    maxLength: 200,
    shape: 'any',
    position: 'any',
    note: 'Turkish aggregators\' push-notification prompt (haberler.com mirror in the corpus).',
    examples: ['Masaüstü bildirimlerimize izin vererek en son haberleri, analizleri ve derinlemesine içerikleri hemen öğrenin.'],
    counterExamples: ['Masaüstü bilgisayar satışları geçen yıl yüzde 12 düştü.'],
  },
  {
    id: 'boilerplate.app-promo.reuters-italia',
    kind: 'boilerplate',
    category: 'app-promo',
    lang: 'it',
    pattern: /^(?:sul sito www\.\S+ altre notizie\b.{0,160}|le top news anche su www\.\S+)$/i,
    maxLength: 220,
    shape: 'any',
    position: 'any',
    note: 'Reuters Italian service trailer ("Sul sito www.reuters.com altre notizie Reuters in italiano…").',
    examples: [
      'Sul sito www.reuters.com altre notizie Reuters in italiano Le top news anche su www.twitter.com/reuters_italia',
      'Le top news anche su www.twitter.com/reuters_italia',
    ],
    counterExamples: ['Sul sito del ministero sono comparse altre notizie false, ha detto il portavoce.'],
  },
  {
    id: 'boilerplate.copyright-notice.all-rights-reserved',
    kind: 'boilerplate',
    category: 'copyright-notice',
    lang: 'en',
    // The wire's own notice at the end of its copy: "Copyright 2023 The Associated Press.
    // All rights reserved. This material may not be published, broadcast, …".
    pattern: /^(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}\s+)?[^.]{2,60}\.\s*all rights reserved\b/i,
    maxLength: 300,
    shape: 'any',
    position: 'any',
    note: 'AP copy on republishing sites (agencies.tsv: AP footer).',
    examples: [
      'Copyright 2023 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
      '© 2024 Reuters. All rights reserved.',
    ],
    counterExamples: ['Copyright lawyers said all rights reserved by the studio would be tested in court.'],
  },
  {
    id: 'boilerplate.copyright-notice.in-redazione',
    kind: 'boilerplate',
    category: 'copyright-notice',
    lang: 'it',
    // Reuters Italian desk trailer: "(In Redazione a Roma Stefano Bernabei, …)".
    pattern: /^\(\s*in redazione a \p{Lu}.{2,240}\)$/iu,
    maxLength: 260,
    shape: 'any',
    position: 'any',
    note: 'Reuters Italian service (it.reuters.com in the corpus).',
    examples: ['(In Redazione a Roma Stefano Bernabei, reutersitaly@thomsonreuters.com, +39 06 85224210)'],
    counterExamples: ['In redazione a Roma, i giornalisti hanno votato lo sciopero per venerdì.'],
  },
  {
    id: 'boilerplate.copyright-notice.redistribution-prohibited',
    kind: 'boilerplate',
    category: 'copyright-notice',
    lang: 'ko',
    // Korean wire notice: "[국내에서만 사용가능. 재배포 금지. DB 금지. For Use Only in the Republic of Korea. Redistribution Prohibited]".
    pattern: /^\[[^\]]{0,80}(?:재배포 금지|redistribution prohibited)[^\]]{0,120}\](?:\s*[\w.+-]+@[\w.-]+)?$/iu,
    maxLength: 220,
    shape: 'any',
    position: 'any',
    note: 'News1 / Yonhap photo and copy notices (woomter.com repost in the corpus).',
    examples: [
      '[국내에서만 사용가능. 재배포 금지. DB 금지. For Use Only in the Republic of Korea. Redistribution Prohibited]',
      '[국내에서만 사용가능. 재배포 금지. DB 금지. For Use Only in the Republic of Korea. Redistribution Prohibited] rodongphoto@news1.kr',
    ],
    counterExamples: ['재배포 금지 조항을 어긴 업체는 과태료를 물게 된다고 당국은 밝혔다. 업체들은 반발했다.'],
  },
  {
    id: 'boilerplate.copyright-notice.riproduzione-riservata',
    kind: 'boilerplate',
    category: 'copyright-notice',
    lang: 'it',
    pattern: /^(?:©\s*)?riproduzione riservata(?:\s*©?\s*copyright\s+\S.{0,30})?$/i,
    maxLength: 60,
    shape: 'any',
    position: 'any',
    note: 'ANSA ("Riproduzione riservata © Copyright ANSA"), Italian papers ("© RIPRODUZIONE RISERVATA").',
    examples: ['Riproduzione riservata © Copyright ANSA', '© RIPRODUZIONE RISERVATA'],
    counterExamples: ['Riproduzione vietata, ha detto il giudice, ma la copia circolava già in rete.'],
  },
  {
    id: 'boilerplate.feed-debris.bare-address',
    kind: 'boilerplate',
    category: 'feed-debris',
    lang: 'mul',
    // A web address alone as a line, not a link (a feed or a copy-paste kept the address of
    // the post it took a photo or a text from), or an ad network's client id left as text.
    pattern: /^(?:(?:https?:\/\/|www\.)[^\s<>"]{8,300}|(?:ca-)?pub-\d{10,20})$/i,
    maxLength: 300,
    shape: 'no-link',
    position: 'any',
    note: 'Language-independent leftovers: "https://www.facebook.com/photo?fbid=…&set=pcb.…" as the first line of a post (glasotnaevropa.mk), the AdSense client id "pub-5160901092443552" as text (radionigeriaibadan.gov.ng), both in the corpus. A linked address is left to the source and feed-proxy rules.',
    examples: ['https://www.facebook.com/photo?fbid=585027486327528&set=pcb.585027539660856', 'pub-5160901092443552', 'ca-pub-1234567890123456', 'www.example.com/2024/05/bridge-plan'],
    counterExamples: [
      'More on the plan at https://council.example/bridge, the mayor said.',
      'www.example.com was down for three hours on Monday, the company said.',
      'Pub-goers were asked to leave before midnight, police said.',
    ],
  },
  {
    id: 'boilerplate.feed-debris.feedburner-posted',
    kind: 'boilerplate',
    category: 'feed-debris',
    lang: 'en',
    pattern: /^Posted:\s+\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{1,2}:\d{2}\s+[AP]M\s+[A-Z]{2,5}$/,
    maxLength: 50,
    shape: 'any',
    position: 'any',
    note: 'The date line of each item in FeedBurner\'s e-mail digest ("Posted: 06 Jul 2013 01:51 AM PDT"), kept when a blog republishes the digest (ms--blogspot-pakatan-feedburner-email in the corpus).',
    examples: ['Posted: 06 Jul 2013 01:51 AM PDT', 'Posted: 12 Mar 2011 11:05 PM GMT'],
    counterExamples: ['Posted: the letter arrived on 6 July 2013, she said.'],
  },
  {
    id: 'boilerplate.feed-debris.markup-residue',
    kind: 'boilerplate',
    category: 'feed-debris',
    lang: 'mul',
    // Code left as text by a feed or a scraper: a CDATA end, an image file name, a
    // snake_case flag, a row of snake_case names (an icon font's ligatures or an icon's class
    // printed for each button of a bar: "social_icon social_icon", "chat_bubble_outline share"; one
    // alone when it names an icon or a button: "social_icon", "arrow_forward", "fb_btn"; blocks'
    // spaces are single, so one space between names), escaped <br/> tags, the tail of an <a target="…"> tag before its URL,
    // a raw JSON object or array of objects, an image's size in pixels (or a srcset width, "800w")
    // with the name of its author, WordPress shortcodes with their attributes or an embedded
    // address ('[caption id="attachment_12" width="800"]', "[embed]https://…[/embed]") left
    // when the plugin that reads them is not there.
    pattern:
      /^(?:\]\]>|<!\[CDATA\[|[\w-]{1,60}\.(?:jpe?g|png|gif|webp)|[a-z][a-z0-9]*(?:_[a-z0-9]+){3,8}|[a-z][a-z0-9]*(?:_[a-z0-9]+){1,4}(?: [a-z][a-z0-9]*(?:_[a-z0-9]+){1,4}){1,11}|(?=[a-z0-9_]*?(?:icon|btn|button|logo|outline|arrow|chevron|social|share))[a-z][a-z0-9]*(?:_[a-z0-9]+){1,3}(?: (?=[a-z0-9_]*?(?:icon|btn|button|logo|outline|arrow|chevron|social|share))[a-z][a-z0-9]*(?:_[a-z0-9]+){1,3}){0,11}|[^<>]{0,40}<br\s*\/?>[^<>]{0,40}<br\s*\/?>[^<>]{0,80}(?:<br\s*\/?>[^<>]{0,40}){0,4}|[a-z-]{0,20}="[^"<>]{0,40}">\s*https?:\/\/\S{1,200}|\[?\{\s*"[@$\w-]{1,40}"\s*:\s*(?:"|-?\d|\{|\[|true\b|false\b|null\b)[^]{0,260}|(?:\d{2,4}\s?[x×]\s?\d{2,4}(?:\s?px)?|\d{3,4}w)(?:\s+\p{L}[\p{L}'.-]*){0,4}|(?:\[\/?[a-z][\w-]{0,30}(?:\s+[\w-]{1,30}=(?:"[^"\]]{0,200}"|'[^'\]]{0,200}'|[^\s"'\]]{1,200})){0,10}\s*\/?\]\s*(?:https?:\/\/[^\s[\]]{1,300}\s*)?){1,6})$/iu,
    // Every reading holds one of these (a tag's or JSON's bracket, an underscore, an image file's
    // ending, a size): a page compiles the long pattern only for a line that has one (most have none).
    guard: /[_<>{[=]|\.(?:[jJ][pP][eE]?[gG]|[pP][nN][gG]|[gG][iI][fF]|[wW][eE][bB][pP])|\d\s?[xX×]\s?\d|\d[wW]/u,
    maxLength: 300,
    shape: 'any',
    position: 'any',
    note: 'Feed and scraper debris, language-independent: "]]>" (fi--liikennetilanne-aggregator-cdata), "photo-2441083.jpg" (lt--etaplius-bns-digest-photo-residue), "walla_ssr_page_has_been_loaded_successfully" (he--walla-mivzakim-ssr-debris), "第6版(国际)<br/>专栏:<br/><br/>" (zh--govopendata-renminribao-br-debris), \'et="_blank">https://news.yahoo.co.jp/…\' (ja--itgadget-yahoo-link-residue), all in the corpus; raw JSON (a feed\'s item or a page\'s JSON-LD printed as text) and an image\'s pixel size with its author\'s name ("1200x800 Maria Lopez"), WordPress shortcodes with attributes or an embedded address and a srcset width ("800w Maria Lopez"); a row of icon names as text ("social_icon social_icon…" on 7tv.kg in the corpus; Material Icons ligatures such as "chat_bubble_outline"), the kinds issue 14 names, in our own examples.',
    examples: [
      ']]>', 'photo-2441083.jpg', 'walla_ssr_page_has_been_loaded_successfully', '第6版(国际)<br/>专栏:<br/><br/>', 'et="_blank">https://news.yahoo.co.jp/articles/f8bdc858ad9fcf6dcce0559066c119a4e85b5632',
      '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves budget"}', '[{"id":4512,"title":"Flood warning issued"}]', '1200x800 Maria Lopez', '640 × 427',
      'social_icon social_icon social_icon social_icon', 'chat_bubble_outline mail_outline', 'social_icon', 'arrow_forward', 'share_btn', '800w Maria Lopez', '1200w', '[caption id="attachment_4512" align="alignnone" width="800"]', '[embed]https://www.youtube.com/watch?v=abc123[/embed]',
      '[video width="640" height="360" mp4="https://news.example/wp-content/uploads/2024/05/bridge.mp4"][/video]', "[gallery ids='12,13,14' columns=3]",
    ],
    counterExamples: [
      'The file photo.jpg was shared ten thousand times before it was removed, police said.',
      'Editors replaced every <br> tag with a paragraph, the style guide says.',
      'Her variable names, such as max_speed_limit_value, became a running joke in the team.',
      '1200 people were evacuated from the valley overnight, officials said.',
      '1200 x 800 metres of the old airfield were flooded, the mayor said.',
      '800W heaters were banned from the market in 2019, the regulator said.',
      'social_icon and share_bar were the names the developers gave the buttons, she said.',
      'john_doe',
      'max_connections',
      'The social_icon class was renamed in the new version, the developers said.',
      '[Updated] The council met again on Friday to approve the budget.',
      '[caption] is the tag the plugin reads, the developer explained.',
      'Gallery ids were changed to protect the donors, the museum said.',
    ],
  },
  {
    id: 'boilerplate.feed-debris.meta-line',
    kind: 'boilerplate',
    category: 'feed-debris',
    lang: 'mul',
    // A line of metadata and nothing else: dates, times, a weekday's abbreviation, field labels
    // with their short values ("ID : 50144", "Auther :"), at least one date or time, and a field
    // label or Drupal's default "Thu, 03/12/2009 - 10:15" (a date alone is the page's own
    // dateline, left to the byline; a line of digits alone, such as a schedule slot "18:00 - 20:00"
    // or a player's "0:00/2:33", is data to the project, never a widget's words, so a line
    // without a letter is never taken); or one field label alone with a number or nothing
    // after it ("ID : 50144", "Auther :", when each field is a block of its own). A CMS's or
    // a feed's fields printed as text, in any language, as the shape is digits and separators
    // (the labels are a handful of standard field names).
    // A story sentence has words between its numbers, so it never has this shape.
    pattern: new RegExp(String.raw`^(?:(?=[^]*?(?:${DATE}|${TIME}))(?=[^]*?(?:${META_LABEL}\s?[:：]|${DAY}\s?${DATE}\s?-\s?${TIME}))(?:${META_SEP}${META_ITEM}){1,9}${META_SEP}|${META_LABEL}\s?[:：](?:\s?\d{1,10})?)$`, 'u'),
    maxLength: 80,
    shape: 'any',
    position: 'any',
    note: 'A CMS\'s field block printed as text ("ID : 50144 Thu, 03/12/2009 - 10:15 Auther :" on the oananews mirror of a Bernama story, in the corpus); the same shape as a feed item\'s "Published: 2024-05-03 10:15".',
    examples: ['ID : 50144 Thu, 03/12/2009 - 10:15 Auther :', 'ID : 50144', 'Thu, 03/12/2009 - 10:15', 'Auther :', 'Updated: 12:30', 'Posted: 2024/05/03 | Views: 1520', '编辑：张伟 2024年5月3日'],
    counterExamples: [
      'At 18:00 - 20:00 the road will be closed, police said.',
      'The 18:00 train was cancelled on 03/12/2009, the operator said.',
      '12:30 was the time the first shot was heard, witnesses said.',
      'Editor: the word she chose for herself after 20 years.',
      'ID cards issued before 2009-12-03 remain valid, the ministry said.',
      '2024-05-03',
      '2024-05-03 10:15',
      '18:00 - 20:00',
    ],
  },
  {
    id: 'boilerplate.feed-disclaimer.auto-generated-from',
    kind: 'boilerplate',
    category: 'feed-disclaimer',
    lang: 'en',
    // "This report is auto-generated from Press Trust of India news service."
    pattern:
      /^\(?(?:this|the) (?:report|story|article|news|copy) (?:is|was|has been) (?:auto-?generated (?:from|via) .{2,80}?\b(?:news service|news agency|wire(?: service)?|feeds?|agencies)\b|(?:published|sourced) (?:from|via) an? (?:(?:wire|news|agency)\s+){1,2}feed\b)/i,
    maxLength: 300,
    shape: 'any',
    position: 'any',
    note: 'ThePrint ("This report is auto-generated from Press Trust of India news service. ThePrint holds no responsibility for its content.").',
    examples: [
      'This report is auto-generated from Press Trust of India news service. ThePrint holds no responsibility for its content.',
      'This story is published from a wire agency feed without modifications to the text.',
    ],
    counterExamples: ['The report was published from Geneva by the news agency’s correspondent on Friday, officials said.'],
  },
  {
    id: 'boilerplate.feed-disclaimer.regenerated',
    kind: 'boilerplate',
    category: 'feed-disclaimer',
    lang: 'en',
    pattern: /\b(?:found|discovered|picked) this (?:article|story|news)\b.{0,80}\b(?:regenerated|rewritten|republished|rewrote)\b.{0,40}\bfor our readers\b/i,
    maxLength: 200,
    shape: 'any',
    position: 'any',
    note: 'Scraper footer quoted by Adweek ("Our editors found this article on the site using Google and regenerated it for our readers.").',
    examples: ['Our editors found this article on the site using Google and regenerated it for our readers.'],
    counterExamples: ['Our readers found this story hard to believe, the editor wrote in a column on Sunday.'],
  },
  {
    id: 'boilerplate.feed-disclaimer.syndicated-feed',
    kind: 'boilerplate',
    category: 'feed-disclaimer',
    lang: 'en',
    // The structure, not one outlet's words: a note that the story is machine-published
    // from a syndicated feed and was not edited / was auto-generated.
    pattern:
      /^\(?(?=[^]*\bsyndicated\b(?:\s+\w+){0,2}\s+feeds?\b)(?=[^]*\b(?:auto-?generated|un-?edited|not\s+(?:been\s+|have\s+been\s+)?(?:edited|modified)|published\s+from|reworked)\b)/i,
    maxLength: 400,
    shape: 'any',
    position: 'any',
    republisher: /\bby\s+(?:the\s+)?([^()]{2,60}?)(?:['’]s)?\s+(?:staff|editorial team|editors|desk)\b/i,
    note: 'LatestLY (seed), NDTV, Devdiscourse, Free Press Journal, Business Standard syndicated-feed notes.',
    examples: [
      '(This is an unedited and auto-generated story from a Syndicated News feed, the content body may not have been modified or edited by LatestLY staff)',
      '(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)',
      '(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)',
      'Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.',
    ],
    counterExamples: [
      'The agency said the syndicated feed of match results had been edited after the error was found, and apologised to readers for the delay in publishing the corrections.',
      'Editors at the paper said the story was not edited before it went out.',
    ],
  },
  {
    id: 'boilerplate.feed-disclaimer.with-inputs',
    kind: 'boilerplate',
    category: 'feed-disclaimer',
    lang: 'en',
    // "(With inputs from agencies)", "(With inputs from PTI)", "(With agency inputs)".
    pattern: /^\(?\s*with\s+(?:inputs?\s+from\s+[^()]{2,60}|agency\s+inputs?)\s*\)?\.?$/i,
    maxLength: 80,
    shape: 'any',
    position: 'any',
    note: 'Indian news desks rewriting agency copy (Devdiscourse, NDTV, India Today).',
    examples: ['(With inputs from agencies.)', '(With inputs from PTI)', 'With agency inputs'],
    counterExamples: ['With inputs from farmers and traders, the committee drafted new rules for the market.'],
  },
  {
    id: 'boilerplate.newsletter',
    kind: 'boilerplate',
    category: 'newsletter',
    lang: 'en',
    pattern: /^(?:sign up|subscribe)\b.{0,80}\bnewsletters?\b.{0,80}$/i,
    maxLength: 180,
    shape: 'any',
    position: 'any',
    note: 'Breitbart ("SIGN UP FOR OUR NEWSLETTER", "Subscribe to our other newsletters here.").',
    examples: ['SIGN UP FOR OUR NEWSLETTER', 'Subscribe to our other newsletters here.', 'Sign up for our daily newsletter'],
    counterExamples: ['Subscribers to the newsletter rose to two million last year, the company said.'],
  },
  {
    id: 'boilerplate.newsletter.blurbs-zh',
    kind: 'boilerplate',
    category: 'newsletter',
    lang: 'zh',
    // A row of e-newsletter pitches, each led by its title in 【】 ("【FIND科技報】", "【儂儂時尚電子報】"),
    // one of them an e-newsletter (電子報 / 电子报): the sign-up page's furniture, not a story.
    pattern: /^(?=[^]*?[電电]子[報报]】)(?:[^【]{0,120}【[^【】]{1,14}[報报]】){2,6}[^【]{0,160}$/u,
    maxLength: 420,
    shape: 'any',
    position: 'any',
    note: 'udn\'s e-newsletter ("聯合電子報") pitches copied with its stories by Blogger scrapers ("和【FIND科技報】一起… 【儂儂時尚電子報】提供…", zh--blogspot-scrapbase-udn-newsletter-hant and zh--blogspot-amysidvtw-udn-newsletter-hant in the corpus); Taiwanese and mainland newsletters title themselves the same way.',
    examples: ['這一刻,科技發展又有什麼新發現?和【FIND科技報】一起在無遠弗界的資訊汪洋中遊走,盡情挖掘新知識! 【儂儂時尚電子報】提供各種多元的時尚知識及職場求生的技巧'],
    counterExamples: ['【聯合報】記者昨天走訪現場,發現道路仍未修復。', '根據【經濟日報】報導,央行昨天宣布升息。'],
  },
  {
    id: 'boilerplate.newsletter.edition-of',
    kind: 'boilerplate',
    category: 'newsletter',
    lang: 'en',
    pattern: /^this (?:article|story|piece|is) (?:is )?(?:an edition|part) of .{2,80}?, a newsletter\b.{0,300}$/i,
    maxLength: 400,
    shape: 'any',
    position: 'any',
    republisher: /^this (?:article|story|piece|is) (?:is )?(?:an edition|part) of (.{2,80}?)(?:\s+Daily)?, a newsletter/i,
    note: 'The Atlantic Daily reposted by aggregators (thereporters.com in the corpus).',
    examples: [
      'This is an edition of The Atlantic Daily, a newsletter that guides you through the biggest stories of the day, helps you discover new ideas, and recommends the best in culture. Sign up for it here.',
    ],
    counterExamples: ['This is an edition of the festival that organisers say will be remembered for its rain.'],
  },
  {
    id: 'boilerplate.newsletter.issue-line',
    kind: 'boilerplate',
    category: 'newsletter',
    lang: 'mul',
    // The masthead line of an e-mail newsletter copied with its stories: an issue number
    // ("第8072期", "Issue 214", "Edición 35") and a subscribe / unsubscribe link's words.
    pattern: /^[^.!?。！？]{0,80}?(?:第\s?\d{1,6}\s?期|(?:Issue|No\.|Nº|N°|Edición|Edição|Ausgabe|Выпуск|Sayı|Edisi)\s?#?\d{1,6})[^.!?。！？]{0,30}?(?:訂閱|订阅|退訂|退订|Unsubscribe|Subscribe|Darse de baja|Suscribirse|Cancelar suscripción|Descadastrar|Abbestellen|Abmelden|Se désabonner|Se désinscrire|Отписаться|Abonelikten çık|Berhenti berlangganan)[^.!?。！？]{0,40}$/iu,
    maxLength: 200,
    shape: 'any',
    position: 'any',
    note: 'The masthead of udn\'s e-newsletter copied by Blogger scrapers ("新聞 健康 財經 NBA台灣 網站總覽 聯合電子報 2018/08/04 第6448期 | 訂閱/退訂 | 看歷史報份", in the corpus twice); every e-mail newsletter prints its issue number and an unsubscribe link the same way.',
    examples: ['新聞 健康 財經 NBA台灣 網站總覽 聯合電子報 2018/08/04 第6448期 | 訂閱/退訂 | 看歷史報份', 'Morning Brief · Issue 214 | Unsubscribe | View in browser', 'Boletín diario · Edición 35 · Darse de baja'],
    counterExamples: ['Issue 214 of the magazine asked readers to unsubscribe from spam, the editor said.', '第6448期彩票開獎後,訂閱人數大增。'],
  },
  {
    id: 'boilerplate.republication.appeared-first',
    kind: 'boilerplate',
    category: 'republication',
    lang: 'en',
    // The footer WordPress RSS feeds add to every item, kept by the sites that scrape
    // them. The site name is a capitalised name ending the block, not running prose.
    pattern: /^The post .{1,300}? appeared first on (?:the )?[\p{Lu}\p{N}][^,;:]{0,60}$/u,
    maxLength: 400,
    shape: 'any',
    position: 'any',
    republisher: /appeared first on\s+(.{2,80}?)[.!]?$/i,
    note: 'WordPress RSS footer (socialnews.xyz in ../shared/corpus/syndication).',
    examples: ['The post Stocks rally as inflation cools appeared first on Business Daily.'],
    counterExamples: [
      'The post of prime minister appeared first on the agenda of the coalition talks, which dragged on for weeks.',
    ],
  },
  {
    id: 'boilerplate.republication.first-published',
    kind: 'boilerplate',
    category: 'republication',
    lang: 'en',
    // "This report by The Canadian Press was first published May 3, 2023."
    pattern: /^[Tt]his (?:report|story|article) by (?:[Tt]he )?\p{Lu}.{1,60}? was first published\b.{0,40}$/u,
    republisher: /^[Tt]his (?:report|story|article) by ((?:[Tt]he )?\p{Lu}.{1,60}?) was first published/u,
    maxLength: 140,
    shape: 'any',
    position: 'any',
    note: 'The Canadian Press trailer on partner sites (agencies.tsv).',
    examples: ['This report by The Canadian Press was first published June 10, 2021.'],
    counterExamples: ['This report by the auditor was first published in 2019 and later withdrawn.'],
  },
  {
    id: 'boilerplate.republication.originally-appeared',
    kind: 'boilerplate',
    category: 'republication',
    lang: 'en',
    pattern:
      /^(?:this (?:article|story|post|piece|report) )?(?:was |is |has been )?(?:originally|first) (?:appeared|published|ran|posted)(?: by)? (?:on|in|at|by) \S.{0,80}$/i,
    maxLength: 200,
    shape: 'any',
    position: 'any',
    republisher: /(?:originally|first) (?:appeared|published|ran|posted)(?: by)? (?:on|in|at|by)\s+(.{2,80}?)[.!]?$/i,
    note: 'VICE editions, The Conversation republishing notes (vice.com in ../shared/corpus/syndication).',
    examples: [
      'This article originally appeared on VICE US.',
      'This article was originally published on The Conversation.',
    ],
    counterExamples: [
      'The report originally appeared to show a rise in sales, but it was later corrected by the ministry.',
    ],
  },
  {
    id: 'boilerplate.republication.posted-by',
    kind: 'boilerplate',
    category: 'republication',
    lang: 'en',
    pattern: /^[Tt]his (?:article|story|post) was (?:posted|published) by (?:[Tt]he )?\p{Lu}[^,;.]{1,60}\.?$/u,
    maxLength: 90,
    shape: 'any',
    position: 'any',
    republisher: /was (?:posted|published) by (?:the )?(.{2,60}?)\.?$/i,
    note: 'Autoblog stubs crediting the outlet they copied (hgvlpga.com: "This article was posted by AP News.").',
    examples: ['This article was posted by AP News.'],
    counterExamples: ['This article was posted by a reader who asked not to be named, and then taken down.'],
  },
  {
    id: 'boilerplate.republication.telah-tayang',
    kind: 'boilerplate',
    category: 'republication',
    lang: 'id',
    // "Artikel ini telah tayang di Kompas.com dengan judul …"
    // The credit often carries the original title and its full address.
    pattern: /^(?:berita|artikel) ini (?:telah )?(?:tayang|terbit|dimuat|tayang lebih dulu) di\s+\S.{0,360}$/i,
    maxLength: 400,
    shape: 'any',
    position: 'any',
    republisher: /(?:tayang|terbit|dimuat|tayang lebih dulu) di\s+(\S+?(?:\s+\S+?)?)(?:\s+dengan judul\b|[.,]|$)/i,
    note: 'Indonesian network sites (Tribunnews, Kompas) crediting the sister site that ran the story first.',
    examples: ['Artikel ini telah tayang di Kompas.com dengan judul "Harga BBM Naik Lagi"', 'Berita ini telah tayang di Tribunnews.com'],
    counterExamples: ['Artikel ini membahas kenaikan harga BBM yang diumumkan pemerintah pekan lalu.'],
  },
  {
    id: 'boilerplate.share-prompt',
    kind: 'boilerplate',
    category: 'share-prompt',
    lang: 'en',
    // Share widgets flattened to text: "share now", "Share this:", "Share Tweet Email".
    pattern:
      /^(?:share\s+(?:now|this(?:\s+(?:article|story|post))?)|share\s+on\s+(?:facebook|twitter|x|whatsapp|linkedin|telegram)|(?:share|tweet)(?:\s+(?:share|tweet|email|e-mail|pin|print|whatsapp|facebook|twitter|linkedin|reddit|copy link)){1,6})[\s:!.]*$/i,
    maxLength: 60,
    shape: 'any',
    position: 'any',
    note: 'Social widgets flattened to text by scrapers ("share now" in the seed).',
    examples: ['share now', 'Share this article', 'Share on WhatsApp', 'Share this:', 'Share Tweet', 'Share Tweet Email Print'],
    counterExamples: ['Share prices fell sharply on Monday.', 'Share now, pay later schemes are growing.', 'Tweet storms are common.'],
  },
  {
    id: 'boilerplate.share-prompt.de',
    kind: 'boilerplate',
    category: 'share-prompt',
    lang: 'de',
    pattern: /^teile diesen (?:beitrag|artikel)[!.]?$/iu,
    maxLength: 30,
    shape: 'any',
    position: 'any',
    note: 'BASIC thinking ("Teile diesen Beitrag!").',
    examples: ['Teile diesen Beitrag!'],
    counterExamples: ['Teile diesen Beitrags wurden später gestrichen, sagte der Autor.'],
  },
  {
    id: 'boilerplate.source-link',
    kind: 'boilerplate',
    category: 'source-link',
    lang: 'en',
    // The autoblog's link back to the page it copied: a block that is just "Source link".
    pattern: /^(?:source\s+link|original\s+source|source\s+url)[\s:.]*$/i,
    maxLength: 30,
    shape: 'mostly-link',
    position: 'any',
    note: 'WordPress autoblog plugins (seed article ends with a "Source link" anchor).',
    examples: ['Source link', 'Original source'],
    counterExamples: ['Source link analysis is a growing field.', 'The source said the link was broken.'],
  },
  {
    id: 'boilerplate.source-link.agency-initials',
    kind: 'boilerplate',
    category: 'source-link',
    lang: 'mul',
    // "PAP / psd": the agency's credit with the editor's initials, alone on the last line.
    pattern: /^(?:PAP|ANSA|ČTK|CTK|dpa|APA|AFP|EFE|Lusa|BTA)\s*\/\s*\p{Ll}{2,5}\.?$/u,
    maxLength: 20,
    shape: 'any',
    position: 'tail',
    note: 'Polish PAP copy on partner sites (deon.pl: "PAP / psd").',
    examples: ['PAP / psd'],
    counterExamples: ['PAP / psd to skróty, które czytelnicy znają z depesz.'],
  },
  {
    id: 'boilerplate.source-link.chitat-na-saite',
    kind: 'boilerplate',
    category: 'source-link',
    lang: 'ru',
    pattern: /^(?:читать на сайте\s+\S.{0,40}|читать далее|читать полностью)[.…»›]*$/i,
    maxLength: 60,
    shape: 'any',
    position: 'any',
    republisher: /^читать на сайте\s+(.{2,40}?)[.…»›]*$/i,
    note: 'RIA Novosti AMP ("Читать на сайте Ria.ru"), Russian aggregators ("Читать далее").',
    examples: ['Читать на сайте Ria.ru', 'Читать далее'],
    counterExamples: ['Читать далее было невозможно: текст обрывался на середине, рассказал редактор.'],
  },
  {
    id: 'boilerplate.source-link.dash-credit',
    kind: 'boilerplate',
    category: 'source-link',
    lang: 'mul',
    // "– UTUSAN ONLINE": a dash, then the name of where the text came from in capitals, alone
    // on a line after the story (any language: the shape, not the words). Dialogue lines open
    // with a dash too, but they are sentences in mixed case, and a shouted reply ends like one ("– OK.").
    pattern: /^[–—-]\s*\p{Lu}[\p{Lu}\p{N}&'’.]*(?:[ -][\p{Lu}\p{N}&'’.]+){0,3}(?<!\.)\s*$/u,
    maxLength: 40,
    shape: 'any',
    position: 'tail',
    note: 'Malaysian blogs reposting newspapers (wak-labu.blogspot.com: "– UTUSAN ONLINE" under the copied story); the same sign-off shape as "— AFP", "- BERNAMA".',
    examples: ['– UTUSAN ONLINE', '— AFP', '- BERNAMA', '– KOMPAS.COM'],
    counterExamples: ['– Nie wiem, co się stało – powiedział świadek.', '– Det var en olycka, sa han.', '— No, the mayor said.', '– OK.'],
  },
  {
    id: 'boilerplate.source-link.dated-origin',
    kind: 'boilerplate',
    category: 'source-link',
    lang: 'mul',
    // The info line of Chinese portals and their English editions: the date and time, the
    // outlet the copy came from (after "来源：" / "Source:" or bare), its editor. A name between
    // the time and an "Editor:" field is where the text came from.
    pattern: new RegExp(String.raw`^${DATE}\s?(?:${TIME})?\s?(?:(?:来源|來源|Source)\s?[:：]\s?)?(?:\p{Lu}[\p{L}.&'’-]*(?:\s\p{Lu}[\p{L}.&'’-]*){0,3}|\p{Script=Han}{2,10})\s+(?:Editor|Editors|编辑|責任編輯|责任编辑|編輯)\s?[:：]\s?${META_VALUE}$`, 'u'),
    maxLength: 80,
    shape: 'any',
    position: 'any',
    note: 'The info line over a story on ecns.cn ("2015-09-26 08:14Xinhua Editor: Mo Hong\'e", in the corpus); the Chinese editions print it as "2015-09-26 08:14 来源：新华社 编辑：…".',
    examples: ["2015-09-26 08:14Xinhua Editor: Mo Hong'e", '2024-05-03 10:15 来源：新华社 编辑：张伟', '2024-05-03 Chinanews Editor: Li Yan'],
    counterExamples: ['2015-09-26 08:14 Xinhua said the editor had been detained.', 'Editor: Mo Hong was appointed on 2015-09-26, the agency said.'],
  },
  {
    id: 'boilerplate.source-link.feed-proxy',
    kind: 'boilerplate',
    category: 'source-link',
    lang: 'mul',
    // Feed-to-blog services end each copied item with the origin through their link proxy.
    pattern: /(?:^|\s)(?:https?:\/\/)?(?:ift\.tt|feedproxy\.google\.com|feeds\.feedburner\.com|rss\.feedsportal\.com)\/\S{1,200}(?:\s+\S{1,12})?$/i,
    maxLength: 400,
    shape: 'any',
    position: 'any',
    note: 'IFTTT and FeedBurner proxy links ending an autoblog post ("from The Navbharattimes https://ift.tt/2RBfYmn" on a Hindi Blogger copy, "からの記事と詳細 ( … - 読売新聞 ) https://ift.tt/3BHEgzt 日本" on a Japanese one, both in the corpus); the proxy hosts are the services\' own.',
    examples: ['from The Navbharattimes https://ift.tt/2RBfYmn', 'からの記事と詳細 ( 首相会見 - 読売新聞 ) https://ift.tt/3BHEgzt 日本', 'Read more: http://feedproxy.google.com/~r/example/~3/abc123/'],
    counterExamples: ['The service ift.tt was shut down after the company changed its terms, users said.'],
  },
  {
    id: 'boilerplate.source-link.laiyuan',
    kind: 'boilerplate',
    category: 'source-link',
    lang: 'zh',
    // "(来源:央视新闻客户端)": the source credit Chinese portals put under a reposted story.
    pattern: /^[（(]\s*来源\s*[:：]\s*[^)）]{1,40}[)）]$/u,
    maxLength: 50,
    shape: 'any',
    position: 'any',
    republisher: /来源\s*[:：]\s*([^)）]{1,40})[)）]$/u,
    note: 'Taihainet and other Chinese portals ("(来源:央视新闻客户端)").',
    examples: ['(来源:央视新闻客户端)', '（来源：新华网）'],
    counterExamples: ['来源不明的消息在网上流传,警方提醒市民注意。'],
  },
  {
    id: 'boilerplate.source-link.leer-completa',
    kind: 'boilerplate',
    category: 'source-link',
    lang: 'es',
    pattern: /^(?:[Ll]eer|[Ll]ee|[Vv]er) (?:la )?(?:noticia|nota|artículo) completa? en\s+\p{Lu}[^,;:]{0,50}$/u,
    maxLength: 90,
    shape: 'any',
    position: 'any',
    republisher: /completa? en\s+(.{2,60}?)\.?$/i,
    note: 'Spanish aggregators (andaluciainforma.com: "Leer noticia completa en El Mundo.").',
    examples: ['Leer noticia completa en El Mundo.'],
    counterExamples: ['Leer la noticia completa en el periódico costaba dos euros en 1990, recordó el autor.'],
  },
  {
    id: 'boilerplate.source-link.paren-origin',
    kind: 'boilerplate',
    category: 'source-link',
    lang: 'mul',
    // A copied story's credit in brackets at its end: a capitalised name (the paper) and the
    // date it printed the story, "(Utusan Malaysia 4 Julai 2008)", alone or after the story's
    // headline repeated with no stop, over the story or under it; any language (the month is
    // any word). A story sentence that ends in such brackets ends in a stop after them.
    pattern: /^(?:[^.!?()]{0,120}\s)?\(\s?(?:\p{Lu}[\p{L}'’.&-]*\s){1,4}(?:\d{1,2}\s\p{L}{3,10}\.?\s\d{4}|\p{L}{3,10}\.?\s\d{1,2},?\s\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\s?\)$/u,
    maxLength: 180,
    shape: 'any',
    position: 'any',
    note: 'Malaysian blogs reposting newspaper stories ("Fitnah bermaharajalela – PM (Utusan Malaysia 4 Julai 2008)" on kampungraja.blogspot.com, in the corpus); the clipping credit of press-review blogs in any language.',
    examples: ['Fitnah bermaharajalela – PM (Utusan Malaysia 4 Julai 2008)', '(Utusan Malaysia 4 Julai 2008)', '(The Star July 4, 2008)', '(Berita Harian 12/03/2009)'],
    counterExamples: [
      'The deal was signed in Kuala Lumpur (Utusan Malaysia reported on 4 July 2008).',
      'Prices rose again (Bank Negara 4 July 2008).',
      '(Photo: Reuters)',
    ],
  },
  {
    id: 'boilerplate.source-link.read-full-story',
    kind: 'boilerplate',
    category: 'source-link',
    lang: 'en',
    // An aggregator's teaser ends in a link-out: "… read full story".
    pattern: /^(?:\.{3}|…)?\s*(?:read (?:the )?(?:full|whole|complete) (?:story|article)|continue reading(?: at| on)?.{0,40})\s*[.»›]*$/i,
    maxLength: 60,
    shape: 'mostly-link',
    position: 'any',
    note: 'WorldNews (article.wn.com: "… read full story").',
    examples: ['... read full story', 'Read the full story', 'Continue reading on The Verge'],
    counterExamples: ['Read the full story of her escape in tomorrow’s paper, the editor promised.'],
  },
  {
    id: 'boilerplate.source-link.read-more-link',
    kind: 'boilerplate',
    category: 'source-link',
    lang: 'en',
    // A lone "Read More." link at the end of a copied stub points to the original.
    pattern: /^read more[.…»›]*$/i,
    maxLength: 15,
    shape: 'mostly-link',
    position: 'tail',
    note: 'Autoblog stubs (hgvlpga.com: "This article was posted by AP News. Read More.").',
    examples: ['Read More.', 'Read more'],
    counterExamples: ['Read more books, the minister told pupils.'],
  },
  {
    id: 'boilerplate.source-link.source-trailer',
    kind: 'boilerplate',
    category: 'source-link',
    lang: 'mul',
    // "Source: Middle East Monitor." / "Fonte: Investing" — a short credit line with no
    // sentence after it, at the end of a reposted story.
    pattern: /^(?:source|sources|fonte|fontes|fuente|quelle)\s*:\s*[^\s.:;][^.:;!?]{0,50}\.?(?:\s*link\s*:\s*\S+)?$/i,
    maxLength: 180,
    shape: 'any',
    position: 'tail',
    republisher: /^(?:source|sources|fonte|fontes|fuente|quelle)\s*:\s*([^.:;!?]{2,50}?)\s*\.?(?:\s*link\s*:.*)?$/i,
    note: 'WordPress repost blogs (riseofthemuslims: "Source: Middle East Monitor."), Blogger reposts (peritoubirajara: "Fonte: Investing").',
    examples: ['Source: Middle East Monitor.', 'Fonte: Investing', 'Source: Anadolu Agency'],
    counterExamples: [
      'Source: the ministry’s annual report shows a 4% rise in complaints, officials said.',
      'Sources say the deal is close.',
    ],
  },
  {
    id: 'boilerplate.source-link.source-url',
    kind: 'boilerplate',
    category: 'source-link',
    lang: 'mul',
    // "Link: https://…" / "URL : http://…" on its own line after a reposted story.
    pattern: /^(?:link|source url)\s*:\s*https?:\/\/\S+$/i,
    maxLength: 300,
    shape: 'any',
    position: 'tail',
    note: 'Repost blogs (riseofthemuslims: "Link: https://www.middleeastmonitor.com/…").',
    examples: ['Link: https://www.middleeastmonitor.com/20180201-lebanon-calls-for-turkeys-support/.'],
    counterExamples: ['Link: the two cases are connected, police said.'],
  },
];
