import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../tools/parse-html';

// The CLI's parser (parse5's tree construction, into linkedom nodes) must build the tree a
// browser builds: first the markup faults of real saved pages where linkedom's own parser
// diverged, then the standard's rules case by case.

const story = '<p id="story">The council approved the budget on Monday after a long debate.</p>';

describe('parseHtml', () => {
  it('ignores <html> tags inside IE conditional comments (trafilatura-eval: aclu.org, der-farang.com)', () => {
    const html =
      '<!DOCTYPE html>\n<!--[if IE 7]> <html class="iem7" lang="en"> <![endif]-->\n' +
      '<!--[if lt IE 9]> <html class="lt-ie9" lang="en"> <![endif]-->\n' +
      '<!--[if gt IE 8]><!--> <html class="modern" lang="en"> <!--<![endif]-->\n' +
      `<head><title>t</title><meta charset="utf-8"></head><body class="page">${story}</body></html>`;
    const doc = parseHtml(html);
    expect(doc.documentElement.getAttribute('class')).toBe('modern');
    expect(doc.body.parentElement).toBe(doc.documentElement);
    expect(doc.body.getAttribute('class')).toBe('page');
    expect(doc.querySelector('#story')?.closest('body')).toBe(doc.body);
    expect(doc.head.contains(doc.querySelector('#story'))).toBe(false);
  });

  it('keeps the first of repeated <html> tags outside comments', () => {
    const doc = parseHtml(`<html lang="de"><html lang="en"><head></head><body>${story}</body></html>`);
    expect(doc.documentElement.getAttribute('lang')).toBe('de');
    expect(doc.querySelector('#story')?.closest('body')).toBe(doc.body);
  });

  it('opens a missing <body> at the first element that cannot be in <head>', () => {
    const doc = parseHtml(`<html><head><title>t</title></head><div class="wrap">${story}</div></html>`);
    expect(doc.body.querySelector('#story')).not.toBeNull();
    expect(doc.head.querySelector('#story')).toBeNull();
  });

  it('keeps the body when scripts stand between </head> and <body>', () => {
    const doc = parseHtml(`<html><head></head><script>var a = 1;</script><body class="real">${story}</body></html>`);
    expect(doc.body.getAttribute('class')).toBe('real');
    expect(doc.body.querySelector('#story')).not.toBeNull();
  });

  it('wraps a fragment into a document', () => {
    const doc = parseHtml(story);
    expect(doc.body.querySelector('#story')?.textContent).toContain('council');
  });
});

/**
 * The tree as a compact string: elements as `name(children)`, attributes as `[a=v]`, text in
 * quotes (attributes sorted by name), comments as `<!--…-->`. Whitespace-only text is left out (it does not change
 * which element holds which sentence).
 */
function shape(node: Node): string {
  const parts: string[] = [];
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      if (child.textContent!.trim()) parts.push(JSON.stringify(child.textContent));
    } else if (child.nodeType === 8) parts.push(`<!--${(child as Comment).data}-->`);
    else if (child.nodeType === 10) parts.push('!doctype');
    else if (child.nodeType === 1) {
      const element = child as Element;
      const attrs = Array.from(element.attributes, (a) => `[${a.name}=${a.value}]`)
        .sort()
        .join('');
      parts.push(`${element.localName}${attrs}(${shape(element)})`);
    }
  }
  return parts.join(',');
}

// The HTML standard's tree construction (https://html.spec.whatwg.org/multipage/parsing.html),
// step by step for each case, as Chromium and Firefox build it.
describe('parseHtml builds the tree the HTML standard specifies', () => {
  it('a <p> inside a <span> inside a <p>: the open <p> is closed, the second <p> is a sibling in <body>', () => {
    // "in body", start tag p: a p in button scope (span is not a scope boundary) → close a p
    // element (pops span and the first p). </span>: no span open → ignored. </p> closes the
    // second p. The last </p> has no p in scope → an empty p is inserted and closed.
    const doc = parseHtml('<!doctype html><html><head></head><body><p>First <span>lead <p>Second paragraph.</p></span></p></body></html>');
    expect(shape(doc.body)).toBe('p("First ",span("lead ")),p("Second paragraph."),p()');
  });

  it('a <p> opened inside a <span> with no <p> open stays inside the span', () => {
    // No p in button scope: the p is inserted where it stands, as the span's child.
    const doc = parseHtml('<body><div><span>Kicker <p>Story sentence one.</p><p>Story sentence two.</p></span></div></body>');
    expect(shape(doc.body)).toBe('div(span("Kicker ",p("Story sentence one."),p("Story sentence two.")))');
  });

  it('IE conditional comments: tags in them are text, comments before <html> belong to the document', () => {
    // "before html": comments are appended to the Document; the first real <html> start tag
    // creates the root. "before head": the comment after it goes into <html>.
    const html =
      '<!DOCTYPE html>\n<!--[if IE 7]> <html class="iem7" lang="en"> <![endif]-->\n' +
      '<!--[if gt IE 8]><!--> <html class="modern" lang="en"> <!--<![endif]-->\n' +
      '<head><title>T</title></head><body class="page"><p>Story.</p></body></html>';
    const doc = parseHtml(html);
    expect(shape(doc)).toBe(
      '!doctype,<!--[if IE 7]> <html class="iem7" lang="en"> <![endif]-->,<!--[if gt IE 8]><!-->,' +
        'html[class=modern][lang=en](<!--<![endif]-->,head(title("T")),body[class=page](p("Story.")))',
    );
  });

  it('a missing <body>: a script after </head> goes into <head>, the body starts at the first flow element', () => {
    // "after head": a script start tag is processed "in head" with head pushed back (a parse
    // error, the script lands in head); a div is "anything else": insert body, reprocess.
    const doc = parseHtml('<html><head><title>T</title></head><script>var a = 1;</script><div class="wrap"><p>Story.</p></div></html>');
    expect(shape(doc.documentElement)).toBe('head(title("T"),script("var a = 1;")),body(div[class=wrap](p("Story.")))');
  });

  it('no <html>, <head> or <body> at all: all three are implied, metadata in head, text in body', () => {
    const doc = parseHtml('<title>T</title><meta charset="utf-8">Bare text <b>bold</b>');
    expect(shape(doc)).toBe('html(head(title("T"),meta[charset=utf-8]()),body("Bare text ",b("bold")))');
  });

  it('foster-parents text and elements misplaced in a table before the table', () => {
    const doc = parseHtml('<body><table><tr><td>cell</td></tr><p>Stray paragraph.</p></table></body>');
    expect(shape(doc.body)).toBe('p("Stray paragraph."),table(tbody(tr(td("cell"))))');
  });

  it('keeps <template> content out of the document tree', () => {
    const doc = parseHtml('<body><template><p>Hidden</p></template><p>Shown</p></body>');
    expect(doc.body.textContent).toBe('Shown');
  });
});

// linkedom's nodes keep their listeners in a map made only when a listener is added (see
// parse-html.ts): events still reach their listeners, bubble, stop and go away as before.
describe('events on a parsed document', () => {
  it('a listener on an ancestor hears a bubbling event; removed, it hears nothing', () => {
    const doc = parseHtml('<body><div id="outer"><p id="inner">Story.</p></div></body>');
    const outer = doc.getElementById('outer')!;
    const inner = doc.getElementById('inner')!;
    const heard: string[] = [];
    const onOuter = (event: Event) => heard.push(`outer:${(event.target as Element).id}:${(event.currentTarget as Element).id}`);
    outer.addEventListener('ping', onOuter);
    inner.addEventListener('ping', { handleEvent: (event: Event) => heard.push(`inner:${event.eventPhase}`) });
    const Event = doc.defaultView!.Event;
    expect(inner.dispatchEvent(new Event('ping', { bubbles: true }))).toBe(true);
    expect(inner.dispatchEvent(new Event('ping'))).toBe(true);
    outer.removeEventListener('ping', onOuter);
    inner.dispatchEvent(new Event('ping', { bubbles: true }));
    expect(heard).toEqual(['inner:2', 'outer:inner:outer', 'inner:2', 'inner:2']);
  });

  it('once, stopPropagation and preventDefault act as in linkedom', () => {
    const doc = parseHtml('<body><div id="outer"><p id="inner">Story.</p></div></body>');
    const outer = doc.getElementById('outer')!;
    const inner = doc.getElementById('inner')!;
    const Event = doc.defaultView!.Event;
    let once = 0;
    let outerHeard = 0;
    inner.addEventListener('tap', () => once++, { once: true });
    inner.dispatchEvent(new Event('tap'));
    inner.dispatchEvent(new Event('tap'));
    expect(once).toBe(1);
    outer.addEventListener('stop', () => outerHeard++);
    inner.addEventListener('stop', (event) => {
      event.stopPropagation();
      event.preventDefault();
    });
    expect(inner.dispatchEvent(new Event('stop', { bubbles: true, cancelable: true }))).toBe(false);
    expect(outerHeard).toBe(0);
    // no listener on a node: dispatching is harmless
    expect(doc.body.dispatchEvent(new Event('none', { bubbles: true }))).toBe(true);
  });
});

// The four selector methods keep one compiled matcher per selector on parseHtml's documents
// (see parse-html.ts); what they return must stay linkedom's answer.
describe('selectors on a parsed document', () => {
  const html =
    '<html><head><meta name="a" content="x"><script type="application/ld+json">{}</script></head><body>' +
    '<template><a id="in-template" href="#">t</a></template>' +
    '<article class="post hentry"><header><a id="h" href="/h">H</a></header><div><p id="p1">One <a id="a1" href="/1">1</a></p>' +
    '<blockquote><p id="q">Quoted <a id="a2">2</a></p></blockquote></div></article><footer><a id="a3" href="/3">3</a></footer></body></html>';

  it('querySelectorAll and querySelector: document order, template content skipped, from the document and from an element', () => {
    const doc = parseHtml(html);
    const ids = (list: ArrayLike<Element>) => Array.from(list, (e) => e.id);
    expect(ids(doc.querySelectorAll('a'))).toEqual(['h', 'a1', 'a2', 'a3']);
    expect(ids(doc.querySelectorAll('a[href]'))).toEqual(['h', 'a1', 'a3']);
    expect(doc.querySelector('a')?.id).toBe('h');
    const article = doc.querySelector('article.post')!;
    expect(ids(article.querySelectorAll('a'))).toEqual(['h', 'a1', 'a2']);
    expect(article.querySelector('blockquote a')?.id).toBe('a2');
    expect(article.querySelector('footer')).toBeNull();
    expect(doc.querySelectorAll('meta[content]')).toHaveLength(1);
    expect(doc.querySelector('script[type="application/ld+json"]')).not.toBeNull();
    expect(doc.querySelectorAll('a').constructor.name).toBe('NodeList');
  });

  it('matches and closest, and :scope answered as linkedom answers it', () => {
    const doc = parseHtml(html);
    const a2 = doc.getElementById('a2')!;
    expect(a2.closest('blockquote, q')?.tagName).toBe('BLOCKQUOTE');
    expect(a2.closest('article, .hentry, .post')?.tagName).toBe('ARTICLE');
    expect(a2.closest('header, footer, nav, figure')).toBeNull();
    expect(a2.closest('a')).toBe(a2);
    expect(doc.getElementById('h')!.closest('header, footer, nav, figure')?.tagName).toBe('HEADER');
    expect(a2.matches('blockquote a')).toBe(true);
    expect(a2.matches('header a')).toBe(false);
    expect(doc.querySelector('meta')!.matches('meta[content]')).toBe(true);
    expect(doc.getElementById('p1')!.querySelector(':scope > a')?.id).toBe('a1');
    expect(doc.querySelector('blockquote')!.querySelector(':scope > a')).toBeNull();
  });

  it('a selector used on one document gives each later document its own answer', () => {
    const first = parseHtml('<body><div class="x"><a id="one">1</a></div></body>');
    const second = parseHtml('<body><div class="y"><a id="two">2</a></div><div class="x"><a id="three">3</a></div></body>');
    expect(Array.from(first.querySelectorAll('.x a'), (e) => e.id)).toEqual(['one']);
    expect(Array.from(second.querySelectorAll('.x a'), (e) => e.id)).toEqual(['three']);
    expect(second.getElementById('two')!.closest('.x')).toBeNull();
    expect(first.getElementById('one')!.closest('.x')?.className).toBe('x');
  });

  it('an invalid selector still throws, every time', () => {
    const doc = parseHtml('<body><p>x</p></body>');
    expect(() => doc.querySelectorAll('p[')).toThrow();
    expect(() => doc.querySelector('p[')).toThrow();
  });
});
