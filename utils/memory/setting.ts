import { storage } from 'wxt/utils/storage';
import { MEMORY_KEY } from './key';

// Memory on or off: one stored item beside the settings (on by default). Kept apart from
// the settings object so that a settings file moved between browsers says nothing about
// it, and the fingerprints have their own export.

export { MEMORY_KEY } from './key';

export const memoryEnabledItem = storage.defineItem<boolean>(`local:${MEMORY_KEY}`, { fallback: true });

export async function isMemoryEnabled(): Promise<boolean> {
  try {
    return (await memoryEnabledItem.getValue()) !== false;
  } catch {
    return true;
  }
}
