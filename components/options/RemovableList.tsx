import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';

interface RemovableListProps {
  items: readonly string[];
  /** shown instead of the list when it is empty */
  empty: string;
  /** the Remove button's label for an item ("Remove the phrase …") */
  removeLabel: (item: string) => string;
  /** the data attribute naming the item on its button ("data-phrase", "data-host") */
  dataName: `data-${string}`;
  onRemove: (item: string) => void;
  /** where focus goes when the last item is removed */
  fallbackFocus: { current: HTMLElement | null };
}

/**
 * A list of texts, each with a Remove button. After a removal, focus moves to the Remove
 * button now at the same place (or the last one), so a keyboard user stays in the list;
 * with the list empty, to `fallbackFocus`.
 */
export function RemovableList({ items, empty, removeLabel, dataName, onRemove, fallbackFocus }: RemovableListProps) {
  const list = useRef<HTMLUListElement>(null);
  const [removed, setRemoved] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (removed === null) return;
    const buttons = list.current ? Array.from(list.current.querySelectorAll<HTMLButtonElement>('button')) : [];
    (buttons[Math.min(removed, buttons.length - 1)] ?? fallbackFocus.current)?.focus();
    setRemoved(null);
  }, [items]);

  if (items.length === 0) return <p class="help empty">{empty}</p>;
  return (
    <ul class="items" ref={list}>
      {items.map((item, i) => (
        <li key={item}>
          <span class="item-text">{item}</span>
          <button
            type="button"
            class="remove"
            {...{ [dataName]: item }}
            aria-label={removeLabel(item)}
            onClick={() => {
              setRemoved(i);
              onRemove(item);
            }}
          >
            {t('options_remove')}
          </button>
        </li>
      ))}
    </ul>
  );
}
