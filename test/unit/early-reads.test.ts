import { describe, expect, it } from 'vitest';
import { collectBlocks, splitsIntoBlocks, wholeBlock } from '../../utils/engine/blocks';
import { endsWithColon } from '../../utils/page/early';
import { parseHtml } from '../../tools/parse-html';

// The early judge (utils/page/early.ts) asks two things of every element the parser
// inserts, read without making a string of its whole text (a wrapper's text is often the
// whole story's): whether the element splits into blocks (then it is never one block of its
// own), and whether the element before it ends with a colon (then it is quoted, as "It reads:").
// Both must answer exactly what the readings they replace answer.

const body = (html: string) => parseHtml(`<!DOCTYPE html><html><head><title>t</title></head><body>${html}</body></html>`).body;

const SAMPLES = [
  '<p>It reads:</p>',
  '<p>It reads: </p>',
  '<p>It reads:\n\t <b> </b> </p>',
  '<div><p>The minister said:</p><p> </p></div>',
  '<div><p>The minister said</p><!-- note: --></div>',
  '<p>Ends with a colon in a link <a href="/x">here:</a></p>',
  '<p>Time 10:30 in the morning.</p>',
  '<p>A colon: in the middle</p>',
  '<p>:</p>',
  '<p></p>',
  '<div><span></span><span>Quote:\u00a0</span><span>\u2003</span></div>',
  '<div>Read:<script>var x = 1</script></div>',
  '<div>Read<script>var x = ":"</script> </div>',
  '<ul><li>one:</li><li>two</li></ul>',
  '<div>Lines<br>end:<br></div>',
];

describe('endsWithColon', () => {
  it('answers /:\\s*$/ of the element’s textContent', () => {
    for (const html of SAMPLES) {
      const root = body(html);
      for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
        expect(endsWithColon(el), `${html} / ${el.tagName}`).toBe(/:\s*$/.test(el.textContent ?? ''));
      }
    }
  });
});

describe('splitsIntoBlocks and wholeBlock', () => {
  it('is true only where collectBlocks never gives the element itself as its one block', () => {
    const html = [
      ...SAMPLES,
      '<div><div>Inner box</div></div>',
      '<div>Text <span><p>inner paragraph</p></span></div>',
      '<p>One line<br>another</p>',
      '<div><span hidden><p>hidden paragraph</p></span>Visible text</div>',
      '<div><script>x</script>Plain text with a <a href="/a">link</a></div>',
      '<section><h2>Related</h2><ul><li><a href="/a">A headline</a></li></ul></section>',
      '<figure><img src="a.jpg"><figcaption>Photo: Agency</figcaption></figure>',
    ].join('');
    const root = body(html);
    let split = 0;
    let whole = 0;
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const blocks = collectBlocks(el);
      const oneOfItsOwn = blocks.length === 1 && blocks[0]!.element === el && !blocks[0]!.nodes;
      if (splitsIntoBlocks(el)) {
        split++;
        expect(oneOfItsOwn, el.outerHTML).toBe(false);
      } else {
        // …and elsewhere the element is read as collectBlocks reads it, without the walk.
        const one = wholeBlock(el);
        expect(one ? [one] : [], el.outerHTML).toEqual(blocks);
        if (oneOfItsOwn) whole++;
      }
    }
    // Both kinds are met (the test reads something).
    expect(split).toBeGreaterThan(5);
    expect(whole).toBeGreaterThan(5);
  });

  it('is false for a paragraph of text and inline elements, which may be one block', () => {
    const p = body('<p>Read more: <a href="/x">another story</a> <b>today</b></p>').querySelector('p')!;
    expect(splitsIntoBlocks(p)).toBe(false);
    expect(collectBlocks(p).map((b) => b.element)).toEqual([p]);
    expect(wholeBlock(p)).toEqual(collectBlocks(p)[0]);
  });
});
