import { readFileSync, readdirSync } from 'node:fs';
import { parseHtml } from './parse-html';
import { findArticle, paragraphChars } from '../utils/engine/article';
for (const id of process.argv.slice(2)) {
  const f = readdirSync('/work/shared/benchmarks/aeb/html').find((n) => n.startsWith(id))!;
  const doc = parseHtml(readFileSync(`/work/shared/benchmarks/aeb/html/${f}`, 'utf8'));
  const a = findArticle(doc)!;
  const chain: string[] = [];
  for (let el: Element | null = a.body; el; el = el.parentElement) chain.push(`${el.tagName}.${(el.getAttribute('class') ?? '').slice(0, 30)}#${el.getAttribute('id') ?? ''}`);
  console.log(id, paragraphChars(a.body), chain.join(' < '));
}
