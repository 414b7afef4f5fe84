import type { BlockRule } from './types';

// Block rules: each marks a whole short block as boilerplate or a related-story insert.
// Kept sorted by id (a lint test checks it); every rule carries examples that it must
// mark and counter-examples (story sentences that look like it) that it must leave alone.

/** Labels that introduce a related-story insert, in the languages whose phrasing is attested. */
const READ_ALSO_LABELS_EN = String.raw`(?:read also|also read|read more|related(?: stories| story| news)?|see also|also see|must read)`;
/** A label is followed by a separator, then the headline. */
const LABEL_SEPARATOR = String.raw`\s*[|:：›»\-–—]+\s*`;

export const blockRules: BlockRule[] = [
  {
    id: 'boilerplate.ad-shortcode',
    kind: 'boilerplate',
    category: 'ad-shortcode',
    lang: 'mul',
    // Autoblog plugins leave WordPress shortcodes such as [ad_1] / [ad_2] when the
    // shortcode is not registered on the republishing site. Only blocks made of them.
    pattern: /^(?:\[\/?[a-z][a-z0-9_-]{0,30}\]\s*){1,4}$/i,
    maxLength: 80,
    shape: 'any',
    note: 'WordPress autoblog plugins (seed article: [ad_1] … [ad_2]).',
    examples: ['[ad_1]', '[ad_2]', '[adsense]', '[ad_1] [ad_2]', '[/ad]'],
    counterExamples: [
      '[1] See the full report.',
      'The court cited [the law] in its ruling.',
      '[Photo] Ministers meet in Seoul.',
    ],
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
    republisher: /\bby\s+(?:the\s+)?([^()]{2,60}?)(?:['’]s)?\s+(?:staff|editorial team|editors|desk)\b/i,
    note: 'LatestLY (seed), NDTV, Devdiscourse, Free Press Journal syndicated-feed notes.',
    examples: [
      '(This is an unedited and auto-generated story from a Syndicated News feed, the content body may not have been modified or edited by LatestLY staff)',
      '(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)',
      '(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)',
    ],
    counterExamples: [
      'The agency said the syndicated feed of match results had been edited after the error was found, and apologised to readers for the delay in publishing the corrections.',
      'Editors at the paper said the story was not edited before it went out.',
    ],
  },
  {
    id: 'boilerplate.republication.appeared-first',
    kind: 'boilerplate',
    category: 'republication',
    lang: 'en',
    // The footer WordPress RSS feeds add to every item, kept by the sites that scrape them.
    // The site name is a capitalised name ending the block, not running prose.
    pattern: /^The post .{1,300}? appeared first on (?:the )?[\p{Lu}\p{N}][^,;:]{0,60}$/u,
    maxLength: 400,
    shape: 'any',
    republisher: /appeared first on\s+(.{2,80}?)[.!]?$/i,
    note: 'WordPress RSS footer (socialnews.xyz in ../shared/corpus/syndication).',
    examples: ['The post Stocks rally as inflation cools appeared first on Business Daily.'],
    counterExamples: ['The post of prime minister appeared first on the agenda of the coalition talks, which dragged on for weeks.'],
  },
  {
    id: 'boilerplate.republication.originally-appeared',
    kind: 'boilerplate',
    category: 'republication',
    lang: 'en',
    pattern: /^(?:this (?:article|story|post|piece|report) )?(?:was )?originally (?:appeared|published|ran) (?:on|in|at) \S.{0,80}$/i,
    maxLength: 200,
    shape: 'any',
    republisher: /originally (?:appeared|published|ran) (?:on|in|at)\s+(.{2,80}?)[.!]?$/i,
    note: 'VICE, The Conversation republishing notes (vice.com in ../shared/corpus/syndication).',
    examples: [
      'This article originally appeared on VICE US.',
      'This article was originally published on The Conversation.',
    ],
    counterExamples: [
      'The report originally appeared to show a rise in sales, but it was later corrected by the ministry.',
    ],
  },
  {
    id: 'boilerplate.share-prompt',
    kind: 'boilerplate',
    category: 'share-prompt',
    lang: 'en',
    pattern: /^(?:share\s+(?:now|this(?:\s+(?:article|story|post))?)|share\s+on\s+(?:facebook|twitter|x|whatsapp|linkedin|telegram))[\s:!.]*$/i,
    maxLength: 40,
    shape: 'any',
    note: 'Social widgets flattened to text by scrapers ("share now" in the seed).',
    examples: ['share now', 'Share this article', 'Share on WhatsApp'],
    counterExamples: ['Share prices fell sharply on Monday.', 'Share now, pay later schemes are growing.'],
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
    note: 'WordPress autoblog plugins (seed article ends with a "Source link" anchor).',
    examples: ['Source link', 'Original source'],
    counterExamples: ['Source link analysis is a growing field.', 'The source said the link was broken.'],
  },
  {
    id: 'read-also.label-separator.en',
    kind: 'read-also',
    category: 'related',
    lang: 'en',
    // "Read also | <headline>", "ALSO READ: <headline>": a label, a separator, a headline.
    // "Also, read the fine print…" has no label+separator and stays story.
    pattern: new RegExp(String.raw`^${READ_ALSO_LABELS_EN}${LABEL_SEPARATOR}\S`, 'i'),
    maxLength: 250,
    shape: 'any',
    note: 'LatestLY (seed: "Read also | …"), Indian news CMSes ("Also Read | …"), DW ("Read more: …").',
    examples: [
      'Read also | Ecuador Earthquake: 6.7-magnitude quake shakes Guayas region; no news of damage or injuries (watch video).',
      'Also Read | Toshakhana case: Pakistan court cancels arrest warrant for Imran Khan',
      'READ MORE: Germany plans new rules for wind farms',
      'RELATED: Storm leaves thousands without power',
    ],
    counterExamples: [
      'Also, read the fine print before you sign anything, the regulator warned.',
      'Read also the minister’s full statement, the opposition urged on Friday.',
      'Readers also asked whether the deal would last.',
      'Related problems include rising costs and shortages, officials said.',
    ],
  },
];
