import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/engine/analyze';
import { parseHtml } from '../../tools/parse-html';
import { loadFixture } from '../helpers';

// Byline and publication time (utils/engine/byline.ts): metadata first, then the article's marked byline and <time>.

const BODY =
  '<p>The regional council approved the new budget on Monday after a debate that lasted well into the night.</p>' +
  '<p>Opposition members said the plan cut too deeply into school funding and promised to challenge it in court.</p>' +
  '<p>The finance minister defended the figures, saying the province had to close a deficit of two billion.</p>';

function analysed(head: string, article = ''): ReturnType<typeof analyze> {
  const html = `<!doctype html><html><head><title>Budget</title><meta property="og:type" content="article">${head}</head>
    <body><article><h1>Council approves budget</h1>${article}<div class="entry-content">${BODY}</div></article></body></html>`;
  return analyze(parseHtml(html), 'https://news.example/budget');
}

describe('byline', () => {
  it('takes the JSON-LD authors of the article, joined', () => {
    const ld = { '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Jane Doe' }, { name: 'Ravi Kumar' }], datePublished: '2024-05-02T08:00:00Z' };
    const a = analysed(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    expect(a.byline).toBe('Jane Doe, Ravi Kumar');
    expect(a.published).toBe('2024-05-02T08:00:00Z');
  });

  it('falls back to meta tags, then to the marked byline and <time> of the article', () => {
    expect(analysed('<meta name="author" content="By Jane Doe"><meta property="article:published_time" content="2024-05-02">')).toMatchObject({
      byline: 'Jane Doe',
      published: '2024-05-02',
    });
    const marked = analysed('', '<p class="byline">By <a rel="author" href="/jane">Jane Doe</a></p><time datetime="2024-05-02T10:00:00+02:00">2 May</time>');
    expect(marked.byline).toBe('Jane Doe');
    expect(marked.published).toBe('2024-05-02T10:00:00+02:00');
  });

  it('leaves out what is no name or no date: addresses, mail, paragraphs, free-text dates', () => {
    const a = analysed(
      '<meta name="author" content="https://facebook.com/janedoe"><meta name="date" content="last Tuesday">',
      `<p class="byline">${'A long paragraph that is not a byline at all, '.repeat(4)}</p>`,
    );
    expect(a.byline).toBeUndefined();
    expect(a.published).toBeUndefined();
  });

  it('gives none on a page that is not an article', () => {
    const doc = parseHtml('<html><head><meta name="author" content="Jane Doe"></head><body><p>Opening hours: 9 to 5.</p></body></html>');
    const a = analyze(doc, 'https://shop.example/');
    expect(a.isArticle).toBe(false);
    expect(a.byline).toBeUndefined();
  });

  it('reads the seed autoblog page: it signs as "admin"', () => {
    const autoblog = analyze(loadFixture('seed--wordpress-autoblog.html'));
    expect(autoblog.byline).toBe('admin');
    expect(autoblog.published).toBe('2023-03-19T09:12:44+00:00');
  });
});
