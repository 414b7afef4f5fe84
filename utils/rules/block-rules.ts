import { boilerplateRules } from './boilerplate';
import { relatedRules } from './related';
import type { BlockRule } from './types';

/** Every block rule, boilerplate first: the first rule that matches a block names it. */
export const blockRules: readonly BlockRule[] = [...boilerplateRules, ...relatedRules];
