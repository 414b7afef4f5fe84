import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isToContentMessage, type ContentFindingsCount } from '../utils/messaging';
import { PageSession } from '../utils/page/session';
import '../utils/page/collapse.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const session = new PageSession(document, location.href);
    const count = session.run();
    const message: ContentFindingsCount = { type: 'content:findings-count', count };
    browser.runtime.sendMessage(message).catch(() => {
      // the background may be asleep or reloading; the badge is cosmetic
    });

    const onMessage = (message: unknown) => {
      if (!isToContentMessage(message)) return undefined;
      switch (message.type) {
        case 'popup:get-analysis':
          return Promise.resolve(session.reply());
        case 'popup:reveal-evidence':
          return Promise.resolve(session.reveal(message.evidence));
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      session.undo();
    });
  },
});
