import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { MemoryStats } from '../../utils/memory/messages';
import { memoryEnabledItem } from '../../utils/memory/setting';
import { clearMemory, exportMemory, kilobytes, memoryFileName, memoryStats } from '../../utils/options/memory';

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The story memory: on or off, how much it holds, forget it, export its fingerprints. */
export function MemorySection() {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [stats, setStats] = useState<MemoryStats | null>(null);
  const [outcome, setOutcome] = useState('');
  const refresh = () => void memoryStats().then(setStats);

  useEffect(() => {
    void memoryEnabledItem.getValue().then((value) => setEnabled(value !== false));
    const unwatch = memoryEnabledItem.watch((value) => setEnabled(value !== false));
    refresh();
    return unwatch;
  }, []);

  return (
    <section class="card memory" aria-labelledby="memory-heading">
      <h2 id="memory-heading">{t('options_memory_heading')}</h2>
      <p class="help" id="memory-help">
        {t('options_memory_help')}
      </p>
      <div class="choice">
        <input
          type="checkbox"
          id="memory-enabled"
          checked={enabled ?? true}
          disabled={enabled === null}
          aria-describedby="memory-help"
          onChange={(event) => {
            const on = event.currentTarget.checked;
            setEnabled(on);
            void memoryEnabledItem.setValue(on);
          }}
        />
        <label for="memory-enabled">
          <span class="choice-label">{t('options_memory_toggle')}</span>
        </label>
      </div>
      <p id="memory-stats" role="status">
        {stats ? t('options_memory_stats', String(stats.stories), kilobytes(stats.bytes)) : ''}
      </p>
      <div class="transfer-row">
        <button
          type="button"
          id="memory-clear"
          disabled={!stats || stats.stories === 0}
          onClick={async () => {
            if (await clearMemory()) setOutcome(t('options_memory_cleared'));
            refresh();
          }}
        >
          {t('options_memory_clear')}
        </button>
        <button
          type="button"
          id="memory-export"
          disabled={!stats || stats.stories === 0}
          onClick={async () => {
            const text = await exportMemory();
            if (text) download(text, memoryFileName());
          }}
        >
          {t('options_memory_export')}
        </button>
      </div>
      <p class="outcome ok" role="status">
        {outcome}
      </p>
    </section>
  );
}
