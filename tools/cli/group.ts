import { fingerprintFromJson, type FingerprintJson } from '../../utils/memory/fingerprint';
import { MemoryIndex } from '../../utils/memory/index';

// `analyze --group`: the pages that carry the same story, from the fingerprints the page
// lines carry (a pure function of those lines, so a step that merges NDJSON shards can
// regroup them the same way). Pages are linked when the story memory would match them;
// a group is every page linked to another, directly or through others.

export interface PageRecord {
  file: string;
  /** the page line's "fingerprint" (null when the story was too short to fingerprint) */
  fingerprint: FingerprintJson | null | undefined;
}

export interface PairContainment {
  a: string;
  b: string;
  /** how much of a's story is in b's (0–1, three decimals) */
  aInB: number;
  bInA: number;
}

export interface GroupLine {
  group: string[];
  /** the smallest containment of a linked pair, the larger of its two directions (how loosely the group holds) */
  containment: number;
  /** every linked pair in the group, both directions */
  pairs: PairContainment[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function groupPages(pages: PageRecord[]): GroupLine[] {
  const index = new MemoryIndex();
  const fingerprints = pages.map((page) => fingerprintFromJson(page.fingerprint));
  fingerprints.forEach((fingerprint, id) => {
    if (fingerprint) index.add({ id, url: `#${id}`, site: '', title: '', readAt: id, fingerprint });
  });
  const parent = pages.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const pairs: Array<{ i: number; j: number; iInJ: number; jInI: number }> = [];
  fingerprints.forEach((fingerprint, i) => {
    if (!fingerprint) return;
    for (const match of index.lookup(fingerprint, `#${i}`)) {
      const j = match.story.id!;
      if (j <= i) continue;
      pairs.push({ i, j, iInJ: match.thisInThat, jInI: match.thatInThis });
      parent[find(j)] = find(i);
    }
  });
  const groups = new Map<number, number[]>();
  pages.forEach((_, i) => {
    if (!fingerprints[i]) return;
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  const lines: GroupLine[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const inGroup = pairs.filter((p) => find(p.i) === find(members[0]!)).sort((x, y) => x.i - y.i || x.j - y.j);
    lines.push({
      group: members.map((i) => pages[i]!.file),
      containment: round(Math.min(...inGroup.map((p) => Math.max(p.iInJ, p.jInI)))),
      pairs: inGroup.map((p) => ({ a: pages[p.i]!.file, b: pages[p.j]!.file, aInB: round(p.iInJ), bInA: round(p.jInI) })),
    });
  }
  return lines.sort((x, y) => pages.findIndex((p) => p.file === x.group[0]) - pages.findIndex((p) => p.file === y.group[0]));
}
