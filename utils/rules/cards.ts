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
    id: 'read-also.card.anatomy',
    kind: 'read-also',
    category: 'related',
    note: 'A short block between story paragraphs that is mostly a link to another article of the same site, in any language: scored on structure and position (engine/insert.ts, weights in rules/insert-anatomy.ts), artigercek.com "İLGİLİ HABER:", aawsat.com related field.',
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
    note: 'A label line ("More on coronavirus:", "Related:") followed by lines that are each one link (MSN copy of a Guardian story).',
  },
  {
    id: 'read-also.card.teaser',
    kind: 'read-also',
    category: 'related',
    note: 'A short box of a heading and a "read more" link, no prose (Folha\'s gallery widget with "Leia Mais").',
  },
  {
    id: 'read-also.card.titled',
    kind: 'read-also',
    category: 'related',
    note: 'A box whose heading is exactly a related-story label, over headlines with summaries (Taihainet "相关新闻").',
  },
];
