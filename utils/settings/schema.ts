// What the user can set, validated field by field: a stored value that is broken in one
// field loses that field only (it falls back to its default), never the others.

export type Mode = 'collapse' | 'hide' | 'highlight';

export interface Settings {
  /** collapse with a control (default), hide completely, or only outline what was found */
  mode: Mode;
  /** categories the user keeps visible (e.g. "related"); the others are collapsed */
  keepVisible: string[];
  /** hosts where Sourceline is switched off ("www.example.com") */
  disabledSites: string[];
  /** the user's own phrases to collapse, matched at the start of a block */
  userPhrases: string[];
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  mode: 'collapse',
  keepVisible: [],
  disabledSites: [],
  userPhrases: [],
}) as Settings;

const MODES: readonly Mode[] = ['collapse', 'hide', 'highlight'];
const MAX_LIST = 1000;
const MAX_PHRASE = 200;
const HOST = /^[a-z0-9.-]{1,253}(?::\d{1,5})?$/i;
const CATEGORY = /^[a-z][a-z0-9-]{0,40}$/;

function stringList(value: unknown, valid: (item: string) => boolean): string[] | null {
  if (!Array.isArray(value)) return null;
  const items = value.filter((item): item is string => typeof item === 'string' && valid(item.trim())).map((item) => item.trim());
  return [...new Set(items)].slice(0, MAX_LIST);
}

/** A user phrase must be plain text of reasonable length (it is matched literally, never as a pattern). */
export function isValidUserPhrase(phrase: string): boolean {
  const trimmed = phrase.trim();
  return trimmed.length >= 3 && trimmed.length <= MAX_PHRASE && !/[\u0000-\u001f]/.test(trimmed);
}

/** Settings from whatever was stored: each field kept when valid, its default otherwise. */
export function sanitizeSettings(raw: unknown): Settings {
  const value = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return {
    mode: MODES.includes(value.mode as Mode) ? (value.mode as Mode) : DEFAULT_SETTINGS.mode,
    keepVisible: stringList(value.keepVisible, (c) => CATEGORY.test(c)) ?? [...DEFAULT_SETTINGS.keepVisible],
    disabledSites: stringList(value.disabledSites, (h) => HOST.test(h))?.map((h) => h.toLowerCase()) ?? [...DEFAULT_SETTINGS.disabledSites],
    userPhrases: stringList(value.userPhrases, isValidUserPhrase) ?? [...DEFAULT_SETTINGS.userPhrases],
  };
}

export function isSiteDisabled(settings: Settings, host: string): boolean {
  return settings.disabledSites.includes(host.toLowerCase());
}

export function withSite(settings: Settings, host: string, enabled: boolean): Settings {
  const others = settings.disabledSites.filter((h) => h !== host.toLowerCase());
  return { ...settings, disabledSites: enabled ? others : [...others, host.toLowerCase()] };
}
