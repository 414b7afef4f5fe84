import { browser } from 'wxt/browser';
import type { Analysis } from '../engine/types';
import { t } from '../i18n';
import type { PopupSeenElsewhere, SeenElsewhere } from '../memory/messages';
import type { InferWords } from '../memory/provenance';

// The popup asks the background's story memory for the earlier pages with this story.

export async function loadSeenElsewhere(analysis: Analysis): Promise<SeenElsewhere[]> {
  if (!analysis.isArticle || !analysis.story.text) return [];
  const request: PopupSeenElsewhere = { type: 'popup:seen-elsewhere', url: analysis.url, text: analysis.story.text };
  try {
    const reply: unknown = await browser.runtime.sendMessage(request);
    return Array.isArray(reply) ? (reply as SeenElsewhere[]) : [];
  } catch {
    return [];
  }
}

/** "19 Mar", in the popup's language. */
export function shortDate(readAt: number): string {
  return new Date(readAt).toLocaleDateString(t('options_html_lang') || undefined, { day: 'numeric', month: 'short' });
}

export const INFER_WORDS: InferWords = {
  evidence: (agency, share, site, date) => t('popup_inferred_evidence', agency, String(share), site, date),
  date: shortDate,
};
