/** The storage key of "memory on/off" (utils/memory/setting.ts); apart so the content script reads it without the storage library. */
export const MEMORY_KEY = 'memoryEnabled';
