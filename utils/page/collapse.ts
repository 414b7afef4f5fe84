import type { CollapseTarget } from '../engine/analyze';
import { CONTROL_ATTRIBUTE } from '../engine/blocks';
import type { Finding } from '../engine/types';
import { categoryLabel } from '../labels';
import { t } from '../i18n';
import type { Mode } from '../settings/schema';

// The page effect: collapses the blocks the engine found, in place and reversibly.
// Nothing is removed: each block gets a data attribute (the stylesheet hides it) and a
// small button before it that shows it again. A line of loose text (an autoblog's
// <br>-separated paragraph) is first wrapped in a <span>. `undo()` returns the page to
// its own markup: the same nodes, in the same places.

const STATE_ATTRIBUTE = 'data-sourceline-state';
/** What was found, for the outline's tooltip in highlight mode. */
const LABEL_ATTRIBUTE = 'data-sourceline-label';
const WRAP_ATTRIBUTE = 'data-sourceline-wrap';

export interface Collapse {
  count: number;
  undo(): void;
}

/**
 * The interface words of the controls, each asked of the browser once per page: a page with
 * many findings of few categories asked for the same few words five times a finding, each
 * a call into the extension API on the page's main thread.
 */
const words = new Map<string, string>();
function word(key: 'control_shown' | 'control_collapsed' | 'control_title' | null, category: string, rule = ''): string {
  const memo = `${key}\u0000${category}\u0000${rule}`;
  let found = words.get(memo);
  if (found === undefined) {
    found = key === null ? categoryLabel(category) : key === 'control_title' ? t(key, word(null, category), rule) : t(key, word(null, category));
    words.set(memo, found);
  }
  return found;
}

function controlText(finding: Finding, expanded: boolean): string {
  return word(expanded ? 'control_shown' : 'control_collapsed', finding.category);
}

/** Whether `node` is, or lies inside, a block this module marked (a line wrapped by an earlier run). */
function insideMarked(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (n.nodeType === 1 && (n as Element).hasAttribute(STATE_ATTRIBUTE)) return true;
  return false;
}

/**
 * The span a collapse wrapped a line of loose nodes in: the line just wrapped (its nodes now
 * in the span), or found again by a later analysis as the span itself. Null for any other run.
 */
export function lineWrapper(nodes: readonly Node[]): Element | null {
  const first = nodes[0];
  if (nodes.length === 1 && first?.nodeType === 1 && (first as Element).hasAttribute(WRAP_ATTRIBUTE)) return first as Element;
  const parent = first?.parentElement;
  return parent?.hasAttribute(WRAP_ATTRIBUTE) && nodes.every((node) => node.parentNode === parent) ? parent : null;
}

/** The element to mark for a target, wrapping a line of loose nodes in a span. */
function targetElement(doc: Document, target: CollapseTarget): { element: Element; unwrap?: () => void } | null {
  if (!target.nodes) return { element: target.element };
  const first = target.nodes[0];
  if (!first?.parentNode) return null;
  const span = doc.createElement('span');
  span.setAttribute(WRAP_ATTRIBUTE, '');
  first.parentNode.insertBefore(span, first);
  for (const node of target.nodes) span.appendChild(node);
  return {
    element: span,
    unwrap: () => {
      for (const node of Array.from(span.childNodes)) span.parentNode?.insertBefore(node, span);
      span.remove();
    },
  };
}

export interface CollapseOptions {
  /** collapse with a control (default), hide completely, or outline only */
  mode?: Mode;
  /** categories to leave visible */
  keepVisible?: readonly string[];
}

export function applyCollapse(
  doc: Document,
  findings: Finding[],
  targets: CollapseTarget[],
  { mode = 'collapse', keepVisible = [] }: CollapseOptions = {},
): Collapse {
  const undos: Array<() => void> = [];
  findings.forEach((finding, i) => {
    const target = targets[i];
    if (keepVisible.includes(finding.category)) return;
    // Gone from the page since it was analysed (the analysis runs in slices): nothing to collapse.
    if (!target || target.element.hasAttribute(STATE_ATTRIBUTE) || !target.element.parentNode || !target.element.isConnected) return;
    // A line an earlier run wrapped and collapsed is found again as its wrapper: already done.
    if (target.nodes?.every(insideMarked)) return;
    const marked = targetElement(doc, target);
    const parent = marked?.element.parentNode;
    if (!marked || !parent) return;
    const { element, unwrap } = marked;
    if (mode !== 'collapse') {
      // Hidden without a control, or only outlined: nothing is inserted into the page.
      element.setAttribute(STATE_ATTRIBUTE, mode === 'hide' ? 'hidden' : 'highlighted');
      element.setAttribute(LABEL_ATTRIBUTE, word(null, finding.category));
      undos.push(() => {
        element.removeAttribute(STATE_ATTRIBUTE);
        element.removeAttribute(LABEL_ATTRIBUTE);
        unwrap?.();
      });
      return;
    }
    const button = doc.createElement('button');
    button.type = 'button';
    button.setAttribute(CONTROL_ATTRIBUTE, finding.category);
    button.setAttribute('aria-expanded', 'false');
    button.title = word('control_title', finding.category, finding.rule);
    button.textContent = controlText(finding, false);
    button.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      const expand = element.getAttribute(STATE_ATTRIBUTE) === 'collapsed';
      element.setAttribute(STATE_ATTRIBUTE, expand ? 'expanded' : 'collapsed');
      button.setAttribute('aria-expanded', String(expand));
      button.textContent = controlText(finding, expand);
    });
    element.setAttribute(STATE_ATTRIBUTE, 'collapsed');
    parent.insertBefore(button, element);
    undos.push(() => {
      button.remove();
      element.removeAttribute(STATE_ATTRIBUTE);
      unwrap?.();
    });
  });
  return {
    count: undos.length,
    undo() {
      for (const undo of undos.splice(0).reverse()) undo();
    },
  };
}

const HIGHLIGHT_ATTRIBUTE = 'data-sourceline-highlight';
const HIGHLIGHT_MS = 2000;

/** Scrolls to the first of `candidates` whose text contains `evidence` and outlines it briefly. */
export function revealText(evidence: string, candidates: Element[]): boolean {
  const needle = evidence.slice(0, 120);
  const target = candidates.find((el) => (el.textContent ?? '').replace(/\s+/g, ' ').includes(needle));
  if (!target) return false;
  if (target.getAttribute(STATE_ATTRIBUTE) === 'collapsed') {
    // Open it through its own control, never by clicking whatever the page put before it.
    const control = target.previousElementSibling;
    if (control?.hasAttribute(CONTROL_ATTRIBUTE)) (control as HTMLElement).click();
  }
  // Hidden without a control (hide mode): there is nothing to show it by.
  if (target.getAttribute(STATE_ATTRIBUTE) === 'hidden') return false;
  target.scrollIntoView({ behavior: 'smooth', block: 'center' });
  target.setAttribute(HIGHLIGHT_ATTRIBUTE, '');
  setTimeout(() => target.removeAttribute(HIGHLIGHT_ATTRIBUTE), HIGHLIGHT_MS);
  return true;
}
