import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, isSiteDisabled, sanitizeSettings, withSite } from '../../utils/settings/schema';
import { onSettingsChange, readSettings } from '../../utils/settings/read';
import { SETTINGS_VERSION, loadSettings, saveSettings, settingsItem } from '../../utils/settings/store';

// Settings survive: versioned, validated on read, migrated; a corrupted value falls back
// field by field. Runs against WXT's in-memory fakeBrowser storage.

describe('settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('start from the defaults', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('round-trip through storage, validated', async () => {
    const settings = { mode: 'highlight' as const, keepVisible: ['related'], disabledSites: ['News.Example'], userPhrases: ['Click here to subscribe'] };
    await saveSettings(settings);
    expect(await loadSettings()).toEqual({ ...settings, disabledSites: ['news.example'] });
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: SETTINGS_VERSION } });
  });

  it('keep every valid field of a corrupted value and default the broken ones', async () => {
    await fakeBrowser.storage.local.set({
      settings: { mode: 42, keepVisible: 'related', disabledSites: ['ok.example', 7, '<script>', 'ok.example'], userPhrases: ['Join our channel', '', 'x'] },
      settings$: { v: SETTINGS_VERSION },
    });
    expect(await loadSettings()).toEqual({
      mode: 'collapse',
      keepVisible: [],
      disabledSites: ['ok.example'],
      userPhrases: ['Join our channel'],
    });
  });

  it('fall back to the defaults when the stored value is not settings at all', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage', settings$: { v: SETTINGS_VERSION } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings([1, 2, 3])).toEqual(DEFAULT_SETTINGS);
  });

  it('migrate version 1 (mode and a comma-separated list of sites) without losing anything', async () => {
    await fakeBrowser.storage.local.set({ settings: { mode: 'hide', offSites: 'a.example, b.example' }, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect(await loadSettings()).toEqual({ mode: 'hide', keepVisible: [], disabledSites: ['a.example', 'b.example'], userPhrases: [] });
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: SETTINGS_VERSION } });
  });

  it('switch a site off and on', () => {
    const off = withSite(DEFAULT_SETTINGS, 'www.Example.com', false);
    expect(isSiteDisabled(off, 'www.example.com')).toBe(true);
    expect(isSiteDisabled(withSite(off, 'www.example.com', true), 'www.example.com')).toBe(false);
  });

  it('reach the content script through the bare storage API, validated the same way', async () => {
    await fakeBrowser.storage.local.set({ settings: { mode: 'hide', disabledSites: ['a.example', 42] }, settings$: { v: SETTINGS_VERSION } });
    expect(await readSettings()).toEqual({ mode: 'hide', keepVisible: [], disabledSites: ['a.example'], userPhrases: [] });
    const seen: string[][] = [];
    const stop = onSettingsChange((s) => seen.push(s.disabledSites));
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['b.example'] });
    stop();
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['c.example'] });
    expect(seen).toEqual([['b.example']]);
  });
});

