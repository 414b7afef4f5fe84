import { useEffect, useRef, useState } from 'preact/hooks';
import { sanitizeSettings, type Settings } from '../../utils/settings/schema';
import { loadSettings, saveSettings, settingsItem } from '../../utils/settings/store';

export type SaveStatus = 'idle' | 'saved' | 'failed';

/**
 * The stored settings, kept in step with storage (the popup's site switch may change them
 * while this page is open), and a way to change them: every change is saved at once, and
 * the content scripts of open pages pick it up from storage.
 */
export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<SaveStatus>('idle');
  // Changes made in quick succession build on each other, not on a stale render.
  const latest = useRef<Settings | null>(null);
  const show = (next: Settings) => {
    latest.current = next;
    setSettings(next);
  };

  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => live && latest.current === null && show(loaded));
    const unwatch = settingsItem.watch((value) => show(sanitizeSettings(value)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const update = async (change: (current: Settings) => Settings): Promise<boolean> => {
    const next = sanitizeSettings(change(latest.current ?? (await loadSettings())));
    show(next);
    try {
      await saveSettings(next);
      setStatus('saved');
      return true;
    } catch {
      setStatus('failed');
      return false;
    }
  };

  return { settings, status, update };
}
