import type { ChainInput } from './engine/chain-input';
import type { Analysis } from './engine/types';

// Typed messages, named by direction (sender:intent). Every message that crosses a
// context boundary is one of these; the guards below are the only way to read them.

/** Popup → content script: "what did you find on this page?" */
export interface PopupGetAnalysis {
  type: 'popup:get-analysis';
}

/** Popup → content script: scroll to the block whose text proves a chain link. */
export interface PopupRevealEvidence {
  type: 'popup:reveal-evidence';
  evidence: string;
}

/** Background → content script, on the keyboard command: show everything collapsed, or collapse it again. */
export interface CommandToggleCollapse {
  type: 'command:toggle-collapse';
}

/** Content script → background: how many blocks are collapsed on this tab. */
export interface ContentFindingsCount {
  type: 'content:findings-count';
  count: number;
}

/** Content script → background: the rule book, when storage does not hold it yet (utils/page/rule-book.ts). */
export interface ContentGetRuleBook {
  type: 'content:get-rule-book';
  /** the parts pages read (the default), or the whole book (the popup: the source chain's parts too) */
  parts?: 'page' | 'whole';
}

/** Where the background keeps the rule book for content scripts (storage.local): the parts pages read. */
export const RULE_BOOK_KEY = 'ruleBook';
/** …and the parts only the popup reads (book-wire.ts OFF_PAGE_PARTS: the source chain's). */
export const RULE_BOOK_OFF_PAGE_KEY = 'ruleBookOffPage';
/** …and the content script's interface words in the browser's language (background/page-words.ts). */
export const PAGE_WORDS_KEY = 'pageWords';

export type ToContentMessage = PopupGetAnalysis | PopupRevealEvidence | CommandToggleCollapse;
export type ToBackgroundMessage = ContentFindingsCount;

/**
 * The content script's answer to popup:get-analysis: the analysis without its source chain,
 * and what the chain reads of the page (the popup builds the chain from it: utils/popup/chain.ts).
 */
export type AnalysisReply =
  | { status: 'ok'; analysis: Omit<Analysis, 'chain'>; chainInput: ChainInput; host: string }
  | { status: 'disabled'; host: string }
  | { status: 'failed'; error: string };

/** The content script's reply to each message it takes. */
export interface ContentReplies {
  'popup:get-analysis': AnalysisReply;
  /** whether the evidence was found and shown */
  'popup:reveal-evidence': boolean;
  /** how many blocks are collapsed now */
  'command:toggle-collapse': number;
}
export type ReplyTo<M extends ToContentMessage> = ContentReplies[M['type']];

function hasType(message: unknown): message is { type: unknown } {
  return typeof message === 'object' && message !== null && 'type' in message;
}

export function isToContentMessage(message: unknown): message is ToContentMessage {
  if (!hasType(message)) return false;
  if (message.type === 'popup:get-analysis' || message.type === 'command:toggle-collapse') return true;
  return message.type === 'popup:reveal-evidence' && typeof (message as PopupRevealEvidence).evidence === 'string';
}

export function isRuleBookRequest(message: unknown): message is ContentGetRuleBook {
  return hasType(message) && message.type === 'content:get-rule-book';
}

export function isToBackgroundMessage(message: unknown): message is ToBackgroundMessage {
  return (
    hasType(message) &&
    message.type === 'content:findings-count' &&
    Number.isInteger((message as ContentFindingsCount).count)
  );
}
