import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOLD_ATTRIBUTE, MAX_HOLD_MS, holdFirstPaint } from '../../utils/page/paint-hold';

// The first paint waits for the rules (utils/page/paint-hold.ts): while the page is parsed,
// until released, and never longer than its cap.

function loadingDocument(state: DocumentReadyState = 'loading'): Document {
  const doc = document.implementation.createHTMLDocument('page');
  Object.defineProperty(doc, 'readyState', { get: () => state, configurable: true });
  return doc;
}

describe('holding the first paint for the rules', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('marks the root while the page is parsed, and unmarks it once released (twice is harmless)', () => {
    const doc = loadingDocument();
    const hold = holdFirstPaint(doc);
    expect(doc.documentElement.hasAttribute(HOLD_ATTRIBUTE)).toBe(true);
    hold.release();
    expect(doc.documentElement.hasAttribute(HOLD_ATTRIBUTE)).toBe(false);
    hold.release();
    expect(doc.documentElement.hasAttribute(HOLD_ATTRIBUTE)).toBe(false);
  });

  it('lets the page paint after its cap even when the rules never come', () => {
    vi.useFakeTimers();
    const doc = loadingDocument();
    holdFirstPaint(doc);
    vi.advanceTimersByTime(MAX_HOLD_MS - 1);
    expect(doc.documentElement.hasAttribute(HOLD_ATTRIBUTE)).toBe(true);
    vi.advanceTimersByTime(1);
    expect(doc.documentElement.hasAttribute(HOLD_ATTRIBUTE)).toBe(false);
  });

  it('holds nothing on a page already parsed (a script injected late, a tab restored)', () => {
    for (const state of ['interactive', 'complete'] as const) {
      const doc = loadingDocument(state);
      holdFirstPaint(doc);
      expect(doc.documentElement.hasAttribute(HOLD_ATTRIBUTE)).toBe(false);
    }
  });

  it('is a rule of the page stylesheet on the body only, keyed on the attribute (the page keeps its layout while held)', () => {
    const css = readFileSync(join(import.meta.dirname, '..', '..', 'utils', 'page', 'collapse.css'), 'utf8');
    const rule = css.match(new RegExp(String.raw`:root\[${HOLD_ATTRIBUTE}\]\s*>\s*body\s*\{([^}]*)\}`));
    expect(rule?.[1]).toMatch(/opacity:\s*0\s*!important/);
    expect(rule?.[1]).not.toMatch(/display|visibility|height|width/);
  });
});
