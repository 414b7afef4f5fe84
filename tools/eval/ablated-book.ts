import type { RuleBook } from '../../utils/rules/book';
import { fullRuleBook } from '../../utils/rules/full-book';

// The rule book with parts switched off, as a page in a language no lexicon holds would meet it
// (`npm run eval:ablation`, `npm run eval -- --ablate`):
//   labels:  the related-story label lexicons (rules/related.ts: label rules, lone labels, titled cards)
//   tokens:  the insert class tokens of every language but English (rules/insert-anatomy.ts)
//   lexicons: the boilerplate lexicons (rules/lexicons.ts: promotions, interface, rights, trailers, debris)

const NEVER = /(?!)/;
export type Ablation = 'none' | 'labels' | 'labels+tokens' | 'labels+tokens+lexicons';

export function ablatedBook(which: Ablation): RuleBook {
  const full = fullRuleBook();
  if (which === 'none') return full;
  const labelsOff = { blockRules: full.blockRules.filter((r) => r.kind !== 'read-also'), relatedLabelOnly: NEVER, anyRelatedLabel: NEVER };
  const tokensOff = which === 'labels' ? {} : { insertClassTokens: full.insertClassTokens.filter((t) => t.lang === 'en') };
  const lexiconsOff = which === 'labels+tokens+lexicons' ? { blockRules: labelsOff.blockRules.filter((r) => !r.id.includes('.lex.')) } : {};
  return { ...full, ...labelsOff, ...tokensOff, ...lexiconsOff };
}
