import type { ChainLink } from '../engine/types';
import type { SeenElsewhere } from './messages';

// Inferred provenance: a page that credits no agency, whose story the reader met earlier on
// a page that did, gets that agency as an inferred link of its chain, marked so and never
// in place of a credit the page states.

/** At least this much of this page's story must be in the earlier one. */
export const INFER_MIN = 0.6;

export interface InferWords {
  /** the evidence line, from the agency, the share (0–100), the site and the date */
  evidence: (agency: string, share: number, site: string, date: string) => string;
  /** the date of a reading, e.g. "19 Mar" */
  date: (readAt: number) => string;
}

/** Percent, rounded down (never claims more than was measured). */
export const percent = (share: number) => Math.floor(share * 100);

export function withInferredAgency(chain: ChainLink[], seen: SeenElsewhere[], words: InferWords): ChainLink[] {
  if (chain.some((link) => link.role === 'agency')) return chain;
  const best = seen
    .filter((s) => s.agency && s.thisInThat >= INFER_MIN)
    .sort((a, b) => b.thisInThat - a.thisInThat || b.readAt - a.readAt)[0];
  if (!best?.agency) return chain;
  const evidence = words.evidence(best.agency, percent(best.thisInThat), best.republisher ?? best.site, words.date(best.readAt));
  const link: ChainLink = {
    role: 'agency',
    name: best.agency,
    evidence,
    evidences: [evidence],
    confidence: best.thisInThat >= 0.85 ? 'medium' : 'low',
    inferred: true,
  };
  // After the site and its republisher, before the outlets the story cites.
  const at = chain.findIndex((l) => l.role === 'cited');
  return at < 0 ? [...chain, link] : [...chain.slice(0, at), link, ...chain.slice(at)];
}
