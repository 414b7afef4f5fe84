import { describe, expect, it } from 'vitest';
import { headMeta, headMetaValues, pageHead } from '../../utils/engine/page-head';
import { withRunMemo } from '../../utils/engine/run-memo';
import { drain } from '../../utils/engine/steps';
import { parseHtml } from '../../tools/parse-html';

// The page's head, read once per run (utils/engine/page-head.ts): the gate, the byline and
// the chain ask their questions of one reading.

const HTML = `<!doctype html><html><head>
<meta property="og:type" content="article"><meta property="og:site_name" content=" Daily  Example ">
<meta name="author" content="By Reuters"><meta itemprop="datePublished" content="2024-05-01">
<link rel="canonical" href="https://daily.example/a"><link rel="syndication-source" href="https://origin.example/a">
<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","author":{"name":"AFP"}}]}</script>
<script type="application/ld+json">{broken</script>
</head><body><p>Text.</p></body></html>`;

describe('the page head', () => {
  it('reads metas, links and JSON-LD (graph flattened, broken JSON skipped)', () => {
    const head = pageHead(parseHtml(HTML));
    expect(headMeta(head, 'og:site_name')).toBe('Daily Example');
    expect(headMetaValues(head, ['author'])).toEqual([{ name: 'author', value: 'By Reuters' }]);
    expect(headMetaValues(head, ['datepublished'], ['name', 'property', 'itemprop'])).toEqual([{ name: 'datepublished', value: '2024-05-01' }]);
    expect(head.links.map((l) => l.rel[0])).toEqual(['canonical', 'syndication-source']);
    expect(head.jsonLd.map((o) => o['@type'])).toEqual([undefined, 'NewsArticle']);
    expect(head.jsonLdTexts).toHaveLength(2);
  });

  it('is read once per run, and anew in the next run (the page may have changed)', () => {
    const doc = parseHtml(HTML);
    const read = () =>
      drain(
        withRunMemo(
          (function* () {
            const first = pageHead(doc);
            yield;
            return [first, pageHead(doc)] as const;
          })(),
        ),
      );
    const [a, b] = read();
    expect(b).toBe(a);
    doc.querySelector('meta[property="og:site_name"]')!.setAttribute('content', 'Newsline Daily');
    const [c] = read();
    expect(c).not.toBe(a);
    expect(headMeta(c, 'og:site_name')).toBe('Newsline Daily');
  });
});
