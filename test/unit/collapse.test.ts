import { describe, expect, it } from 'vitest';
import { analyze, analyzeDocument } from '../../utils/engine/analyze';
import { applyCollapse, revealText } from '../../utils/page/collapse';
import { fixtureNames, loadFixture } from '../helpers';

// The page effect: findings collapsed through data attributes, a labelled button before
// each, nothing removed, and undo() gives back the page's own markup.

describe.each(fixtureNames('seed--'))('collapse on %s', (name) => {
  const setup = () => {
    const doc = loadFixture(name);
    const original = doc.documentElement.outerHTML;
    const { analysis, targets } = analyzeDocument(doc);
    const collapse = applyCollapse(doc, analysis.findings, targets);
    return { doc, original, analysis, targets, collapse };
  };

  it('marks every finding collapsed and puts a labelled control before it', () => {
    const { doc, analysis, targets, collapse } = setup();
    expect(collapse.count).toBe(analysis.findings.length);
    targets.forEach(({ element: target }, i) => {
      expect(target.getAttribute('data-sourceline-state')).toBe('collapsed');
      const control = target.previousElementSibling!;
      expect(control.tagName).toBe('BUTTON');
      expect(control.getAttribute('aria-expanded')).toBe('false');
      expect(control.getAttribute('data-sourceline-control')).toBe(analysis.findings[i]!.category);
    });
    const related = analysis.findings.find((f) => f.category === 'related')!;
    expect(doc.querySelector('[data-sourceline-control="related"]')!.getAttribute('title')).toBe(`Collapsed by Sourceline: Read also (rule ${related.rule})`);
    const labels = Array.from(doc.querySelectorAll('[data-sourceline-control]')).map((b) => b.textContent);
    expect(labels.filter((l) => l === 'Read also · collapsed — show')).toHaveLength(2);
    expect(labels).toContain('Feed disclaimer · collapsed — show');
  });

  it('leaves every story paragraph unmarked', () => {
    const { doc } = setup();
    const collapsedText = Array.from(doc.querySelectorAll('[data-sourceline-state]')).map((el) => el.textContent ?? '');
    expect(collapsedText.join(' ')).not.toContain('Ministry of National Defense');
    expect(collapsedText.some((t) => t.includes('Kishida'))).toBe(false);
  });

  it('expands and re-collapses from the control', () => {
    const { targets } = setup();
    const target = targets[1]!.element;
    const control = target.previousElementSibling as HTMLButtonElement;
    control.click();
    expect(target.getAttribute('data-sourceline-state')).toBe('expanded');
    expect(control.getAttribute('aria-expanded')).toBe('true');
    expect(control.textContent).toBe('Read also · shown — hide');
    control.click();
    expect(target.getAttribute('data-sourceline-state')).toBe('collapsed');
    expect(control.getAttribute('aria-expanded')).toBe('false');
  });

  it('restores the page byte for byte on undo', () => {
    const { doc, original, collapse } = setup();
    expect(doc.documentElement.outerHTML).not.toBe(original);
    collapse.undo();
    expect(doc.documentElement.outerHTML).toBe(original);
  });

  it('gives the same analysis when the collapsed page is analysed again', () => {
    const { doc, analysis } = setup();
    expect(analyze(doc)).toEqual(analysis);
  });
});

describe('revealing evidence', () => {
  it('opens a collapsed block through its own control, and reports a hidden one as not shown', () => {
    const doc = loadFixture('seed--wordpress-autoblog.html');
    const { analysis, targets } = analyzeDocument(doc);
    const disclaimer = analysis.findings.findIndex((f) => f.category === 'feed-disclaimer');
    applyCollapse(doc, analysis.findings, targets);
    const element = targets[disclaimer]!.element;
    // The saved-page DOM (linkedom) has no layout, so no scrolling: count the calls instead.
    let scrolled = 0;
    Object.assign(element, { scrollIntoView: () => scrolled++ });
    expect(revealText('auto-generated story from a Syndicated News feed', [element])).toBe(true);
    expect(element.getAttribute('data-sourceline-state')).toBe('expanded');
    expect(scrolled).toBe(1);

    const hiddenDoc = loadFixture('seed--wordpress-autoblog.html');
    const hidden = analyzeDocument(hiddenDoc);
    applyCollapse(hiddenDoc, hidden.analysis.findings, hidden.targets, { mode: 'hide' });
    const hiddenElement = hidden.targets[disclaimer]!.element;
    expect(revealText('auto-generated story from a Syndicated News feed', [hiddenElement])).toBe(false);
    expect(hiddenElement.getAttribute('data-sourceline-state')).toBe('hidden');
  });
});
