import type { BlockRule } from './types';
import { escapeRegExp } from '../regexp';

// Related-story inserts ("Read also | <headline>", "Baca juga: <headline>") by language.
// Only labels seen on real pages are listed; each set names where (docs/evidence/ has the
// excerpts). One rule, read-also.<lang>.label, is made from every set: the label, then a
// separator and a headline, or the label followed by a linked headline. Boxes of such
// links ("Auch interessant:" over a list) are the card rules of rules/cards.ts.
// Sets are sorted by language (lint-tested). Turkish is missing on purpose: no Turkish
// label was found on a real page (docs/evidence/related-labels.md).

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
    lang: 'ar',
    labels: ['اقرأ ايضا'],
    evidence: 'alalam.ir ("اقرأ ايضا.. <headline>"); docs/evidence/related-labels.md.',
    examples: ['اقرأ ايضا.. وزير خارجية العراق: زيارة السوداني لطهران حققت نتائج جيدة'],
    counterExamples: ['اقرأ ايضا ما كتبه الوزير في رسالته، قال المتحدث للصحفيين يوم الخميس.'],
  },
  {
    lang: 'de',
    labels: [
      'Auch interessant für dich',
      'Auch interessant',
      'Lesen Sie auch die folgenden Beiträge',
      'Lesen Sie auch',
      'Mehr zum Thema',
      'Zum Weiterlesen',
    ],
    evidence:
      'basicthinking.de ("Auch interessant:" link list), karlsruhe-insider.de ("Lesen Sie auch <headline>"); docs/evidence/related-labels.md. "Mehr zum Thema", "Zum Weiterlesen", "Lesen Sie auch die folgenden Beiträge:" on deutschlandfunk.de, selbst.de, falstaff.de, golf.de, agrarheute.com, greenpeace.de, hrjournal.de (pages in ../shared/benchmarks/trafilatura-eval).',
    examples: [
      'Auch interessant: 14 Tipps, wie du mehr Twitter-Follower bekommst',
      'Lesen Sie auch: Ende bei Esprit: Alle Filialen und Tausende Mitarbeiter gefährdet',
    ],
    counterExamples: [
      'Auch interessant ist, dass die Stadt den Radweg selbst bezahlt hat.',
      'Lesen Sie auch weiterhin unsere Berichte, bat die Redaktion ihre Leser.',
      'Mehr zum Thema Wärmepumpen will das Ministerium im Herbst vorlegen.',
    ],
  },
  {
    lang: 'en',
    labels: [
      'Read also',
      'Also read',
      'Read more',
      'Related stories',
      'Related story',
      'Related news',
      'Related',
      'You may also like',
      "Don't miss",
      'Don’t miss',
      'See more',
    ],
    evidence:
      'LatestLY (seed: "Read also |"), Hindustan Times ("Also read:"), Bollywood Life ("Also Read -"), DW ("Read more: …"), a Global News copy ("READ MORE:"), wordlessnews.com ("Related Story: …"); cleveland.com ("You may also like..."), bgr.com ("Don\'t Miss:"), express.co.uk ("SEE MORE:", "DON\'T MISS") in ../shared/benchmarks/aeb.',
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
      'Don’t miss the chance to see the comet this week, astronomers said.',
      'You may also like the new design, the company told customers.',
    ],
  },
  {
    lang: 'es',
    labels: ['Te puede interesar'],
    evidence: 'lacapitalmdp.com ("Te puede interesar" label); docs/evidence/related-labels.md.',
    examples: ['Te puede interesar: Mar del Plata tendrá un nuevo centro de salud'],
    counterExamples: ['Te puede interesar saber que el museo abre los domingos, dijo la directora.'],
  },
  {
    lang: 'fr',
    labels: ['À lire aussi', 'A lire aussi', 'Lire aussi', 'Lire'],
    evidence:
      'La Vie des idées ("À lire aussi" block), Le Monde ("Lire aussi : …", "Lire : …"); docs/evidence/related-labels.md.',
    examples: [
      'À lire aussi : La réforme des retraites en cinq questions',
      'Lire aussi : Les associations contre le stationnement connecté',
      'Lire : Pourquoi les trottinettes disparaissent des trottoirs ?',
    ],
    counterExamples: [
      'À lire aussi attentivement que les autres, ce rapport a surpris les députés.',
      'Lire le rapport prend plusieurs heures, reconnaît le député.',
    ],
  },
  {
    lang: 'hi',
    labels: ['ये भी पढ़ें', 'यह भी पढ़ें', 'पढ़ें'],
    evidence: 'hindi.pardaphash.com ("पढ़ें :-"), ibc24.in ("पढ़ें-"); docs/evidence/related-labels.md.',
    examples: ['पढ़ें :- कोहली ने कहा, टीम का प्रदर्शन शानदार रहा'],
    counterExamples: ['पढ़ें और आगे बढ़ें, मंत्री ने छात्रों से कहा।'],
  },
  {
    lang: 'id',
    labels: ['Baca juga', 'Baca pula'],
    evidence: 'Tribunnews, Suara.com ("Baca juga: <headline>"); docs/evidence/related-labels.md.',
    examples: ['Baca juga: Viral Oknum Polisi Suruh Wartawan Wawancara Pohon, Pelaku akan Diperiksa'],
    counterExamples: ['Baca juga aturan barunya sebelum mendaftar, kata petugas kepada warga.'],
  },
  {
    lang: 'it',
    labels: ['Leggi anche'],
    evidence: 'leggo.it ("LEGGI ANCHE: -- <headline>"); docs/evidence/related-labels.md.',
    examples: ["LEGGI ANCHE: -- Il post di Stefano de Martino riferito a Belen? 'Gli mancano Belen e Santiago'"],
    counterExamples: ['Leggi anche tu il documento, ha detto il ministro ai giornalisti.'],
  },
  {
    lang: 'ja',
    labels: ['関連記事'],
    evidence: 'jp.xinhuanet.com ("関連記事:" label); docs/evidence/related-labels.md.',
    examples: ['関連記事:中国、新たな経済対策を発表'],
    counterExamples: ['関連記事を読んだ読者から多くの意見が寄せられた。'],
  },
  {
    lang: 'ko',
    labels: ['관련뉴스', '관련기사'],
    evidence: 'wowtv.co.kr ("관련뉴스" label); docs/evidence/related-labels.md.',
    examples: ['관련뉴스: 코스피, 외국인 매수에 상승 마감'],
    counterExamples: ['관련기사를 쓴 기자는 당시 상황을 자세히 설명했다.'],
  },
  {
    lang: 'nl',
    labels: ['Bekijk ook'],
    evidence: 'De Telegraaf ("Bekijk ook: <headline>"); docs/evidence/related-labels.md.',
    examples: ['Bekijk ook: Ten Hag: ‘Het kan niet hoe Ajax te kijk is gezet’'],
    counterExamples: ['Bekijk ook de beelden van de wedstrijd, zei de trainer na afloop.'],
  },
  {
    lang: 'pl',
    labels: ['Czytaj więcej'],
    evidence: 'kobieta.wp.pl, warszawa.fandom.com ("CZYTAJ WIĘCEJ", phrases.tsv status P).',
    examples: ['CZYTAJ WIĘCEJ: Warszawa nadaje alejkom nazwiska pisarzy'],
    counterExamples: ['Czytaj więcej książek, apelował minister do uczniów.'],
  },
  {
    lang: 'pt',
    labels: ['Leia mais'],
    evidence: 'Folha de S.Paulo ("Leia Mais" widget inside the article, phrases.tsv status F/P).',
    examples: ['Leia mais: Governo anuncia novo pacote para a indústria'],
    counterExamples: ['Leia mais livros, recomendou o ministro aos alunos da escola.'],
  },
  {
    lang: 'ru',
    labels: ['Читайте также'],
    evidence: 'vesti-k.ru ("Читайте также" label); docs/evidence/related-labels.md.',
    examples: ['Читайте также: В Москве открылся новый парк'],
    counterExamples: ['Читайте также внимательно условия договора, посоветовал юрист.'],
  },
  {
    lang: 'vi',
    labels: ['Đọc thêm'],
    evidence: 'plo.vn ("Đọc thêm" label); docs/evidence/related-labels.md.',
    examples: ['Đọc thêm: TP.HCM khởi công tuyến metro số 2'],
    counterExamples: ['Đọc thêm sách là lời khuyên của thầy giáo dành cho học sinh.'],
  },
  {
    lang: 'zh',
    labels: ['相关新闻', '相关阅读'],
    evidence: 'taihainet.com ("相关新闻" block over headline and summary); docs/evidence/related-labels.md.',
    examples: ['相关新闻:上海地铁发生持刀伤人案件 嫌疑人已被抓获'],
    counterExamples: ['相关新闻报道引起了广泛关注,记者了解到。'],
  },
];

/** Characters that separate a label from its headline: "|", ":", "›", "»", dashes, "..". */
const SEPARATOR_CHARS = String.raw`|:：›»▶►\-–—…`;
const SEPARATOR = String.raw`(?:\s*(?:[${SEPARATOR_CHARS}]|\.{2,}))+\s*`;
/** A label ends where a word would continue ("Related" must not match "Relatedly"). */
const LABEL_END = String.raw`(?![\p{L}\p{N}])`;


function labelAlternation(set: RelatedLabelSet): string {
  return [...set.labels].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/**
 * One rule per language: the label, a separator and a headline ("Baca juga: …"), or the
 * label followed by links ("Lesen Sie auch <a>…</a>", a linked headline).
 */
function ruleFor(set: RelatedLabelSet): BlockRule {
  const labels = labelAlternation(set);
  return {
    id: `read-also.${set.lang}.label`,
    kind: 'read-also',
    category: 'related',
    lang: set.lang,
    pattern: new RegExp(String.raw`^(?:${labels})${LABEL_END}${SEPARATOR}[\p{L}\p{N}"“'‘«„]`, 'iu'),
    linkedPattern: new RegExp(String.raw`^(?:${labels})${LABEL_END}(?:\s|[${SEPARATOR_CHARS}]|\.{2,})*[\p{L}\p{N}"“'‘«„]`, 'iu'),
    maxLength: 250,
    shape: 'any',
    position: 'any',
    note: `Label and headline, with a separator or as a link. ${set.evidence}`,
    examples: set.examples,
    counterExamples: set.counterExamples,
  };
}

export const relatedRules: BlockRule[] = relatedLabelSets.map(ruleFor);

/** A text that is only a related label ("Related", "相关新闻:", "Leia Mais"), in any language. */
export const relatedLabelOnly = new RegExp(
  String.raw`^(?:${relatedLabelSets.map(labelAlternation).join('|')})\s*[:：]?$`,
  'iu',
);

/** Any related label at the start of a text, in any language (for finding insert cards). */
export const anyRelatedLabel = new RegExp(
  String.raw`^(?:${relatedLabelSets.map(labelAlternation).join('|')})${LABEL_END}`,
  'iu',
);
