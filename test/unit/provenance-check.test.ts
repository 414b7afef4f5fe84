import { describe, expect, it } from 'vitest';
import { findOverlaps, visibleText } from '../../tools/check-provenance';

// The overlap search of `npm run check:provenance` on texts made up here (the script itself
// reads ../shared/benchmarks; this test never does).

const SHARED =
  'The ferry to the outer islands sailed again on Saturday, six weeks after a damaged shaft took it out of service.';
const page = (inside: string) => `Some words of a page of its own. ${inside} And the end of it, with nothing else in common.`;

describe('findOverlaps', () => {
  it('finds a shared run of 80+ characters wherever it starts, with its whole length', () => {
    for (const shift of [0, 1, 17, 39, 40, 41]) {
      const committed = { label: 'fixture.html', text: `${'x'.repeat(shift)} ${SHARED} tail` };
      const [finding, ...rest] = findOverlaps([committed], [{ label: 'bench.html', text: page(SHARED) }]);
      expect(rest).toEqual([]);
      expect(finding?.file).toBe('fixture.html');
      expect(finding?.benchmark).toBe('bench.html');
      expect(finding?.run.trim()).toBe(SHARED);
    }
  });

  it('leaves alone runs shorter than 80 characters and texts that share nothing', () => {
    const short = 'Copyright 2024 The Example Times. All rights reserved.';
    expect(short.length).toBeLessThan(80);
    expect(findOverlaps([{ label: 'a', text: `Other words. ${short} More other words here.` }], [{ label: 'b', text: page(short) }])).toEqual([]);
    expect(findOverlaps([{ label: 'a', text: SHARED.split('').reverse().join('') }], [{ label: 'b', text: page(SHARED) }])).toEqual([]);
  });

  it("lets the wire's own notice through but not story text around it", () => {
    const notice = '© 2019 Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten, or redistributed.';
    expect(findOverlaps([{ label: 'a', text: `A story of our own. ${notice}` }], [{ label: 'b', text: page(notice) }])).toEqual([]);
    expect(findOverlaps([{ label: 'a', text: `${SHARED} ${notice}` }], [{ label: 'b', text: `${SHARED} ${notice}` }])).toHaveLength(1);
  });
});

describe('visibleText', () => {
  it('keeps the text outside tags, joins inline tags, drops scripts, comments and declarations', () => {
    expect(visibleText('<!DOCTYPE html><p>The <b>ferry</b> sailed&nbsp;again.</p><script>var x = "no";</script><!-- note --><p>Next&amp;last</p>')).toBe(
      'The ferry sailed again. Next&last',
    );
  });
});
