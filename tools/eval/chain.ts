import '../../utils/rules/install-full-book';
import { join } from 'node:path';
import { compileLexicon } from '../../utils/engine/lexicon';
import { chainData } from '../../utils/rules/chain-data';
import { analyze } from '../../utils/engine/analyze';
import type { ChainLink } from '../../utils/engine/types';
import { parseHtml } from '../parse-html';
import { readFileSync, readdirSync } from 'node:fs';
import { loadLabelledFixtures, type LabelledFixture } from './labels';
import { sourceSite, splitOf, type Split } from './split';

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
export const sameOutlet = (a: string, b: string) => {
  const x = key(a);
  const y = key(b);
  return x === y || (x.length >= 4 && y.length >= 4 && (x.startsWith(y) || y.startsWith(x)));
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

if (process.argv[1] && import.meta.filename === process.argv[1]) main(process.argv[2] ?? DEFAULT_ROOT);
