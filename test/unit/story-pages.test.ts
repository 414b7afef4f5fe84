import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/engine/analyze';
import { FIXTURES, fixtureText } from '../helpers';
import { parseHtml } from '../../tools/parse-html';

// Real pages where the core story used to go wrong (from `npm run eval:story`'s worst
// pages), kept whole with the snippets their benchmark says must be in the story and must
// not be. Each .expected.json notes the page's source and what went wrong on it.

interface Expected {
  source: string;
  url: string;
  why: string;
  include: string[];
  exclude: string[];
}

const FOLDER = 'story';
const pages = readdirSync(join(FIXTURES, FOLDER)).filter((name) => name.endsWith('.html')).sort();
/** As the benchmarks compare: whitespace folded, case ignored. */
const fold = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

describe.each(pages)('%s', (name) => {
  const expected = JSON.parse(fixtureText(`${FOLDER}/${name.replace(/\.html$/, '.expected.json')}`)) as Expected;
  // Parsed as the CLI and the evaluation parse (happy-dom's parser would fetch the page's stylesheets).
  it(`keeps what the story must hold and leaves out what it must not: ${expected.why}`, () => {
    const story = fold(analyze(parseHtml(fixtureText(`${FOLDER}/${name}`)), expected.url, { story: 'always' }).story.text);
    expect(expected.include.length + expected.exclude.length).toBeGreaterThan(0);
    for (const snippet of expected.include) expect(story, snippet).toContain(fold(snippet));
    for (const snippet of expected.exclude) expect(story, snippet).not.toContain(fold(snippet));
  });
});
