// The first paint waits for the rules, briefly. The content script starts at document_start,
// but its rules and the reader's settings come from storage, asynchronously: a fast or local
// page can be parsed and painted before they arrive, and an insert in its first bytes is then
// seen before early.ts can collapse it. Until the watch is configured, the body is painted
// transparent (collapse.css, keyed on this attribute); never longer than MAX_HOLD_MS, so a
// slow storage read costs the reader a late first paint, never a blank page. On a real
// network the rules are ready long before the first bytes of the page.

export const HOLD_ATTRIBUTE = 'data-sourceline-hold';

/** The longest the first paint may wait for the rules. */
export const MAX_HOLD_MS = 250;

export interface PaintHold {
  /** Paints the page as it is (idempotent). */
  release(): void;
}

/** Holds the body's paint while the document is still being parsed; nothing to hold once it is parsed. */
export function holdFirstPaint(doc: Document, maxMs = MAX_HOLD_MS): PaintHold {
  const root = doc.documentElement;
  if (!root || doc.readyState !== 'loading') return { release() {} };
  root.setAttribute(HOLD_ATTRIBUTE, '');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const release = () => {
    clearTimeout(timer);
    root.removeAttribute(HOLD_ATTRIBUTE);
  };
  timer = setTimeout(release, maxMs);
  return { release };
}
