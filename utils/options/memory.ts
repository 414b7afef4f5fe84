import { browser } from 'wxt/browser';
import type { MemoryStats, OptionsMemory } from '../memory/messages';

// The options page's questions to the background's story memory.

async function ask(action: OptionsMemory['action']): Promise<unknown> {
  const message: OptionsMemory = { type: 'options:memory', action };
  return browser.runtime.sendMessage(message);
}

export async function memoryStats(): Promise<MemoryStats | null> {
  const reply = await ask('stats').catch(() => null);
  return reply && typeof reply === 'object' && 'stories' in reply ? (reply as MemoryStats) : null;
}

export async function clearMemory(): Promise<boolean> {
  return (await ask('clear').catch(() => false)) === true;
}

export async function exportMemory(): Promise<string | null> {
  const reply = await ask('export').catch(() => null);
  return typeof reply === 'string' ? reply : null;
}

export function memoryFileName(now = new Date()): string {
  return `sourceline-memory-${now.toISOString().slice(0, 10)}.json`;
}

/** Kilobytes, one decimal under 10. */
export function kilobytes(bytes: number): string {
  const kb = bytes / 1024;
  return kb < 10 ? kb.toFixed(1) : String(Math.round(kb));
}
