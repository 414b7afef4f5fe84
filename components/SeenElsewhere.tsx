import { safeHttpUrl } from '../utils/engine/url';
import { t } from '../utils/i18n';
import type { SeenElsewhere as Seen } from '../utils/memory/messages';
import { percent } from '../utils/memory/provenance';
import { shortDate } from '../utils/popup/seen-elsewhere';

/** The earlier pages with this story (the reader's own memory, this browser only), newest first, each a link. */
export function SeenElsewhere({ seen }: { seen: Seen[] }) {
  return (
    <section class="seen-elsewhere" aria-labelledby="seen-heading">
      <h2 id="seen-heading">{t('popup_seen_heading')}</h2>
      {seen.length === 0 ? (
        <p class="seen-empty">{t('popup_seen_empty')}</p>
      ) : (
        <ul>
          {seen.map((page) => {
            const url = safeHttpUrl(page.url);
            const line = t('popup_seen_item', String(percent(page.thisInThat)), page.site, shortDate(page.readAt));
            return (
              <li key={page.url} class="seen-page">
                {url ? (
                  <a href={url} target="_blank" rel="noopener noreferrer" title={page.title || url}>
                    {line}
                  </a>
                ) : (
                  line
                )}
                <span class="seen-back">{t('popup_seen_back', String(percent(page.thatInThis)))}</span>
                {page.title && <span class="seen-title">{page.title}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
