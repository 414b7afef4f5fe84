import type { ReplyTo, ToContentMessage } from '../messaging';
import type { PageSession } from './session';

/** The content script's answer to a message from the popup or the background; `report` updates the badge. */
export function answer<M extends ToContentMessage>(session: PageSession, message: M, report: (count: number) => void): Promise<ReplyTo<M>> {
  return reply(session, message, report) as Promise<ReplyTo<M>>;
}

/** Each case returns its message's own reply type (ContentReplies); `answer` ties the two together. */
function reply(session: PageSession, message: ToContentMessage, report: (count: number) => void): Promise<ReplyTo<typeof message>> {
  switch (message.type) {
    case 'popup:get-analysis':
      return session.reply() satisfies Promise<ReplyTo<typeof message>>;
    case 'popup:reveal-evidence':
      return Promise.resolve(session.reveal(message.evidence) satisfies ReplyTo<typeof message>);
    case 'command:toggle-collapse':
      return session.toggle().then((count) => (report(count), count) satisfies ReplyTo<typeof message>);
  }
}
