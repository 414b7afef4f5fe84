import { useState } from 'preact/hooks';

/** Switches Sourceline off (and back on) for the site of the page; the page follows at once. */
export function SiteSwitch({ host, enabled, onChange }: { host: string; enabled: boolean; onChange: (enabled: boolean) => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  if (!host) return null;
  return (
    <div class="site-switch">
      <span>
        {enabled ? 'On' : 'Off'} for <strong>{host}</strong>
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
        {enabled ? 'Turn off for this site' : 'Turn on for this site'}
      </button>
    </div>
  );
}
