import { boilerplateRules } from './boilerplate';
import { lexiconRules } from './lexicons';
import { relatedRules } from './related';
import type { BlockRule } from './types';

/** Every block rule, boilerplate first (then the multilingual lexicons): the first rule that matches a block names it. */
export const blockRules: readonly BlockRule[] = [...boilerplateRules, ...lexiconRules, ...relatedRules];

export { userPhraseRules } from './user-phrases';
