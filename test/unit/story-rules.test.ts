import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/engine/analyze';
import { parseHtml } from '../../tools/parse-html';
import { storyFilterFor } from '../../utils/engine/story';

// The story's furniture rules (utils/engine/story.ts), each with lines it must drop and
// story sentences that look alike and must stay.

const PROSE = [
  'The regional council approved the new budget on Monday after a debate that lasted well into the night.',
  'Opposition members said the plan cut too deeply into school funding and promised to challenge it in court.',
  'The finance minister defended the figures, saying the province had to close a deficit of two billion.',
];

/** A plain article page: the prose, with `inside` placed after the second paragraph. */
function page(inside: string, after = ''): string {
  return `<!doctype html><html lang="en"><head><title>Budget</title><meta property="og:type" content="article"></head><body>
    <article><h1>Council approves budget</h1><div class="entry-content">
      <p>${PROSE[0]}</p><p>${PROSE[1]}</p>${inside}<p>${PROSE[2]}</p>${after}
    </div></article></body></html>`;
}

function story(html: string): string[] {
  return analyze(parseHtml(html), 'https://news.example/budget', { story: 'always' }).story.paragraphs;
}

const drops: Array<[string, string]> = [
  ['a source credit printed as a domain', '<p><strong>ISLANDNEWS.COM</strong></p>'],
  ['a lone "Read more:" line', '<p><i>Weiterlesen:</i></p>'],
  ['a lone field label', '<p><span>Release Date:</span></p>'],
  ['a label and an address', '<p><strong>Permalink</strong> https://p.dw.com/p/RPYx</p>'],
  ['a newsletter pitch', '<p>Want more? Sign up for our newsletter and get the best stories every week.</p>'],
  ['a caption marked by class', '<p class="wp-caption-text">The council chamber on Monday evening, shortly before the vote.</p>'],
  ['a caption inside an image box', '<div class="imagebox"><img src="x.jpg" alt=""><strong class="caption"><span>The council chamber before the vote</span></strong></div>'],
  ['a teaser box', '<div class="Teasers"><div class="Teasers-item"><p>Petition against the cuts: add your name to the list now</p></div></div>'],
  ['a linked teaser headline', '<div class="linkList"><a href="/other"><h2>Farmers want the state to rebuild the old dam</h2></a></div>'],
  ['the Reuters standards trailer', '<p>Our Standards: The Thomson Reuters Trust Principles.</p>'],
  ['a caption ending on its photo credit', '<p>The captain was known for his calm and his long drives. | © Club Archive/Getty Images</p>'],
  ['a rating widget among loose lines', '<span class="post-ratings">(No ratings yet)</span> Loading...'],
];

describe('story furniture', () => {
  it.each(drops)('drops %s and keeps every story paragraph', (_what, html) => {
    expect(story(page(html))).toEqual(PROSE);
  });

  it('never ends the story on a heading over teasers', () => {
    expect(story(page('', '<h4>Audios and videos on the topic</h4>'))).toEqual(PROSE);
  });
});

const keeps: Array<[string, string]> = [
  ['a sentence that names a domain', 'The figures were first published on ISLANDNEWS.COM, a regional outlet, on Sunday morning.'],
  ['a sentence that starts "Read more"', 'Read more carefully, the plan cuts funding for rural schools by a fifth.'],
  ['a quote introduction', 'It reads:'],
  ['a sentence about a newsletter', 'The council will announce the results in its newsletter, which residents receive by mail.'],
  ['a sentence about a photo credit', 'The photo, credited to AFP © 2023, shows the chamber moments before the vote.'],
  ['a sentence with an address in it', 'Residents can read the full plan at https://council.example/budget before the hearing.'],
];

describe('story lines that look like furniture', () => {
  it.each(keeps)('keeps %s', (_what, line) => {
    expect(story(page(`<p>${line}</p>`))).toEqual([PROSE[0], PROSE[1], line, PROSE[2]]);
  });

  it('keeps a heading inside the story and a heading that holds a link', () => {
    const html = page('<h2>What happens next</h2>', '<h3><a href="/timeline">The timeline of the vote</a></h3><p>The plan takes effect in April, the minister said on Tuesday.</p>');
    expect(story(html)).toEqual([PROSE[0], PROSE[1], 'What happens next', PROSE[2], 'The timeline of the vote', 'The plan takes effect in April, the minister said on Tuesday.']);
  });

  it('keeps the standfirst in the header of an <article> that is the story container', () => {
    const html = `<!doctype html><html><head><title>B</title><meta property="og:type" content="article"></head><body><main>
      <article class="documentContent"><header><h1>Council approves budget</h1><div class="contentHeader__abstract">The province closes its deficit with cuts to schools and roads, the council decided.</div></header>
      ${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`;
    expect(story(html)).toEqual(['The province closes its deficit with cuts to schools and roads, the council decided.', ...PROSE]);
  });

  it('leaves out an abstract in the header of another box', () => {
    const html = `<!doctype html><html><head><title>B</title><meta property="og:type" content="article"></head><body><main>
      <article><div class="entry-content">${PROSE.map((p) => `<p>${p}</p>`).join('')}</div>
      <aside><header><div class="abstract">Another story: the mayor opens the new bridge across the river today.</div></header></aside></article></main></body></html>`;
    expect(story(html)).toEqual(PROSE);
  });

  it('keeps a lead marked "Einleitung" above the story', () => {
    const html = page('').replace('<article>', '<article><p class="DefaultEinleitung">The province closes its deficit with cuts to schools and roads, the council decided.</p>');
    expect(story(html)[0]).toBe('The province closes its deficit with cuts to schools and roads, the council decided.');
  });
});

describe('story filters and very long blocks', () => {
  it('hands a block longer than any furniture line to no filter pattern (a 10 MB text node overflowed one)', () => {
    const domainShaped = (n: number) => `www.${'a'.repeat(n)}.com`;
    expect(storyFilterFor(domainShaped(100))?.id).toBe('story.domain-line');
    expect(storyFilterFor(domainShaped(5000))).toBeNull();
  });
});
