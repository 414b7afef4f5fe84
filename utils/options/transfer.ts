import { sanitizeSettings, type Mode, type Settings } from '../settings/schema';
import { SETTINGS_VERSION } from '../settings/store';
import { CATEGORIES } from '../labels';
import { checkUserPhrase } from './phrases';

// Settings to and from a JSON file. The file says what it is (format, version), and an
// imported one is validated exactly like stored settings (sanitizeSettings), then the
// phrases once more like phrases typed on the options page. What was left out is counted,
// so the page can say so instead of dropping it silently.

export const EXPORT_FORMAT = 'sourceline-settings';
/** Settings are a few kilobytes; anything far larger is not a settings file. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exported: string;
  settings: Settings;
}

export function exportSettings(settings: Settings, now = new Date()): string {
  const file: ExportFile = { format: EXPORT_FORMAT, version: SETTINGS_VERSION, exported: now.toISOString(), settings: sanitizeSettings(settings) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function exportFileName(now = new Date()): string {
  return `sourceline-settings-${now.toISOString().slice(0, 10)}.json`;
}

export type ImportError = 'too-large' | 'not-json' | 'not-settings' | 'newer-version';

export interface ImportSummary {
  mode: Mode;
  keepVisible: number;
  disabledSites: number;
  userPhrases: number;
  /** entries in the file that were not valid and were left out */
  skipped: number;
}

export type ImportResult = { ok: true; settings: Settings; summary: ImportSummary } | { ok: false; error: ImportError };

const FIELDS = ['mode', 'keepVisible', 'disabledSites', 'userPhrases'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The settings in an exported file (or a bare settings object), validated, with what was left out. */
export function parseImport(text: string): ImportResult {
  if (new Blob([text]).size > MAX_IMPORT_BYTES) return { ok: false, error: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (!isRecord(data)) return { ok: false, error: 'not-settings' };
  let raw: unknown = data;
  if ('format' in data) {
    if (data.format !== EXPORT_FORMAT || !isRecord(data.settings)) return { ok: false, error: 'not-settings' };
    if (typeof data.version === 'number' && data.version > SETTINGS_VERSION) return { ok: false, error: 'newer-version' };
    raw = data.settings;
  }
  const fields = raw as Record<string, unknown>;
  if (!FIELDS.some((field) => field in fields)) return { ok: false, error: 'not-settings' };

  const sanitized = sanitizeSettings(fields);
  const userPhrases: string[] = [];
  for (const phrase of sanitized.userPhrases) {
    const check = checkUserPhrase(phrase, userPhrases);
    if (check.ok) userPhrases.push(check.phrase);
  }
  // Only categories this version knows: an unknown one would sit in the list unseen.
  const keepVisible = sanitized.keepVisible.filter((c) => (CATEGORIES as readonly string[]).includes(c));
  const settings: Settings = { ...sanitized, keepVisible, userPhrases };
  return { ok: true, settings, summary: summarize(fields, settings) };
}

function summarize(raw: Record<string, unknown>, settings: Settings): ImportSummary {
  let skipped = 'mode' in raw && raw.mode !== settings.mode ? 1 : 0;
  for (const field of ['keepVisible', 'disabledSites', 'userPhrases'] as const) {
    if (!(field in raw)) continue;
    const value = raw[field];
    // A list counts what it lost (duplicates included); anything else is one bad entry.
    skipped += Array.isArray(value) ? Math.max(0, value.length - settings[field].length) : 1;
  }
  return {
    mode: settings.mode,
    keepVisible: settings.keepVisible.length,
    disabledSites: settings.disabledSites.length,
    userPhrases: settings.userPhrases.length,
    skipped,
  };
}
