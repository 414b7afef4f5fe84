// How a story attributes reporting to an outlet. A gazetteer match (rules/outlets.ts,
// rules/agencies.ts) counts as a citation only when the words around it say so.
// Sorted by id (lint-tested).

export interface CitationCue {
  id: string;
  lang: string;
  /** the cue stands before the outlet name ("according to") or after it ("reported") */
  side: 'before' | 'after';
  /** tested against the 60 characters on that side of the name */
  pattern: RegExp;
  examples: string[];
}

export const citationCues: CitationCue[] = [
  {
    id: 'cite.according-to.en',
    lang: 'en',
    side: 'before',
    // "according to CNN", "according to a CNN report", "according to the state-run Xinhua News Agency"
    pattern: /\baccording to\s+(?:(?:an?|the)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu,
    examples: ['According to CNN, the deal', 'according to a CNN report', 'according to the state-run Xinhua News Agency'],
  },
  {
    id: 'cite.appositive.en',
    lang: 'en',
    side: 'before',
    // "according to China state news agency, Xinhua", "citing the public broadcaster NHK"
    pattern:
      /\b(?:according to|citing|reported by)\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,4}(?:news agency|newspaper|broadcaster|daily|agency|outlet|website|TV channel|television|radio)\s*,?\s*$/iu,
    examples: ['according to China state news agency, Xinhua', 'citing the public broadcaster NHK'],
  },
  {
    id: 'cite.before.de',
    lang: 'de',
    side: 'before',
    pattern: /(?:\blaut|\bberichtete|\bberichtet|\bzufolge)\s+(?:(?:der|die|dem|des)\s+)?$/i,
    examples: ['laut Reuters'],
  },
  {
    id: 'cite.before.es-pt-it',
    lang: 'mul',
    side: 'before',
    pattern:
      /(?:\bsegún|\bsegundo|\bde acordo com|\bsecondo|\binformó|\binformou|\bcitando)\s+(?:\p{L}+\s+(?:da|do|de|del|della|di)\s+)?(?:(?:el|la|la agencia|a agência|a|o|il)\s+)?$/iu,
    examples: ['según Reuters', 'segundo levantamento da Reuters'],
  },
  {
    id: 'cite.before.fr',
    lang: 'fr',
    side: 'before',
    pattern: /(?:\bselon|\brapporte|\brapporté par|\bcité par)\s+(?:(?:le|la|l’|l')\s*)?$/i,
    examples: ['selon Reuters'],
  },
  {
    id: 'cite.before.id',
    lang: 'id',
    side: 'before',
    pattern: /(?:\bdilansir(?: dari)?|\bmengutip|\bmenurut|\bseperti dikutip(?: dari)?)\s+$/i,
    examples: ['dilansir Reuters'],
  },
  {
    id: 'cite.before.ru',
    lang: 'ru',
    side: 'before',
    pattern: /(?:сообщает|сообщают|со ссылкой на|по данным|по информации|пишет|передает|передаёт)\s+(?:[\p{L}-]+\s+)?["«]?$/iu,
    examples: ['со ссылкой на РИА Новости', 'сообщает Интерфакс'],
  },
  {
    id: 'cite.citing.en',
    lang: 'en',
    side: 'before',
    pattern:
      /\b(?:citing|cited by|quoted by|(?:as\s+)?reported by|(?:as\s+)?first reported by|survey by|(?:a\s+)?report (?:by|in|from))\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu,
    examples: ['citing Reuters', 'as reported by The Washington Post', 'cited by hit-or-miss Taiwanese publication DigiTimes'],
  },
  {
    id: 'cite.reported.en',
    lang: 'en',
    side: 'after',
    // "… reported", "… first reported", "Kyodo News has reported"
    pattern: /^\s*(?:news agency\s+|newspaper\s+|['’]s\s+\w+\s+)?(?:(?:has|had|first|also|earlier|previously)\s+)?(?:reported|reports|published|broke the news)\b/i,
    examples: ['Yonhap News Agency reported', 'the Japan Times reported', 'CNN first reported'],
  },
];

/**
 * "told Reuters" in the languages of the credit grammar: the speaker's verb, up to a few
 * words (the speaker), and the preposition before the agency. cs "řekla ČTK", da/no
 * "siger hun til Ritzau", sv "säger han till TT", de "sagte er der dpa", fr "a indiqué à
 * l’AFP", pt "afirmou fonte da Proteção Civil à Lusa", es "dijo a EFE", it "ha detto
 * all’ANSA", pl "powiedział PAP", ro "a declarat pentru Agerpres". (Russian "сообщила ТАСС"
 * is no citation either, but Russian copy credits its own agency otherwise: not the author.)
 */
const TOLD_ABROAD = String.raw`(?:řekl[aiy]?|sdělil[aiy]?|uvedl[aiy]? pro|povedal[ai]? pre|(?:siger|sagde|sier|sa|säger)(?:\s+\p{L}+){0,2}\s+til{1,2}|sagte(?:\s+\p{L}+){0,2}\s+(?:der|dem)|(?:a|ont|avait)\s+(?:indiqué|déclaré|précisé|confié|affirmé|expliqué|assuré|annoncé|dit)\s+à\s*(?:l['’]|la\s+|le\s+)?|(?:afirmou|disse|declarou|adiantou|explicou|referiu|contou|confirmou|garantiu)(?:\s+[\p{L}-]+){0,4}\s+(?:à|ao)|(?:dijo|declaró|afirmó|explicó|aseguró|confirmó)(?:\s+[\p{L}-]+){0,3}\s+(?:a|a la)|ha(?:nno)?\s+(?:detto|dichiarato|spiegato|riferito|confermato)\s+(?:all['’]|alla\s+|a\s+)|powiedział[aoy]?(?:\s+\p{L}+){0,2}|a\s+(?:declarat|spus|precizat)\s+pentru)`;

/** Words right before a name that make it the story's author or a recipient, never a citation ("told Reuters"). */
export const notACitationBefore = new RegExp(
  String.raw`(?:\b(?:told|(?:spoke|speaking|talked|talking|said|wrote|writing)\s+to|seen by|reviewed by|obtained by|interview with|contacted by|asked by|in conversation with|в беседе с|сообщил[аи]?|рассказал[аи]?)\s+|(?<![\p{L}])${TOLD_ABROAD}\s*)(?:the\s+)?$`,
  'iu',
);

/** The same, after which an agency is most likely the author of the copy ("told Reuters"). */
export const authorAsRecipient = new RegExp(String.raw`(?:\b(?:told|seen by|reviewed by|obtained by)\s+|(?<![\p{L}])${TOLD_ABROAD}\s*)(?:the\s+)?$`, 'iu');

/**
 * Words right after an agency's name that make it the interviewer, the copy most likely its own ("Reuters spoke to three
 * officials", Georgian „ინტერპრესნიუსი“ ევროპარლამენტარს ესაუბრა: the verb closes the clause), like "told Reuters": a hint
 * taken only when nothing better is known. Not "spoke about", nor a verb past the end of the sentence.
 */
export const authorAsInterviewer = new RegExp(
  String.raw`^["“”»“]?\s*(?:(?:spoke|talked)\s+(?:to|with)\b|interviewed\b|(?:взял[аи]?\s+интервью|побеседовал[аи]?\s+с)(?![\p{L}])|[^.!?\n]{0,80}?\s(?:ესაუბრა|გაესაუბრა)(?![\p{L}]))`,
  'u',
);

/**
 * Words right after an agency's name that make it the recipient, in languages that put the verb after it: Azerbaijani "“Report”a
 * verilən məlumata görə" (according to the information given to Report), "AZƏRTAC-a açıqlamasında bildirib" (said in a statement to
 * AZERTAC): like "told Reuters", the agency most likely wrote the copy. The dative ending, then the noun or verb.
 */
export const authorAsRecipientAfter = new RegExp(
  String.raw`^["”»“']?-?(?:a|ə|ya|yə|na|nə)\s+(?:verilən\s+məlumat|açıqlama|müsahibə|bildirib|deyib)`,
  'u',
);

/**
 * A cue that makes the outlet next to it the one a speaker told, or that interviewed or had the speaker on air: "told the Riverside
 * Herald", "sagte Huber den Fernsehsendern RTL und ntv", "säger X, talesperson för Y, till Aftonbladet", "spune, la EuropaFM,",
 * "در گفت‌وگو با روزنامه «…»", "wawancara … bersama portal berita …", "Radio Euskadin egindako elkarrizketa". The quote is that outlet's:
 * the story cites it (the labelled corpus names such an outlet as cited in de, da, eu, fa, ms, sv and ro). Only for an outlet: an agency
 * after "told" is most likely the copy's author (authorAsRecipient), never cited by it.
 * `before` patterns are tested on up to 120 characters before the name (a media noun between them, "den Fernsehsendern", taken away
 * first) and end with `$`; `after` patterns on the 60 after it and start with `^`. A gap in a pattern never crosses a sentence's end.
 */
export interface RecipientCue {
  id: string;
  lang: string;
  side: 'before' | 'after';
  pattern: RegExp;
  /** text around an outlet's name (written "…" where the name stands) that the cue must read as the outlet told */
  examples: string[];
  /** the same that it must not */
  counterExamples: string[];
  /** where the wording was seen */
  evidence: string;
}

export const recipientCues: RecipientCue[] = [
  {
    id: 'told.after.eu',
    lang: 'eu',
    side: 'after',
    // "Radio Euskadin egindako elkarrizketa batean" (in an interview on Radio Euskadi), "Berriari emandako elkarrizketan"
    pattern: /^(?:-?\p{Ll}{1,3})?\s+(?:egindako|emandako)\s+elkarrizketa/u,
    examples: ['…n egindako elkarrizketa batean', '…ri emandako elkarrizketan'],
    counterExamples: ['… jakinarazi du'],
    evidence: 'orain.eus (dev corpus, "Radio Euskadin egindako elkarrizketa batean"); "-ri emandako elkarrizketan" from the engineers’ knowledge of Basque press style',
  },
  {
    id: 'told.before.da-no-sv',
    lang: 'mul',
    side: 'before',
    // "siger hun til B.T.", "sier han til NRK", "säger Rickard Lundqvist, presstalesperson för polisregion Syd, till Aftonbladet",
    // "i en intervju med SVT", "i et interview med DR"
    pattern:
      /(?:(?<![\p{L}])(?:siger|sagde|fortæller|fortalte|sier|sa|forteller|säger|sade|berättar|berättade)(?:\s+(?!att\s|at\s|och\s|og\s)[^.!?\s]+){0,8}?\s+til{1,2}|(?<![\p{L}])i\s+(?:en|et)\s+(?:intervju|interview|samtale|samtal)\s+med)\s*["«“„]?\s*$/iu,
    examples: ['säger Rickard Lundqvist, presstalesperson för polisregion Syd, till …', 'siger hun til …', 'i en intervju med …'],
    counterExamples: ['säger hon. Till …', 'sagde han. Han gik til …', 'säger att till …'],
    evidence:
      'no: dagbladet.no (2017, "…, sier Persson til Nettavisen", "…, sier kommunikasjonssjef …, Trude Måseide, til NTB"); sv: marcusoscarsson.se post (dev corpus, "säger Rickard Lundqvist, presstalesperson för polisregion Syd, till Aftonbladet"); da: bt.dk (dev corpus, "siger hun til Ritzau")',
  },
  {
    id: 'told.before.de',
    lang: 'de',
    side: 'before',
    // "sagte Weil der Neuen Osnabrücker Zeitung", "sagte Huber am Freitag den Fernsehsendern RTL und ntv", "sagte er im ZDF",
    // "im Interview mit dem Spiegel", "gegenüber der Bild"
    pattern:
      /(?:(?<![\p{L}])(?:sagte|sagt|erklärte|erklärt|betonte|bestätigte|warnte|kritisierte|räumte|kündigte)(?:\s+[^\s.!?,;:]+){0,5}?\s+(?:der|dem|den|im)|(?<![\p{L}])(?:im|in einem)\s+(?:Interview|Gespräch)\s+mit(?:\s+(?:der|dem|den))?|(?<![\p{L}])gegenüber(?:\s+(?:der|dem|den))?)\s*["„“]?\s*$/u,
    examples: ['sagte Weil der …', 'sagte Huber am Freitag den …', 'sagte er im …', 'im Interview mit dem …', 'gegenüber der …'],
    counterExamples: ['sagte er. Der …', 'sagte, die …', 'sagte er, dass der …'],
    evidence: 'dts copy on hasepost.de ("sagte Huber am Freitag den Fernsehsendern RTL und ntv") and unitednetworker.com ("sagte Weil der Neuen Osnabrücker Zeitung"), both dev corpus pages',
  },
  {
    id: 'told.before.fa',
    lang: 'fa',
    side: 'before',
    // "در گفت‌وگوی تفصیلی با روزنامه کویتی «الرأی»", "در مصاحبه با …"
    pattern: /(?:^|[^\p{L}])در\s+(?:گفت[\u200c\s]?و[\u200c\s]?گوی?|مصاحبه(?:‌ای)?)(?:\s+[^\s.!?؟،]+){0,2}\s+با\s*["«“]?\s*$/u,
    examples: ['در گفت‌وگوی تفصیلی با …', 'در مصاحبه با …'],
    counterExamples: ['به گزارش …'],
    evidence: 'basirat.ir ("سردار جوانی در گفت‌وگو با خبرگزاری فارس", "در گفت‌وگو با «آرمان»", "در گفتگو با بهار"); toseeirani.ir (dev corpus, "در گفت‌وگوی تفصیلی با روزنامه کویتی «الرأی»")',
  },
  {
    id: 'told.before.id-ms',
    lang: 'mul',
    side: 'before',
    // id "mengatakan kepada Kompas", "ujarnya kepada …"; ms "wawancara khas Yusoff Kalla bersama portal berita Merdeka On-line", "dalam wawancara dengan …"
    pattern:
      /(?:(?<![\p{L}])(?:mengatakan|berkata|menuturkan|menjelaskan|mengungkapkan|memberitahu|ujar\p{L}*|kata\p{L}*|tutur\p{L}*|jelas\p{L}*)(?:\s+(?!bahwa\s|bahawa\s)[^\s.!?]+){0,3}?\s+kepada|(?<![\p{L}])(?:wawancara|temu bual)(?:\s+[^\s.!?]+){0,4}?\s+(?:dengan|bersama))\s*["“]?\s*$/iu,
    examples: ['mengatakan kepada …', 'wawancara khas Yusoff Kalla bersama …', 'dalam wawancara dengan …'],
    counterExamples: ['mengatakan bahwa …', 'kepada …', 'mengatakan bahwa kepada …'],
    evidence: 'm.tribunnews.com (2015, "katanya dalam sebuah wawancara dengan Rosiana Silalahi, News Director KompasTV"); law-justice.co ("tuturan dia kepada … dari Law-justice.co"); blog2-pakatan.blogspot.com (dev corpus, "wawancara khas Yusoff Kalla bersama portal berita Merdeka On-line")',
  },
  {
    id: 'told.before.ro',
    lang: 'ro',
    side: 'before',
    // "spune, la EuropaFM, premierul", "a declarat pentru Digi24", "într-un interviu acordat pentru …"
    pattern:
      /(?:(?<![\p{L}])(?:a declarat|a spus|a afirmat|a precizat|a explicat|declară|spune|afirmă|a transmis)(?:,?\s+(?!(?:că|ca|și)[\s,])[^\s.!?,]+){0,3}?,?\s+(?:pentru|la)|(?<![\p{L}])(?:în exclusivitate|într-un interviu(?:\s+acordat)?)(?:\s+pentru)?)\s*["„“]?\s*$/iu,
    examples: ['spune, la …', 'a declarat pentru …', 'într-un interviu acordat …'],
    counterExamples: ['a spus că la …', 'a declarat, și la …'],
    evidence: 'stiripesurse.ro (2022, "Petre Daea, a declarat joi, la Digi24, că …"); hotnews.ro ("a acordat un interviu pentru publicul HotNews"); mediafax.ro (dev corpus, "spune, la EuropaFM, premierul Ilie Bolojan")',
  },
];
