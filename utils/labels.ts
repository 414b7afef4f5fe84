// Words for categories and chain roles, shared by the page controls and the popup.

const CATEGORY_LABELS: Record<string, string> = {
  'ad-shortcode': 'Ad placeholder',
  'advert-label': 'Advertisement label',
  'app-promo': 'App promotion',
  'copyright-notice': 'Copyright notice',
  newsletter: 'Newsletter promotion',
  'feed-disclaimer': 'Feed disclaimer',
  related: 'Read also',
  republication: 'Republication note',
  'share-prompt': 'Share prompt',
  'source-link': 'Source link',
  'user-phrase': 'Your phrase',
};

/** "Read also" for related, "Feed disclaimer" for feed-disclaimer; unknown ones readable as-is. */
export function categoryLabel(category: string): string {
  return CATEGORY_LABELS[category] ?? category.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

export const ROLE_LABELS = {
  site: 'You are reading',
  republisher: 'Republished from',
  agency: 'Written by wire agency',
  cited: 'Cites',
} as const;
