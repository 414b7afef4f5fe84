import type { MemoryMessage, RememberReply } from '../memory/messages';
import type { StoryMemory } from '../memory/service';

// The background's answers to the memory's messages. Nothing is written for a tab in a
// private (incognito) window, nor when the reader switched the memory off; the popup's
// and the options page's questions are taken only from the extension's own pages.

export interface MemorySender {
  tab?: { incognito?: boolean };
  /** the sending page's address */
  url?: string;
}

export interface MemoryContext {
  memory: StoryMemory;
  enabled: () => Promise<boolean>;
  /** the extension's own origin, e.g. "chrome-extension://<id>/" */
  ownOrigin: string;
}

const fromOwnPage = (sender: MemorySender, ownOrigin: string) => typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);

export async function answerMemory(message: MemoryMessage, sender: MemorySender, context: MemoryContext): Promise<unknown> {
  const { memory } = context;
  switch (message.type) {
    case 'content:remember-story': {
      if (sender.tab?.incognito !== false) {
        // A tab in a private window, or no tab at all: nothing is written.
        return { stored: false, reason: 'private' } satisfies RememberReply;
      }
      if (!(await context.enabled())) return { stored: false, reason: 'off' } satisfies RememberReply;
      return memory.remember(message.note);
    }
    case 'content:known-urls':
      if (!(await context.enabled())) return [];
      return memory.knownUrls(message.urls);
    case 'popup:seen-elsewhere':
      if (!fromOwnPage(sender, context.ownOrigin) || !(await context.enabled())) return [];
      return memory.seenElsewhere(message.text, message.url);
    case 'options:memory':
      if (!fromOwnPage(sender, context.ownOrigin)) return null;
      if (message.action === 'clear') return memory.clear().then(() => true);
      if (message.action === 'export') return memory.export();
      return memory.stats(await context.enabled());
  }
}
