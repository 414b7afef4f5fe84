/**
 * After an item's Remove button disappears, focus the Remove button now at the same place
 * (or the last one), so a keyboard user stays in the list; with the list empty, `fallback`.
 */
export function focusAfterRemoval(list: HTMLElement | null, index: number, fallback: HTMLElement | null): void {
  const buttons = list ? Array.from(list.querySelectorAll<HTMLButtonElement>('button')) : [];
  (buttons[Math.min(index, buttons.length - 1)] ?? fallback)?.focus();
}
