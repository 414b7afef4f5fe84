// How a story attributes reporting to an outlet. A gazetteer match (rules/outlets.ts)
// counts as a citation only when the words around it say so. Sorted by id (lint-tested).

export interface CitationCue {
  id: string;
  lang: string;
  /** the cue stands before the outlet name ("according to") or after it ("reported") */
  side: 'before' | 'after';
  /** tested against the 40 characters on that side of the name */
  pattern: RegExp;
  examples: string[];
}

export const citationCues: CitationCue[] = [
  {
    id: 'cite.according-to.en',
    lang: 'en',
    side: 'before',
    pattern: /\baccording to\s+(?:(?:an?|the)\s+)?$/i,
    examples: ['According to CNN, the deal', 'according to a CNN report'],
  },
  {
    id: 'cite.citing.en',
    lang: 'en',
    side: 'before',
    pattern: /\b(?:citing|cited by|quoted by|(?:as\s+)?reported by|(?:as\s+)?first reported by)\s+(?:the\s+)?$/i,
    examples: ['citing Reuters', 'as reported by The Washington Post'],
  },
  {
    id: 'cite.reported.en',
    lang: 'en',
    side: 'after',
    pattern: /^\s*(?:news agency\s+|newspaper\s+)?(?:(?:has|had|first|also|earlier)\s+)?(?:reported|reports)\b/i,
    examples: ['Yonhap News Agency reported', 'the Japan Times reported', 'CNN first reported'],
  },
];

/** Words right before a name that make it the story's author or a recipient, never a citation ("told Reuters"). */
export const notACitationBefore = /\b(?:told|(?:spoke|speaking|talked|talking|said|wrote|writing)\s+to|seen by|reviewed by|obtained by|interview with|contacted by|asked by)\s+(?:the\s+)?$/i;
