import '../../utils/rules/install-full-book';
import { join } from 'node:path';
import { compileLexicon } from '../../utils/engine/lexicon';
import { chainData } from '../../utils/rules/chain-data';
import { analyze } from '../../utils/engine/analyze';
import type { ChainLink } from '../../utils/engine/types';
import { parseHtml } from '../parse-html';
import { readFileSync, readdirSync } from 'node:fs';
import { loadLabelledFixtures, type LabelledFixture } from './labels';
import { devFoldOf, sourceSite, splitOf, type DevFold, type Split } from './split';
import { installRuleBook } from '../../utils/rules/book';
import { fullRuleBook } from '../../utils/rules/full-book';
import type { CreditGrammar } from '../../utils/rules/credits';

// `npm run eval:chain [-- <fixtures dir>]`: the source chain against the labelled
// fixtures' "chain" labels, split by source site into dev and held-out (split.ts). Prints
// the misses of the DEV pages only (tuning looks at dev; held-out pages are only counted),
// then one summary line per split (agency accuracy and false agencies, cited-outlet
// precision and recall, republisher recall), the dev/held-out gap of each figure, and the
// figures per language and split.

const DEFAULT_ROOT = join(import.meta.dirname, '..', '..', 'test', 'fixtures');
/** The seed pages' expected chains (test/fixtures/seed--*.expected.json) count as labels too. */
function seedFixtures(root: string): LabelledFixture[] {
  return readdirSync(root)
    .filter((name) => name.startsWith('seed--') && name.endsWith('.html'))
    .map((name) => {
      const expected = JSON.parse(readFileSync(join(root, name.replace(/\.html$/, '.expected.json')), 'utf8')) as {
        chain: Array<{ role: string; name: string }>;
      };
      const named = (role: string) => expected.chain.filter((l) => l.role === role).map((l) => l.name);
      return {
        name,
        html: readFileSync(join(root, name), 'utf8'),
        labels: {
          source: [],
          from: 'seed expected chain',
          lang: 'en',
          collapse: [],
          story: [],
          chain: { agency: named('agency')[0] ?? null, republishers: named('republisher'), cited: named('cited') },
        },
      };
    });
}

export function chainFixtures(root = DEFAULT_ROOT): LabelledFixture[] {
  return [...seedFixtures(root), ...loadLabelledFixtures(root, ['corpus', 'lookalikes', 'chain']).filter((f) => f.labels.chain)];
}

/** One key per outlet: "Associated Press" = "AP", "The Japan Times" = "Japan Times". */
function key(name: string): string {
  // "NAN (News Agency of Nigeria)", "RSS (Nepal)": the name, or the name in the brackets.
  const lex = compileLexicon(chainData());
  const bare = name.replace(/\s*\([^)]*\)\s*$/, '');
  const inBrackets = name.match(/\(([^)]+)\)\s*$/)?.[1];
  const agency = lex.agencyFor(name) ?? lex.agencyFor(bare) ?? lex.agencyFor(inBrackets);
  if (agency) return `agency:${agency.id}`;
  return name.toLowerCase().replace(/^the\s+/, '').replace(/\.(?:com|org|net|ua)$/, '').replace(/[^\p{L}\p{N}]/gu, '');
}
/**
 * Letters of the non-Latin alphabets of the corpus in Latin (a plain per-letter transliteration: Cyrillic, Greek, Armenian,
 * Georgian, Arabic and Persian, Hebrew), for matching a label written in Latin ("Past", "Rouydad 24") to the name the page prints
 * ("Փաստ", "رویداد ۲۴").
 */
const LATIN: Record<string, string> = Object.fromEntries(
  [
    'а a б b в v г g д d е e ё e ж zh з z и i й y к k л l м m н n о o п p р r с s т t у u ф f х kh ц ts ч ch ш sh щ shch ъ _ ы y ь _ э e ю yu я ya і i ї yi є ye ґ g ў u ј j љ lj њ nj ћ c ђ dj џ dz ѓ gj ќ kj ѕ dz қ q ғ gh ң ng ө o ү u ұ u һ h ә a',
    'α a β v γ g δ d ε e ζ z η i θ th ι i κ k λ l μ m ν n ξ x ο o π p ρ r σ s ς s τ t υ y φ f χ ch ψ ps ω o',
    'ա a բ b գ g դ d ե e զ z է e ը y թ t ժ zh ի i լ l խ kh ծ ts կ k հ h ձ dz ղ gh ճ ch մ m յ y ն n շ sh ո o չ ch պ p ջ j ռ r ս s վ v տ t ր r ց ts ւ v փ p ք k օ o ֆ f',
    'ა a ბ b გ g დ d ე e ვ v ზ z თ t ი i კ k ლ l მ m ნ n ო o პ p ჟ zh რ r ს s ტ t უ u ფ p ქ k ღ gh ყ q შ sh ჩ ch ც ts ძ dz წ ts ჭ ch ხ kh ჯ j ჰ h',
    'ا _ آ a أ a إ i ء _ ب b پ p ت t ث s ج j چ ch ح h خ kh د d ذ z ر r ز z ژ zh س s ش sh ص s ض z ط t ظ z ع _ غ gh ف f ق q ک k ك k گ g ل l م m ن n و v ه h ة h ی y ي y ى a',
    'א _ ב b ג g ד d ה h ו v ז z ח ch ט t י y כ k ך k ל l מ m ם m נ n ן n ס s ע _ פ p ף f צ ts ץ ts ק k ר r ש sh ת t',
  ]
    .join(' ')
    .split(' ')
    .reduce<Array<[string, string]>>((pairs, token, i, all) => (i % 2 === 0 && all[i + 1] !== undefined ? [...pairs, [token, all[i + 1]!.replace('_', '')]] : pairs), []),
);

/**
 * A name in Latin, digits as ASCII, for matching across scripts. A name in a script that writes no short vowels (Arabic, Persian,
 * Hebrew): its consonants (vowels, h, w, y and v dropped: the letters scripts and spellings disagree on). Otherwise every letter,
 * doubled letters once, h dropped, y as i, w as v.
 */
function skeleton(name: string, abjad: boolean): string {
  const latin = [...name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()]
    .map((c) => {
      const code = c.charCodeAt(0);
      if (code >= 0x6f0 && code <= 0x6f9) return String(code - 0x6f0);
      if (code >= 0x660 && code <= 0x669) return String(code - 0x660);
      return LATIN[c] ?? c;
    })
    .join('');
  const plain = latin.replace(/^(?:the|al)\b/, '').replace(/[^a-z0-9]/g, '');
  return abjad ? plain.replace(/[aeiouyhwv]/g, '') : plain.replace(/h/g, '').replace(/y/g, 'i').replace(/w/g, 'v').replace(/(.)\1+/g, '$1');
}

const latinScript = (name: string) => !/[^\p{Script=Latin}\P{L}]/u.test(name);

export const sameOutlet = (a: string, b: string) => {
  const x = key(a);
  const y = key(b);
  if (x === y || (x.length >= 4 && y.length >= 4 && (x.startsWith(y) || y.startsWith(x)))) return true;
  // A label in Latin and a name in its own script: the same letters in Latin ("Past" = "Փաստ"), or, in Arabic or Hebrew script, the
  // same consonants ("Rouydad 24" = "رویداد ۲۴"); at least three of them.
  if (latinScript(a) === latinScript(b)) return false;
  const abjad = /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(a + b);
  const sx = skeleton(a, abjad);
  return sx.length >= 3 && sx === skeleton(b, abjad);
};

export interface ChainScore {
  fixtures: number;
  /** `falseAgencies`: pages where an agency is named that the label does not name */
  agency: { right: number; labelled: number; falseAgencies: number };
  cited: { truePositives: number; found: number; hits: number; labelled: number };
  republishers: { hits: number; labelled: number };
  misses: string[];
}

export function scoreChains(fixtures: LabelledFixture[]): ChainScore {
  let agencyLabelled = 0;
  let agencyRight = 0;
  let falseAgencies = 0;
  let citedTrue = 0;
  let citedFound = 0;
  let citedLabelled = 0;
  let citedHit = 0;
  let repLabelled = 0;
  let repHit = 0;
  const misses: string[] = [];

  for (const fixture of fixtures) {
    const analysis = analyze(parseHtml(fixture.html));
    const chain = fixture.labels.chain!;
    const of = (role: ChainLink['role']) => analysis.chain.filter((l) => l.role === role).map((l) => l.name);
    if (chain.agency !== undefined) {
      agencyLabelled++;
      const found = of('agency')[0] ?? null;
      const right = chain.agency === null ? found === null : found !== null && sameOutlet(found, chain.agency);
      if (right) agencyRight++;
      else if (found !== null) falseAgencies++;
      if (!right) misses.push(`${fixture.name}: agency ${JSON.stringify(found)} (labelled ${JSON.stringify(chain.agency)})`);
    }
    const cited = of('cited');
    const labelledCited = chain.cited ?? [];
    citedFound += cited.length;
    citedTrue += cited.filter((c) => labelledCited.some((l) => sameOutlet(c, l))).length;
    citedLabelled += labelledCited.length;
    citedHit += labelledCited.filter((l) => cited.some((c) => sameOutlet(c, l))).length;
    for (const c of cited.filter((c) => !labelledCited.some((l) => sameOutlet(c, l)))) misses.push(`${fixture.name}: cited ${c} not labelled`);
    for (const l of labelledCited.filter((l) => !cited.some((c) => sameOutlet(c, l)))) misses.push(`${fixture.name}: cited ${l} missed`);
    const reps = of('republisher');
    for (const r of chain.republishers ?? []) {
      repLabelled++;
      // A republisher that is an agency is rightly shown as the agency.
      if (reps.some((x) => sameOutlet(x, r)) || of('agency').some((x) => sameOutlet(x, r))) repHit++;
      else misses.push(`${fixture.name}: republisher ${r} missed (found ${JSON.stringify(reps)})`);
    }
  }

  return {
    fixtures: fixtures.length,
    agency: { right: agencyRight, labelled: agencyLabelled, falseAgencies },
    cited: { truePositives: citedTrue, found: citedFound, hits: citedHit, labelled: citedLabelled },
    republishers: { hits: repHit, labelled: repLabelled },
    misses,
  };
}

const ratio = (a: number, b: number) => (b === 0 ? '-' : (a / b).toFixed(3));

/** Which split a labelled page belongs to: the site its words come from (`source`), by split.ts. */
export function splitOfFixture(fixture: LabelledFixture): Split {
  return splitOf(sourceSite(fixture.labels.source));
}

export function summaryLine(label: string, s: ChainScore): string {
  return (
    `summary ${label}: fixtures=${s.fixtures} agency-accuracy=${ratio(s.agency.right, s.agency.labelled)} (${s.agency.right}/${s.agency.labelled}, false-agencies=${s.agency.falseAgencies}) ` +
    `cited-precision=${ratio(s.cited.truePositives, s.cited.found)} (${s.cited.truePositives}/${s.cited.found}) ` +
    `cited-recall=${ratio(s.cited.hits, s.cited.labelled)} (${s.cited.hits}/${s.cited.labelled}) ` +
    `republisher-recall=${ratio(s.republishers.hits, s.republishers.labelled)} (${s.republishers.hits}/${s.republishers.labelled})`
  );
}

/** The four figures of a score (NaN where nothing was labelled), for the gap line. */
function figures(s: ChainScore): Record<string, number> {
  return {
    'agency-accuracy': s.agency.right / s.agency.labelled,
    'cited-precision': s.cited.truePositives / s.cited.found,
    'cited-recall': s.cited.hits / s.cited.labelled,
    'republisher-recall': s.republishers.hits / s.republishers.labelled,
  };
}

/**
 * `--dev-fold A|B`: the dev pages split again by source site into two halves (split.ts devFoldOf).
 * Prints the misses of that fold only and a summary line for each half (plus held-out totals):
 * look at one half's misses, keep a change only if the other half moves with it.
 */
function mainFold(root: string, fold: DevFold): void {
  const dev = chainFixtures(root).filter((f) => splitOfFixture(f) === 'dev');
  const a = scoreChains(dev.filter((f) => devFoldOf(sourceSite(f.labels.source)) === 'A'));
  const b = scoreChains(dev.filter((f) => devFoldOf(sourceSite(f.labels.source)) === 'B'));
  for (const m of (fold === 'A' ? a : b).misses) console.log(m);
  console.log(summaryLine('dev-A', a));
  console.log(summaryLine('dev-B', b));
}

/**
 * `--ablate`: the chain without the words that name an origin, as a page in a language no grammar holds would meet it: the
 * grammar's Source, origin, feed-template, lead-credit, reporter, by and with words emptied, and the block rules that mark a
 * republication or a source link, or capture a republisher's name, off. What republisher recall is left is what links, hosts,
 * metadata, the page's layout and the gazetteers find on their own.
 */
function installAblatedBook(): void {
  const full = fullRuleBook();
  const off: Array<keyof CreditGrammar> = ['source', 'origin', 'originLinked', 'originTitled', 'originAfter', 'originLead', 'originPost', 'leadCredit', 'reporter', 'reportedAt', 'by', 'with'];
  const grammar = full.chain.grammar.map((g) => ({ ...g, ...Object.fromEntries(off.map((k) => [k, []])) }));
  const blockRules = full.blockRules.filter((r) => !r.republisher && r.category !== 'republication' && r.category !== 'source-link');
  installRuleBook({ ...full, blockRules, chain: { ...full.chain, grammar } });
}

function main(root: string): void {
  const all = chainFixtures(root);
  const dev = scoreChains(all.filter((f) => splitOfFixture(f) === 'dev'));
  const heldOut = scoreChains(all.filter((f) => splitOfFixture(f) === 'held-out'));
  for (const m of dev.misses) console.log(m);
  console.log(summaryLine('dev', dev));
  console.log(summaryLine('held-out', heldOut));
  const d = figures(dev);
  const h = figures(heldOut);
  const gap = Object.keys(d)
    .map((k) => `${k}=${Number.isFinite(d[k]!) && Number.isFinite(h[k]!) ? Math.abs(d[k]! - h[k]!).toFixed(3) : '-'}`)
    .join(' ');
  console.log(`gap dev/held-out: ${gap}`);
  console.log(byLanguage(all));
}

/** Per language, each split's figures (right/labelled): where the figures stand, never which page missed. */
function byLanguage(all: LabelledFixture[]): string {
  const langs = [...new Set(all.map((f) => f.labels.lang))].sort();
  const cell = (a: number, b: number) => (b === 0 ? '-' : `${a}/${b}`);
  const rows = ['language  split     agency   cited    republisher'];
  for (const lang of langs) {
    for (const split of ['dev', 'held-out'] as const) {
      const pages = all.filter((f) => f.labels.lang === lang && splitOfFixture(f) === split);
      if (pages.length === 0) continue;
      const s = scoreChains(pages);
      rows.push(
        `${lang.padEnd(9)} ${split.padEnd(9)} ${cell(s.agency.right, s.agency.labelled).padEnd(8)} ${cell(s.cited.hits, s.cited.labelled).padEnd(8)} ${cell(s.republishers.hits, s.republishers.labelled)}`,
      );
    }
  }
  return rows.join('\n');
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const args = process.argv.slice(2);
  const ablateAt = args.indexOf('--ablate');
  if (ablateAt >= 0) {
    args.splice(ablateAt, 1);
    installAblatedBook();
  }
  const foldAt = args.indexOf('--dev-fold');
  const fold = foldAt >= 0 ? args.splice(foldAt, 2)[1] : undefined;
  if (fold !== undefined && fold !== 'A' && fold !== 'B') throw new Error('--dev-fold takes A or B');
  if (fold) mainFold(args[0] ?? DEFAULT_ROOT, fold);
  else main(args[0] ?? DEFAULT_ROOT);
}
