import { it } from 'vitest';
import { watchParser } from '../../utils/page/early';
import { DEFAULT_SETTINGS } from '../../utils/settings/schema';
import { loadFixture } from '../helpers';
it('dbg', () => {
  for (const name of ['corpus/nl--zeelandnet-anp-meer-uit-binnenland.html', 'corpus/sk--teraz-tasr-informoval-hovorca.html', 'corpus/ur--aimstv-print-view.html', 'corpus/en--total-slovenia-sta-summary.html']) {
  const source = loadFixture(name);
  const doc = loadFixture(name);
  doc.documentElement.removeChild(doc.body);
  doc.head.replaceChildren();
  let state = 'loading';
  Object.defineProperty(doc, 'readyState', { get: () => state, configurable: true });
  const plan: Array<{ node: Node; parent: Node | null }> = [];
  const walk = (node: Node, parent: Node | null) => { plan.push({ node, parent }); for (const c of Array.from(node.childNodes)) walk(c, node); };
  for (const c of Array.from(source.head.childNodes)) walk(c, source.head);
  walk(source.body, null);
  const copies = new Map<Node, Node>([[source.head, doc.head]]);
  let q: Array<() => void> = [];
  let clock = 0;
  const early = watchParser(doc, (cb) => (q.push(cb), () => undefined), () => (clock += 5));
  early.configure(DEFAULT_SETTINGS, 'news.example', 'https://news.example/2024/story');
  let i = 0;
  while (i < plan.length) {
    for (let k = 0; k < 40 && i < plan.length; k++, i++) { const s = plan[i]!; const copy = doc.importNode(s.node, false); copies.set(s.node, copy); (s.parent ? copies.get(s.parent)! : doc.documentElement).appendChild(copy); }
    clock += 100;
    const due = q; q = []; for (const cb of due) cb();
  }
  console.log('RES', name, plan.length, [...early.collapsed.entries()].map(([el, v]) => v.rule + ':' + (el.textContent ?? '').trim().slice(0, 30)).join(' | '));
  }
});
