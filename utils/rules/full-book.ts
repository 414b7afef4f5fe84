import { installRuleBook, type RuleBook } from './book';
import { blockRules } from './block-rules';
import { cardRules } from './cards';
import { chainData } from './chain-data';
import { authorAsInterviewer, authorAsRecipient, authorAsRecipientAfter, citationCues, notACitationBefore, recipientCues } from './citations';
import { blockRuleStarts } from './prefilter';
import { APP_LINKS, LINK_TARGETS, DANGLING_PROMPT, FURNITURE, INSERT_SCORER, OWN_ADDRESS, SITE_DOMAIN, TEASER_LIST, ODD_BOX, NOT_ARTICLE_PATH, TEASER_RUN, TRAILING_ZONE, furnitureClassTokens, insertClassTokens } from './insert-anatomy';
import { ARTICLE_PART, NOT_ARTICLE_PART, PAGE_SELECTORS } from './page-parts';
import { anyRelatedLabel, relatedLabelOnly } from './related';
import { storyFilters } from './story-filters';
import { AGENCY_CREDIT, syndicationCues } from './syndication-cues';
import { wireCredits, wireShapeTokens } from './wire-credits';

// The whole rule book, from the rule files: what the CLI, the evaluation, the tests and
// the background (which hands it to the content script through storage) install.

let book: RuleBook | undefined;

export function fullRuleBook(): RuleBook {
  book ??= {
    // Each with its first-character prefilter (the stored book's rules carry trigrams too).
    blockRules: blockRules.map((rule) => ({ ...rule, starts: blockRuleStarts(rule, false) })),
    relatedLabelOnly,
    cardRules,
    anyRelatedLabel,
    insertClassTokens,
    furnitureClassTokens,
    insertAnatomy: { scorer: INSERT_SCORER, furniture: FURNITURE, teaserRun: TEASER_RUN, trailingZone: TRAILING_ZONE, notArticlePath: NOT_ARTICLE_PATH, danglingPrompt: DANGLING_PROMPT, teaserList: TEASER_LIST, appLinks: APP_LINKS, linkTargets: LINK_TARGETS, ownAddress: OWN_ADDRESS, siteDomain: SITE_DOMAIN, oddBox: ODD_BOX },
    pageParts: { notArticle: NOT_ARTICLE_PART, article: ARTICLE_PART },
    pageSelectors: PAGE_SELECTORS,
    storyFilters,
    syndicationCues,
    agencyCredit: AGENCY_CREDIT,
    wireCredits,
    wireShapeTokens,
    citations: { cues: citationCues, notACitationBefore, authorAsRecipient, authorAsInterviewer, authorAsRecipientAfter, recipientCues },
    chain: chainData(),
  };
  return book;
}

/** Installs the full book (the CLI, the evaluation, the tests). */
export function installFullRuleBook(): RuleBook {
  const full = fullRuleBook();
  installRuleBook(full);
  return full;
}
