import { useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { RemovableList } from './RemovableList';

/** The sites switched off from the popup, each with a button that switches it back on. */
export function SitesSection({ sites, onRemove }: { sites: readonly string[]; onRemove: (host: string) => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <section class="card" aria-labelledby="sites-heading">
      <h2 id="sites-heading" tabIndex={-1} ref={heading}>
        {t('options_sites_heading')}
      </h2>
      <RemovableList
        items={sites}
        empty={t('options_sites_empty')}
        removeLabel={(host) => t('options_sites_remove_label', host)}
        dataName="data-host"
        onRemove={onRemove}
        fallbackFocus={heading}
      />
    </section>
  );
}
