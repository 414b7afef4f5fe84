import { describe, expect, it } from 'vitest';
import { chainPatterns } from '../../utils/engine/chain';
import { gatePatterns } from '../../utils/engine/gate';
import { compileLexicon } from '../../utils/engine/lexicon';
import { chainData } from '../../utils/rules/chain-data';
import { blockRules } from '../../utils/rules/block-rules';
import { authorAsInterviewer, authorAsRecipient, authorAsRecipientAfter, citationCues, notACitationBefore, recipientCues } from '../../utils/rules/citations';
import { anyRelatedLabel, relatedLabelOnly } from '../../utils/rules/related';
import { storyFilters } from '../../utils/rules/story-filters';

// Catastrophic backtracking: every regex of the rule files and the compiled patterns of the
// chain and the gate is timed on adversarial strings (runs of one character, a run and a
// character that breaks the match at the end, alternating separators, repeated label
// words) at length n and 4n, where 4n is the longest text the regex is ever given (a block
// rule's maxLength) or 5,000 characters for the ones without a bound. A regex that is linear
// takes about 4× as long at 4n; one that backtracks takes 16×, 64× or more. It fails when
// t(4n) > 40 × t(n), unless both stay under 2 ms (noise, and harmless at that size).
// Each time is the best of several runs, and a run repeats the test enough to be measured.

const UNBOUNDED = 5_000;
const FLOOR_MS = 2;
const GROWTH = 40;
const RUNS = 5;

interface Checked {
  name: string;
  regex: RegExp;
  /** the longest text it is ever run on */
  maxLength: number;
  /** words a hostile page would repeat to lead it on */
  words: string[];
}

function firstWords(examples: string[]): string[] {
  return examples.flatMap((e) => [e.split(/\s+/).slice(0, 2).join(' '), e.slice(0, 12)]).filter(Boolean);
}

const checked: Checked[] = [];
for (const rule of blockRules) {
  const words = firstWords(rule.examples);
  checked.push({ name: `${rule.id} pattern`, regex: rule.pattern, maxLength: rule.maxLength, words });
  if (rule.linkedPattern) checked.push({ name: `${rule.id} linkedPattern`, regex: rule.linkedPattern, maxLength: rule.maxLength, words });
  if (rule.republisher) checked.push({ name: `${rule.id} republisher`, regex: rule.republisher, maxLength: rule.maxLength, words });
}
const LABELS = ['Read also', 'Related', 'Lesen Sie auch', 'Baca juga', 'Leia mais', '相关新闻', 'اقرأ ايضا'];
checked.push({ name: 'related: relatedLabelOnly', regex: relatedLabelOnly, maxLength: UNBOUNDED, words: LABELS });
checked.push({ name: 'related: anyRelatedLabel', regex: anyRelatedLabel, maxLength: UNBOUNDED, words: LABELS });
for (const filter of storyFilters) {
  const maxLength = filter.maxLength ?? UNBOUNDED;
  checked.push({ name: `${filter.id} pattern`, regex: filter.pattern, maxLength, words: firstWords(filter.examples) });
  if (filter.also) checked.push({ name: `${filter.id} also`, regex: filter.also, maxLength, words: firstWords(filter.examples) });
}
for (const cue of citationCues) checked.push({ name: `citations: ${cue.id}`, regex: cue.pattern, maxLength: UNBOUNDED, words: firstWords(cue.examples) });
for (const cue of recipientCues) checked.push({ name: `citations: ${cue.id}`, regex: cue.pattern, maxLength: UNBOUNDED, words: firstWords(cue.examples) });
checked.push({ name: 'citations: notACitationBefore', regex: notACitationBefore, maxLength: UNBOUNDED, words: ['told', 'spoke to', 'seen by the'] });
checked.push({ name: 'citations: authorAsRecipient', regex: authorAsRecipient, maxLength: UNBOUNDED, words: ['told', 'obtained by the'] });
checked.push({ name: 'citations: authorAsInterviewer', regex: authorAsInterviewer, maxLength: UNBOUNDED, words: ['spoke to', 'ესაუბრა', 'a b'] });
checked.push({ name: 'citations: authorAsRecipientAfter', regex: authorAsRecipientAfter, maxLength: UNBOUNDED, words: ['a verilən', 'ya açıqlama'] });
const WIRE_WORDS = ['(Reuters)', '(AP) —', 'WASHINGTON (', 'Reporting by', 'Copyright 2024', '© ', 'with inputs from', 'Reuters', 'The Associated Press'];
for (const [name, value] of [...Object.entries(chainPatterns), ...Object.entries(gatePatterns())]) {
  const regexes = Array.isArray(value) ? value : [value];
  regexes.forEach((regex, i) =>
    checked.push({ name: `${name in chainPatterns ? 'chain' : 'gate'}: ${name}${regexes.length > 1 ? `[${i}]` : ''}`, regex, maxLength: UNBOUNDED, words: WIRE_WORDS }),
  );
}

// The lexicon's patterns, compiled from the gazetteers and the credit grammar.
{
  const lex = compileLexicon(chainData());
  const lexPatterns: Record<string, RegExp | RegExp[]> = {
    DATELINE: lex.DATELINE,
    SPECIAL_DATELINES: lex.SPECIAL_DATELINES.map((s) => s.pattern),
    TRAILERS: lex.TRAILERS,
    SOURCE_LINE: lex.SOURCE_LINE,
    SOURCE_FIELD: lex.SOURCE_FIELD,
    BY_LINE: lex.BY_LINE,
    WITH_LINE: lex.WITH_LINE,
    PHOTO_LINE: lex.PHOTO_LINE,
    COPYRIGHT: lex.COPYRIGHT,
    ORIGIN: lex.ORIGIN,
    ORIGIN_UNSPACED: lex.ORIGIN_UNSPACED,
    ORIGIN_AFTER: lex.ORIGIN_AFTER,
    PRESS_REVIEW: lex.PRESS_REVIEW,
    REPORTER_CREDIT: lex.REPORTER_CREDIT,
    ORIGIN_POST: lex.ORIGIN_POST,
    LEAD_CREDIT: lex.LEAD_CREDIT,
    LEAD_QUOTING: lex.LEAD_QUOTING,
    CITE_BEFORE: lex.CITE_BEFORE,
    CITE_AFTER: lex.CITE_AFTER,
    MEDIA_TAIL: lex.MEDIA_TAIL,
    OUTLET_WORD: lex.OUTLET_WORD,
  };
  for (const [name, value] of Object.entries(lexPatterns)) {
    const regexes = Array.isArray(value) ? value : [value];
    regexes.forEach((regex, i) =>
      checked.push({ name: `lexicon: ${name}${regexes.length > 1 ? `[${i}]` : ''}`, regex, maxLength: UNBOUNDED, words: [...WIRE_WORDS, 'Source:', 'Quelle:', 'according to', 'Read it on'] }),
    );
  }
}

/** Hostile strings of about `n` characters for a regex. */
function adversarial(n: number, words: string[]): Array<[string, string]> {
  const fill = (unit: string) => unit.repeat(Math.max(1, Math.floor(n / unit.length)));
  const out: Array<[string, string]> = [];
  for (const ch of ['a', 'A', ' ', '(', '[', '.', '-', '—', '\u00a0', 'é', '1']) {
    out.push([`${JSON.stringify(ch)}×n`, fill(ch)], [`${JSON.stringify(ch)}×n+"!"`, `${fill(ch).slice(1)}!`]);
  }
  for (const unit of ['a ', 'A.', ' |', ': ', '| ', '- ', '..', '. ', '( ', '(A) ', 'A ', 'ab', '\n ', '=-', '—A']) {
    out.push([`${JSON.stringify(unit)}×n`, fill(unit)], [`${JSON.stringify(unit)}×n+"\\u0000"`, `${fill(unit).slice(1)}\u0000`]);
  }
  for (const word of words) {
    out.push([`${JSON.stringify(word)}+" "×n`, fill(`${word} `)]);
    out.push([`${JSON.stringify(word)} then a×n`, `${word} ${fill('a').slice(word.length + 1)}`]);
    out.push([`${JSON.stringify(word)}:×n`, fill(`${word}: `)]);
  }
  return out.map(([name, s]) => [name, s.slice(0, n)]);
}

function once(regex: RegExp, text: string, reps: number): number {
  const started = performance.now();
  for (let i = 0; i < reps; i++) {
    regex.lastIndex = 0;
    regex.test(text);
  }
  return performance.now() - started;
}

/** Best of RUNS, in ms per test; a first cheap pass decides whether it is worth measuring well. */
function time(regex: RegExp, text: string, reps: number): number {
  let best = once(regex, text, reps);
  if (best < FLOOR_MS / 4) return best / reps;
  for (let i = 1; i < RUNS; i++) best = Math.min(best, once(regex, text, reps));
  return best / reps;
}

/** The strings on which `c.regex` grows faster than the check allows, with their times. */
function superLinear(c: Checked, firstOnly = false): string[] {
  const big = c.maxLength;
  const small = Math.max(1, Math.floor(big / 4));
  // Enough repetitions that the short string takes a measurable time.
  const reps = Math.max(1, Math.round(20_000 / big));
  const problems: string[] = [];
  const smallStrings = adversarial(small, c.words);
  for (const [i, [name, text]] of adversarial(big, c.words).entries()) {
    if (firstOnly && problems.length > 0) break;
    const tBig = time(c.regex, text, reps) * reps;
    const tSmall = time(c.regex, smallStrings[i]![1], reps) * reps;
    if (tBig < FLOOR_MS && tSmall < FLOOR_MS) continue;
    if (tBig < GROWTH * tSmall) continue;
    // A second look before failing: the machine may have been busy.
    const again = time(c.regex, text, reps) * reps;
    if (again < FLOOR_MS || again < GROWTH * time(c.regex, smallStrings[i]![1], reps) * reps) continue;
    // A linear baseline on the same string, for the message.
    const baseline = time(/zzz/, text, reps) * reps;
    problems.push(`${name}: ${tSmall.toFixed(2)} ms at n=${small}, ${tBig.toFixed(2)} ms at 4n=${big} (a plain scan: ${baseline.toFixed(3)} ms)`);
  }
  return problems;
}

describe('regular expressions stay linear on hostile text', () => {
  it(`has the regexes to check (${checked.length})`, () => {
    expect(checked.length).toBeGreaterThan(80);
    for (const c of checked) expect(c.regex, c.name).toBeInstanceOf(RegExp);
    // eslint-disable-next-line no-console
    console.log(`regex-safety: ${checked.length} regexes, each on ~${adversarial(100, ['x']).length}+ hostile strings at n and 4n`);
  });

  // The control must grow far past GROWTH: /\s*\s*a*a*b/ grew only ~40x from n to 4n in this
  // V8 (right at the threshold), so it failed now and then; /a*a*a*b/ grows 130-180x.
  it('catches a regex that backtracks (control: /a*a*a*b/, polynomial)', () => {
    expect(superLinear({ name: 'control', regex: /a*a*a*b/, maxLength: 60, words: [] }, true).length).toBeGreaterThan(0);
  });

  // (What is asserted is growth, not time: a regex run thousands of times at 5,000 characters took
  // 2-12 s here and past vitest's 30 s default on a loaded CI machine, hence the longer timeout.)
  it.each(checked.map((c) => [c.name, c] as const))(
    '%s',
    (_name, c) => {
      expect(superLinear(c)).toEqual([]);
    },
    180_000,
  );
});
