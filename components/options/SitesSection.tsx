import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { focusAfterRemoval } from './focus';

/** The sites switched off from the popup, each with a button that switches it back on. */
export function SitesSection({ sites, onRemove }: { sites: readonly string[]; onRemove: (host: string) => void }) {
  const list = useRef<HTMLUListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [removed, setRemoved] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (removed === null) return;
    focusAfterRemoval(list.current, removed, heading.current);
    setRemoved(null);
  }, [sites]);

  return (
    <section class="card" aria-labelledby="sites-heading">
      <h2 id="sites-heading" tabIndex={-1} ref={heading}>
        {t('options_sites_heading')}
      </h2>
      {sites.length === 0 ? (
        <p class="help empty">{t('options_sites_empty')}</p>
      ) : (
        <ul class="items" ref={list}>
          {sites.map((host, i) => (
            <li key={host}>
              <span class="item-text">{host}</span>
              <button
                type="button"
                class="remove"
                data-host={host}
                aria-label={t('options_sites_remove_label', host)}
                onClick={() => {
                  setRemoved(i);
                  onRemove(host);
                }}
              >
                {t('options_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
