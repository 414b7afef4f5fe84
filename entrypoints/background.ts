import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { answerMemory } from '../utils/background/memory';
import { runCommand } from '../utils/background/toggle-command';
import { storyCredits } from '../utils/memory/credits';
import { isMemoryMessage } from '../utils/memory/messages';
import { StoryMemory } from '../utils/memory/service';
import { isMemoryEnabled } from '../utils/memory/setting';
import { openMemory } from '../utils/memory/store';
import { isRuleBookRequest, isToBackgroundMessage } from '../utils/messaging';
import { storePageWords } from '../utils/background/page-words';
import { ensureRuleBook, ruleBookFor, storeRuleBook, useFullRuleBook } from '../utils/background/rule-book';
import { settingsItem } from '../utils/settings/store';

const BADGE_COLOR = '#5b6b7a';

export default defineBackground(() => {
  // Stored settings of an older layout are migrated once, here, at startup.
  void settingsItem.migrate();

  // The rule book the content script reads from storage (utils/page/rule-book.ts): this
  // build's, written at install and update; at any other start only if storage has none.
  void ensureRuleBook();
  // The controls' words in the browser's language, for pages to read with the book (no i18n API on the page).
  const storeWords = (always: boolean) => storePageWords(always).catch((error: unknown) => console.warn('[Sourceline] page words:', error));
  void storeWords(false);
  browser.runtime.onInstalled.addListener(() => {
    void storeRuleBook();
    void storeWords(true);
  });
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: unknown) => void) => {
    if (!isRuleBookRequest(message)) return undefined;
    ruleBookFor(message).then(sendResponse, (error: unknown) => {
      console.warn('[Sourceline] rule book:', error);
      sendResponse(undefined);
    });
    return true;
  });

  // Alt+Shift+S (or what the reader chose): everything collapsed shown, or collapsed again.
  browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab));

  // The story memory (IndexedDB, this browser only): fingerprints of the articles read, with the
  // agency and republisher of each page's source chain, built here from what the page read
  // (the lexicon's compiled patterns kept while the background lives, not in every tab).
  const memory = new StoryMemory(() => openMemory(), (input) => useFullRuleBook().then(() => storyCredits(input)));
  const ownOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: unknown) => void) => {
    if (!isMemoryMessage(message)) return undefined;
    answerMemory(message, sender, { memory, enabled: isMemoryEnabled, ownOrigin }).then(sendResponse, (error: unknown) => {
      console.warn('[Sourceline] memory:', error);
      sendResponse(null);
    });
    return true;
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isToBackgroundMessage(message)) return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    const text = message.count > 0 ? String(message.count) : '';
    void browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    void browser.action.setBadgeText({ tabId, text });
    return undefined;
  });
});
