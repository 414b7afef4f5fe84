import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CopyActions } from '../../components/CopyActions';
import { FindingsSummary } from '../../components/FindingsSummary';
import type { Finding } from '../../utils/engine/types';
import { storyAsMarkdown, storyAsText, type StoryExport } from '../../utils/popup/story-export';

// The popup's actions in happy-dom: its clipboard is a real implementation that honours a
// denied permission, so both the "Copied" and the refused path run.

const STORY: StoryExport = {
  title: 'Budget to be published in May',
  paragraphs: ['The minister said so on Tuesday.'],
  chain: [{ role: 'agency', name: 'Reuters', evidence: 'x', evidences: ['x'], confidence: 'high' }],
};

const FINDINGS: Finding[] = [
  { kind: 'read-also', category: 'related', text: 'Read also | Other news', rule: 'read-also.en.label' },
  { kind: 'boilerplate', category: 'feed-disclaimer', text: '(This story is auto-generated from a syndicated feed.)', rule: 'boilerplate.feed-disclaimer.syndicated-feed' },
  { kind: 'read-also', category: 'related', text: 'Read also | More news', rule: 'read-also.en.label' },
];

let container: HTMLElement;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const button = (selector: string) => container.querySelector<HTMLButtonElement>(selector)!;

async function clipboardPermission(state: 'granted' | 'denied') {
  const status = await navigator.permissions.query({ name: 'clipboard-write' as PermissionName });
  (status as { state: string }).state = state;
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
});
afterEach(async () => {
  render(null, container);
  container.remove();
  await clipboardPermission('granted');
});

describe('copy actions', () => {
  it('copies the story as plain text and says "Copied"', async () => {
    render(h(CopyActions, { story: STORY }), container);
    expect(container.querySelector('.copy-status')!.textContent).toBe('');
    button('.copy-text').click();
    await settle();
    expect(await navigator.clipboard.readText()).toBe(storyAsText(STORY));
    expect(container.querySelector('[role="status"]')!.textContent).toBe('Copied');
  });

  it('copies the story as Markdown and says so', async () => {
    render(h(CopyActions, { story: STORY }), container);
    button('.copy-markdown').click();
    await settle();
    expect(await navigator.clipboard.readText()).toBe(storyAsMarkdown(STORY));
    expect(container.querySelector('[role="status"]')!.textContent).toBe('Copied as Markdown');
  });

  it('says clearly when the browser refuses the clipboard', async () => {
    await clipboardPermission('denied');
    render(h(CopyActions, { story: STORY }), container);
    button('.copy-text').click();
    await settle();
    const status = container.querySelector('[role="status"]')!;
    expect(status.textContent).toMatch(/^Could not copy: the browser refused access to the clipboard \(.*not allowed.*\)\.$/);
    expect(status.className).toContain('copy-failed');
  });
});

describe('findings with "Why collapsed?"', () => {
  it('keeps a count per category and lists each finding under it', () => {
    render(h(FindingsSummary, { findings: FINDINGS }), container);
    expect(container.querySelector('#findings-heading')!.textContent).toBe('Collapsed on this page: 3 blocks');
    const groups = Array.from(container.querySelectorAll('.finding-group')).map((group) => ({
      title: group.querySelector('.group-title')!.textContent,
      items: Array.from(group.querySelectorAll('.finding-text')).map((q) => q.textContent),
    }));
    expect(groups).toEqual([
      { title: '2 Read also', items: ['Read also | Other news', 'Read also | More news'] },
      { title: '1 Feed disclaimer', items: ['(This story is auto-generated from a syndicated feed.)'] },
    ]);
  });

  it('opens and closes a disclosure that says the category, the rule in words and the text', () => {
    render(h(FindingsSummary, { findings: FINDINGS }), container);
    const why = container.querySelectorAll<HTMLButtonElement>('.why-button')[2]!;
    const panel = document.getElementById(why.getAttribute('aria-controls')!)!;
    expect(why.textContent).toBe('Why collapsed?');
    expect(why.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
    why.click();
    return settle().then(() => {
      expect(why.getAttribute('aria-expanded')).toBe('true');
      expect(panel.hidden).toBe(false);
      expect(Array.from(panel.querySelectorAll('p')).map((p) => p.textContent)).toEqual([
        'Category: Feed disclaimer',
        'Rule that fired: a note that the text was published automatically from a syndicated feed (boilerplate.feed-disclaimer.syndicated-feed)',
        'Collapsed text:',
        '(This story is auto-generated from a syndicated feed.)',
      ]);
      why.click();
      return settle().then(() => expect(panel.hidden).toBe(true));
    });
  });

  it('gives every disclosure its own panel', () => {
    render(h(FindingsSummary, { findings: FINDINGS }), container);
    const ids = Array.from(container.querySelectorAll('.why-button')).map((b) => b.getAttribute('aria-controls'));
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(document.getElementById(id!)).not.toBeNull();
  });
});

describe('the popup body with a signed story', () => {
  it('shows the byline and date under the title, and copies them in the Markdown', async () => {
    const { PopupBody } = await import('../../components/PopupApp');
    const analysis = {
      url: 'https://news.example/budget',
      title: 'Budget to be published in May',
      byline: 'Jane Doe',
      published: '2024-05-02',
      isArticle: true,
      story: { text: 'The minister said so on Tuesday.', paragraphs: ['The minister said so on Tuesday.'] },
      findings: FINDINGS,
      chain: [...STORY.chain],
    };
    render(h(PopupBody, { state: { status: 'ok', analysis, tabId: 1, host: 'news.example' } }), container);
    const byline = container.querySelector('.story .byline')!.textContent!;
    expect(byline).toContain('By Jane Doe');
    expect(byline).toContain('2024');
    button('.copy-markdown').click();
    await settle();
    const markdown = await navigator.clipboard.readText();
    expect(markdown).toContain('By Jane Doe');
    expect(markdown).toContain('Published 2024-05-02');
  });
});
