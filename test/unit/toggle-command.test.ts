import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runCommand, TOGGLE_COMMAND } from '../../utils/background/toggle-command';
import { isToContentMessage, type CommandToggleCollapse } from '../../utils/messaging';
import { answer } from '../../utils/page/answer';
import { PageSession } from '../../utils/page/session';
import { loadFixture } from '../helpers';

// The keyboard command end to end, minus the browser's message transport (the e2e tier
// covers that): the background picks the active tab and sends the typed message; the
// content script's answer shows everything (the page's own markup) or collapses again.

const SEED = 'seed--wordpress-autoblog.html';
const COLLAPSED = '[data-sourceline-state="collapsed"]';

async function seedSession() {
  const doc = loadFixture(SEED);
  const original = doc.documentElement.outerHTML;
  const session = new PageSession(doc, 'https://worldnewsline.example/2024/03/19/gsomia/');
  const badge: number[] = [];
  const report = (count: number) => badge.push(count);
  report(await session.run());
  return { doc, original, session, badge, report };
}

describe('the toggle message', () => {
  it('is a message to the content script', () => {
    expect(isToContentMessage({ type: 'command:toggle-collapse' })).toBe(true);
    expect(isToContentMessage({ type: 'command:toggle' })).toBe(false);
  });
});

describe('the content script’s answer to the toggle', () => {
  it('returns the page to its own markup, then collapses it again, and updates the badge each time', async () => {
    const { doc, original, session, badge, report } = await seedSession();
    const toggle: CommandToggleCollapse = { type: 'command:toggle-collapse' };
    expect(doc.querySelectorAll(COLLAPSED)).toHaveLength(7);

    expect(await answer(session, toggle, report)).toBe(0);
    expect(doc.documentElement.outerHTML).toBe(original);

    expect(await answer(session, toggle, report)).toBe(7);
    expect(doc.querySelectorAll(COLLAPSED)).toHaveLength(7);

    expect(await answer(session, toggle, report)).toBe(0);
    expect(doc.documentElement.outerHTML).toBe(original);
    expect(badge).toEqual([7, 0, 7, 0]);
  });

  it('keeps everything shown while toggled off: late content and new settings collapse nothing', async () => {
    const { doc, original, session } = await seedSession();
    await session.toggle();
    expect(await session.run()).toBe(0);
    expect(await session.configure({ mode: 'collapse', keepVisible: [], disabledSites: [], userPhrases: [] })).toBe(0);
    expect(doc.documentElement.outerHTML).toBe(original);
    // The popup still gets the analysis of the page.
    expect((await session.reply()).status).toBe('ok');
  });

  it('stops a run still in progress when toggled off, so nothing gets collapsed after', async () => {
    const doc = loadFixture(SEED);
    const original = doc.documentElement.outerHTML;
    const session = new PageSession(doc, 'https://worldnewsline.example/2024/03/19/gsomia/');
    const running = session.run();
    expect(await session.toggle()).toBe(0);
    await running;
    expect(doc.documentElement.outerHTML).toBe(original);
    expect(await session.toggle()).toBe(7);
  });

  it('does nothing on a site Sourceline is switched off for, and collapses when it is switched on again', async () => {
    const { doc, session } = await seedSession();
    const off = { mode: 'collapse' as const, keepVisible: [], disabledSites: ['worldnewsline.example'], userPhrases: [] };
    expect(await session.configure(off)).toBe(0);
    expect(await session.toggle()).toBe(0);
    expect(doc.querySelectorAll(COLLAPSED)).toHaveLength(0);
    expect(await session.configure({ ...off, disabledSites: [] })).toBe(7);
  });

  it('still answers the popup’s questions', async () => {
    const { session, report } = await seedSession();
    const reply = (await answer(session, { type: 'popup:get-analysis' }, report)) as { status: string };
    expect(reply.status).toBe('ok');
    expect(await answer(session, { type: 'popup:reveal-evidence', evidence: 'no such sentence anywhere' }, report)).toBe(false);
  });
});

describe('the background’s command handler', () => {
  beforeEach(() => fakeBrowser.reset());

  const sent: Array<[number, unknown]> = [];
  const send = async (tabId: number, message: unknown) => void sent.push([tabId, message]);
  beforeEach(() => void sent.splice(0));

  it('sends the toggle to the tab the command was pressed in, and only for its own command', async () => {
    expect(await runCommand('some-other-command', { id: 4 }, send)).toBe(false);
    expect(sent).toEqual([]);
    expect(await runCommand(TOGGLE_COMMAND, { id: 4 }, send)).toBe(true);
    expect(sent).toEqual([[4, { type: 'command:toggle-collapse' }]]);
  });

  it('sends nothing when the browser names no tab and no tab is active', async () => {
    await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.tabs.create({ url: 'https://a.example/' });
    expect(await runCommand(TOGGLE_COMMAND, undefined, send)).toBe(false);
    expect(sent).toEqual([]);
  });

  it('says false when no content script answers in the tab (a browser page)', async () => {
    const refuse = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    expect(await runCommand(TOGGLE_COMMAND, { id: 9 }, refuse)).toBe(false);
  });
});
