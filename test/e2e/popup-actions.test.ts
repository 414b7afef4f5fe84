import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type ExtensionBrowser, type PageHandle } from './support/browsers';
import { openCollapsed, openPopupFor } from './support/pages';
import { startFixtureServer, type FixtureServer } from './support/server';

// The popup's actions in real Chromium and Firefox on the seed page: copy the story (plain
// text and Markdown, read back from the real clipboard) and "Why collapsed?" on each
// finding under its category count. A refused clipboard is tested in the unit tier
// (test/unit/popup-actions.test.tsx): neither browser refuses an extension page here —
// not a click in a background tab, and Chromium will not take a permission for an
// extension origin over CDP.

const ROOT = join(import.meta.dirname, '..', '..');
const TITLE = 'South Korea Starts Process to Normalise GSOMIA Military Intelligence Pact With Japan';
const LATESTLY =
  'https://www.latestly.com/agency-news/world-news-south-korea-starts-process-to-normalise-gsomia-military-intelligence-pact-with-japan-5012345.html';

describe.each<BrowserName>(['chromium', 'firefox'])('popup actions in %s', (browserName) => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  const opened: PageHandle[] = [];
  const track = (page: PageHandle) => (opened.push(page), page);

  beforeAll(async () => {
    server = await startFixtureServer(join(ROOT, 'test', 'fixtures'));
    browser = await launch(browserName);
    // Lets the test read the clipboard back (Firefox lets extension pages read it).
    await browser.chromium?.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close().catch(() => undefined);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const clipboard = (popup: PageHandle) => popup.evaluate(() => navigator.clipboard.readText(), null);

  it('copies the story as Markdown: title, byline, paragraphs, and the source chain with links', async () => {
    const popup = track(await openPopupFor(browser, track(await openCollapsed(browser, server))));
    await popup.bringToFront();
    await popup.click('.copy-markdown');
    await popup.waitFor(() => document.querySelector('.copy-status')?.textContent === 'Copied as Markdown', null);
    const markdown = await clipboard(popup);
    const [body, footer] = markdown.split('\n\n---\n\n');
    const blocks = body!.split('\n\n');
    expect(blocks[0]).toBe(`# ${TITLE}`);
    // The byline and date the page's metadata gives (the autoblog signs as "admin").
    expect(blocks[1]).toBe('*By admin · Published 2023-03-19T09:12:44+00:00*');
    expect(blocks).toHaveLength(14);
    expect(blocks[2]).toMatch(/^Seoul \\\[South Korea\\\]March 19 \(ANI\): South Korea’s Ministry of National Defense/);
    expect(footer).toBe(
      [
        'Source chain:',
        '',
        `- You are reading: [World Newsline 24](${server.origin}/)`,
        `- Republished from: [LatestLY](${LATESTLY})`,
        '- Written by wire agency: ANI',
        '- Cites: Yonhap News Agency',
        '- Cites: The Japan Times',
        '- Cites: CNN',
        '',
      ].join('\n'),
    );
    // No boilerplate travels with the story.
    expect(markdown).not.toMatch(/\[ad_1\]|Read also|Source link|share now/i);
  });

  it('copies the story as plain text and says "Copied"', async () => {
    const popup = track(await openPopupFor(browser, track(await openCollapsed(browser, server))));
    await popup.bringToFront();
    await popup.click('.copy-text');
    await popup.waitFor(() => document.querySelector('.copy-status')?.textContent === 'Copied', null);
    const text = await clipboard(popup);
    expect(text.startsWith(`${TITLE}\n\nBy admin · Published 2023-03-19T09:12:44+00:00\n\nSeoul [South Korea]March 19 (ANI):`)).toBe(true);
    expect(text).toContain(`- Republished from: LatestLY <${LATESTLY}>`);
  });

  it('counts the findings per category and says for each why it was collapsed', async () => {
    const popup = track(await openPopupFor(browser, track(await openCollapsed(browser, server))));
    const groups = await popup.evaluate(
      () =>
        Array.from(document.querySelectorAll('.finding-group')).map((group) => ({
          title: group.querySelector('.group-title')?.textContent,
          findings: group.querySelectorAll('.finding').length,
        })),
      null,
    );
    expect(groups).toEqual([
      { title: '2 Ad placeholder', findings: 2 },
      { title: '2 Read also', findings: 2 },
      { title: '1 Feed disclaimer', findings: 1 },
      { title: '1 Share prompt', findings: 1 },
      { title: '1 Source link', findings: 1 },
    ]);

    const whyOf = (index: number) =>
      popup.evaluate((i) => {
        const button = document.querySelectorAll('.why-button')[i]!;
        const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
        return {
          expanded: button.getAttribute('aria-expanded'),
          hidden: panel.hidden,
          lines: Array.from(panel.querySelectorAll('p')).map((p) => p.textContent),
        };
      }, index);
    expect((await whyOf(4)).hidden).toBe(true);
    await popup.click('.finding-group:nth-child(3) .why-button');
    const why = await whyOf(4);
    expect(why.expanded).toBe('true');
    expect(why.hidden).toBe(false);
    expect(why.lines[0]).toBe('Category: Feed disclaimer');
    expect(why.lines[1]).toMatch(/^Rule that fired: a note that the text was published automatically from a syndicated feed \(boilerplate\.feed-disclaimer\.[a-z-]+\)$/);
    expect(why.lines[2]).toBe('Collapsed text:');
    expect(why.lines[3]).toBe(
      '(This is an unedited and auto-generated story from a Syndicated News feed, the content body may not have been modified or edited by LatestLY staff)',
    );

    await popup.click('.finding-group:nth-child(2) .why-button');
    expect((await whyOf(2)).lines.slice(0, 2)).toEqual([
      'Category: Read also',
      'Rule that fired: a “Read also” label in English followed by a headline (read-also.en.label)',
    ]);
  });
});
