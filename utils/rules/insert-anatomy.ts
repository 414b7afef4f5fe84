// The anatomy of a related-story insert, as data: what the engine's insert scorer
// (utils/engine/insert.ts) reads, the weight of each feature, and the threshold. No
// language's label is needed: a short block between story paragraphs whose text is mostly
// one link to another article of the same site is an insert in any language; a short label
// and separator, a bold label, its own box, capitals or a class name such as "baca-juga"
// add evidence. A block with the shape of a story sentence is never an insert (the guard
// wins every tie). Weights are hand-set on the dev split of the corpus (npm run eval).

/** Class and id tokens of insert boxes, by language (compared without "-", "_" and case). */
export interface InsertClassTokens {
  lang: string;
  tokens: string[];
  /** where the tokens are seen (a CMS, a page) or why they are the standard wording */
  note: string;
}

export const insertClassTokens: InsertClassTokens[] = [
  { lang: 'ar', tokens: ['iqraaydan', 'aqraaydan', 'iqraayda'], note: 'transliterated "اقرأ أيضا" in Arabic news CMS classes (alalam.ir).' },
  { lang: 'bg', tokens: ['procheteteoshte', 'oshteotemata', 'svarzani'], note: '"Прочетете още", "Свързани" transliterated.' },
  { lang: 'bn', tokens: ['aroporun', 'aropodun', 'sompordito'], note: '"আরও পড়ুন" transliterated (Bengali portals).' },
  { lang: 'ca', tokens: ['llegeixtambe', 'relacionades'], note: '"Llegeix també" (Catalan news CMSes).' },
  { lang: 'cs', tokens: ['ctetetake', 'souvisejici', 'souvisejiciclanky'], note: '"Čtěte také", "Související články".' },
  { lang: 'da', tokens: ['laesogsaa', 'læsogså', 'relateret'], note: '"Læs også" (Danish news sites).' },
  { lang: 'de', tokens: ['lesensieauch', 'auchinteressant', 'mehrzumthema', 'weiterlesen', 'verwandt', 'weitereartikel', 'weiterenachrichten', 'dasinteressiert', 'auchlesen'], note: '"Lesen Sie auch", "Mehr zum Thema" boxes (basicthinking.de, karlsruhe-insider.de). Also "Weitere Artikel", "Weitere Nachrichten".' },
  { lang: 'el', tokens: ['diavasteepisis', 'sxetika', 'schetika'], note: '"Διαβάστε επίσης", "Σχετικά" transliterated.' },
  { lang: 'en', tokens: ['related', 'readalso', 'alsoread', 'seealso', 'readmore', 'morestories', 'morenews', 'inlinelink', 'recirc', 'storylink', 'nextarticle', 'readnext', 'upnext', 'moreon', 'morefrom', 'youmightlike', 'youmayalsolike', 'mightalsolike', 'alsolike', 'yarpp', 'rp4wp', 'wprp', 'zemrp'], note: 'English and most international CMS themes ("related-posts", "read-also", "recirc" on Arc sites; "next-article", "read-next", "up-next" teaser boxes of the next story). Also the related-posts plugins (YARPP "yarpp-related", Related Posts for WordPress "rp4wp", "wp_rp", Zemanta "zem_rp") and "more-on", "you-might-like" boxes.' },
  { lang: 'es', tokens: ['leertambien', 'leatambien', 'teinteresa', 'tepuedeinteresar', 'relacionada', 'relacionadas', 'relacionado', 'otrasnoticias', 'masnoticias', 'noticiasrelacionadas', 'leermas', 'vertambien'], note: '"Lee también", "Te puede interesar" (lacapitalmdp.com). Also "Otras noticias", "Más noticias", "Noticias relacionadas", "Leer más", "Ver también".' },
  { lang: 'et', tokens: ['loeka', 'seotud'], note: '"Loe ka" (Estonian portals).' },
  { lang: 'fa', tokens: ['bishtarbekhanid', 'mortabet', 'bekhanid'], note: '"بیشتر بخوانید" transliterated (Persian news sites).' },
  { lang: 'fi', tokens: ['luemyos', 'luemyös', 'aiheesta'], note: '"Lue myös" (Finnish news sites).' },
  { lang: 'fr', tokens: ['lireaussi', 'alireaussi', 'voiraussi', 'surlememesujet', 'articlesconnexes', 'articleslies', 'autresarticles', 'alireegalement', 'surlememetheme'], note: '"À lire aussi" (Le Monde, La Vie des idées). Also "Autres articles", "À lire également", "Sur le même thème".' },
  { lang: 'he', tokens: ['kraagam', 'ktavotnosafot'], note: '"קראו גם" transliterated.' },
  { lang: 'hi', tokens: ['yebhipadhen', 'yehbhipadhen', 'yebhipadhe', 'padhen'], note: '"ये भी पढ़ें" transliterated (Hindi portals).' },
  { lang: 'hr', tokens: ['procitajtei', 'procitajtejos', 'povezano', 'vezanevijesti', 'povezanicanci', 'slicne', 'slicnevijesti', 'procitajjos'], note: '"Pročitajte i", "Vezane vijesti" (Croatian, Bosnian, Serbian portals). Also "Slične vijesti", "Pročitaj još".' },
  { lang: 'hu', tokens: ['kapcsolodo', 'kapcsolódó', 'ezisérdekelheti', 'ezisérdekel'], note: '"Kapcsolódó", "Ez is érdekelheti".' },
  { lang: 'id', tokens: ['bacajuga', 'bacapula', 'beritaterkait', 'artikelterkait', 'beritalainnya', 'artikellainnya', 'terkait', 'bacalainnya'], note: '"Baca juga" (Tribunnews, Suara.com, detik classes). Also "Berita lainnya", "Artikel lainnya", "terkait" alone.' },
  { lang: 'it', tokens: ['leggianche', 'correlati', 'articolicorrelati', 'vedianche', 'altrenotizie', 'potrebbeinteressarti', 'tipotrebbe'], note: '"Leggi anche" (leggo.it). Also "Altre notizie", "Potrebbe interessarti".' },
  { lang: 'ja', tokens: ['kanren', 'kanrenkiji'], note: '"関連記事" transliterated (Japanese CMS classes).' },
  { lang: 'ko', tokens: ['gwanryeon', 'relation', 'relnews'], note: '"관련기사" boxes (Korean portals name them relation / relnews).' },
  { lang: 'lt', tokens: ['skaitykitetaippat', 'susije'], note: '"Skaitykite taip pat".' },
  { lang: 'lv', tokens: ['lasiarī', 'lasiari', 'saistitie'], note: '"Lasi arī".' },
  { lang: 'ms', tokens: ['bacalagi', 'beritaberkaitan', 'artikelberkaitan', 'berkaitan', 'beritalain'], note: '"Baca lagi", "Berita berkaitan" (Malaysian portals). Also "berkaitan" alone, "Berita lain".' },
  { lang: 'nl', tokens: ['leesook', 'bekijkook', 'gerelateerd', 'meerover', 'anderenieuws', 'meernieuws', 'ookinteressant'], note: '"Lees ook", "Bekijk ook" (De Telegraaf). Also "Ander nieuws", "Meer nieuws", "Ook interessant".' },
  { lang: 'no', tokens: ['lesogsa', 'lesogså', 'relatert'], note: '"Les også" (Norwegian news sites).' },
  { lang: 'pl', tokens: ['czytajtakze', 'czytajtakże', 'czytajwiecej', 'zobacztez', 'zobaczteż', 'powiazane', 'przeczytajrowniez', 'czytajrowniez', 'zobacztakze', 'polecane'], note: '"Czytaj także", "Zobacz też" (kobieta.wp.pl, onet). Also "Przeczytaj również", "Zobacz także", "Polecane".' },
  { lang: 'pt', tokens: ['leiatambem', 'leiatambém', 'leiamais', 'vejatambem', 'sabermais', 'relacionadas', 'outrasnoticias', 'maisnoticias', 'materiasrelacionadas', 'noticiasrelacionadas', 'vejatambem', 'relacionados'], note: '"Leia também", "Leia mais" (Folha, G1). Also "Outras notícias", "Mais notícias", "Matérias relacionadas".' },
  { lang: 'ro', tokens: ['citestesi', 'citeșteși', 'articolecorelate', 'citesteaici'], note: '"Citește și" (Romanian portals).' },
  { lang: 'ru', tokens: ['chitaitetakzhe', 'chitajtetakzhe', 'poteme', 'pohozhie', 'chitaitakzhe', 'chitajtakzhe', 'drugienovosti', 'smotritetakzhe'], note: '"Читайте также", "По теме" transliterated (vesti-k.ru). Also "Читай также", "Другие новости", "Смотрите также" transliterated.' },
  { lang: 'sk', tokens: ['citajtiez', 'čítajtiež', 'suvisiace', 'súvisiace'], note: '"Čítajte tiež", "Súvisiace".' },
  { lang: 'sl', tokens: ['preberitetudi', 'povezani'], note: '"Preberite tudi".' },
  { lang: 'sv', tokens: ['lasaven', 'läsäven', 'lasmer', 'relaterat'], note: '"Läs även", "Läs mer".' },
  { lang: 'sw', tokens: ['somapia', 'habarizinazohusiana'], note: '"Soma pia", "Habari zinazohusiana".' },
  { lang: 'th', tokens: ['khaotiekiaokong', 'aanpoem', 'anpoem'], note: '"ข่าวที่เกี่ยวข้อง", "อ่านเพิ่ม" transliterated.' },
  { lang: 'tl', tokens: ['basahindin', 'basahinrin'], note: '"Basahin din".' },
  { lang: 'tr', tokens: ['ilgili', 'ilgilihaber', 'ilgilihaberler', 'bunudaoku', 'benzerhaberler', 'digerhaberler', 'benzer', 'ilginizicekebilir'], note: '"İlgili haber", "Bunu da oku" (artigercek.com). Also "Diğer haberler", "benzer", "İlginizi çekebilir".' },
  { lang: 'uk', tokens: ['chytaitetakozh', 'chitajtetakozh', 'chytaytetakozh'], note: '"Читайте також" transliterated.' },
  { lang: 'ur', tokens: ['yebhiparhen', 'mazeedparhen'], note: '"یہ بھی پڑھیں" transliterated.' },
  { lang: 'vi', tokens: ['docthem', 'tinlienquan', 'baivietlienquan', 'lienquan', 'tinkhac', 'xemthem', 'baivietkhac'], note: '"Đọc thêm", "Tin liên quan" (plo.vn). Also "Tin khác", "Xem thêm", "Bài viết khác".' },
  { lang: 'zh', tokens: ['xiangguan', 'xgyd', 'xgxw'], note: '"相关阅读 / 相关新闻" as pinyin or initials (xgyd, xgxw) in Chinese CMS classes.' },
];

/** The features the scorer reads, each 0 or 1. */
export type InsertFeature =
  /** most of the block's text (after a label) is the text of links */
  | 'mostlyLink'
  /** the link goes to another article of the page's own site */
  | 'sameSite'
  /** a short label and a separator lead the block ("İLGİLİ HABER:", "Leia também »") */
  | 'labelSeparator'
  /** the label is bold, or the block is its own box among paragraphs */
  | 'markupDiffers'
  /** the block or a box around it has an insert class or id token */
  | 'classToken'
  /** the letters are mostly capitals */
  | 'allCaps'
  /** story paragraphs before and after it */
  | 'betweenStory'
  /** story paragraphs before it and none after (the end of the article) */
  | 'afterStory';

export const INSERT_SCORER = {
  weights: {
    mostlyLink: 2,
    sameSite: 2,
    labelSeparator: 1,
    markupDiffers: 1,
    classToken: 2,
    allCaps: 1,
    betweenStory: 1,
    afterStory: 1,
  } satisfies Record<InsertFeature, number>,
  /** the sum of weights from which a block is an insert */
  threshold: 5,
  /** an insert is short */
  maxChars: 250,
  /** …and its link text is a headline, not a word ("here") */
  minLinkChars: 12,
  /** share of the text (after a label) inside links for "mostly link" */
  linkShare: 0.6,
  /** a label is at most this long */
  maxLabelChars: 40,
  maxLabelWords: 5,
  /** a story paragraph around it is at least this long */
  storyChars: 80,
  /** …or this many characters in a script written without spaces (a Chinese or Japanese paragraph says in 30 characters what a spaced one says in 80) */
  storyUnspacedChars: 30,
  /** …or a sentence of this many words (a story written a sentence a paragraph: "Kuljettaja menehtyi onnettomuudessa, kertoo poliisi tiedotteessaan.") */
  proseWords: 6,
  /** a query that names an item by its number ("?p=4100", "?id=48213"): an article's address whatever its path */
  idQuery: /[?&](?:p|id|nid|aid|articleid|article_id|newsid|news_id|storyid|story_id|postid|post_id)=\d+(?:&|$)/i,
  /**
   * A label with no separator and no markup of its own ("Lestu líka <a>Vegagerðin kynnir nýja
   * áætlun</a>"): at most `plainLabelWords` loose words before a link of at least
   * `plainHeadlineWords` words (minHeadlineChars where words are not spaced) that ends the block
   * and goes to an article's address of the site (a date, a number, a slug of words), both
   * starting as a title does (a capital, or a script without case). Words that lead into a link
   * as a sentence does ("Bæjarstjórinn sagði <a>að brúin yrði opnuð</a>", "Read the <a>full
   * report</a> published…") start it in lower case, go on after it, or are a clause (a comma).
   */
  plainLabelWords: 4,
  plainHeadlineWords: 4,
  /** a headline has at least this many words (this many characters where words are not spaced) */
  minHeadlineWords: 3,
  minHeadlineChars: 8,
  /** the guard: a block of this many words ending like a sentence is story, whatever else */
  sentenceWords: 15,
  /** …or of this many characters in a script written without spaces (Khmer, Thai, Chinese: a headline rarely ends in "។" or "。"; 25 characters say about what 15 spaced words do) */
  sentenceChars: 25,
} as const;

/**
 * A run of teasers after the story: consecutive blocks that are each almost all one link
 * with a headline's words ("Meer uit Binnenland" teasers, a theme's post cards), with story
 * prose before the run and none after it. One such block may be a citation; a run of them
 * at the end of the article is a list of other stories, in any language and whatever the
 * links point to.
 */
export const TEASER_RUN = {
  /** blocks in the run, at least */
  minBlocks: 2,
  /** a teaser is at most this long */
  maxChars: 400,
  /** share of its text inside links */
  linkShare: 0.85,
} as const;

/**
 * A box of teasers under a title, in any language, named or not (read-also.card.teaser-list,
 * engine/cards.ts): a heading of a label's size (no link, no sentence) opening a box inside
 * the article (not a sidebar) over at least `minHeadlines` links with a headline's words,
 * which hold at least `linkShare` of the text under the title; or over at least
 * `minHeadlines` items of their own (div, li, article), each with a link and headed by a
 * headline that is no question (teasers with their summaries).
 */
export const TEASER_LIST = { minHeadlines: 2, linkShare: 0.5 } as const;

/**
 * Promotions by where they point (boilerplate.app-promo.app-link, engine/insert.ts isAppLink):
 * a block of at most `maxChars` whose links hold at least `linkShare` of its text and all go to
 * one of `hosts` (a host, or a host and path start): app stores, messenger channels and
 * invitations, news aggregators' follow pages. The addresses are the platforms' own, the same
 * on every site in every language.
 */
export const APP_LINKS = {
  maxChars: 200,
  linkShare: 0.5,
  hosts: [
    'play.google.com/store/apps', 'apps.apple.com', 'itunes.apple.com', 'appgallery.huawei.com', 'galaxy.store',
    't.me', 'telegram.me', 'whatsapp.com/channel', 'chat.whatsapp.com', 'wa.me', 'invite.viber.com', 'viber.com/', 'line.me',
    'news.google.com', 'flipboard.com', 'apple.news',
  ],
} as const;

/**
 * Interface leftovers and share buttons by where their links point, in any language
 * (boilerplate.<category>.link-target, engine/insert.ts linkTargetCategory): a block of at most
 * `maxChars` and `maxWords` words, no sentence, whose links hold at least `linkShare` of its text
 * and each go where one of `targets` starts (the address lower-cased, without its scheme's
 * "https://" and a leading "www." or "m."): a platform's share dialog, a messenger or e-mail
 * hand-off with the page in it (an e-mail with no address, only a subject), a script's
 * action (print, text size), the page's own comment form or its top. The addresses are the
 * platforms' and the browsers' own, the same on every site in every language; the words of
 * the button are not read. The first target of the first link names the category.
 */
export const LINK_TARGETS = {
  maxChars: 80,
  maxWords: 8,
  linkShare: 0.8,
  targets: [
    {
      category: 'share-prompt',
      starts: [
        'facebook.com/sharer', 'facebook.com/share.php', 'facebook.com/dialog/share', 'facebook.com/dialog/feed', 'twitter.com/intent/', 'twitter.com/share', 'x.com/intent/', 'x.com/share',
        'linkedin.com/sharearticle', 'linkedin.com/sharing/', 'pinterest.com/pin/create', 'reddit.com/submit', 'vk.com/share.php', 'connect.ok.ru/offer', 'connect.ok.ru/dk',
        't.me/share', 'telegram.me/share', 'api.whatsapp.com/send', 'web.whatsapp.com/send', 'wa.me/?', 'line.me/r/msg', 'social-plugins.line.me', 'timeline.line.me/social-plugin', 'tumblr.com/share',
        'tumblr.com/widgets/share', 'getpocket.com/save', 'getpocket.com/edit', 'plus.google.com/share', 'bsky.app/intent', 'threads.net/intent', 'flipboard.com/bookmarklet', 'service.weibo.com/share',
        'addtoany.com/share', 'xing.com/spi/shares', 'xing.com/social/share', 'digg.com/submit', 'news.ycombinator.com/submitlink', 'mix.com/add', 'story.kakao.com/share', 'band.us/plugin/share',
        'whatsapp://send', 'viber://forward', 'fb-messenger://share', 'tg://msg', 'line://msg', 'sms:?', 'sms:&', 'mailto:?',
      ],
    },
    { category: 'interface', starts: ['javascript:', '#comments', '#respond', '#comment-form', '#commentform', '#reply-title', '#disqus_thread', '#top'] },
  ],
} as const;

/**
 * An invitation to write to the site (boilerplate.interface.own-address, engine/insert.ts
 * isOwnAddressInvitation): after the story's last paragraph, a block of at most `maxChars`
 * giving an e-mail address at the page's own domain.
 */
export const OWN_ADDRESS = { maxChars: 300 } as const;

/**
 * A box whose markup differs from the story's paragraphs, at an edge of the story
 * (boilerplate.interface.odd-box, engine/insert.ts isOddEdgeBox): before the first story
 * paragraph or after the last, a block that is one of `tags` where the story's paragraphs are
 * another tag (a <div> among <p>s), shorter than a story paragraph (INSERT_SCORER.storyChars),
 * not a sentence. The markup and the place, not the words: a theme's notices, prompts and
 * leftovers ("Hiện tại bài viết chưa được cập nhật nội dung Âm thanh. Xin cảm ơn.",
 * "ただいまコメントを受けつけておりません。", "বিস্তারিত" in the corpus) in any language.
 * The guards keep the story's own furniture that the labels leave visible: at least
 * `minWords` words (`minUnspacedChars` characters where words are not spaced) with one of four
 * letters or more (a section kicker, "ARM | RUS"); no sentence of `sentenceWords` words; no date or time (`dateLike`); no link to
 * the site's own pages or its tags (a label list); not in a quotation, a figure, a <time>, an
 * <address>, a form's box; no element in or around it named as the story's metadata
 * (`metaNames`: byline, author, date, tags, section, credit, source…, which the chain reads).
 */
export const ODD_BOX = {
  tags: ['DIV', 'SPAN', 'TABLE', 'SECTION', 'ASIDE'],
  minWords: 3,
  minUnspacedChars: 6,
  /** a block of this many words ending like a sentence is the story's (a pull quote in a box); in a script without spaces, INSERT_SCORER.sentenceChars characters */
  sentenceWords: 6,
  dateLike: /\d{4}|\d{1,2}[./:]\d{1,2}/,
  metaNames: /byline|author|vcard|date|time|meta|tag|label|categor|kicker|breadcrumb|section|dateline|credit|source|lang/,
} as const;

/**
 * The trailing zone: short boxes a theme prints just after the story's container (outside
 * it), such as a related heading over teasers that load later, a comment counter, a reading
 * tools bar. Following siblings of the container and of its parents up to `levels` above it,
 * at most `maxSiblings` per level; the walk ends at the first box longer than `maxChars`.
 */
export const TRAILING_ZONE = { levels: 2, maxSiblings: 4, maxChars: 400 } as const;

/**
 * A prompt that points onward and leads nowhere (engine/insert.ts isDanglingPrompt): at most
 * `maxWords` words and `maxChars` characters, ending in two or more dots, an ellipsis or an
 * arrow ("..", "…", "»", "›", ">>"), set apart, at an edge of the story. Written from the
 * dev pages' "LA SOCOTO WIXII KA SOO KORDHA.." (goobjooge.net) and "ਪੜ੍ਹੋ ਪੂਰੀ ਖਬਰ..."
 * (etvbharat.com): the shape, not the words, in any language.
 */
export const DANGLING_PROMPT = { maxWords: 6, maxChars: 48, end: /(?:\.{2,}|…|»|›|>>)\s*$/u } as const;

/**
 * One site, many hosts (engine/insert.ts siteDomain): a link to sport.example.com from
 * www.example.com points to the same site. The registrable domain is the last two labels of
 * the host, three under a country code's second level (`secondLevels`: co.uk, com.br, or.jp…);
 * on a platform that hosts many sites (`sharedHosts`: blogs, pages) each host is a site of its own.
 */
export const SITE_DOMAIN = {
  secondLevels: ['ac', 'co', 'com', 'edu', 'gob', 'gov', 'gv', 'go', 'ltd', 'me', 'mil', 'ne', 'net', 'nic', 'or', 'org', 'plc', 'sch', 'web'],
  sharedHosts: ['blogspot.com', 'wordpress.com', 'substack.com', 'medium.com', 'tumblr.com', 'github.io', 'livejournal.com', 'over-blog.com', 'wixsite.com', 'weebly.com', 'blogger.com', 'typepad.com', 'ghost.io', 'netlify.app', 'vercel.app', 'pages.dev', 'blog.jp', 'hatenablog.com', 'naver.com', 'tistory.com', 'kompasiana.com', 'co.cc'],
} as const;

/** Paths of a site that are not articles: an author's page, a tag, a section; a file (a PDF to download, an image, an app). */
export const NOT_ARTICLE_PATH =
  /(?:^|\/)(?:author|authors|autor|auteur|penulis|editor|editors|redaksi|tag|tags|topic|topics|category|categories|kategori|kategorie|section|profile|people|user|users|search|page)(?:\/|$)|^\/?$|\.(?:pdf|docx?|xlsx?|pptx?|odt|zip|rar|7z|jpe?g|png|gif|webp|svg|mp3|mp4|m4a|mov|avi|apk|exe|dmg)$/i;

/**
 * Whole blocks the scorer must mark, and story blocks it must leave, each as the block's
 * HTML between two story paragraphs of a page on https://news.example/ (lint-tested in
 * test/unit/insert-anatomy.test.ts). Languages with no label in any lexicon are here on
 * purpose: the anatomy, not the words, must carry them.
 */
export const insertExamples: Array<{ lang: string; html: string }> = [
  { lang: 'tr', html: '<p><strong>İLGİLİ HABER:</strong> <a href="/haber/liman-gemisi-iddiasi-12">Limandaki gemi için yeni iddia gündemde</a></p>' },
  { lang: 'sw', html: '<p>SOMA PIA: <a href="https://news.example/habari/mvua-kubwa-yaleta-mafuriko-pwani">Mvua kubwa yaleta mafuriko pwani</a></p>' },
  { lang: 'ar', html: '<div class="field--name-field-related"><a href="/node/415190">وزير الثقافة: الأزمة في العالم ثقافية قبل أن تكون سياسية</a></div>' },
  { lang: 'fi', html: '<p><b>Lue myös</b> » <a href="/uutiset/2024/hallitus-esitti-uuden-budjetin">Hallitus esitti uuden budjetin</a></p>' },
  { lang: 'xx', html: '<p><a href="/2024/05/12/city-council-approves-new-bridge-plan">City council approves new bridge plan after long debate</a></p>' },
  { lang: 'pt', html: '<aside class="leia-tambem"><a href="/politica/noticia/2024/camara-aprova-projeto">Câmara aprova projeto de lei</a></aside>' },
  // A headline in guillemets is no navigation arrow.
  { lang: 'fr', html: '<p><a href="/2024/05/12/le-pont-rouvre-a-la-circulation">« Le pont rouvre à la circulation après deux ans de travaux »</a></p>' },
  // Written for these tests (2026-12-06) in languages no label lists: the anatomy alone (a label and its separator, bold, a box, or a bare same-site headline) must carry them.
  { lang: 'ka', html: '<p><strong>ასევე წაიკითხეთ:</strong> <a href="/ka/news/2024/tbilisshi-akhali-khidi">თბილისში ახალი ხიდი გაიხსნა</a></p>' },
  { lang: 'hy', html: '<p>ԿԱՐԴԱՑԵՔ ՆԱԵՎ » <a href="/hy/lurer/yerevanum-nor-kamurj">Երևանում նոր կամուրջ է բացվել</a></p>' },
  { lang: 'is', html: '<div class="frett-tengt"><a href="/frettir/2024/05/12/ny-bru-opnud-yfir-olfusa">Ný brú opnuð yfir Ölfusá í vor</a></div>' },
  // Khmer writes "៖" for the colon.
  { lang: 'km', html: '<p>អានបន្ថែម៖ <a href="/km/news/2024/05/new-bridge-phnom-penh">ស្ពានថ្មីត្រូវបានបើកនៅភ្នំពេញ</a></p>' },
  { lang: 'yo', html: '<p><b>Ka eleyi naa</b> | <a href="/iroyin/2024/afara-tuntun-si-sile-ni-ibadan">Afárá tuntun ṣí sílẹ̀ ní Ìbàdàn</a></p>' },
  { lang: 'zu', html: '<p><a href="/izindaba/2024/05/kuvulwe-ibhuloho-elisha-ethekwini">Kuvulwe ibhuloho elisha eThekwini ngoMgqibelo</a></p>' },
  // A label in capitals with no separator is set apart as a bold one is.
  { lang: 'zu', html: '<p>FUNDA FUTHI <a href="/izindaba/2024/05/umkhandlu-uvumele-imali">Umkhandlu uvumele imali yokulungisa imigwaqo</a></p>' },
  { lang: 'eu', html: '<p>IRAKURRI ERE BAI.. <a href="https://www.news.example/albisteak/2024/zubi-berria-bilbon">Zubi berria ireki dute Bilbon</a></p>' },
  // An insert its own class names, led by its label: the headline need not be a link (jpnn.com's "BACA ARTIKEL LAINNYA... <headline>" in "amp-related-inline"; here in Basque).
  { lang: 'eu', html: '<p class="related-inline">GEHIAGO IRAKURRI... Udalak aurrekontu berria onartu du</p>' },
  // Written for these tests (2026-12-07): a card whose first link is its picture and whose second is the headline, in a box no name marks (Icelandic).
  { lang: 'is', html: '<div class="kort"><a href="/frettir/2024/05/12/ny-bru-opnud-yfir-olfusa"><img src="/myndir/bru.jpg" alt=""></a><a href="/frettir/2024/05/12/ny-bru-opnud-yfir-olfusa">Ný brú opnuð yfir Ölfusá í vor</a></div>' },
  // …and one whose headline is a heading of the card, all link, in a box of its own among the paragraphs (Icelandic).
  { lang: 'is', html: '<aside class="kort"><a href="/frettir/2024/05/12/ny-bru-opnud-yfir-olfusa"><img src="/myndir/bru.jpg" alt=""></a><h3><a href="/frettir/2024/05/12/ny-bru-opnud-yfir-olfusa">Ný brú opnuð yfir Ölfusá í vor</a></h3></aside>' },
  // Written for these tests (2026-12-07): a card that is all one link, its headline a heading inside the link (<a><img><h4>…</h4></a>, as React and Next.js themes build teaser cards), in a box among the paragraphs (Icelandic).
  { lang: 'is', html: '<div class="kort"><a href="/frettir/2024/05/12/ny-bru-opnud-yfir-olfusa"><img src="/myndir/bru.jpg" alt=""><h4>Ný brú opnuð yfir Ölfusá í vor</h4></a></div>' },
  // A longer label, set apart in bold (seven words, Icelandic "You might also be interested in this:").
  { lang: 'is', html: '<p><b>Þú gætir líka haft áhuga á þessu:</b> <a href="/frettir/2024/05/12/ny-bru-opnud-yfir-olfusa">Ný brú opnuð yfir Ölfusá í vor</a></p>' },
  // A blog without pretty addresses links its posts by number from its root ("/?p=4100").
  { lang: 'zu', html: '<p><a href="https://news.example/?p=4100">Kuvulwe ibhuloho elisha eThekwini ngoMgqibelo</a></p>' },
  // Written for these tests (2026-12-07): a plain label, no separator and no markup of its own, before a same-site headline that ends the block
  // (the shape of karlsruhe-insider.de's "Lesen Sie auch <headline>" in the stored text; here in Icelandic and Zulu); its separator an arrow, its label in brackets.
  { lang: 'is', html: '<p>Lestu líka <a href="/frettir/2024/05/12/ny-bru-opnud-yfir-olfusa">Ný brú opnuð yfir Ölfusá í vor</a></p>' },
  { lang: 'zu', html: '<p>Funda futhi → <a href="/izindaba/2024/05/kuvulwe-ibhuloho-elisha-ethekwini">Kuvulwe ibhuloho elisha eThekwini ngoMgqibelo</a></p>' },
  { lang: 'is', html: '<p>[Lestu líka] <a href="/frettir/2024/05/12/ny-bru-opnud-yfir-olfusa">Ný brú opnuð yfir Ölfusá í vor</a></p>' },
  // A label and its separator in a heading between rules ("<hr><h3>Label: <a>headline</a></h3><hr>" on an independent benchmark page; here in Icelandic).
  { lang: 'is', html: '<hr><h3>Lestu líka: <a href="/frettir/2024/05/12/ny-bru-opnud-yfir-olfusa">Ný brú opnuð yfir Ölfusá í vor</a></h3><hr>' },
];

export const insertCounterExamples: Array<{ lang: string; html: string }> = [
  { lang: 'en', html: '<p>The mayor told <a href="/2024/05/10/council-meeting-report">the council</a> on Tuesday that the bridge plan would go ahead despite objections.</p>' },
  { lang: 'en', html: '<p><a href="/2024/05/10/mayor-statement">The mayor said on Tuesday that the bridge plan would go ahead despite the objections raised by residents.</a></p>' },
  { lang: 'en', html: '<p>Read the <a href="https://other.example/report">full report</a> published by the agency.</p>' },
  { lang: 'en', html: '<p><a href="https://other.example/2024/05/bridge-report-released">Bridge report released by independent engineers</a></p>' },
  { lang: 'en', html: '<p>By <a href="/author/jane-doe">Jane Doe, Senior Correspondent</a></p>' },
  { lang: 'id', html: '<div class="penulis">Penulis: <a href="https://news.example/amp/author/elga-hikari-putra">Elga Hikari Putra</a></div>' },
  { lang: 'ar', html: '<p><a href="https://news.example/syria-and-the-world/" rel="category tag">سوريا والعالم</a></p>' },
  { lang: 'en', html: '<h2 class="entry-title"><a href="/2017/06/travel-ban-ruling" rel="bookmark">Q&amp;A: Murkiness follows the court’s action on travel ban</a></h2>' },
  { lang: 'id', html: '<p><a href="/berita/2024/pernyataan-menteri-soal-anggaran">Baca selengkapnya »</a></p>' },
  { lang: 'tr', html: '<p>Bakan, <a href="/haber/liman-gemisi-iddiasi-12">limandaki gemi</a> hakkında yapılan açıklamanın ardından soruşturma başlatıldığını söyledi.</p>' },
  { lang: 'id', html: '<blockquote><p><a href="/berita/2024/pernyataan-menteri">Pernyataan menteri soal anggaran baru</a></p></blockquote>' },
  // The site's own statement linked from a story about it (radiosarajevo.ba "Saopćenje za javnost portala Radiosarajevo.ba"): a headline never spells out its own domain.
  { lang: 'en', html: '<p><a href="/2024/05/13/statement-of-the-editors">Statement of the editors of News.example</a></p>' },
  // The site's navigation between posts (nokorwatnews.com's "« ព័ត៌មានផ្សេងៗ" in a <nav>): a previous/next link is no insert.
  { lang: 'km', html: '<nav class="paginav"><a class="prev" href="/2024/05/12/older-post-about-the-city"><span>« </span><br><span>ព័ត៌មានផ្សេងៗ ពីក្រុង</span></a></nav>' },
  { lang: 'en', html: '<div role="navigation"><a href="/2024/05/12/council-approves-budget-for-bridge">Council approves the budget for the new bridge</a></div>' },
  { lang: 'en', html: '<p><a href="/2024/05/12/council-approves-budget-for-bridge">« Council approves the budget for the new bridge</a></p>' },
  // Written for these tests (2026-12-06), in the shapes that went wrong on independent benchmark pages, in languages no label lists.
  // Words lead into the link as a sentence does: a credit ("Provided by <a>agency</a>" on a science portal), a phrase of the story.
  { lang: 'zu', html: '<div class="credit">Kunikezwe ngu <a href="/abalingani/umkhandlu-wamanzi-wesifundazwe/">UMkhandlu Wamanzi Wesifundazwe</a></div>' },
  { lang: 'ka', html: '<p>მერმა <a href="/ka/news/2024/sakrebulos-skhdoma">საკრებულოს სხდომაზე განაცხადა</a></p>' },
  { lang: 'is', html: '<p>Bæjarstjórinn sagði <a href="/frettir/2024/05/bruin-opnud-i-vor">að brúin yrði opnuð í vor</a></p>' },
  // A point of the story's list that is all link, among points that hold none (a blog's bulleted list).
  { lang: 'is', html: '<ul><li>Brúin verður opnuð fyrir umferð í vor</li><li><a href="/frettir/2024/05/kostnadur-vid-bruna">Kostnaðurinn nemur tveimur milljörðum króna</a></li><li>Umferð verður beint um Selfoss á meðan</li></ul>' },
  // A file to download is no article of the site.
  { lang: 'eu', html: '<p><a href="/dokumentuak/2024/zubiaren-txosten-osoa.pdf">Zubiaren txosten osoa deskargatu hemen</a></p>' },
  // A sentence of the story in a script written without spaces, all of it a link, ending in "។".
  { lang: 'km', html: '<p><a href="/km/news/2024/05/council-meeting">ក្រុមប្រឹក្សាក្រុងបានអនុម័តផែនការសាងសង់ស្ពានថ្មីកាលពីថ្ងៃអង្គារ បន្ទាប់ពីការជជែកវែកញែកជាច្រើនឆ្នាំ។</a></p>' },
  { lang: 'yo', html: '<p>Gómìnà sọ fún <a href="/iroyin/2024/ipade-igbimo">àwọn ọmọ ìgbìmọ̀</a> pé iṣẹ́ lórí afárá náà yóò bẹ̀rẹ̀ ní oṣù tó ń bọ̀, láìka àtakò àwọn olùgbé sí.</p>' },
  // A picture linked to its file and a credit linked to the photographer's site: no headline of the site's.
  { lang: 'is', html: '<div class="mynd"><a href="/myndir/2024/bru-yfir-olfusa.jpg"><img src="/myndir/bru.jpg" alt=""></a><a href="https://ljosmyndari.example/">Mynd eftir Jón Jónsson ljósmyndara</a></div>' },
  // The title of the next post of an archive page, in its post's header box over the post's own text; a contents heading linking within the page.
  { lang: 'is', html: '<div class="faersla"><div class="faersla-haus"><h2><a href="/frettir/2024/05/12/ny-bru-opnud-yfir-olfusa">Ný brú opnuð yfir Ölfusá í vor</a></h2></div><div class="faersla-texti"><p>Vegagerðin opnaði nýju brúna yfir Ölfusá fyrir umferð á laugardag, tveimur mánuðum á undan áætlun, að sögn verkfræðinga.</p></div></div>' },
  { lang: 'is', html: '<div class="efnisyfirlit"><h3><a href="#kostnadur">Kostnaðurinn við brúna og fjármögnun hennar</a></h3></div>' },
  { lang: 'is', html: '<div class="millifyrirsogn"><h3>Kostnaðurinn við brúna og fjármögnun hennar</h3></div>' },
  // An interview's speaker in bold, then what they said with a link in it.
  { lang: 'is', html: '<p><b>Jón Jónsson, bæjarstjóri Árborgar:</b> Við munum <a href="/frettir/2024/05/12/ny-bru-opnud-yfir-olfusa">opna brúna í vor</a> eins og lofað var.</p>' },
  // The site's root with a query that names no item (a search, a page of the archive).
  { lang: 'zu', html: '<p><a href="https://news.example/?s=ibhuloho+elisha+eThekwini">Sesha izindaba ngebhuloho elisha eThekwini</a></p>' },
  // Written for these tests (2026-12-07), in Icelandic: words before a same-site headline that lead into it as a sentence does (going on after it, a clause
  // before it, a sentence in it), a section's address, a picture's caption; a headline whose own words hold a colon, all link, in a heading; a hyphen inside a word is no separator.
  { lang: 'is', html: '<p>Bæjarstjórinn sagði <a href="/frettir/2024/05/12/ny-bru-opnud-yfir-olfusa">Brúin verður opnuð í vor</a> á fundinum í gær.</p>' },
  { lang: 'is', html: '<p>Að sögn hans, <a href="/frettir/2024/05/12/ny-bru-opnud-yfir-olfusa">Brúin verður opnuð í vor eftir langa bið</a></p>' },
  { lang: 'is', html: '<p>Hann sagði <a href="/frettir/2024/05/12/ny-bru-opnud-yfir-olfusa">Við opnum brúna í vor eins og lofað var.</a></p>' },
  { lang: 'is', html: '<p>Lestu meira <a href="/flokkur/samgongur/">Samgöngur og vegagerð á Suðurlandi</a></p>' },
  { lang: 'is', html: '<figure><img src="/myndir/bru.jpg" alt=""><figcaption>Mynd <a href="/frettir/2024/05/12/ny-bru-opnud-yfir-olfusa">Ný brú opnuð yfir Ölfusá í vor</a></figcaption></figure>' },
  { lang: 'is', html: '<h3><a href="/frettir/2024/05/12/ny-bru-opnud-yfir-olfusa">Brúin: Opnuð í vor eftir langa bið</a></h3>' },
  { lang: 'is', html: '<p>Tveggja-ára <a href="/frettir/2024/05/12/ny-bru-opnud-yfir-olfusa">bið eftir nýrri brú yfir Ölfusá</a></p>' },
  { lang: 'is', html: '<h3>Tveggja-ára bið eftir <a href="/frettir/2024/05/12/ny-bru-opnud-yfir-olfusa">nýrri brú yfir Ölfusá</a></h3>' },
  // Written for these tests (2026-12-07), in Icelandic: a story sentence wrapped in a link is still a sentence of the story; a linked heading among the
  // story's paragraphs with no box of its own is the story's crosshead; a named anchor (no address) around a paragraph is no link.
  { lang: 'is', html: '<a href="/frettir/2024/05/12/ny-bru-opnud-yfir-olfusa"><p>Vegagerðin opnaði nýju brúna yfir Ölfusá fyrir umferð á laugardag, tveimur mánuðum á undan áætlun, að sögn verkfræðinga hennar.</p></a>' },
  { lang: 'is', html: '<a href="/frettir/2024/05/12/ny-bru-opnud-yfir-olfusa"><h3>Ný brú opnuð yfir Ölfusá í vor</h3></a>' },
  { lang: 'is', html: '<a name="kafli-2"><p>Brúin var opnuð á laugardag.</p></a>' },
  // A picture's caption inside the link that opens the picture (a lightbox or a gallery page): only a heading inside a link is a linked headline.
  { lang: 'is', html: '<div class="mynd"><a href="/frettir/2024/05/12/ny-bru-opnud-yfir-olfusa/myndasafn"><img src="/myndir/bru.jpg" alt=""><div class="myndatexti">Ný brú yfir Ölfusá á opnunardaginn | Mynd: Jón Jónsson</div></a></div>' },
  { lang: 'hy', html: '<p class="related-note">Քաղաքապետը ասաց, որ կամրջի շինարարությունը կսկսվի գարնանը, չնայած բնակիչների առարկություններին, որոնք հնչել են երեկ:</p>' },
];

/**
 * Class and id tokens of page furniture that themes put inside the article (share bars,
 * print and text-size tools, comment counters, ad slots, follow-us and app boxes). A short
 * block that is not a sentence, inside such a box, is collapsed with the box's category:
 * the markup says what it is in every language. Compared like the insert tokens (without
 * "-", "_" and case; tokens under 7 letters as whole words). The first token found walking
 * up from the block decides.
 */
export const furnitureClassTokens: Array<{ category: string; tokens: string[]; strong?: string[]; note: string }> = [
  { category: 'advert-label', tokens: ['advert', 'adspot', 'adslot', 'adunit', 'adlabel', 'adtitle', 'ad', 'ads', 'sponsor', 'anzeige', 'reklama', 'publicidad', 'iklan', 'adsbygoogle', 'googleads', 'taboola', 'outbrain', 'mgid', 'revcontent', 'dfpad', 'gptad'], note: 'ad slots ("td-adspot-title" on tagDiv themes, "ad-label"). Ad networks\' own containers ("adsbygoogle", Taboola, Outbrain, MGID, Revcontent, Google Ad Manager "dfp-ad"/"gpt-ad" slots), named alike on every site that embeds them.' },
  { category: 'share-prompt', tokens: ['share', 'sharing', 'sharebar', 'social', 'sosmed', 'addthis', 'sharethis', 'sharedaddy', 'addtoany', 'heateor', 'shareaholic', 'mashsb', 'essb', 'ssba'], note: 'share bars ("share", "social-share", "sharethis"). WordPress share plugins\' containers (Jetpack "sharedaddy", AddToAny, Heateor, Shareaholic, MashShare, Easy Social Share Buttons "essb", Simple Share Buttons "ssba").' },
  { category: 'app-promo', tokens: ['follow', 'followus', 'telegram', 'whatsapp', 'googlenews', 'appbanner', 'apppromo', 'downloadapp', 'appstore', 'googleplay', 'playstore', 'appdownload', 'getapp', 'socialfollow', 'joinchannel', 'cta', 'promo'], strong: ['follow', 'followus', 'socialfollow', 'appbanner', 'apppromo', 'downloadapp', 'appdownload', 'appinstall', 'installapp', 'getapp', 'joinchannel', 'followgooglenews', 'pushnotification', 'webpush', 'onesignal'], note: 'follow-us and app boxes. App-store and channel boxes ("app-store", "google-play", "app-download", "social-follow"). Strong (a box so named is a promotion whatever it says, sentences included): follow-us boxes, app banners, install and download boxes, channel and Google News follow boxes, push-notification prompts (OneSignal, web push).' },
  { category: 'newsletter', tokens: ['newsletter', 'subscribe', 'subscription', 'signup', 'infolettre', 'nieuwsbrief', 'boletin', 'mailinglist', 'emailsignup', 'optin', 'mailchimp', 'mc4wp'], strong: ['subscribe', 'signup', 'newsletter', 'newsletters', 'infolettre', 'nieuwsbrief', 'boletin', 'boletim', 'rundbrief', 'biuletyn', 'bulten', 'buletin', 'hirlevel', 'uutiskirje', 'nyhetsbrev', 'zpravodaj', 'rassylka', 'mailinglist', 'emailsignup', 'mailchimp', 'mc4wp', 'mailpoet', 'sendinblue', 'convertkit'], note: 'newsletter sign-up boxes. Sign-up boxes by their word in French (Quebec), Dutch, Spanish, and the Mailchimp form plugins ("mc4wp-form"). Strong: a box named a newsletter (in any of these languages), a subscribe or sign-up box is a pitch whatever it says.' },
  { category: 'source-link', tokens: ['source', 'sources', 'sourcelink', 'newssource', 'postsource', 'quelle', 'fuente', 'fonte', 'kaynak', 'sumber', 'zdroj', 'forras', 'lahde', 'istochnik', 'kilde', 'bron'], note: 'the box a CMS prints the origin of a copied story in ("field--name-field-source" on Drupal aggregators, "news-detail__source", "article__source"; Quelle, fuente, fonte, kaynak, sumber, zdroj, forrás, lähde, источник, kilde, bron: "source" in German, Spanish, Portuguese/Italian, Turkish, Indonesian/Malay, Czech/Slovak, Hungarian, Finnish, Russian, Danish/Norwegian, Dutch).' },
  { category: 'interface', tokens: ['print', 'fontsize', 'textsize', 'fontresize', 'toolbar', 'tools', 'comment', 'comments', 'commentcount', 'disqus', 'rating', 'views', 'viewcount', 'hits', 'audio', 'listen', 'readaloud', 'tts', 'player', 'thermometer', 'nextstory', 'nextpost', 'prevpost', 'readtime', 'readingtime', 'shorturl', 'shortlink', 'backtotop', 'scrolltotop', 'gotop', 'totop', 'authorbox', 'aboutauthor', 'authorbio', 'readfull', 'fullstory', 'continuereading', 'lastupdate', 'lastupdated'], strong: ['paywall', 'commentrespond', 'commentform', 'commentsclosed', 'commentsoff', 'comment', 'comments', 'authorbox', 'aboutauthor', 'authorbio'], note: 'print, text-size, comment, rating, view-count, audio and tag widgets; back-to-top buttons ("back-to-top" on tagDiv themes, citizen.co.za) and author boxes ("author-box" of WordPress themes, glasotnaevropa.mk "About Author"). Strong: a paywall strip or teaser, the comment form (WordPress "comment-respond"), a comments box and a comments-closed notice say the same in every language, in sentences too (a small box: readers\' comments make a big one).' },
];

/**
 * The furniture rule reads blocks up to this long, with at most this many words ending like a
 * sentence. A block inside a box one of whose `strong` tokens names it (a newsletter box, a
 * paywall strip, a comment form) is furniture up to `strongMaxChars`, sentence or not, when
 * that box holds at most `strongBoxChars` (a bigger one wraps story: a "paywall" container),
 * a heading only in a box so named as one of `headingCategories`,
 * and its name holds none of `strongUnless` (compared squeezed: "follow-up" is the story's next part, not a follow-us box).
 */
export const FURNITURE = {
  maxChars: 120,
  sentenceWords: 8,
  strongMaxChars: 300,
  strongBoxChars: 600,
  strongUnless: ['followup'],
  /**
   * A weak name (share, tools, player…) on a box holding more text than this is a wrapper, not
   * furniture: a share plugin's id on the story's own container ("gigya-share-btns-2_…" around an
   * Independent story, whose list headings are the story's), a "tools" column around the text.
   */
  weakBoxChars: 1000,
  /**
   * An id or class part of this many hyphenated words or more is a slug of words (a heading's
   * anchor, "expenditures-as-a-share-of-national-budget" over a chart), not a widget's name.
   */
  slugWords: 6,
  /** a heading is furniture only inside a small box a strong token names as one of these (the title of a newsletter box is the pitch's; "0 comments" over a comments box is the page's) */
  headingCategories: ['newsletter', 'app-promo'],
  /**
   * …or inside a small box (strongBoxChars) one of these names: the comment form, whose title
   * invites a reply ("Leave a Reply", "Напишете коментар") in any language, and the author box,
   * whose title introduces the author ("About the author", "Kuhusu …"). Neither is the story's
   * heading; a comments list's "0 comments" is not named here.
   */
  headingBoxes: ['commentrespond', 'commentform', 'authorbox', 'aboutauthor', 'authorbio'],
} as const;
