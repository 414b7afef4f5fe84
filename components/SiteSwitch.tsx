import { useState } from 'preact/hooks';
import { t } from '../utils/i18n';

/** Switches Sourceline off (and back on) for the site of the page; the page follows at once. */
export function SiteSwitch({ host, enabled, onChange }: { host: string; enabled: boolean; onChange: (enabled: boolean) => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  if (!host) return null;
  return (
    <div class="site-switch">
      <span>
        {t(enabled ? 'popup_site_on' : 'popup_site_off')} <strong>{host}</strong>
      </span>
      <button
        type="button"
        class="switch-button"
        aria-pressed={!enabled}
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await onChange(!enabled);
          } finally {
            setBusy(false);
          }
        }}
      >
        {t(enabled ? 'popup_turn_off' : 'popup_turn_on')}
      </button>
    </div>
  );
}
