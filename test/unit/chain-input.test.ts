import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../tools/parse-html';
import { analyzeDocument, analyzePageSteps } from '../../utils/engine/analyze';
import { buildChain, buildChainFrom } from '../../utils/engine/chain';
import { isChainInput, readChainInput, type ChainInput, type MarkedBlock } from '../../utils/engine/chain-input';
import { collectBlocks } from '../../utils/engine/blocks';
import { compileLexicon } from '../../utils/engine/lexicon';
import { runMemoized } from '../../utils/engine/run-memo';
import { drain } from '../../utils/engine/steps';
import { chainData } from '../../utils/rules/chain-data';
import { FIXTURES, loadFixture } from '../helpers';

// The source chain in two parts: what it reads of the page (readChainInput: plain data, read
// in the content script) and the chain built from that alone (buildChainFrom: in the popup
// and the background, where the lexicon is kept). Across a message (JSON), on every committed
// fixture page, the chain is the one the CLI's analysis gives.

function fixturePages(dir = FIXTURES): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? fixturePages(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );
}

const pages = fixturePages()
  .map((path) => relative(FIXTURES, path))
  .sort();
const lex = compileLexicon(chainData());
const URL_OF_PAGE = 'https://news.example/2024/05/story-of-the-day';
/** What crosses a message between the content script and the popup or the background. */
const overMessage = (input: ChainInput): ChainInput => JSON.parse(JSON.stringify(input)) as ChainInput;

describe('the chain input', () => {
  it('covers the committed fixtures (seed, counter, corpus and the rest)', () => {
    expect(pages.length).toBeGreaterThan(400);
    for (const prefix of ['seed--', 'counter--', 'corpus/']) expect(pages.some((name) => name.startsWith(prefix))).toBe(true);
  });

  it.each(pages)('read in the page, sent as JSON and built elsewhere, gives the CLI’s chain: %s', (name) => {
    for (const url of [URL_OF_PAGE, null]) {
      const expected = analyzeDocument(loadFixture(name), url).analysis.chain;
      const page = drain(analyzePageSteps(loadFixture(name), url));
      const input = runMemoized(() => page.chainInput());
      // Plain data: the JSON round trip gives the very same value (no pattern, element or undefined field in it).
      expect(overMessage(input)).toStrictEqual(input);
      expect(isChainInput(overMessage(input))).toBe(true);
      expect(drain(buildChainFrom(overMessage(input), lex))).toEqual(expected);
    }
  });

  it('reads byline slots outside footers, asides and figures, up to 80 characters; buildChain is the two parts composed', () => {
    const doc = parseHtml(`<html><head><meta property="og:site_name" content="Daily Example"></head><body><article>
      <p class="byline">By Agence France-Presse</p>
      <figure><figcaption class="author">Reuters</figcaption></figure>
      <footer><a href="/authors/associated-press/">Associated Press</a></footer>
      <span class="author">${'A very long byline slot that says far more than who wrote the story, '.repeat(2)}</span>
      <p>Source: The Guardian</p>
    </article></body></html>`);
    const blocks = collectBlocks(doc.body);
    const source = blocks.find((b) => b.text === 'Source: The Guardian')!;
    const marked: MarkedBlock[] = [{ block: source, rule: { category: 'source-link', republisher: /^Source:\s*(.+)$/ } }];
    const input = readChainInput(doc, 'https://daily.example/news/1', ['A paragraph of the story.'], marked);
    expect(input).toStrictEqual({
      url: 'https://daily.example/news/1',
      siteName: 'Daily Example',
      head: [],
      bylines: [{ text: 'By Agence France-Presse', href: '' }],
      marked: [{ text: 'Source: The Guardian', href: null, category: 'source-link', republisher: 'The Guardian' }],
      credits: [],
      paragraphs: ['A paragraph of the story.'],
    });
    const built = drain(buildChainFrom(overMessage(input), lex));
    expect(built.map((link) => [link.role, link.name])).toEqual([
      ['site', 'Daily Example'],
      ['republisher', 'The Guardian'],
      ['agency', 'AFP'],
    ]);
    expect(drain(buildChain(doc, 'https://daily.example/news/1', ['A paragraph of the story.'], marked, lex))).toEqual(built);
  });

  it('reads the links and italic names of the story’s paragraphs, and where each credit line stands and what it links', () => {
    const doc = parseHtml(`<html><head></head><body><article>
      <p id="one">As <a href="https://www.washingtonpost.com/x/2024/1">The Washington Post</a> reported, the <i>Riverside Ledger</i> and <em><a href="/y">a page</a></em> agree.</p>
      <p id="two">Officials said the plan would go ahead <i class="icon"></i>as agreed.</p>
      <p class="credit">Source: <a href="https://www.example.org/a">Example</a> and <a href="https://b.example/">B</a></p>
    </article><p class="after">Read it on <a href="https://c.example/1">C</a></p></body></html>`);
    const [one, two] = [doc.getElementById('one')!, doc.getElementById('two')!];
    const paragraphs = [one.textContent!.replace(/\s+/g, ' ').trim(), two.textContent!.replace(/\s+/g, ' ').trim()];
    const blocks = collectBlocks(doc.body);
    const credit = blocks.find((b) => b.text.startsWith('Source:'))!;
    const after = blocks.find((b) => b.text.startsWith('Read it on'))!;
    const before = blocks.find((b) => b.element === one)!;
    const input = readChainInput(doc, 'https://daily.example/news/1', paragraphs, [], [before, credit, after], [one, two]);
    expect(input.storyLinks).toStrictEqual([
      { paragraph: 0, at: 3, text: 'The Washington Post', href: 'https://www.washingtonpost.com/x/2024/1' },
      { paragraph: 0, at: paragraphs[0]!.indexOf('a page'), text: 'a page', href: '/y' },
    ]);
    // An italic span holding a link is the link's; an empty one (an icon) is nothing.
    expect(input.italics).toStrictEqual([{ paragraph: 0, at: paragraphs[0]!.indexOf('Riverside Ledger'), text: 'Riverside Ledger' }]);
    expect(input.credits).toStrictEqual([
      { text: before.text, href: 'https://www.washingtonpost.com/x/2024/1', links: 2, anchor: 'The Washington Post' },
      { text: 'Source: Example and B', href: 'https://www.example.org/a', tail: true, links: 2, anchor: 'Example' },
      { text: 'Read it on C', href: 'https://c.example/1', tail: true, links: 1, anchor: 'C' },
    ]);
    expect(isChainInput(overMessage(input))).toBe(true);
    // A page without story links or italics carries neither field.
    expect(readChainInput(doc, null, [paragraphs[1]!], [], [], [two])).not.toHaveProperty('storyLinks');
    expect(readChainInput(doc, null, [paragraphs[1]!], [], [], [two])).not.toHaveProperty('italics');
  });

  it('takes only well-formed input from another context', () => {
    const good: ChainInput = { url: null, head: [], bylines: [], marked: [], credits: [], paragraphs: ['x'] };
    expect(isChainInput(good)).toBe(true);
    expect(isChainInput({ ...good, paragraphs: [5] })).toBe(false);
    expect(isChainInput({ ...good, head: [{ kind: 'nonsense', evidence: '' }] })).toBe(false);
    expect(isChainInput({ ...good, marked: [{ text: 'a', href: null }] })).toBe(false);
    expect(isChainInput({ ...good, bylines: Array.from({ length: 13 }, () => ({ text: '', href: '' })) })).toBe(false);
    expect(isChainInput({ ...good, paragraphs: ['x'.repeat(11)] }, 10)).toBe(false);
    expect(isChainInput({ ...good, credits: [{ text: 'a', href: null, tail: true, links: 1, anchor: 'a' }] })).toBe(true);
    expect(isChainInput({ ...good, credits: [{ text: 'a', href: null, tail: 'yes' }] })).toBe(false);
    expect(isChainInput({ ...good, credits: [{ text: 'a', href: null, links: 1.5 }] })).toBe(false);
    expect(isChainInput({ ...good, storyLinks: [{ paragraph: 0, at: 0, text: 'x', href: '/a' }], italics: [{ paragraph: 0, at: 0, text: 'x' }] })).toBe(true);
    expect(isChainInput({ ...good, storyLinks: [{ paragraph: 0, at: 0, text: 'x' }] })).toBe(false);
    expect(isChainInput({ ...good, italics: [{ paragraph: '0', at: 0, text: 'x' }] })).toBe(false);
    expect(isChainInput({ ...good, italics: Array.from({ length: 201 }, () => ({ paragraph: 0, at: 0, text: 'x' })) })).toBe(false);
    expect(isChainInput([])).toBe(false);
    expect(isChainInput(null)).toBe(false);
  });
});
