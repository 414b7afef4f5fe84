import { rules as ruleBook } from '../rules/book';
import { bigramHash, foldForGrams, gramHash } from '../rules/grams';
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

/** A pattern's prefilters: the characters a match can begin with (null: any), whether it ignores case, the hashes of its trigrams (rules/grams.ts). */
type Starts = readonly [chars: string | null, ignoreCase: boolean, grams?: readonly number[] | null];

interface Prefilters {
  starts: Array<readonly [Starts, Starts]>;
  /** gram hash → the patterns (rule index × 2, + 1 for the linked pattern) that need it; null when no rule carries grams */
  grams: Map<number, number[]> | null;
  /** some pattern needs a two-character gram (their hashes are negative) */
  bigrams: boolean;
  /** per pattern, the text in which one of its trigrams was last seen */
  seen: Array<string | undefined>;
}

/** Each rule list's prefilters, gathered once: the rules carry them (rules/prefilter.ts, read where the book is built). */
const prefilters = new WeakMap<readonly BlockRule[], Prefilters>();

/** No prefilter: a rule built without one (the user's phrases) is tried on every block. */
const ANY: Starts = [null, false];

function prefiltersFor(rules: readonly BlockRule[]): Prefilters {
  let found = prefilters.get(rules);
  if (!found) {
    const starts = rules.map((r) => [r.starts?.[0] ?? ANY, r.starts?.[1] ?? ANY] as const);
    let grams: Map<number, number[]> | null = null;
    let bigrams = false;
    starts.forEach((pair, i) =>
      pair.forEach(([, , hashes], k) => {
        for (const hash of hashes ?? []) {
          grams ??= new Map();
          if (hash < 0) bigrams = true;
          const list = grams.get(hash);
          if (list) list.push(i * 2 + k);
          else grams.set(hash, [i * 2 + k]);
        }
      }),
    );
    prefilters.set(rules, (found = { starts, grams, bigrams, seen: [] }));
  }
  return found;
}

/** Marks, for `text`, the patterns one of whose trigrams it holds. */
function markGrams(filters: Prefilters, text: string): void {
  const folded = foldForGrams(text);
  const grams = filters.grams!;
  for (let i = 0; i + 2 <= folded.length; i++) {
    const list = i + 3 <= folded.length ? grams.get(gramHash(folded, i)) : undefined;
    if (list) for (const slot of list) filters.seen[slot] = text;
    const pairs = filters.bigrams ? grams.get(bigramHash(folded, i)) : undefined;
    if (pairs) for (const slot of pairs) filters.seen[slot] = text;
  }
}

/** The first rule that marks this block, or null when the block is story (or unknown). */
export function matchBlockRule(
  block: Block,
  context: BlockContext,
  rules: readonly BlockRule[] = ruleBook().blockRules,
): BlockRule | null {
  // The prefilters (rules/prefilter.ts): a pattern whose first characters or trigrams rule the text out is not run (nor made, nor compiled).
  const filters = prefiltersFor(rules);
  const text = block.text;
  const c = text === '' ? '' : String.fromCodePoint(text.codePointAt(0)!);
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  let marked = false;
  // A string of whole characters: `c` (one character) is found in it only as itself.
  // (Read by index: destructuring runs the iterator protocol, slow in code that has not warmed up.)
  const may = (starts: Starts, slot: number) => {
    const chars = starts[0];
    if (!(chars === null || text === '' || chars.includes(c) || (starts[1] && ((lower.length === c.length && chars.includes(lower)) || (upper.length === c.length && chars.includes(upper))))))
      return false;
    if (!starts[2]) return true;
    if (!marked) {
      markGrams(filters, text);
      marked = true;
    }
    return filters.seen[slot] === text;
  };
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    if (text.length > rule.maxLength) continue;
    if (rule.position === 'tail' && !context.inTail) continue;
    const pair = filters.starts[i]!;
    if (may(pair[0], i * 2) && rule.pattern.test(text) && shapeHolds(rule, block)) return rule;
    if (may(pair[1], i * 2 + 1) && rule.linkedPattern && rule.linkedPattern.test(text) && mostlyLink(block)) return rule;
  }
  return null;
}
