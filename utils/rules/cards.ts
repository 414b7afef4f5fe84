import type { FindingKind } from '../engine/types';

// Structural rules for insert cards: boxes inside the article that are one insert
// however many blocks they hold. The tests are in engine/cards.ts; the fixtures that show
// each are named in its note. Sorted by id (lint-tested).

export interface CardRule {
  id: string;
  kind: FindingKind;
  category: string;
  note: string;
}

export const cardRules: CardRule[] = [
  {
    id: 'boilerplate.advert-label.furniture',
    kind: 'boilerplate',
    category: 'advert-label',
    note: 'A short line that is not a sentence inside an ad slot named by its class or id, in any language (engine/insert.ts furnitureCategory, tokens in rules/insert-anatomy.ts).',
  },
  {
    id: 'boilerplate.app-promo.app-link',
    kind: 'boilerplate',
    category: 'app-promo',
    note: 'A short block whose links are most of its text and all go to an app store, a messenger channel or a news aggregator\'s follow page, in any language ("Přidejte si PL do svých oblíbených zdrojů na Google Zprávy" linking to news.google.com on parlamentnilisty.cz in the corpus; engine/insert.ts isAppLink, addresses in rules/insert-anatomy.ts APP_LINKS).',
  },
  {
    id: 'boilerplate.app-promo.furniture',
    kind: 'boilerplate',
    category: 'app-promo',
    note: 'A short line that is not a sentence inside a follow-us or app box named by its class or id, in any language (engine/insert.ts furnitureCategory, tokens in rules/insert-anatomy.ts).',
  },
  {
    id: 'boilerplate.interface.dangling-prompt',
    kind: 'boilerplate',
    category: 'interface',
    note: 'A prompt that points onward and leads nowhere, in any language: a few words ending in an ellipsis or an arrow, set apart (bold, capitals, a heading or a box of its own), after the story\'s last paragraph or before its first ("LA SOCOTO WIXII KA SOO KORDHA.." on goobjooge.net, "ਪੜ੍ਹੋ ਪੂਰੀ ਖਬਰ..." on etvbharat.com in the corpus; engine/insert.ts isDanglingPrompt, sizes in rules/insert-anatomy.ts DANGLING_PROMPT).',
  },
  {
    id: 'boilerplate.interface.furniture',
    kind: 'boilerplate',
    category: 'interface',
    note: 'A short line that is not a sentence inside a print, text-size, comment, rating or tag widget named by its class or id, in any language (engine/insert.ts furnitureCategory, tokens in rules/insert-anatomy.ts).',
  },
  {
    id: 'boilerplate.interface.link-target',
    kind: 'boilerplate',
    category: 'interface',
    note: 'A few words, no sentence, all link, whose links run a script (print, text size: "javascript:…") or go to the page\'s own comment form or top ("#respond", "#comments", "#top"), in any language; the words are not read (engine/insert.ts linkTargetCategory, addresses in rules/insert-anatomy.ts LINK_TARGETS).',
  },
  {
    id: 'boilerplate.interface.odd-box',
    kind: 'boilerplate',
    category: 'interface',
    note: 'A box whose markup differs from the story\'s paragraphs (a <div> among <p>s), at an edge of the story, shorter than a story paragraph and no sentence, in any language: a theme\'s notices and leftovers ("Hiện tại bài viết chưa được cập nhật nội dung Âm thanh. Xin cảm ơn." on baohiemxahoi, "ただいまコメントを受けつけておりません。" on a Japanese blog in the corpus; engine/insert.ts isOddEdgeBox, sizes and guards in rules/insert-anatomy.ts ODD_BOX).',
  },
  {
    id: 'boilerplate.interface.own-address',
    kind: 'boilerplate',
    category: 'interface',
    note: 'An invitation to write to the site, in any language: after the story\'s last paragraph, a short block giving an e-mail address at the page\'s own domain ("Het jy kommentaar oor die berig? … by nuus@nuusflits.com" on nuusflits.com in the corpus; engine/insert.ts isOwnAddressInvitation, size in rules/insert-anatomy.ts OWN_ADDRESS).',
  },
  {
    id: 'boilerplate.newsletter.furniture',
    kind: 'boilerplate',
    category: 'newsletter',
    note: 'A short line that is not a sentence inside a newsletter sign-up box named by its class or id, in any language (engine/insert.ts furnitureCategory, tokens in rules/insert-anatomy.ts).',
  },
  {
    id: 'boilerplate.share-prompt.furniture',
    kind: 'boilerplate',
    category: 'share-prompt',
    note: 'A short line that is not a sentence inside a share bar named by its class or id, in any language (engine/insert.ts furnitureCategory, tokens in rules/insert-anatomy.ts).',
  },
  {
    id: 'boilerplate.share-prompt.link-target',
    kind: 'boilerplate',
    category: 'share-prompt',
    note: 'A few words, no sentence, all link, whose links open a platform\'s share dialog or hand the page to a messenger or an e-mail ("facebook.com/sharer", "twitter.com/intent/", "whatsapp://send", "mailto:?subject=…"), in any language; the words of the buttons are not read (engine/insert.ts linkTargetCategory, addresses in rules/insert-anatomy.ts LINK_TARGETS).',
  },
  {
    id: 'boilerplate.source-link.furniture',
    kind: 'boilerplate',
    category: 'source-link',
    note: 'A short line that is not a sentence inside the box a CMS prints a copied story\'s origin in, named by its class or id in any language ("field--name-field-source", "news-detail__source"; engine/insert.ts furnitureCategory, tokens in rules/insert-anatomy.ts).',
  },
  {
    id: 'read-also.card.anatomy',
    kind: 'read-also',
    category: 'related',
    note: 'A short block between story paragraphs that is mostly a link to another article of the same site, in any language: scored on structure and position (engine/insert.ts, weights in rules/insert-anatomy.ts), artigercek.com "İLGİLİ HABER:", aawsat.com related field.',
  },
  {
    id: 'read-also.card.boxed',
    kind: 'read-also',
    category: 'related',
    note: 'A box inside the article whose own class names an insert box (rules/insert-anatomy.ts insertClassTokens), opening with a heading, with links: teasers of other stories with their summaries, in any language ("article__related" on teraz.sk, "next-article" on meta.mk in the corpus).',
  },
  {
    id: 'read-also.card.label-alone',
    kind: 'read-also',
    category: 'related',
    note: 'A related-story label standing alone where its teasers were, as a link or in a box named as an insert ("Related Story" in td-related-inline on mymahanagar.com, "LÄS MER" on marcusoscarsson.se in the corpus).',
  },
  {
    id: 'read-also.card.label-links',
    kind: 'read-also',
    category: 'related',
    note: 'A box that starts with a related-story label and is mostly links (basicthinking.de "Auch interessant:", La Vie des idées "À lire aussi").',
  },
  {
    id: 'read-also.card.label-then-links',
    kind: 'read-also',
    category: 'related',
    note: 'A label line ("More on coronavirus:", "Related:") followed by lines that are each one link (MSN copy of a Guardian story). A label no lexicon knows, a few words ending in a colon in any language ("Funda nalezi:"), counts when every line under it is a headline of another article of the same site (engine/analyze.ts labelThenLinks, engine/insert.ts isColonLabel).',
  },
  {
    id: 'read-also.card.teaser',
    kind: 'read-also',
    category: 'related',
    note: 'A short box of a heading and a "read more" link, no prose (Folha\'s gallery widget with "Leia Mais").',
  },
  {
    id: 'read-also.card.teaser-list',
    kind: 'read-also',
    category: 'related',
    note: 'A box inside the article (not a sidebar) opening with a title of a label\'s size (no link, no sentence) over two or more headline links that are most of its text, or over two or more items each headed by a headline with a link (teasers with their summaries; a question heads an explainer\'s item, not a teaser): teasers of other stories in any language, whatever the title says and whatever the box is named (engine/cards.ts, sizes in rules/insert-anatomy.ts TEASER_LIST).',
  },
  {
    id: 'read-also.card.teaser-run',
    kind: 'read-also',
    category: 'related',
    note: 'Two or more consecutive blocks after the last story paragraph, each almost all one headline link, in any language (engine/insert.ts teaserRuns, sizes in rules/insert-anatomy.ts TEASER_RUN): "Meer uit Binnenland" teasers on zeelandnet.nl, JNews post cards on marsta.nu in the corpus.',
  },
  {
    id: 'read-also.card.titled',
    kind: 'read-also',
    category: 'related',
    note: 'A box whose heading is exactly a related-story label, over headlines with summaries (Taihainet "相关新闻").',
  },
];
