import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { runCommand } from '../utils/background/toggle-command';
import { isToBackgroundMessage } from '../utils/messaging';
import { settingsItem } from '../utils/settings/store';

const BADGE_COLOR = '#5b6b7a';

export default defineBackground(() => {
  // Stored settings of an older layout are migrated once, here, at startup.
  void settingsItem.migrate();

  // Alt+Shift+S (or what the reader chose): everything collapsed shown, or collapsed again.
  browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab));

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
