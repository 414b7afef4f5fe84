import { escapeRegExp } from '../regexp';
import type { BlockRule } from './types';

/**
 * The user's own phrases (from the options page) as rules: a block that starts with the
 * phrase, compared literally and case-insensitively. Never a pattern from the user.
 */
export function userPhraseRules(phrases: readonly string[]): BlockRule[] {
  return phrases.map((phrase, i) => ({
    id: `user.phrase.${i + 1}`,
    kind: 'boilerplate' as const,
    category: 'user-phrase',
    lang: 'mul',
    pattern: new RegExp(`^${escapeRegExp(phrase.trim())}`, 'i'),
    maxLength: phrase.length + 300,
    shape: 'any' as const,
    position: 'any' as const,
    note: 'Added by the user on the options page.',
    examples: [phrase],
    counterExamples: [],
  }));
}
