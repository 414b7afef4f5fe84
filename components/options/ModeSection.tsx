import { t, type MessageKey } from '../../utils/i18n';
import type { Mode } from '../../utils/settings/schema';

const MODES: ReadonlyArray<{ mode: Mode; label: MessageKey; help: MessageKey }> = [
  { mode: 'collapse', label: 'options_mode_collapse', help: 'options_mode_collapse_help' },
  { mode: 'hide', label: 'options_mode_hide', help: 'options_mode_hide_help' },
  { mode: 'highlight', label: 'options_mode_highlight', help: 'options_mode_highlight_help' },
];

export function modeLabel(mode: Mode): string {
  return t(MODES.find((m) => m.mode === mode)!.label);
}

/** Collapse with a control, hide completely, or outline only: one choice of three (arrow keys move between them). */
export function ModeSection({ mode, onChange }: { mode: Mode; onChange: (mode: Mode) => void }) {
  return (
    <section class="card" aria-labelledby="mode-heading">
      <fieldset>
        <legend id="mode-heading">
          <h2>{t('options_mode_heading')}</h2>
        </legend>
        {MODES.map((m) => (
          <div class="choice" key={m.mode}>
            <input
              type="radio"
              name="mode"
              id={`mode-${m.mode}`}
              value={m.mode}
              checked={mode === m.mode}
              aria-describedby={`mode-${m.mode}-help`}
              onChange={() => onChange(m.mode)}
            />
            <label for={`mode-${m.mode}`}>
              <span class="choice-label">{t(m.label)}</span>
              <span class="help" id={`mode-${m.mode}-help`}>
                {t(m.help)}
              </span>
            </label>
          </div>
        ))}
      </fieldset>
    </section>
  );
}
