import { describe, expect, it } from 'vitest';
import { extensionShift, SHIFT_WINDOW_MS } from '../../tools/bench/layout-shift';

// The bench's ext-cls-max counts the shifts that follow the extension's own changes, not the page's.
describe('extensionShift', () => {
  it('counts a shift in the frame after a collapse', () => {
    expect(extensionShift({ shifts: [{ at: 216, value: 0.0007 }], changes: [200] })).toBeCloseTo(0.0007, 6);
  });

  it('leaves out the page\'s own shifts in other frames (a late image), before or long after any change', () => {
    const probe = { shifts: [{ at: 80, value: 0.004 }, { at: 200 + SHIFT_WINDOW_MS + 50, value: 0.002 }, { at: 210, value: 0.0003 }], changes: [200] };
    expect(extensionShift(probe)).toBeCloseTo(0.0003, 6);
  });

  it('is zero on a page the extension never changed, whatever shifts it has', () => {
    expect(extensionShift({ shifts: [{ at: 150, value: 0.0014 }], changes: [] })).toBe(0);
  });

  it('counts a shift once when several changes precede it', () => {
    expect(extensionShift({ shifts: [{ at: 230, value: 0.001 }], changes: [200, 210, 220] })).toBeCloseTo(0.001, 6);
  });
});
