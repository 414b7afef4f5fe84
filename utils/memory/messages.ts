import { isChainInput, type ChainInput } from '../engine/chain-input';

// The memory's typed messages (named by direction, like utils/messaging.ts). The memory
// lives in the background; the content script, the popup and the options page ask it.

/** What the content script tells the background about an article page it analysed (the text is fingerprinted there, then dropped). */
export interface StoryNote {
  url: string;
  title: string;
  lang?: string;
  /** the story's text, as the engine found it */
  text: string;
  /**
   * What the source chain reads of the page: the background builds the chain from it and
   * keeps the wire agency the page credits and who it says it republished from, if any.
   */
  chainInput: ChainInput;
}

/** Content script → background: remember this story (refused from private windows and when the memory is off). */
export interface ContentRememberStory {
  type: 'content:remember-story';
  note: StoryNote;
}

/** Content script → background: which of these addresses (the links of collapsed inserts) are stories already read? */
export interface ContentKnownUrls {
  type: 'content:known-urls';
  urls: string[];
}

/** Popup → background: the earlier pages with this story. */
export interface PopupSeenElsewhere {
  type: 'popup:seen-elsewhere';
  url: string | null;
  text: string;
}

/** Options page → background: the memory's size, forget it all, or its fingerprints as JSON. */
export interface OptionsMemory {
  type: 'options:memory';
  action: 'stats' | 'clear' | 'export';
}

export type MemoryMessage = ContentRememberStory | ContentKnownUrls | PopupSeenElsewhere | OptionsMemory;

/** An earlier page with the same story, as the popup shows it. */
export interface SeenElsewhere {
  url: string;
  site: string;
  title: string;
  readAt: number;
  agency?: string;
  republisher?: string;
  /** how much of this page's story is in that one (0–1) */
  thisInThat: number;
  /** how much of that one is on this page (0–1) */
  thatInThis: number;
}

export interface MemoryStats {
  enabled: boolean;
  stories: number;
  bytes: number;
}

export type RememberReply = { stored: true; matches: number } | { stored: false; reason: 'private' | 'off' | 'too-short' | 'bad-address' };

const MAX_TEXT = 2_000_000;
const MAX_URLS = 200;

const isString = (value: unknown, max = 4096): value is string => typeof value === 'string' && value.length <= max;
const optional = (value: unknown) => value === undefined || isString(value, 200);

function isNote(value: unknown): value is StoryNote {
  if (!value || typeof value !== 'object') return false;
  const note = value as Record<string, unknown>;
  return isString(note.url) && isString(note.title, 2000) && isString(note.text, MAX_TEXT) && optional(note.lang) && isChainInput(note.chainInput, 2 * MAX_TEXT);
}

export function isMemoryMessage(message: unknown): message is MemoryMessage {
  if (!message || typeof message !== 'object') return false;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'content:remember-story':
      return isNote(m.note);
    case 'content:known-urls':
      return Array.isArray(m.urls) && m.urls.length <= MAX_URLS && m.urls.every((u) => isString(u));
    case 'popup:seen-elsewhere':
      return (m.url === null || isString(m.url)) && isString(m.text, MAX_TEXT);
    case 'options:memory':
      return m.action === 'stats' || m.action === 'clear' || m.action === 'export';
    default:
      return false;
  }
}
