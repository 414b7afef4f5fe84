import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileLexicon, nameKey } from '../../utils/engine/lexicon';
import { agencyRows } from '../../utils/rules/agencies';
import { creditGrammar } from '../../utils/rules/credits';
import { outletWords, outlets } from '../../utils/rules/outlets';

// `npx tsx tools/gen/outlet-gazetteer.ts`: writes utils/rules/outlet-gazetteer.ts, the outlets the
// chain knows by name and web host beyond the hand-made list in utils/rules/outlets.ts, from three
// public lists kept (with their origin and licence) in tools/gen/outlets/:
//   wikidata-newspapers.tsv  Wikidata newspapers with an official website (CC0)
//   freebie-websources.tsv   savkov/freebie's news web sources (MIT)
//   ournet-news-sources.tsv  the npm package news-sources (ISC)
//   localnews-tv-stations.tsv  yinleon/LocalNewsDataset's US television stations (MIT)
// Prints how many rows each list gave and why the others were left out.
// test/unit/outlet-gazetteer.test.ts fails when the module is out of date.

const SOURCES = join(import.meta.dirname, 'outlets');

/** Rows of the lists that are no news outlet (a UN body, an NGO, a government office) or that sit on a shared platform. */
const NOT_AN_OUTLET: Record<string, string[]> = {
  'freebie-websources.tsv': [
    '101', // Thomson Reuters Foundation: a charity (its news service is Reuters')
    '103', // Center for Economic and Social Rights
    '118', // United Nations Security Council
    '140', // "NPR" at medium.com, a blogging platform
    '237', // Human Rights Watch
    '25', // Greenpeace
    '359', // BBVA Open 4U, a bank's blog
    '525', // The West Australian at au.news.yahoo.com: Yahoo's host, not the paper's
    '594', // Privacy International
    '608', // Internews, a media NGO
    '675', // Meir Amit Intelligence and Terrorism Information Center
    '732', // Jamaica Information Service, a government office
    '764', // International Atomic Energy Agency
    '83', // Reporters sans Frontières
    '87', // Amnesty International
    '873', // The White House
    '876', // Yahoo! News at yahoo.com: every Yahoo page would be "Yahoo! News"
    '88', // Global Environment Facility
    '91', // Food and Agriculture Organization
    '92', // Unicef
    '93', // Transparency International
    '94', // Conservation International
    '99', // Red Cross International
  ],
  'wikidata-newspapers.tsv': [
    'Q109803116', // "read_easy_language_news_Selkosanomat": a sentence, not a title
    'Q16888363', // The Harvard Gazette at news.harvard.edu: a university's news office
    'Q7395961', // Sabato's Crystal Ball at centerforpolitics.org: a newsletter under a centre's host
    'Q88179181', // MrFixitsTips: a DIY blog
    'Q18333913', // TIFF at tiff.mil.se: an armed forces' staff paper
  ],
  'localnews-tv-stations.tsv': [
    'KAET', // at asu.edu: the university's host
    'KCBS', // at cbslocal.com: every CBS station's host
    'KNXT', // at dioceseoffresno.org: the diocese's host
    'KPNX', // at azcentral.com: The Arizona Republic's host
  ],
};

/**
 * Single words that are ordinary words of some language before they are a paper's name: a
 * citation cue before one ("according to Extra data") would name no outlet. Their outlets stay
 * known by their host.
 */
const COMMON_WORDS = new Set([
  'Aero', 'Airliners', 'Civil', 'Contraste', 'Current', 'Dinero', 'Divergente', 'Documento', 'Esto', 'Extra', 'Finanzas',
  'Lanza', 'Panorama', 'Point', 'Polygon', 'Producto', 'Pulse', 'Spacing', 'Technique', 'Terra', 'Tips', 'Village', 'Vesti',
]);

/** Subdomains that are an edition of the outlet's site, not another outlet. */
const EDITION = /^(?:www\d?|m|en|eng|english)\./;

export interface ListedOutlet {
  name: string;
  host: string;
}

interface Row {
  file: string;
  id: string;
  name: string;
  url: string;
}

function readRows(file: string, columns: { id: string; name: string; url: string }, cleanName: (raw: string) => string): Row[] {
  const lines = readFileSync(join(SOURCES, file), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  const header = lines.shift()!.split('\t');
  const at = (cells: string[], column: string) => cells[header.indexOf(column)] ?? '';
  return lines.map((line) => {
    const cells = line.split('\t');
    return { file, id: at(cells, columns.id), name: cleanName(at(cells, columns.name)), url: at(cells, columns.url) };
  });
}

/** "Business_Times_(Tanzania)" → "Business Times"; "Corriere Della Sera (en)" → "Corriere Della Sera". */
function withoutNote(name: string): string {
  return name.replace(/_/g, ' ').replace(/\s*\([^()]*\)\s*$/, '').replace(/\s+/g, ' ').trim();
}

function hostOfUrl(url: string): string | undefined {
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
    return host.replace(EDITION, '');
  } catch {
    return undefined;
  }
}

/** A path past the home page: the row names a section of a site another row may own. */
function isSection(url: string): boolean {
  try {
    return !/^\/(?:(?:index|home)(?:\.\w+)?\/?|en\/?|eng\/?)?$/i.test(new URL(url).pathname);
  } catch {
    return true;
  }
}

export function buildGazetteer(): { listed: ListedOutlet[]; counts: Record<string, Record<string, number>> } {
  const rows = [
    ...readRows('wikidata-newspapers.tsv', { id: 'qid', name: 'title', url: 'base_url' }, withoutNote),
    ...readRows('freebie-websources.tsv', { id: 'source_id', name: 'name', url: 'url' }, withoutNote),
    ...readRows('ournet-news-sources.tsv', { id: 'id', name: 'name', url: 'url' }, (n) => n.trim()),
    ...readRows('localnews-tv-stations.tsv', { id: 'name', name: 'name', url: 'domain' }, (n) => n.trim()).map((r) => ({ ...r, url: `https://${r.url}/` })),
  ];
  // Home pages before sections, so that a section never takes its site's host.
  const ordered = [...rows.filter((r) => !isSection(r.url)), ...rows.filter((r) => isSection(r.url))];

  // The agency gazetteer and the hand-made outlets come first: a list's row never renames them.
  const lex = compileLexicon({ agencies: agencyRows.map((r) => r.row), outlets, outletWords, grammar: creditGrammar, listed: [] });
  const takenHosts = new Set(outlets.flatMap((o) => o.hosts ?? []));
  const handNames = new Set(outlets.flatMap((o) => [o.name, ...o.aliases]).map(nameKey));

  const counts: Record<string, Record<string, number>> = {};
  const count = (file: string, what: string) => {
    counts[file] ??= {};
    counts[file][what] = (counts[file][what] ?? 0) + 1;
  };
  const listed: ListedOutlet[] = [];
  for (const row of ordered) {
    const host = hostOfUrl(row.url);
    const why = ((): string | undefined => {
      if (NOT_AN_OUTLET[row.file]?.includes(row.id)) return 'no news outlet';
      if (!host || !host.includes('.')) return 'no web host';
      // "Cinco D�_as", "Espa̱a": the list's own broken encoding.
      if (/[\uFFFD\u0300-\u036F]/u.test(row.name)) return 'name garbled in the list';
      // A name starts with a capital or a digit, or carries one ("iDNES.cz", "ilPost.it", "c5n"), or is written in a script without case.
      if (row.name.length < 3 || !/^[\p{Lu}\p{N}\p{Lo}]|[\p{Lu}\p{N}]/u.test(row.name)) return 'no name (too short or lower-case)';
      if (COMMON_WORDS.has(row.name)) return 'name is an ordinary word';
      if (lex.agencyFor(`https://${host}/`) || lex.agencyFor(row.name)) return 'a news agency (the agency gazetteer knows it)';
      if (takenHosts.has(host) || [...takenHosts].some((h) => host.endsWith(`.${h}`))) return 'host already known';
      // Another outlet of the same name elsewhere ("El Universal" in Caracas and in Mexico City) keeps its host; a hand-made outlet's name is its own.
      if (handNames.has(nameKey(row.name))) return 'name already known';
      return undefined;
    })();
    if (why) {
      count(row.file, `left out: ${why}`);
      continue;
    }
    takenHosts.add(host!);
    listed.push({ name: row.name, host: host! });
    count(row.file, 'kept');
  }
  listed.sort((a, b) => a.host.localeCompare(b.host));
  return { listed, counts };
}

export function outletGazetteerSource(listed: ListedOutlet[] = buildGazetteer().listed): string {
  return `// Generated by tools/gen/outlet-gazetteer.ts from tools/gen/outlets/*.tsv: do not edit.
// Outlets known by name and web host beyond the hand-made list (outlets.ts), one "name<TAB>host"
// a line, sorted by host. From three public lists (their origin and licence head each file):
// Wikidata's newspapers with an official website (CC0), savkov/freebie's news web sources (MIT)
// and the npm package news-sources (ISC). A row the agency gazetteer or outlets.ts already
// knows, a row that is no news outlet, and a name that is an ordinary word are left out.

export const listedOutlets: string[] = [
${listed.map((o) => `  ${JSON.stringify(`${o.name}\t${o.host}`)},`).join('\n')}
];
`;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const { listed, counts } = buildGazetteer();
  writeFileSync(join(import.meta.dirname, '..', '..', 'utils', 'rules', 'outlet-gazetteer.ts'), outletGazetteerSource(listed));
  for (const [file, byWhat] of Object.entries(counts)) {
    console.log(file);
    for (const [what, n] of Object.entries(byWhat).sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${what}`);
  }
  console.log(`listed outlets: ${listed.length} (with the ${outlets.length} of outlets.ts: ${listed.length + outlets.length})`);
}
