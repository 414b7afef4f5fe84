import type { ToContentMessage } from '../messaging';
import type { PageSession } from './session';

/** The content script's answer to a message from the popup or the background; `report` updates the badge. */
export function answer(session: PageSession, message: ToContentMessage, report: (count: number) => void): Promise<unknown> {
  switch (message.type) {
    case 'popup:get-analysis':
      return Promise.resolve(session.reply(message.chainData));
    case 'popup:reveal-evidence':
      return Promise.resolve(session.reveal(message.evidence));
    case 'command:toggle-collapse':
      return session.toggle().then((count) => (report(count), count));
  }
}
