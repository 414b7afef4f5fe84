import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../utils/engine/analyze';
import { applyCollapse } from '../../utils/page/collapse';
import { PageSession } from '../../utils/page/session';
import { DEFAULT_SETTINGS } from '../../utils/settings/schema';
import { FIXTURES, fixtureNames, loadFixture } from '../helpers';

// The content script analyses a page again over its own work: the early collapses, late
// content, a new setting. Sourceline's controls and collapsed blocks in the page must not
// change what the analysis finds, or a second run undoes and redoes collapses.

const URL_OF_PAGE = 'https://news.example/2024/story';
const pages = [
  ...fixtureNames('seed--'),
  ...fixtureNames('counter--'),
  ...readdirSync(join(FIXTURES, 'corpus'))
    .filter((n) => n.endsWith('.html'))
    .map((n) => `corpus/${n}`),
];

describe('an analysis over a page Sourceline has collapsed', () => {
  it.each(pages)('%s: finds what it found on the page as it came', (name) => {
    const doc = loadFixture(name);
    const first = analyzeDocument(doc, URL_OF_PAGE);
    // Every other finding collapsed, with its control (the order of a page collapsed in parts).
    first.analysis.findings.forEach((finding, i) => {
      const target = first.targets[i]!;
      if (i % 2 === 0) applyCollapse(doc, [finding], [target], { mode: DEFAULT_SETTINGS.mode, keepVisible: [] });
    });
    const again = analyzeDocument(doc, URL_OF_PAGE);
    expect(again.analysis.findings.map((f) => [f.rule, f.text])).toEqual(first.analysis.findings.map((f) => [f.rule, f.text]));
  });

  // A block collapsed while the page loaded that the whole page does not confirm (a card's
  // label judged alone, before its links arrived) has its control before it until the
  // analysis at the end undoes it: that analysis must read the card as the page has it.
  it.each(pages)('%s: finds what it found when the first part of each finding has a control before it', (name) => {
    const doc = loadFixture(name);
    const first = analyzeDocument(doc, URL_OF_PAGE);
    for (const [i, finding] of first.analysis.findings.entries()) {
      const part = first.targets[i]!.nodes ? null : first.targets[i]!.element.firstElementChild;
      if (part) applyCollapse(doc, [{ ...finding, text: part.textContent ?? '' }], [{ element: part, nodes: null }], { mode: DEFAULT_SETTINGS.mode, keepVisible: [] });
    }
    const again = analyzeDocument(doc, URL_OF_PAGE);
    expect(again.analysis.findings.map((f) => [f.rule, f.text])).toEqual(first.analysis.findings.map((f) => [f.rule, f.text]));
  });

  // A run over the page as the first run left it (late content, the early collapses) collapses
  // nothing twice: a line of loose text wrapped in a span by the first run is found again as
  // that span, and must not be wrapped and given a control a second time.
  it.each(pages)('%s: a second run of the page’s session adds no control and collapses nothing new', async (name) => {
    const doc = loadFixture(name);
    const session = new PageSession(doc, URL_OF_PAGE, { schedule: (slice) => (slice(1e9), () => undefined) });
    const first = await session.start(DEFAULT_SETTINGS, new Map());
    const controls = doc.querySelectorAll('[data-sourceline-control]').length;
    const page = doc.body.innerHTML;
    expect(await session.run()).toBe(first);
    expect(doc.querySelectorAll('[data-sourceline-control]').length).toBe(controls);
    expect(doc.body.innerHTML).toBe(page);
  });
});
