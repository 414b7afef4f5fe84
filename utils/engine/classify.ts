import { blockRules } from '../rules/block-rules';
import { testAnchored } from '../regexp';
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

/** The first rule that marks this block, or null when the block is story (or unknown). */
export function matchBlockRule(
  block: Block,
  context: BlockContext,
  rules: readonly BlockRule[] = blockRules,
): BlockRule | null {
  for (const rule of rules) {
    if (block.text.length > rule.maxLength) continue;
    if (rule.position === 'tail' && !context.inTail) continue;
    // testAnchored: a pattern whose first characters rule the text out is not run (nor compiled).
    if (testAnchored(rule.pattern, block.text) && shapeHolds(rule, block)) return rule;
    if (rule.linkedPattern && testAnchored(rule.linkedPattern, block.text) && mostlyLink(block)) return rule;
  }
  return null;
}
