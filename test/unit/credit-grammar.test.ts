import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/engine/analyze';
import type { Analysis } from '../../utils/engine/types';
import { creditGrammar } from '../../utils/rules/credits';
import { parseHtml } from '../../tools/parse-html';
import { sameOutlet } from '../../tools/eval/chain';

// The credit grammar (utils/rules/credits.ts), language by language: each example line, on
// a line of its own after the story, names its agency (or the origin it names); each
// counter-example (a photo credit, the agency as the story's topic, "told Reuters") names
// no agency for sure and no republisher.

const FILLER =
  'Officials said the measures would take effect next month after a review by the ministry, which has been under pressure to act for several weeks.';

function page(line: string, lang: string): Analysis {
  const html = `<!doctype html><html lang="${lang}"><head><meta property="og:type" content="article"><meta property="og:site_name" content="Daily Example"></head>
<body><main><article><h1>Headline</h1><div class="article-body"><p>${FILLER}</p><p>${FILLER}</p><p>${line}</p></div></article></main></body></html>`;
  return analyze(parseHtml(html), 'https://daily.example/news/1');
}

describe('the credit grammar', () => {
  it('covers at least 25 languages, sorted, each with examples and counter-examples', () => {
    const langs = creditGrammar.map((g) => g.lang);
    expect(langs.length).toBeGreaterThanOrEqual(25);
    expect(langs).toEqual([...langs].sort());
    for (const g of creditGrammar) {
      expect(g.examples.length, g.lang).toBeGreaterThan(0);
      expect(g.counterExamples.length, g.lang).toBeGreaterThan(0);
    }
  });

  describe.each(creditGrammar)('$lang', (grammar) => {
    it.each(grammar.examples)('reads %j as %j', (line, name) => {
      const chain = page(line, grammar.lang).chain;
      const named = chain.filter((l) => l.role === 'agency' || l.role === 'republisher').map((l) => l.name);
      expect(named.some((n) => sameOutlet(n, name)), `${JSON.stringify(named)}`).toBe(true);
    });
    it.each(grammar.counterExamples)('names no agency and no origin from %j', (line) => {
      const chain = page(line, grammar.lang).chain;
      expect(chain.filter((l) => (l.role === 'agency' && l.confidence === 'high') || l.role === 'republisher')).toEqual([]);
    });
  });
});
