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
