import zlib from 'node:zlib';
import { blockRules } from '../../utils/rules/block-rules';
import { relatedLabelSets } from '../../utils/rules/related';
const by = new Map<string, any[]>();
for (const r of blockRules) { const l = r.lang; if (!by.has(l)) by.set(l, []); by.get(l)!.push({ id: r.id, k: r.kind, c: r.category, p: [r.pattern.source, r.pattern.flags], lp: r.linkedPattern && [r.linkedPattern.source, r.linkedPattern.flags], m: r.maxLength, s: r.shape, pos: r.position, rep: r.republisher?.source }); }
let tot = 0, core = 0; const rows: [number, string, number][] = [];
for (const [l, rs] of by) { const s = JSON.stringify(rs); const g = zlib.gzipSync(s, { level: 9 }).length; tot += g; if (l === 'en' || l === 'mul') core += g; rows.push([g, l, rs.length]); }
rows.sort((a, b) => b[0] - a[0]); console.log('langs', by.size, 'sum gz', tot, 'core', core, 'all-in-one gz', zlib.gzipSync(JSON.stringify([...by.values()])).length);
console.log(rows.slice(0, 15).map((r) => r.join(':')).join(' '));
console.log('related sets', relatedLabelSets.length, [...new Set(relatedLabelSets.map((s: any) => s.lang))].length);
