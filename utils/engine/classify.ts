import { rules as ruleBook } from '../rules/book';
import { bigramHash, foldForGrams, gramHash } from '../rules/grams';
import { skips, type Lead } from '../rules/lead';
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

/** A pattern's prefilters: the characters a match can begin with (null: any), whether it ignores case, the hashes of its trigrams (rules/grams.ts), how a matching text begins (rules/lead.ts). */
type Starts = readonly [chars: string | null, ignoreCase: boolean, grams?: readonly number[] | null, lead?: Lead | null];

/** The patterns that skip the same leading characters: their prefixes, folded and as written, each with the patterns (slots) it admits. */
interface LeadGroup {
  lead: Lead;
  folded: Map<string, number[]>;
  raw: Map<string, number[]>;
  /** the lengths of the prefixes (code units), ascending */
  lengths: number[];
}

interface Prefilters {
  starts: Array<readonly [Starts, Starts]>;
  /** gram hash → the patterns (rule index × 2, + 1 for the linked pattern) that need it; null when no rule carries grams */
  grams: Map<number, number[]> | null;
  /** some pattern needs a two-character gram (their hashes are negative) */
  bigrams: boolean;
  /** per pattern, the text in which one of its trigrams was last seen */
  seen: Array<string | undefined>;
  /** first character → the patterns (slots, ascending) whose first-character test it passes, and the longest text one of them takes (see candidates) */
  byFirst: Map<string, Candidates>;
  /** the patterns' leads, grouped by what they skip; empty when no rule carries one */
  leads: LeadGroup[];
  /** per pattern, the text whose beginning one of its prefixes was last seen at */
  leadSeen: Array<string | undefined>;
}

/** Each rule list's prefilters, gathered once: the rules carry them (rules/prefilter.ts, read where the book is built). */
const prefilters = new WeakMap<readonly BlockRule[], Prefilters>();

/** No prefilter: a rule built without one (the user's phrases) is tried on every block. */
const ANY: Starts = [null, false];

function prefiltersFor(rules: readonly BlockRule[]): Prefilters {
  let found = prefilters.get(rules);
  if (!found) {
    // Plain indexed loops (no closures, no destructuring, no iterators): this runs once per
    // page load, in code that has not warmed up, over a few thousand trigrams and prefixes.
    const starts: Array<readonly [Starts, Starts]> = new Array(rules.length);
    let grams: Map<number, number[]> | null = null;
    let bigrams = false;
    const leads = new Map<string, LeadGroup>();
    for (let i = 0; i < rules.length; i++) {
      const own = rules[i]!.starts;
      const pair = [own?.[0] ?? ANY, own?.[1] ?? ANY] as const;
      starts[i] = pair;
      for (let k = 0; k < 2; k++) {
        const slot = i * 2 + k;
        const hashes = pair[k]![2];
        if (hashes) {
          grams ??= new Map();
          for (let h = 0; h < hashes.length; h++) {
            const hash = hashes[h]!;
            if (hash < 0) bigrams = true;
            const list = grams.get(hash);
            if (list) list.push(slot);
            else grams.set(hash, [slot]);
          }
        }
        const lead = pair[k]![3];
        if (!lead) continue;
        const key = lead[0] + '\u0000' + String(lead[1]) + String(lead[2]);
        let group = leads.get(key);
        if (!group) leads.set(key, (group = { lead, folded: new Map(), raw: new Map(), lengths: [] }));
        addPrefixes(group, group.folded, lead[3], slot);
        addPrefixes(group, group.raw, lead[4], slot);
      }
    }
    const groups = [...leads.values()];
    for (let g = 0; g < groups.length; g++) groups[g]!.lengths.sort((a, b) => a - b);
    prefilters.set(rules, (found = { starts, grams, bigrams, seen: [], byFirst: new Map(), leads: groups, leadSeen: [] }));
  }
  return found;
}

function addPrefixes(group: LeadGroup, map: Map<string, number[]>, prefixes: readonly string[], slot: number): void {
  for (let p = 0; p < prefixes.length; p++) {
    const prefix = prefixes[p]!;
    const list = map.get(prefix);
    if (list) list.push(slot);
    else map.set(prefix, [slot]);
    if (group.lengths.indexOf(prefix.length) < 0) group.lengths.push(prefix.length);
  }
}

/** `text` folded (rules/grams.ts), made at most once per text by whichever prefilter needs it first. */
interface Fold {
  text: string | undefined;
}

/** Marks, for `text` (`folded`: it folded), the patterns one of whose trigrams it holds. */
function markGrams(filters: Prefilters, text: string, folded: string): void {
  const grams = filters.grams!;
  for (let i = 0; i + 2 <= folded.length; i++) {
    const list = i + 3 <= folded.length ? grams.get(gramHash(folded, i)) : undefined;
    if (list) for (let n = 0; n < list.length; n++) filters.seen[list[n]!] = text;
    const pairs = filters.bigrams ? grams.get(bigramHash(folded, i)) : undefined;
    if (pairs) for (let n = 0; n < pairs.length; n++) filters.seen[pairs[n]!] = text;
  }
}

/** Marks, for `text`, the patterns one of whose prefixes it begins with (after characters their lead skips). */
function markLeads(filters: Prefilters, text: string, fold: Fold): void {
  // The beginning folded once: what a lead skips has no case (folding leaves it in place), so
  // the folded text's positions are the text's up to each prefix; a character whose folding
  // changes length can match no prefix character, wherever it moves what follows.
  let foldedText: string | undefined;
  for (let g = 0; g < filters.leads.length; g++) {
    const group = filters.leads[g]!;
    for (let i = 0; ; i++) {
      for (let l = 0; l < group.lengths.length; l++) {
        const length = group.lengths[l]!;
        if (i + length > text.length) break;
        // (Folding never shortens a text: the folded one is as long at least.)
        foldedText ??= fold.text ??= foldForGrams(text);
        const folded = group.folded.size ? group.folded.get(foldedText.slice(i, i + length)) : undefined;
        if (folded) for (let n = 0; n < folded.length; n++) filters.leadSeen[folded[n]!] = text;
        const raw = group.raw.size ? group.raw.get(text.slice(i, i + length)) : undefined;
        if (raw) for (let n = 0; n < raw.length; n++) filters.leadSeen[raw[n]!] = text;
      }
      if (i >= text.length || !skips(group.lead, text[i]!)) break;
    }
  }
}

/** First characters whose candidate lists are kept (a page in a large script meets many; past this the lists are made afresh). */
const FIRST_CHAR_LISTS = 512;

/**
 * The patterns (slot i × 2 for rule i's pattern, + 1 for its linked pattern, ascending) that
 * a text beginning with `c` may match by its first character: the same for every text with
 * that first character, so made once per character and rule list, and the loop over the
 * rules visits only these instead of testing every rule's characters for every block.
 */
interface Candidates {
  slots: number[];
  /** the largest maxLength among their rules: a longer text (a story paragraph) needs no loop over them */
  longest: number;
}

function candidates(filters: Prefilters, rules: readonly BlockRule[], c: string): Candidates {
  let found = filters.byFirst.get(c);
  if (found) return found;
  const slots: number[] = [];
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  // A string of whole characters: `c` (one character) is found in it only as itself.
  const may = (starts: Starts) => {
    const chars = starts[0];
    return chars === null || c === '' || chars.includes(c) || (starts[1] && ((lower.length === c.length && chars.includes(lower)) || (upper.length === c.length && chars.includes(upper))));
  };
  for (let i = 0; i < filters.starts.length; i++) {
    const pair = filters.starts[i]!;
    if (may(pair[0])) slots.push(i * 2);
    if (may(pair[1])) slots.push(i * 2 + 1);
  }
  const longest = slots.reduce((n, slot) => Math.max(n, rules[slot >> 1]!.maxLength), -1);
  if (filters.byFirst.size >= FIRST_CHAR_LISTS) filters.byFirst.clear();
  filters.byFirst.set(c, (found = { slots, longest }));
  return found;
}

/** The first rule that marks this block, or null when the block is story (or unknown). */
export function matchBlockRule(
  block: Block,
  context: BlockContext,
  rules: readonly BlockRule[] = ruleBook().blockRules,
): BlockRule | null {
  return firstRule(block.text, block, context, rules);
}

/**
 * Whether some rule's pattern marks `text`, its shape left unasked (a block of this text
 * might match, whatever its links): false means matchBlockRule returns null for any block
 * of this text, so what the shapes read (a box's links) need not be read.
 */
export function mayMatchText(text: string, context: BlockContext, rules: readonly BlockRule[] = ruleBook().blockRules): boolean {
  return firstRule(text, null, context, rules) !== null;
}

/** The first rule whose pattern marks `text` and whose shape `block` has (null: any shape). */
function firstRule(text: string, block: Block | null, context: BlockContext, rules: readonly BlockRule[]): BlockRule | null {
  // The prefilters (rules/prefilter.ts): a pattern whose first characters or trigrams rule the text out is not run (nor made, nor compiled).
  const filters = prefiltersFor(rules);
  const c = text === '' ? '' : String.fromCodePoint(text.codePointAt(0)!);
  const { slots, longest } = candidates(filters, rules, c);
  if (text.length > longest) return null;
  let marked = false;
  let led = false;
  // The text folded once for both prefilters (two new strings as long as the text).
  const fold: Fold = { text: undefined };
  for (let n = 0; n < slots.length; n++) {
    const slot = slots[n]!;
    const i = slot >> 1;
    const rule = rules[i]!;
    if (text.length > rule.maxLength) continue;
    if (rule.position === 'tail' && !context.inTail) continue;
    // (Read by index: destructuring runs the iterator protocol, slow in code that has not warmed up.)
    const pair = filters.starts[i]!;
    const starts = (slot & 1) === 0 ? pair[0] : pair[1];
    if (starts[3]) {
      if (!led) {
        markLeads(filters, text, fold);
        led = true;
      }
      if (filters.leadSeen[slot] !== text) continue;
    }
    if (starts[2]) {
      if (!marked) {
        markGrams(filters, text, (fold.text ??= foldForGrams(text)));
        marked = true;
      }
      if (filters.seen[slot] !== text) continue;
    }
    if ((slot & 1) === 0) {
      if (rule.pattern.test(text) && (block === null || shapeHolds(rule, block))) return rule;
    } else if (rule.linkedPattern && rule.linkedPattern.test(text) && (block === null || mostlyLink(block))) return rule;
  }
  return null;
}
