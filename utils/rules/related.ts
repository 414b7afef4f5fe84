import type { BlockRule } from './types';

// Related-story inserts ("Read also | <headline>", "Baca juga: <headline>", a "Related"
// card of links) by language. Only labels seen on real pages are listed; each set names
// where. Two rules are made from every set:
//   read-also.<lang>.label-separator  label, a separator, then a headline (any markup);
//   read-also.<lang>.label-link       label, then mostly links (a card, a list, a link).
// Sets are sorted by language (lint-tested).

export interface RelatedLabelSet {
  lang: string;
  /** labels as written, matched case-insensitively at the start of a block */
  labels: string[];
  /** pages where the labels were seen */
  evidence: string;
  /** inserts the rules must mark */
  examples: string[];
  /** story sentences starting with the same words that no rule may mark */
  counterExamples: string[];
}

export const relatedLabelSets: RelatedLabelSet[] = [
  {
    lang: 'de',
    labels: ['Auch interessant für dich', 'Auch interessant'],
    evidence: 'basicthinking.de ("Auch interessant:" link list, "Auch interessant für dich" module).',
    examples: ['Auch interessant: 14 Tipps, wie du mehr Twitter-Follower bekommst'],
    counterExamples: ['Auch interessant ist, dass die Stadt den Radweg selbst bezahlt hat.'],
  },
  {
    lang: 'en',
    labels: ['Read also', 'Also read', 'Read more', 'Related stories', 'Related story', 'Related news', 'Related'],
    evidence:
      'LatestLY (seed: "Read also |"), Indian news CMSes ("Also Read |"), DW ("Read more: …"), wordlessnews.com ("Related Story: …").',
    examples: [
      'Read also | Ecuador Earthquake: 6.7-magnitude quake shakes Guayas region; no news of damage or injuries (watch video).',
      'Also Read | Toshakhana case: Pakistan court cancels arrest warrant for Imran Khan',
      'READ MORE: Germany plans new rules for wind farms',
      'RELATED: Storm leaves thousands without power',
      'Related Story: The Washington Post',
    ],
    counterExamples: [
      'Also, read the fine print before you sign anything, the regulator warned.',
      'Read also the minister’s full statement, the opposition urged on Friday.',
      'Readers also asked whether the deal would last.',
      'Related problems include rising costs and shortages, officials said.',
      'Read more about the plan in the regulator’s 40-page report, officials said.',
    ],
  },
  {
    lang: 'fr',
    labels: ['À lire aussi', 'A lire aussi'],
    evidence: 'La Vie des idées ("À lire aussi" block after the article).',
    examples: ['À lire aussi : La réforme des retraites en cinq questions'],
    counterExamples: ['À lire aussi attentivement que les autres, ce rapport a surpris les députés.'],
  },
  {
    lang: 'id',
    labels: ['Baca juga', 'Baca pula'],
    evidence: 'Tribunnews ("Baca juga: <headline>", jakarta.tribunnews.com).',
    examples: ['Baca juga: Viral Oknum Polisi Suruh Wartawan Wawancara Pohon, Pelaku akan Diperiksa'],
    counterExamples: ['Baca juga aturan barunya sebelum mendaftar, kata petugas kepada warga.'],
  },
  {
    lang: 'pt',
    labels: ['Leia também', 'Leia mais', 'Veja também'],
    evidence: 'Folha de S.Paulo ("Leia Mais" widget inside the article).',
    examples: ['Leia mais: Governo anuncia novo pacote para a indústria'],
    counterExamples: ['Leia mais livros, recomendou o ministro aos alunos da escola.'],
  },
];

/** Characters that separate a label from its headline: "|", ":", "›", "»", dashes. */
const SEPARATOR = String.raw`\s*[|:：›»▶►\-–—]+\s*`;
/** A label ends where a word would continue ("Related" must not match "Relatedly"). */
const LABEL_END = String.raw`(?![\p{L}\p{N}])`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function labelAlternation(set: RelatedLabelSet): string {
  return [...set.labels].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

function rulesFor(set: RelatedLabelSet): BlockRule[] {
  const labels = labelAlternation(set);
  return [
    {
      id: `read-also.${set.lang}.label-link`,
      kind: 'read-also',
      category: 'related',
      lang: set.lang,
      pattern: new RegExp(String.raw`^(?:${labels})${LABEL_END}[\s|:：›»▶►\-–—]*[\p{L}\p{N}"“'‘«„]`, 'iu'),
      // Cards and lists of several headlines are longer than one insert.
      maxLength: 1200,
      shape: 'mostly-link',
      position: 'any',
      strong: true,
      note: `Label followed by links (card, list or linked headline). ${set.evidence}`,
      examples: set.examples,
      counterExamples: set.counterExamples,
    },
    {
      id: `read-also.${set.lang}.label-separator`,
      kind: 'read-also',
      category: 'related',
      lang: set.lang,
      pattern: new RegExp(String.raw`^(?:${labels})${LABEL_END}${SEPARATOR}[\p{L}\p{N}"“'‘«„]`, 'iu'),
      maxLength: 250,
      shape: 'any',
      position: 'any',
      strong: true,
      note: `Label, separator, headline. ${set.evidence}`,
      examples: set.examples,
      counterExamples: set.counterExamples,
    },
  ];
}

export const relatedRules: BlockRule[] = relatedLabelSets.flatMap(rulesFor);

/** Any related label at the start of a text, in any language (for finding insert cards). */
export const anyRelatedLabel = new RegExp(
  String.raw`^(?:${relatedLabelSets.map(labelAlternation).join('|')})${LABEL_END}`,
  'iu',
);
