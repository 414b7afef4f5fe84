// Synthetic news-article pages for the scaling and long-task parts of `npm run bench`.
// At scale 1 a page holds about 1,000 elements: the navigation, a sidebar of link boxes
// and a footer of link columns around an article of paragraphs with inline links, a few
// "Read also | …" inserts and one feed disclaimer. Everything (chrome and article alike)
// is multiplied by the scale, so 10× and 100× hold about 10,000 and 100,000 elements.
// Deterministic: the same scale gives the same bytes.

import { seededRandom } from '../seeded-random';

const WORDS = (
  'government minister officials said talks agreement border security police city council report ' +
  'election voters party leader economy market prices inflation bank rate growth trade exports ' +
  'company shares investors quarter profit health hospital patients doctors vaccine school students ' +
  'teachers weather storm rain flooding residents emergency court judge ruling appeal case ' +
  'president statement spokesperson week monday tuesday wednesday thursday friday region country ' +
  'capital district province national international agency sources expected announced warned'
).split(' ');

function words(next: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(next() * WORDS.length)]!);
  return out.join(' ');
}

function headline(next: () => number): string {
  const text = words(next, 6 + Math.floor(next() * 6));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sentence(next: () => number): string {
  return `${headline(next)}.`;
}

export interface SyntheticOptions {
  /** 1, 10, 100: multiplies every part of the page */
  scale: number;
  /** extra markup at the end of <body> (the harness, the storm script) */
  tail?: string;
}

export function syntheticArticle({ scale, tail = '' }: SyntheticOptions): string {
  const next = seededRandom(0x5eed + scale);
  const parts: string[] = [];
  const link = (path: string, text: string) => `<a href="/${path}">${text}</a>`;

  // Navigation: 60 links per scale unit.
  const nav: string[] = [];
  for (let i = 0; i < 60 * scale; i++) nav.push(`<li>${link(`section/${i}`, words(next, 2))}</li>`);
  parts.push(`<header class="site-header"><a class="logo" href="/">The Daily Example</a><nav class="main-nav"><ul>${nav.join('')}</ul></nav></header>`);

  // The article: 40 paragraphs with two inline links each, a "Read also" insert every
  // 14 paragraphs, the feed disclaimer at the end.
  const body: string[] = [];
  const paragraphs = 40 * scale;
  for (let i = 0; i < paragraphs; i++) {
    const a = link(`topic/${i}`, words(next, 2));
    const b = link(`story/${i}`, words(next, 3));
    body.push(`<p>${sentence(next)} ${words(next, 12)} ${a} ${words(next, 10)}. ${sentence(next)} ${words(next, 8)} ${b} ${words(next, 6)}.</p>`);
    if (i % 14 === 6) body.push(`<p class="read-also">Read also | ${headline(next)}</p>`);
  }
  body.push(
    '<p>(This is an unedited and auto-generated story from a Syndicated News feed, the content body may not have been modified or edited by The Daily Example staff)</p>',
  );
  parts.push(
    `<main><article><h1>${headline(next)}</h1><p class="byline">By Staff Writer, <time datetime="2024-05-14">14 May 2024</time></p>${body.join('')}</article>`,
  );

  // Sidebar: 8 boxes of 15 links per scale unit.
  const boxes: string[] = [];
  for (let b = 0; b < 8 * scale; b++) {
    const items: string[] = [];
    for (let i = 0; i < 15; i++) items.push(`<li>${link(`more/${b}/${i}`, headline(next))}</li>`);
    boxes.push(`<section class="widget"><h3>${words(next, 2)}</h3><ul>${items.join('')}</ul></section>`);
  }
  parts.push(`<aside class="sidebar">${boxes.join('')}</aside></main>`);

  // Footer: 8 columns of 20 links per scale unit.
  const columns: string[] = [];
  for (let c = 0; c < 8 * scale; c++) {
    const items: string[] = [];
    for (let i = 0; i < 20; i++) items.push(`<li>${link(`footer/${c}/${i}`, words(next, 2))}</li>`);
    columns.push(`<div class="footer-col"><h4>${words(next, 1)}</h4><ul>${items.join('')}</ul></div>`);
  }
  parts.push(`<footer class="site-footer">${columns.join('')}<p>© The Daily Example</p></footer>`);

  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Synthetic article ×${scale}</title>
<meta property="og:type" content="article">
<meta property="og:url" content="https://daily.example/news/synthetic-${scale}">
</head><body>
${parts.join('\n')}
${tail}
</body></html>`;
}

/** A page that, after load, appends `perSecond` nodes a second for `seconds` s, in 10 batches a second. */
export function stormPage(perSecond = 1000, seconds = 10): string {
  const script = `<div id="storm-feed"></div><script>
addEventListener('load', () => {
  const feed = document.getElementById('storm-feed');
  const batch = ${Math.round(perSecond / 10)}, total = ${perSecond * seconds};
  let n = 0;
  window.__stormStart = performance.now();
  const timer = setInterval(() => {
    const frag = document.createDocumentFragment();
    for (let i = 0; i < batch && n < total; i++, n++) {
      const item = document.createElement('div');
      item.className = 'storm-item';
      item.textContent = 'Live update ' + n + ': markets moved as officials said talks would go on.';
      frag.appendChild(item);
    }
    feed.appendChild(frag);
    if (n >= total) { clearInterval(timer); window.__stormEnd = performance.now(); }
  }, 100);
});
</script>`;
  return syntheticArticle({ scale: 1, tail: script });
}
