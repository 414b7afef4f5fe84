import { browser } from 'wxt/browser';
import type { CommandToggleCollapse } from '../messaging';

// The keyboard command (manifest "commands", Alt+Shift+S by default): the background
// tells the content script of the active tab to show everything it collapsed, or to
// collapse it again.

export const TOGGLE_COMMAND = 'toggle-collapse';

export type SendToTab = (tabId: number, message: CommandToggleCollapse) => Promise<unknown>;

/**
 * Runs `command` on `tab` (the tab the browser says the command was pressed in) or, when the
 * browser does not say, the active tab; false when the command is not ours or no content
 * script answers there.
 */
export async function runCommand(
  command: string,
  tab?: { id?: number },
  send: SendToTab = (tabId, message) => browser.tabs.sendMessage(tabId, message),
): Promise<boolean> {
  if (command !== TOGGLE_COMMAND) return false;
  const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (target?.id === undefined) return false;
  try {
    await send(target.id, { type: 'command:toggle-collapse' });
    return true;
  } catch {
    // A browser page or a store page: no content script runs there.
    return false;
  }
}
