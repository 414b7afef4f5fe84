// The checks a phrase passes before it becomes a rule (see userPhraseRules in
// utils/rules/block-rules.ts: a block that STARTS with the phrase is collapsed, compared
// literally and case-insensitively). A phrase made only of common words ("The", "In the")
// would start most story paragraphs, so it is refused with a reason the page can show.

export const MIN_PHRASE_CHARS = 3;
export const MAX_PHRASE_LENGTH = 200;
export const MAX_PHRASES = 200;

export type PhraseProblem = 'empty' | 'too-short' | 'too-long' | 'control-characters' | 'no-letters' | 'too-common' | 'duplicate' | 'too-many';

export type PhraseCheck = { ok: true; phrase: string } | { ok: false; problem: PhraseProblem };

// Words that begin ordinary story sentences in the interface languages (en, de, fr, es, hi).
// A phrase made of these alone would collapse the story.
const COMMON_WORDS = new Set(
  [
    // en
    'a an and are as at be but by for from had has have he her his i in is it its new no not of on or our said says she that the their these they this those to was we were will with would you',
    // de
    'aber als am an auch auf aus bei dass das dem den der des die ein eine einem einen einer er es für im in ist mit nach nicht oder sich sie sind und von vom war wie wir zu zum zur',
    // fr
    'à au aux avec ce cette d dans de des du elle en est et il ils je l la le les mais ne nous ou par pas plus pour qui que se sont sur un une vous',
    // es
    'a al como con de del el en es fue la las le lo los más no o para pero por que se su sus un una unas unos y',
    // hi
    'इस उस एक और का कि की के को तो था थी थे नहीं ने पर बताया भी में यह लिए वह से है हैं',
  ]
    .join(' ')
    .split(' '),
);

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The phrase as stored: trimmed, inner whitespace collapsed to single spaces (as block texts are). */
export function normalizePhrase(phrase: string): string {
  return phrase.replace(/\s+/g, ' ').trim();
}

/** Whether `phrase` may be added to `existing`, and its stored form. */
export function checkUserPhrase(phrase: string, existing: readonly string[] = []): PhraseCheck {
  const problem = phraseProblem(phrase, existing);
  return problem ? { ok: false, problem } : { ok: true, phrase: normalizePhrase(phrase) };
}

function phraseProblem(raw: string, existing: readonly string[]): PhraseProblem | null {
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(raw)) return 'control-characters';
  const phrase = normalizePhrase(raw);
  if (phrase === '') return 'empty';
  if (phrase.length > MAX_PHRASE_LENGTH) return 'too-long';
  const words = phrase.toLowerCase().match(WORD) ?? [];
  if (words.join('').length < MIN_PHRASE_CHARS) return 'too-short';
  if (!/\p{L}/u.test(phrase)) return 'no-letters';
  if (words.every((word) => COMMON_WORDS.has(word) || /^\p{N}+$/u.test(word))) return 'too-common';
  const key = phrase.toLowerCase();
  if (existing.some((other) => normalizePhrase(other).toLowerCase() === key)) return 'duplicate';
  if (existing.length >= MAX_PHRASES) return 'too-many';
  return null;
}
