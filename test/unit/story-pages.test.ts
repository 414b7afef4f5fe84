import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/engine/analyze';
import { FIXTURES, fixtureText } from '../helpers';
import { parseHtml } from '../../tools/parse-html';

// The shapes of page where the core story once went wrong on a benchmark page (a story in
// a "paywall" box, a teaser list longer than the story, conditional comments, a standfirst
// before the story's section, captions with credits, lone labels…), each rebuilt as a page of
// our own words and markup with what the story must hold and must not. Each .expected.json
// notes its source, what went wrong and, in `regression`, the benchmark page (file name only)
// that `npm run eval:story` still prints first. The benchmark pages themselves are never here.

interface Expected {
  source: string;
  regression: string;
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
