import { CONTROL_ATTRIBUTE } from '../engine/blocks';
import type { Finding } from '../engine/types';
import { categoryLabel } from '../labels';

// The page effect: collapses the blocks the engine found, in place and reversibly.
// Nothing is removed: each block gets a data attribute (the stylesheet hides it) and a
// small button before it that shows it again. `undo()` returns the page to its markup.

const STATE_ATTRIBUTE = 'data-sourceline-state';

export interface Collapse {
  count: number;
  undo(): void;
}

function controlText(finding: Finding, expanded: boolean): string {
  return `${categoryLabel(finding.category)} · ${expanded ? 'shown — hide' : 'collapsed — show'}`;
}

export function applyCollapse(doc: Document, findings: Finding[], targets: Element[]): Collapse {
  const controls: Element[] = [];
  const collapsed: Element[] = [];
  findings.forEach((finding, i) => {
    const target = targets[i];
    if (!target || target.hasAttribute(STATE_ATTRIBUTE) || !target.parentNode) return;
    const button = doc.createElement('button');
    button.type = 'button';
    button.setAttribute(CONTROL_ATTRIBUTE, finding.category);
    button.setAttribute('aria-expanded', 'false');
    button.title = `Sourceline collapsed this ${categoryLabel(finding.category).toLowerCase()} (rule ${finding.rule})`;
    button.textContent = controlText(finding, false);
    button.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      const expand = target.getAttribute(STATE_ATTRIBUTE) === 'collapsed';
      target.setAttribute(STATE_ATTRIBUTE, expand ? 'expanded' : 'collapsed');
      button.setAttribute('aria-expanded', String(expand));
      button.textContent = controlText(finding, expand);
    });
    target.setAttribute(STATE_ATTRIBUTE, 'collapsed');
    target.parentNode.insertBefore(button, target);
    controls.push(button);
    collapsed.push(target);
  });
  return {
    count: collapsed.length,
    undo() {
      for (const control of controls) control.remove();
      for (const target of collapsed) target.removeAttribute(STATE_ATTRIBUTE);
    },
  };
}

const HIGHLIGHT_ATTRIBUTE = 'data-sourceline-highlight';
const HIGHLIGHT_MS = 2000;

/** Scrolls to the first block of `root` whose text contains `evidence` and outlines it briefly. */
export function revealText(root: Element, evidence: string, blocks: Element[]): boolean {
  const needle = evidence.slice(0, 120);
  const target = blocks.find((el) => (el.textContent ?? '').replace(/\s+/g, ' ').includes(needle));
  if (!target || !root.contains(target)) return false;
  if (target.getAttribute(STATE_ATTRIBUTE) === 'collapsed') {
    (target.previousElementSibling as HTMLElement | null)?.click();
  }
  target.scrollIntoView({ behavior: 'smooth', block: 'center' });
  target.setAttribute(HIGHLIGHT_ATTRIBUTE, '');
  setTimeout(() => target.removeAttribute(HIGHLIGHT_ATTRIBUTE), HIGHLIGHT_MS);
  return true;
}
