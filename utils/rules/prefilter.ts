import { firstChars } from '../regexp';
import { anyGramHash, commonLetters, requiredGrams } from './grams';
import { leadOf } from './lead';
import type { BlockRule } from './types';

// A block rule's prefilters, read from its patterns where the book is built (the full book
// of the CLI and the tests, rules/full-book.ts; the stored book, rules/book-wire.ts), never
// on the page: the first characters a match can begin with (utils/regexp.ts) and, for the
// stored book, the trigrams one of which a matching text contains (rules/grams.ts) and how a
// matching text begins (rules/lead.ts).

type Starts = NonNullable<BlockRule['starts']>[number];

function startsOf(pattern: RegExp | undefined, grams: boolean, leads: boolean): Starts {
  // No pattern: no text can match it (no character begins a match), and the rule loop passes it by.
  if (!pattern) return ['', false, null, null];
  const chars = firstChars(pattern);
  const required = grams ? requiredGrams(pattern, commonLetters) : null;
  return [chars ? [...chars].join('') : null, pattern.ignoreCase, required ? [...new Set(required.map(anyGramHash))] : null, leads ? leadOf(pattern) : null];
}

/** `rule.starts`: the prefilters of its pattern and of its linked pattern (the trigrams too when `grams`, the lead when `leads`). */
export function blockRuleStarts(rule: BlockRule, grams: boolean, leads = grams): NonNullable<BlockRule['starts']> {
  return [startsOf(rule.pattern, grams, leads), startsOf(rule.linkedPattern, grams, leads)];
}
