import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../../utils/i18n';
import { exportFileName, exportSettings, MAX_IMPORT_BYTES, parseImport, type ImportError } from '../../utils/options/transfer';
import type { Settings } from '../../utils/settings/schema';
import { modeLabel } from './ModeSection';

const ERROR_KEYS: Record<ImportError | 'unreadable', MessageKey> = {
  'too-large': 'options_import_error_too_large',
  'not-json': 'options_import_error_not_json',
  'not-settings': 'options_import_error_not_settings',
  'newer-version': 'options_import_error_newer_version',
  unreadable: 'options_import_error_unreadable',
};

type Outcome = { ok: true; text: string } | { ok: false; text: string } | null;

/** Saves the settings as a .json file through a temporary download link. */
function download(settings: Settings): void {
  const url = URL.createObjectURL(new Blob([exportSettings(settings)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName();
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download by now; the object URL is not needed after it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Export to a file, import from one (validated; what was imported or what was wrong, in words). */
export function TransferSection({ settings, onImport }: { settings: Settings; onImport: (settings: Settings) => Promise<boolean> }) {
  const [outcome, setOutcome] = useState<Outcome>(null);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared so choosing the same file again imports it again.
    input.value = '';
    if (!file) return;
    const fail = (error: keyof typeof ERROR_KEYS) => setOutcome({ ok: false, text: t(ERROR_KEYS[error]) });
    if (file.size > MAX_IMPORT_BYTES) return fail('too-large');
    let text: string;
    try {
      text = await file.text();
    } catch {
      return fail('unreadable');
    }
    const result = parseImport(text);
    if (!result.ok) return fail(result.error);
    if (!(await onImport(result.settings))) return setOutcome({ ok: false, text: t('options_save_failed') });
    const { mode, keepVisible, disabledSites, userPhrases, skipped } = result.summary;
    const done = t('options_import_done', modeLabel(mode), String(keepVisible), String(disabledSites), String(userPhrases));
    setOutcome({ ok: true, text: skipped > 0 ? `${done} ${t('options_import_skipped', String(skipped))}` : done });
  };

  return (
    <section class="card" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{t('options_transfer_heading')}</h2>
      <div class="transfer-row">
        <button type="button" id="export-settings" aria-describedby="export-help" onClick={() => download(settings)}>
          {t('options_export')}
        </button>
        <span class="help" id="export-help">
          {t('options_export_help')}
        </span>
      </div>
      <div class="transfer-row import">
        <label for="import-file">{t('options_import_label')}</label>
        <input
          type="file"
          id="import-file"
          accept=".json,application/json"
          aria-describedby="import-help import-outcome"
          onChange={(event) => void importFile(event.currentTarget)}
        />
        <span class="help" id="import-help">
          {t('options_import_help')}
        </span>
      </div>
      <p id="import-outcome" class={outcome ? (outcome.ok ? 'outcome ok' : 'outcome field-error') : 'outcome'} role={outcome && !outcome.ok ? 'alert' : 'status'}>
        {outcome?.text ?? ''}
      </p>
    </section>
  );
}
