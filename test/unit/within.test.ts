import { describe, expect, it } from 'vitest';
import { insertCardRule } from '../../utils/engine/cards';
import { teaserCards } from '../../utils/engine/decide';
import { isAppLink } from '../../utils/engine/insert';
import { collectBlocks } from '../../utils/engine/blocks';
import { RunTextMemo, runMemoized } from '../../utils/engine/run-memo';
import { closestTag, within } from '../../utils/engine/within';
import { parseHtml } from '../../tools/parse-html';

// The engine's cheaper ways to the same answers (warm bench, issue 16): within/closestTag
// answer as closest() does, in a run (answers kept per element) and outside one; the
// listing test's teaser cards are those the linked-headline query finds; the app-link test
// still needs every link to an app host. Our own markup.

const PAGE = `<!doctype html><html><body>
<header><nav><p>Menu <a href="/a">A</a></p></nav></header>
<article><h2>Title</h2>
<p>Plain paragraph with <q>a quote <em>inside</em></q> and more.</p>
<blockquote><p>Quoted <strong>words</strong>.</p><figure><figcaption>Caption <b>bold</b></figcaption></figure></blockquote>
<figure><img src="x.jpg"><figcaption><span>Photo: Agency</span></figcaption></figure>
<div role="navigation"><p>Prev</p></div>
<footer><p>Footer <a href="/f">line</a></p></footer>
<svg><q>svg q</q></svg>
</article></body></html>`;

const SELECTORS = ['blockquote, q', 'blockquote, q, figure', 'blockquote, q, figure, figcaption', 'nav, [role="navigation"]'];
const FURNITURE = 'header, footer, nav, figure';

describe('within and closestTag answer as closest()', () => {
  const doc = parseHtml(PAGE);
  const elements = Array.from(doc.querySelectorAll('*'));

  it('for every element, outside a run', () => {
    for (const el of elements) {
      for (const selector of SELECTORS) expect(within(el, selector), `${el.tagName} ${selector}`).toBe(el.closest(selector) !== null);
      expect(closestTag(el, FURNITURE)).toBe(el.closest(FURNITURE));
    }
  });

  it('for every element, in a run (answers kept per element), in any order of questions', () => {
    runMemoized(() => {
      for (const el of [...elements].reverse()) {
        for (const selector of SELECTORS) expect(within(el, selector), `${el.tagName} ${selector}`).toBe(el.closest(selector) !== null);
        expect(closestTag(el, FURNITURE)).toBe(el.closest(FURNITURE));
      }
    });
  });

  it('an element outside the document', () => {
    const quote = doc.createElement('blockquote');
    const p = doc.createElement('p');
    quote.append(p);
    runMemoized(() => {
      expect(within(p, 'blockquote, q')).toBe(true);
      expect(closestTag(p, 'blockquote')).toBe(quote);
    });
  });

  it('nothing is carried from one run to the next (the page may change between runs)', () => {
    const page = parseHtml('<!doctype html><body><div><p id="x">Text</p></div></body>');
    const p = page.getElementById('x')!;
    runMemoized(() => expect(within(p, 'blockquote, q')).toBe(false));
    const quote = page.createElement('blockquote');
    p.parentElement!.replaceWith(quote);
    quote.append(p);
    runMemoized(() => expect(within(p, 'blockquote, q')).toBe(true));
  });
});

describe('RunTextMemo', () => {
  it('keeps answers for the run only, and nothing outside a run', () => {
    const memo = new RunTextMemo<number>();
    memo.set('a', 1);
    expect(memo.get('a')).toBeUndefined();
    runMemoized(() => {
      expect(memo.get('a')).toBeUndefined();
      memo.set('a', 2);
      expect(memo.get('a')).toBe(2);
    });
    runMemoized(() => expect(memo.get('a')).toBeUndefined());
  });
});

/** The teaser cards as they were found before: by the query with descendant combinators. */
function teaserCardsByQuery(body: Element): Element[] {
  const headlines = Array.from(body.querySelectorAll('h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4'));
  const held = new Map<Element, number>();
  for (const headline of headlines) for (let box = headline.parentElement; box && box !== body; box = box.parentElement) held.set(box, (held.get(box) ?? 0) + 1);
  const cards = new Set<Element>();
  for (const headline of headlines) {
    let card: Element = headline;
    while (card.parentElement && card.parentElement !== body && (held.get(card.parentElement) ?? 0) <= 1) card = card.parentElement;
    cards.add(card);
  }
  return [...cards];
}

describe('teaser cards from the body headings', () => {
  const cases: Record<string, string> = {
    'headline links in cards': `<main><div class="c"><h3><a href="/1">One story here</a></h3><p>Excerpt.</p></div><div class="c"><h3><a href="/2">Two</a></h3></div><a href="/3"><h2>Three in a link</h2></a><h4>No link</h4></main>`,
    'headings inside headings, links after the inner one': `<main><h2><a href="/a">A</a><a href="/b"><h3>B</h3></a><a href="/c">C</a></h2><div><h3><span><a href="/d">D</a></span></h3></div></main>`,
    'a body inside a link': `<a href="/all"><main><div><h2>Inside</h2></div><div><h3>Too</h3></div></main></a>`,
    'a body inside a heading': `<h2><main><p><a href="/x">X</a></p><p><a href="/y">Y</a></p></main></h2>`,
    'no headings': `<main><p><a href="/x">X</a></p></main>`,
  };
  for (const [name, html] of Object.entries(cases)) {
    it(name, () => {
      const body = parseHtml(`<!doctype html><body>${html}</body>`).querySelector('main')!;
      expect(teaserCards(body)).toEqual(teaserCardsByQuery(body));
    });
  }
});

describe('the app-link test rules out a block by its first link alone', () => {
  const blockOf = (html: string) => collectBlocks(parseHtml(`<!doctype html><body><main>${html}</main></body>`).querySelector('main')!)[0]!;
  it('every link to an app host, whatever the case or the path', () => {
    expect(isAppLink(blockOf('<p><a href="HTTPS://Play.Google.com/store/apps/details?id=x">Get the app</a></p>'))).toBe(true);
    expect(isAppLink(blockOf('<p><a href="https://www.t.me/channel">Join</a> <a href="https://apps.apple.com/app/x">iOS</a></p>'))).toBe(true);
  });
  it('a first link elsewhere, or any link elsewhere', () => {
    expect(isAppLink(blockOf('<p><a href="https://example.com/t.me-story">Read the story</a></p>'))).toBe(false);
    expect(isAppLink(blockOf('<p><a href="/news/1">News</a> <a href="https://t.me/x">Join</a></p>'))).toBe(false);
    expect(isAppLink(blockOf('<p><a href="https://t.me/x">Join</a> <a href="/news/1">News</a></p>'))).toBe(false);
  });
  it('an address the parser reads otherwise than its text (escapes, non-ASCII) is parsed, not ruled out by its text', () => {
    expect(isAppLink(blockOf('<p><a href="https://t%2Eme/x">Join us on Telegram</a></p>'))).toBe(true);
    expect(isAppLink(blockOf('<p><a href="https://ｔ.me/x">Join us on Telegram</a></p>'))).toBe(true);
  });
});

describe('a paragraph is read as a card only when it lists lines (a <br> child)', () => {
  const paragraph = (html: string) => parseHtml(`<!doctype html><body>${html}</body>`).querySelector('p')!;
  const lines = 'Auch interessant:<br><a href="/a">Erster Artikel über die neue Brücke</a><br><a href="/b">Zweiter Artikel über den Hafen</a>';
  it('its own <br>s', () => {
    expect(insertCardRule(paragraph(`<p>${lines}</p>`))).toBe('read-also.card.label-links');
  });
  it('<br>s deeper down (in a span) are not its own lines', () => {
    expect(insertCardRule(paragraph(`<p><span>${lines}</span></p>`))).toBeNull();
  });
});
