import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PopupBody } from '../../components/PopupApp';
import type { Analysis, ChainLink } from '../../utils/engine/types';
import type { SeenElsewhere } from '../../utils/memory/messages';
import { withInferredAgency, type InferWords } from '../../utils/memory/provenance';
import { markReadInserts, READ_ATTRIBUTE } from '../../utils/page/remember';

// What the reader sees of the story memory: "Seen elsewhere" in the popup, the inferred
// agency in the chain (marked, never over a stated credit), and "Read also" controls of
// stories already read.

const MAR_19 = Date.UTC(2026, 2, 19, 12);
const LATESTLY: SeenElsewhere = {
  url: 'https://www.latestly.com/agency-news/seoul-story.html',
  site: 'latestly.com',
  title: 'South Korea begins normalising GSOMIA',
  readAt: MAR_19,
  agency: 'ANI',
  republisher: 'LatestLY',
  thisInThat: 0.937,
  thatInThis: 0.81,
};
const OLDER: SeenElsewhere = { url: 'https://b.example/x', site: 'b.example', title: '', readAt: MAR_19 - 86_400_000, thisInThat: 0.6, thatInThis: 0.55 };

const words: InferWords = {
  evidence: (agency, share, site, date) => `probably ${agency}: ${share} % of the text matches the ${agency} story you read on ${site} on ${date}`,
  date: () => '19 Mar',
};
const site: ChainLink = { role: 'site', name: 'scraper.example', evidence: 'x', evidences: ['x'], confidence: 'high' };
const cited: ChainLink = { role: 'cited', name: 'Yonhap', evidence: 'Yonhap News Agency reported', evidences: ['Yonhap News Agency reported'], confidence: 'high' };
const stated: ChainLink = { role: 'agency', name: 'PTI', evidence: '(PTI)', evidences: ['(PTI)'], confidence: 'high' };

describe('the inferred agency', () => {
  it('is added, marked inferred, before the cited outlets, when the page credits no agency', () => {
    const chain = withInferredAgency([site, cited], [OLDER, LATESTLY], words);
    expect(chain.map((l) => l.role)).toEqual(['site', 'agency', 'cited']);
    expect(chain[1]).toMatchObject({ name: 'ANI', inferred: true, confidence: 'medium' });
    expect(chain[1]!.evidence).toBe('probably ANI: 93 % of the text matches the ANI story you read on LatestLY on 19 Mar');
  });

  it('never replaces or joins a credit the page states', () => {
    expect(withInferredAgency([site, stated, cited], [LATESTLY], words)).toEqual([site, stated, cited]);
  });

  it('needs most of this story to be in the earlier one, and that one to have credited an agency', () => {
    expect(withInferredAgency([site], [{ ...LATESTLY, thisInThat: 0.4 }], words)).toEqual([site]);
    expect(withInferredAgency([site], [OLDER], words)).toEqual([site]);
  });
});

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

const analysis: Analysis = {
  url: 'https://scraper.example/copy',
  title: 'Seoul story',
  isArticle: true,
  story: { text: 'A paragraph.', paragraphs: ['A paragraph.'] },
  findings: [],
  chain: [site, cited],
};
const ok = { status: 'ok', analysis, tabId: 1, host: 'scraper.example' } as const;

describe('the popup', () => {
  it('lists the earlier pages with this story, newest first, each a link with containment both ways', () => {
    render(h(PopupBody, { state: ok, seen: [LATESTLY, OLDER] }), container);
    const items = [...container.querySelectorAll('.seen-page')];
    expect(container.querySelector('#seen-heading')?.textContent).toBe('Seen elsewhere');
    expect(items.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual([LATESTLY.url, OLDER.url]);
    expect(items[0]!.querySelector('a')?.textContent).toMatch(/^93 % of this story appeared on latestly\.com, /);
    expect(items[0]!.querySelector('.seen-back')?.textContent).toBe('81 % of that page’s story is here');
  });

  it('shows the inferred agency in the chain with its mark', () => {
    render(h(PopupBody, { state: ok, seen: [LATESTLY] }), container);
    const agency = container.querySelector('.chain-link.role-agency')!;
    expect(agency.classList.contains('inferred-link')).toBe(true);
    expect(agency.querySelector('.name')?.textContent).toBe('ANI');
    expect(agency.querySelector('.inferred')?.textContent).toBe('inferred');
    expect(agency.querySelector('.evidence')?.textContent).toMatch(/^probably ANI: 93 % of the text matches the ANI story you read on LatestLY on /);
    // Nothing in this page proves it: no "Show in page" for it.
    expect(agency.querySelector('button.reveal')).toBeNull();
  });

  it('says so when no earlier page has this story, and shows nothing before the memory answers', () => {
    render(h(PopupBody, { state: ok, seen: [] }), container);
    expect(container.querySelector('.seen-empty')?.textContent).toMatch(/not read this story on another page/);
    expect(container.querySelector('.chain-link.role-agency')).toBeNull();
    render(h(PopupBody, { state: ok, seen: null }), container);
    expect(container.querySelector('.seen-elsewhere')).toBeNull();
  });
});

describe('"Read also" inserts already read', () => {
  it('marks the control of a collapsed insert whose link is a story in the memory, and only that one', async () => {
    document.body.innerHTML = `
      <button data-sourceline-control="related">Read also · collapsed — show</button><p><a href="https://a.example/read">Read also | A story read</a></p>
      <button data-sourceline-control="related">Read also · collapsed — show</button><p><a href="https://a.example/new">Read also | A new story</a></p>
      <button data-sourceline-control="share-prompt">Share prompt · collapsed — show</button><p><a href="https://a.example/read">share</a></p>`;
    let asked: string[] = [];
    const marked = await markReadInserts(document, async (urls) => ((asked = urls), ['https://a.example/read']));
    expect(asked).toEqual(['https://a.example/read', 'https://a.example/new']);
    expect(marked).toBe(1);
    const controls = [...document.querySelectorAll('button')];
    expect(controls.map((b) => b.hasAttribute(READ_ATTRIBUTE))).toEqual([true, false, false]);
    expect(controls[0]!.getAttribute(READ_ATTRIBUTE)).toBe('you read it');
    // In words where it moves nothing (the check mark's slot is in the stylesheet): the tooltip and the accessible description.
    expect(controls[0]!.getAttribute('title')).toMatch(/ · you read it$/);
    expect(controls[0]!.getAttribute('aria-description')).toBe('you read it');
    expect(controls[0]!.textContent).toBe('Read also · collapsed — show');
    expect(controls[1]!.hasAttribute('aria-description')).toBe(false);
  });

  it('asks nothing when no collapsed insert has a link', async () => {
    document.body.innerHTML = '<p>Story.</p>';
    let called = false;
    expect(await markReadInserts(document, async () => ((called = true), []))).toBe(0);
    expect(called).toBe(false);
  });
});
