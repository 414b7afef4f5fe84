import { browser } from 'wxt/browser';
import { sanitizeSettings, type Settings } from './schema';

// The content script's read-only view of the settings, on the bare storage API: it runs
// on every page, so it does without the storage library (store.ts, used by the popup and
// the background, which also migrates older layouts at startup). Same key, same validation.

const KEY = 'settings';

export async function readSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(KEY);
    return sanitizeSettings(stored[KEY]);
  } catch {
    return sanitizeSettings(undefined);
  }
}

export function onSettingsChange(listener: (settings: Settings) => void): () => void {
  const handle = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener(sanitizeSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
