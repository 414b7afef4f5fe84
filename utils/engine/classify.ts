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

/** A pattern's prefilter: the characters a match can begin with (null: any), and whether it ignores case. */
type Starts = readonly [chars: string | null, ignoreCase: boolean];

/** Each rule's prefilters (pattern, linked pattern), read once per list of rules: carried by the rule (the stored book), else read from its patterns. */
const prefilters = new WeakMap<readonly BlockRule[], Array<readonly [Starts, Starts]>>();

const startsOf = (pattern: RegExp | undefined): Starts => {
  const chars = pattern && firstChars(pattern);
  return [chars ? [...chars].join('') : null, pattern?.ignoreCase ?? false];
};

function prefiltersFor(rules: readonly BlockRule[]): Array<readonly [Starts, Starts]> {
  let found = prefilters.get(rules);
  if (!found)
    prefilters.set(
      rules,
      (found = rules.map((r) => (r.starts ? [r.starts[0]!, r.starts[1] ?? [null, false]] : [startsOf(r.pattern), startsOf(r.linkedPattern)]))),
    );
  return found;
}

/** The first rule that marks this block, or null when the block is story (or unknown). */
export function matchBlockRule(
  block: Block,
  context: BlockContext,
  rules: readonly BlockRule[] = ruleBook().blockRules,
): BlockRule | null {
  // The prefilter (utils/regexp.ts): a pattern whose first characters rule the text out is not run (nor made, nor compiled).
  const filters = prefiltersFor(rules);
  const text = block.text;
  const c = text === '' ? '' : String.fromCodePoint(text.codePointAt(0)!);
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  // A string of whole characters: `c` (one character) is found in it only as itself.
  const may = ([chars, ignoreCase]: Starts) =>
    chars === null || text === '' || chars.includes(c) || (ignoreCase && ((lower.length === c.length && chars.includes(lower)) || (upper.length === c.length && chars.includes(upper))));
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    if (text.length > rule.maxLength) continue;
    if (rule.position === 'tail' && !context.inTail) continue;
    const [first, linkedFirst] = filters[i]!;
    if (may(first) && rule.pattern.test(text) && shapeHolds(rule, block)) return rule;
    if (may(linkedFirst) && rule.linkedPattern && rule.linkedPattern.test(text) && mostlyLink(block)) return rule;
  }
  return null;
}
