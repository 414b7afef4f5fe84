import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from './schema';

// The stored settings: one versioned item. Reads are validated (a corrupted value falls
// back field by field), older layouts are migrated forward by WXT's storage item.
//
// Version 1 stored { mode, offSites: "host1,host2" }; version 2 splits the sites into a
// list and adds the categories to keep visible and the user's phrases.

export const SETTINGS_VERSION = 2;

export const settingsItem = storage.defineItem<Record<string, unknown>>('local:settings', {
  fallback: { ...DEFAULT_SETTINGS },
  version: SETTINGS_VERSION,
  migrations: {
    2: (v1: { mode?: unknown; offSites?: unknown } | null) => ({
      mode: v1?.mode,
      disabledSites: typeof v1?.offSites === 'string' ? v1.offSites.split(',').map((h) => h.trim()).filter(Boolean) : [],
      keepVisible: [],
      userPhrases: [],
    }),
  },
});

export async function loadSettings(): Promise<Settings> {
  try {
    return sanitizeSettings(await settingsItem.getValue());
  } catch {
    // Unreadable storage (a failed migration, a broken value): the defaults, not an error.
    return { ...DEFAULT_SETTINGS };
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue({ ...sanitizeSettings(settings) });
}
