import type { Finding } from '../engine/types';
import { t, type MessageKey } from '../i18n';
import { categoryLabel } from '../labels';

// "Why collapsed?" in words. Rule ids name a family and a variant
// ("boilerplate.feed-disclaimer.syndicated-feed", "read-also.de.label"); the build strips
// the rules' notes, so the words come from this small table of families, in the reader's
// language. An unknown rule still gets its category in words.

const FAMILY_KEYS: Record<string, MessageKey> = {
  'boilerplate.ad-shortcode': 'popup_rule_ad_shortcode',
  'boilerplate.advert-label': 'popup_rule_advert_label',
  'boilerplate.app-promo': 'popup_rule_app_promo',
  'boilerplate.copyright-notice': 'popup_rule_copyright_notice',
  'boilerplate.newsletter': 'popup_rule_newsletter',
  'boilerplate.feed-debris': 'popup_rule_feed_debris',
  'boilerplate.feed-disclaimer': 'popup_rule_feed_disclaimer',
  'boilerplate.interface': 'popup_rule_interface',
  'boilerplate.republication': 'popup_rule_republication',
  'boilerplate.share-prompt': 'popup_rule_share_prompt',
  'boilerplate.source-link': 'popup_rule_source_link',
  'read-also.card.anatomy': 'popup_rule_card_anatomy',
  'read-also.card.boxed': 'popup_rule_card_boxed',
  'read-also.card.label-alone': 'popup_rule_card_label_alone',
  'read-also.card.label-links': 'popup_rule_card_label_links',
  'read-also.card.label-then-links': 'popup_rule_card_label_then_links',
  'read-also.card.teaser': 'popup_rule_card_teaser',
  'read-also.card.teaser-list': 'popup_rule_card_teaser_list',
  'read-also.card.teaser-run': 'popup_rule_card_teaser_run',
  'read-also.card.titled': 'popup_rule_card_titled',
  'user.phrase': 'popup_rule_user_phrase',
};

const RELATED_LABEL = /^read-also\.([a-z]{2,3})\.label$/;

/** "German" for "de", in the reader's language; the code itself when the browser has no name for it. */
function languageName(code: string): string {
  try {
    const reader = typeof navigator === 'undefined' ? 'en' : navigator.language;
    return new Intl.DisplayNames([reader, 'en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The rule that fired on `finding`, in words: "a note that the text was published automatically from a syndicated feed". */
export function ruleWords(finding: Pick<Finding, 'rule' | 'category'>): string {
  const related = RELATED_LABEL.exec(finding.rule);
  if (related) return t('popup_rule_related_label', languageName(related[1]!));
  // The longest known family the id starts with: "boilerplate.source-link.read-more-link" → "boilerplate.source-link".
  const parts = finding.rule.split('.');
  for (let n = parts.length; n > 0; n--) {
    const family = parts.slice(0, n).join('.');
    if (Object.hasOwn(FAMILY_KEYS, family)) return t(FAMILY_KEYS[family]!);
  }
  return t('popup_rule_other', categoryLabel(finding.category));
}
