import { CATEGORIES, categoryLabel } from '../../utils/labels';
import { t } from '../../utils/i18n';

/** One switch per category: on collapses it, off keeps it visible on every page. */
export function CategoriesSection({ keepVisible, onToggle }: { keepVisible: readonly string[]; onToggle: (category: string, collapse: boolean) => void }) {
  return (
    <section class="card" aria-labelledby="categories-heading">
      <h2 id="categories-heading">{t('options_categories_heading')}</h2>
      <p class="help" id="categories-help">
        {t('options_categories_help')}
      </p>
      <ul class="switches" aria-describedby="categories-help">
        {CATEGORIES.map((category) => (
          <li key={category}>
            <input
              type="checkbox"
              role="switch"
              id={`category-${category}`}
              data-category={category}
              checked={!keepVisible.includes(category)}
              onChange={(event) => onToggle(category, event.currentTarget.checked)}
            />
            <label for={`category-${category}`}>{categoryLabel(category)}</label>
          </li>
        ))}
      </ul>
    </section>
  );
}
