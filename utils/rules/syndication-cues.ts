// The article gate's syndication cues (engine/gate.ts): phrases that, anywhere in a page's
// text, mark it as carrying syndicated copy. Each cue belongs to the block rule whose
// wording it is, and is proven on that rule's own examples (test/unit/rules-lint.test.ts):
// when a rule learns a new wording its example joins the cue's, so the gate and the rules
// cannot drift apart. Sorted by id (lint-tested).

export interface SyndicationCue {
  id: string;
  /** the block rule whose wording this is */
  rule: string;
  /** tested on the whole body text, case-insensitively */
  pattern: RegExp;
  note: string;
  /** examples of the rule that the cue must find (each one of rule.examples) */
  examples: string[];
}

export const syndicationCues: SyndicationCue[] = [
  {
    id: 'cue.ad-shortcode',
    rule: 'boilerplate.ad-shortcode',
    pattern: /\[ad_\d{1,2}\]/i,
    note: 'Autoblog plugins leave [ad_1] / [ad_2].',
    examples: ['[ad_1]', '[ad_2]', '[ad_1] [ad_2]'],
  },
  {
    id: 'cue.appeared-first',
    rule: 'boilerplate.republication.appeared-first',
    pattern: /appeared first on/i,
    note: 'WordPress feed imports: "The post … appeared first on …".',
    examples: ['The post Stocks rally as inflation cools appeared first on Business Daily.'],
  },
  {
    id: 'cue.auto-generated-from',
    rule: 'boilerplate.feed-disclaimer.auto-generated-from',
    pattern: /auto-?generated (?:from|via)|(?:published|sourced) (?:from|via) an? (?:wire|news|agency)/i,
    note: 'ThePrint and wire-feed publishers.',
    examples: [
      'This report is auto-generated from Press Trust of India news service. ThePrint holds no responsibility for its content.',
      'This story is published from a wire agency feed without modifications to the text.',
    ],
  },
  {
    id: 'cue.baca-juga',
    rule: 'read-also.id.label',
    pattern: /\bbaca juga\s*:/i,
    note: 'Indonesian portals insert "Baca juga:" into syndicated copy.',
    examples: ['Baca juga: Viral Oknum Polisi Suruh Wartawan Wawancara Pohon, Pelaku akan Diperiksa'],
  },
  {
    id: 'cue.originally-appeared',
    rule: 'boilerplate.republication.originally-appeared',
    pattern: /originally (?:appeared|published) (?:on|in)\b/i,
    note: 'Republishing notes (VICE, The Conversation).',
    examples: ['This article originally appeared on VICE US.', 'This article was originally published on The Conversation.'],
  },
  {
    id: 'cue.read-also',
    rule: 'read-also.en.label',
    pattern: /\b(?:read also|also read)\s*[|:]/i,
    note: 'Indian CMSes ("Read also |", "Also Read |") on agency copy.',
    examples: [
      'Read also | Ecuador Earthquake: 6.7-magnitude quake shakes Guayas region; no news of damage or injuries (watch video).',
      'Also Read | Toshakhana case: Pakistan court cancels arrest warrant for Imran Khan',
    ],
  },
  {
    id: 'cue.regenerated',
    rule: 'boilerplate.feed-disclaimer.regenerated',
    pattern: /regenerated it for our readers/i,
    note: 'Autoblogs that rewrite found articles.',
    examples: ['Our editors found this article on the site using Google and regenerated it for our readers.'],
  },
  {
    id: 'cue.source-link',
    rule: 'boilerplate.source-link',
    pattern: /\bsource link\b/i,
    note: 'Autoblog trailers ("Source link").',
    examples: ['Source link'],
  },
  {
    id: 'cue.syndicated-feed',
    rule: 'boilerplate.feed-disclaimer.syndicated-feed',
    pattern: /syndicated (?:news )?feed/i,
    note: 'Syndicated-feed notes (LatestLY, NDTV, Devdiscourse, Business Standard).',
    examples: [
      '(This is an unedited and auto-generated story from a Syndicated News feed, the content body may not have been modified or edited by LatestLY staff)',
      '(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)',
      '(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)',
      'Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.',
    ],
  },
  {
    id: 'cue.telah-tayang',
    rule: 'boilerplate.republication.telah-tayang',
    pattern: /(?:berita|artikel) ini (?:telah )?(?:tayang|terbit|dimuat)(?: lebih dulu)? di\s/i,
    note: 'Indonesian network sites crediting the sister site (tayang, terbit, dimuat: the rule\'s wordings).',
    examples: ['Artikel ini telah tayang di Kompas.com dengan judul "Harga BBM Naik Lagi"', 'Berita ini telah tayang di Tribunnews.com'],
  },
  {
    id: 'cue.with-inputs',
    rule: 'boilerplate.feed-disclaimer.with-inputs',
    pattern: /\bwith (?:inputs from|agency inputs)\b/i,
    note: 'Indian outlets\' agency credit ("With inputs from PTI", "With agency inputs").',
    examples: ['(With inputs from agencies.)', '(With inputs from PTI)', 'With agency inputs'],
  },
];

/**
 * The gate's other cue of syndicated copy (engine/gate.ts agencyCredit): a wire agency credited
 * as the source or the recipient ("told Reuters", "according to the KCNA", "сообщает агентство
 * ТАСС", "… News Agency"). `lead`: words that lead into the credit, as whole words; `leadMore`:
 * those that may take one word more before it (Russian: "сообщает агентство"); `nameEnds`: the
 * words that end an agency's own name when the gazetteer does not hold it. Kept here, with the
 * rules' data, not in the content script's code.
 */
export const AGENCY_CREDIT = {
  lead: ['told', 'according to', 'citing'],
  leadMore: ['сообщают', 'сообщает', 'со ссылкой на'],
  nameEnds: ['News Agency', 'Press Agency', 'Press', 'Agency', 'Presse-Agentur'],
};
