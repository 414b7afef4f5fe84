import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/engine/analyze';
import { ARTICLE_DECISION } from '../../utils/engine/decide';
import { parseHtml } from '../../tools/parse-html';

// The article decision's prose floor for pages whose metadata says "article": a short wire
// brief (a dateline and two sentences, as sana.sy and unn.ua print them) is an article; a
// page with almost no prose is not, whatever its metadata.

function page(story: string): Document {
  return parseHtml(`<!DOCTYPE html><html lang="en"><head><title>Brief</title>
<meta property="og:type" content="article"><meta property="og:url" content="https://news.example/2024/05/14/brief">
</head><body><article><h1>Minister meets delegation</h1><div class="article-body">${story}</div></article></body></html>`);
}

describe('the article decision for pages with article metadata', () => {
  it('takes a short wire brief for an article', () => {
    const brief = '<p>Damascus, SANA – The minister met on Tuesday a delegation of the chamber of commerce and discussed the trade plans for the coming year.</p>';
    expect(brief.replace(/<[^>]+>/g, '').length).toBeLessThan(250);
    expect(brief.replace(/<[^>]+>/g, '').length).toBeGreaterThanOrEqual(ARTICLE_DECISION.minProse.metadata);
    expect(analyze(page(brief)).isArticle).toBe(true);
  });

  it('turns away a page with almost no prose', () => {
    expect(analyze(page('<p>Photo gallery: 12 pictures.</p>')).isArticle).toBe(false);
  });
});
