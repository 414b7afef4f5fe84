import { browser, type Browser } from 'wxt/browser';
import type { Analysis } from '../engine/types';
import { isToBackgroundMessage, type PopupGetAnalysis, type PopupRevealEvidence, type ReplyTo, type ToContentMessage } from '../messaging';
import { withSite } from '../settings/schema';
import { loadSettings, saveSettings } from '../settings/store';
import { sourceChain } from './chain';

// Where the popup gets its data: it asks the content script of the tab for the Analysis
// that script already computed (never re-analyses), builds the source chain from what the
// script read of the page for it (chain.ts), and renders it.

export type PageState =
  | { status: 'loading' }
  | { status: 'ok'; analysis: Analysis; tabId: number; host: string }
  | { status: 'disabled'; host: string; tabId?: number }
  | { status: 'failed'; error: string; tabId?: number }
  | { status: 'unavailable' };

/** A message to the tab's content script, with its own reply type (undefined when no content script answers). */
export async function ask<M extends ToContentMessage>(tabId: number, message: M): Promise<ReplyTo<M> | undefined> {
  // The one place the transport's untyped reply meets the message's reply type (utils/messaging.ts ContentReplies).
  const reply: ReplyTo<M> | undefined = await browser.tabs.sendMessage(tabId, message);
  return reply;
}

/** The tab the popup speaks for: the active tab; or, when the popup is open as a tab of its own, the last one the reader looked at. */
async function targetTab(): Promise<Browser.tabs.Tab | undefined> {
  const self = await browser.tabs.getCurrent();
  if (!self) return (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const others = (await browser.tabs.query({ currentWindow: true })).filter((tab) => tab.id !== self.id);
  return others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

export async function loadPageState(): Promise<PageState> {
  const tab = await targetTab();
  if (tab?.id === undefined) return { status: 'unavailable' };
  const request: PopupGetAnalysis = { type: 'popup:get-analysis' };
  let reply: ReplyTo<PopupGetAnalysis> | undefined;
  try {
    reply = await ask(tab.id, request);
  } catch {
    // No content script answers: a browser page, a store page, or a tab opened before install.
    return { status: 'unavailable' };
  }
  if (!reply) return { status: 'unavailable' };
  if (reply.status === 'failed') return { status: 'failed', error: reply.error, tabId: tab.id };
  if (reply.status === 'disabled') return { status: 'disabled', host: reply.host, tabId: tab.id };
  const chain = await sourceChain(reply.chainInput);
  return { status: 'ok', analysis: { ...reply.analysis, chain }, tabId: tab.id, host: reply.host };
}

/** Switches Sourceline on or off for a site; the page's content script follows at once. */
export async function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  await saveSettings(withSite(await loadSettings(), host, enabled));
}

/** Asks the page to scroll to the text that proves a chain link; false when it is not in the page. */
export async function revealEvidence(tabId: number, evidence: string): Promise<boolean> {
  const request: PopupRevealEvidence = { type: 'popup:reveal-evidence', evidence };
  try {
    return (await ask(tabId, request)) === true;
  } catch {
    return false;
  }
}

/**
 * Calls `changed` whenever the tab's content script says its state changed (it pushes the
 * count of collapsed blocks after every run: a new setting, a switch, late content, a new
 * address); returns the unsubscribe function.
 */
export function onPageStateChange(tabId: number, changed: () => void): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (isToBackgroundMessage(message) && sender.tab?.id === tabId) changed();
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
