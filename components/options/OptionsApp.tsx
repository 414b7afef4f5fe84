import { t } from '../../utils/i18n';
import { CategoriesSection } from './CategoriesSection';
import { MemorySection } from './MemorySection';
import { ModeSection } from './ModeSection';
import { PhrasesSection } from './PhrasesSection';
import { SitesSection } from './SitesSection';
import { TransferSection } from './TransferSection';
import { useSettings } from './useSettings';

/** The options page: every setting, saved as it changes; open pages follow through storage. */
export function OptionsApp() {
  const { settings, status, update } = useSettings();

  return (
    <main class="options" aria-busy={settings === null}>
      <header class="brand">
        <span class="logo" aria-hidden="true" />
        <h1>{t('options_title')}</h1>
      </header>
      <p class="intro">{t('options_intro')}</p>
      {settings && (
        <>
          <ModeSection mode={settings.mode} onChange={(mode) => void update((s) => ({ ...s, mode }))} />
          <CategoriesSection
            keepVisible={settings.keepVisible}
            onToggle={(category, collapse) =>
              void update((s) => ({
                ...s,
                keepVisible: collapse ? s.keepVisible.filter((c) => c !== category) : [...s.keepVisible, category],
              }))
            }
          />
          <PhrasesSection
            phrases={settings.userPhrases}
            onAdd={(phrase) => update((s) => ({ ...s, userPhrases: [...s.userPhrases, phrase] }))}
            onRemove={(phrase) => void update((s) => ({ ...s, userPhrases: s.userPhrases.filter((p) => p !== phrase) }))}
          />
          <SitesSection sites={settings.disabledSites} onRemove={(host) => void update((s) => ({ ...s, disabledSites: s.disabledSites.filter((h) => h !== host) }))} />
          <TransferSection settings={settings} onImport={(imported) => update(() => imported)} />
          <MemorySection />
        </>
      )}
      <p class={`save-status ${status}`} role="status" aria-live="polite">
        {status === 'saved' ? t('options_saved') : status === 'failed' ? t('options_save_failed') : ''}
      </p>
    </main>
  );
}
