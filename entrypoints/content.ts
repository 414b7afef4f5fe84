import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isToContentMessage, type ContentFindingsCount } from '../utils/messaging';
import { answer } from '../utils/page/answer';
import { watchParser } from '../utils/page/early';
import { watchLateContent } from '../utils/page/late-content';
import { rememberPage } from '../utils/page/remember';
import { holdFirstPaint } from '../utils/page/paint-hold';
import { loadRuleBook, readyRuleBook, releaseRuleBook } from '../utils/page/rule-book';
import { PageSession } from '../utils/page/session';
import { onSettingsChange, readSettings } from '../utils/settings/read';
import '../utils/page/collapse.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // From the start, so blocks are collapsed while the parser inserts them, before they are painted.
  runAt: 'document_start',
  async main(ctx) {
    // Nothing painted before the rules can judge it (at most a quarter of a second).
    const hold = holdFirstPaint(document);
    const early = watchParser(document);
    const session = new PageSession(document, location.href);
    // The rule book and what the engine made from it (compiled patterns) are let go once no
    // work is under way, and read again for the next: the tab keeps the analysis, not the
    // rules' machinery.
    let busy = 0;
    const work = <T>(task: () => Promise<T>): Promise<T> => (busy++, readyRuleBook().then(task).finally(() => --busy || releaseRuleBook()));
    const report = (count: number) => {
      const message: ContentFindingsCount = { type: 'content:findings-count', count };
      browser.runtime.sendMessage(message).catch(() => {
        // the background may be asleep or reloading; the badge is cosmetic
      });
    };
    // The story memory (in the background): an article's fingerprint, once per address.
    let remembered = '';
    const remember = () => {
      if (remembered === location.href) return;
      remembered = location.href;
      return rememberPage(session, document).catch(() => {
        // the background may be asleep or reloading; this page is simply not remembered
      });
    };
    // The engine's rules come from storage (the content script carries none of them).
    // Released in the same task as configure's sweep below: no paint comes between them.
    const [settings] = await Promise.all([readSettings(), loadRuleBook()]).finally(hold.release);
    early.configure(settings, session.host(), location.href);
    // The whole analysis once the parser is done: it confirms (or undoes) what was collapsed early.
    // Started in the task that ends the parse (readystatechange to "interactive" comes there, before
    // DOMContentLoaded's task): the page's last blocks are collapsed before a frame shows them.
    if (document.readyState === 'loading') await new Promise((resolve) => document.addEventListener('readystatechange', resolve, { once: true }));
    work(() => session.start(settings, early.finish(), early.whole).finally(early.reveal).then(report).then(remember));
    // Switched off for this site, a new mode, a category kept visible: applied at once.
    const stopWatching = onSettingsChange((settings) => work(() => session.configure(settings).then(report)));

    // Content added later (infinite scroll, lazy inserts): re-analysed in idle time, in batches.
    const watchPage = () => watchLateContent(document.body ?? document.documentElement, async () => {
      report(await work(() => session.run()));
      // A page the gate turns away again and again: the watch gives up after a bounded run of these.
      return { workMs: session.lastWorkMs(), found: session.disabled() || session.foundAnything() };
    });
    let watch = watchPage();
    // Single-page apps: a new article at a new address.
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      // A new page: watched afresh, even where the watch had given up on the last one.
      watch.stop();
      watch = watchPage();
      work(() => session.restart(newUrl.href).then(report).then(remember));
    });

    // The popup's questions, and the keyboard command from the background.
    // Answered through sendResponse (return true keeps it open), which Chrome and Firefox both take natively.
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): true | undefined => {
      if (!isToContentMessage(message)) return undefined;
      work(() => answer(session, message, report)).then(sendResponse, () => sendResponse(undefined));
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      hold.release();
      early.finish();
      early.reveal();
      stopWatching();
      watch.stop();
      browser.runtime.onMessage.removeListener(onMessage);
      session.undo();
    });
  },
});
