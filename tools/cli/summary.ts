import type { Aggregator, PageRecord } from './aggregators';

// --summary: the table a researcher wants first. Per agency and per republisher, on how many
// pages the source chain names it (the page carried its copy); and how many pages had any
// finding (syndication boilerplate or a read-also insert). Each page counts once per name.

export interface Summary {
  pages: number;
  articles: number;
  withFinding: number;
  withSource: number;
  agencies: Map<string, number>;
  republishers: Map<string, number>;
}

function rows(counts: Map<string, number>): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

export function renderSummary(s: Summary): string {
  const head: [string, number][] = [
    ['pages', s.pages],
    ['articles', s.articles],
    ['pages with any finding', s.withFinding],
    ['pages naming an agency or republisher', s.withSource],
  ];
  const tables: [string, [string, number][]][] = [
    ['agency', rows(s.agencies)],
    ['republisher', rows(s.republishers)],
  ];
  const width = Math.max(...head.map(([k]) => k.length), ...tables.flatMap(([title, r]) => [title.length, ...r.map(([name]) => name.length)]));
  const numbers = Math.max(5, ...head.map(([, n]) => String(n).length));
  const line = (label: string, value: string | number) => `${label.padEnd(width)}  ${String(value).padStart(numbers)}`;
  const out = head.map(([k, n]) => line(k, n));
  for (const [title, r] of tables) {
    out.push('', line(title, 'pages'));
    if (r.length === 0) out.push('(none)');
    for (const [name, n] of r) out.push(line(name, n));
  }
  return `${out.join('\n')}\n`;
}

export class SummaryAggregator implements Aggregator {
  readonly summary: Summary = { pages: 0, articles: 0, withFinding: 0, withSource: 0, agencies: new Map(), republishers: new Map() };

  add(record: PageRecord): void {
    const s = this.summary;
    s.pages++;
    if (record.isArticle) s.articles++;
    if (record.findings.length > 0) s.withFinding++;
    const agencies = new Set(record.chain.filter((l) => l.role === 'agency').map((l) => l.name));
    const republishers = new Set(record.chain.filter((l) => l.role === 'republisher').map((l) => l.name));
    if (agencies.size + republishers.size > 0) s.withSource++;
    for (const name of agencies) s.agencies.set(name, (s.agencies.get(name) ?? 0) + 1);
    for (const name of republishers) s.republishers.set(name, (s.republishers.get(name) ?? 0) + 1);
  }

  render(): string {
    return renderSummary(this.summary);
  }
}
