import { readFileSync, readdirSync } from 'node:fs';
import { analyze } from '../utils/engine/analyze';
import { parseHtml } from './parse-html';
const truth = JSON.parse(readFileSync('/work/shared/benchmarks/aeb/ground-truth.json', 'utf8'));
for (const id of process.argv.slice(2)) {
  const full = readdirSync('/work/shared/benchmarks/aeb/html').find((n) => n.startsWith(id))!.replace('.html', '');
  const a = analyze(parseHtml(readFileSync(`/work/shared/benchmarks/aeb/html/${full}.html`, 'utf8')), truth[full].url, { story: 'always' });
  const gt = truth[full].articleBody.replace(/\s+/g, ' ');
  console.log('==', id, truth[full].url, 'isArticle', a.isArticle);
  for (const p of a.story.paragraphs) if (!gt.includes(p.slice(0, 40).replace(/\s+/g, ' '))) console.log('  EXTRA:', p.slice(0, 110));
  const missing = truth[full].articleBody.split('\n').filter((l: string) => l.trim() && !a.story.text.replace(/\s+/g, ' ').includes(l.trim().slice(0, 40)));
  for (const m of missing.slice(0, 4)) console.log('  MISSING:', m.slice(0, 110));
}
