import { rules as ruleBook } from '../rules/book';
import { firstChars } from '../regexp';
import type { BlockRule } from '../rules/types';
import type { Block } from './blocks';

/** A link covering at least this share of a block's text makes it "mostly link". */
const MOSTLY_LINK_SHARE = 0.6;

/** Where a block stands in its article. */
export interface BlockContext {
  /** among the article's last blocks, where credits and link-outs go */
  inTail: boolean;
}

function mostlyLink(block: Block): boolean {
  return block.linkTextLength >= block.text.length * MOSTLY_LINK_SHARE;
}

function shapeHolds(rule: BlockRule, block: Block): boolean {
  switch (rule.shape) {
    case 'any':
      return true;
    case 'mostly-link':
      return mostlyLink(block);
    case 'no-link':
      return block.linkTextLength === 0;
  }
}

/** Each rule's first-character sets (pattern, linked pattern), read once per list of rules. */
const prefilters = new WeakMap<readonly BlockRule[], Array<[Set<string> | null, Set<string> | null]>>();

function prefiltersFor(rules: readonly BlockRule[]): Array<[Set<string> | null, Set<string> | null]> {
  let found = prefilters.get(rules);
  if (!found) prefilters.set(rules, (found = rules.map((r) => [firstChars(r.pattern), r.linkedPattern ? firstChars(r.linkedPattern) : null])));
  return found;
}

/** The first rule that marks this block, or null when the block is story (or unknown). */
export function matchBlockRule(
  block: Block,
  context: BlockContext,
  rules: readonly BlockRule[] = ruleBook().blockRules,
): BlockRule | null {
  // The prefilter (utils/regexp.ts): a pattern whose first characters rule the text out is not run (nor compiled).
  const filters = prefiltersFor(rules);
  const text = block.text;
  const c = text === '' ? '' : String.fromCodePoint(text.codePointAt(0)!);
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  const may = (chars: Set<string> | null, pattern: RegExp) =>
    chars === null || text === '' || chars.has(c) || (pattern.ignoreCase && ((lower.length === c.length && chars.has(lower)) || (upper.length === c.length && chars.has(upper))));
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    if (text.length > rule.maxLength) continue;
    if (rule.position === 'tail' && !context.inTail) continue;
    const [first, linkedFirst] = filters[i]!;
    if (may(first, rule.pattern) && rule.pattern.test(text) && shapeHolds(rule, block)) return rule;
    if (rule.linkedPattern && may(linkedFirst, rule.linkedPattern) && rule.linkedPattern.test(text) && mostlyLink(block)) return rule;
  }
  return null;
}
