// Words for categories and chain roles, shared by the page controls and the popup.

import { t, type MessageKey } from './i18n';

/** "Read also" for related, "Feed disclaimer" for feed-disclaimer; unknown ones readable as-is. */
export function categoryLabel(category: string): string {
  const key = `category_${category.replace(/-/g, '_')}`;
  const label = CATEGORY_KEYS.has(key) ? t(key as MessageKey) : '';
  return label || category.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

/** Every category Sourceline collapses, in the order the options page lists them. */
export const CATEGORIES = [
  'related', 'feed-disclaimer', 'source-link', 'share-prompt', 'ad-shortcode', 'advert-label',
  'app-promo', 'newsletter', 'republication', 'copyright-notice', 'interface', 'feed-debris', 'user-phrase',
] as const;

// The categories that have words in public/_locales (kept as a set so unknown ones fall back).
const CATEGORY_KEYS = new Set<string>(CATEGORIES.map((c) => `category_${c.replace(/-/g, '_')}`));

export const ROLE_LABEL_KEYS = {
  site: 'role_site',
  republisher: 'role_republisher',
  agency: 'role_agency',
  cited: 'role_cited',
} as const satisfies Record<string, MessageKey>;

export function roleLabel(role: keyof typeof ROLE_LABEL_KEYS): string {
  return t(ROLE_LABEL_KEYS[role]);
}
