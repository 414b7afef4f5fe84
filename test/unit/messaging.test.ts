import { describe, expect, it } from 'vitest';
import { isToBackgroundMessage, isToContentMessage } from '../../utils/messaging';

describe('message guards', () => {
  it('accept the messages of the protocol', () => {
    expect(isToContentMessage({ type: 'popup:get-analysis' })).toBe(true);
    expect(isToContentMessage({ type: 'popup:reveal-evidence', evidence: 'Seoul (ANI):' })).toBe(true);
    expect(isToBackgroundMessage({ type: 'content:findings-count', count: 7 })).toBe(true);
  });

  it.each([null, undefined, 'popup:get-analysis', 42, {}, { type: 'popup:reveal-evidence' }, { type: 'other' }])(
    'reject %j',
    (message) => {
      expect(isToContentMessage(message)).toBe(false);
      expect(isToBackgroundMessage(message)).toBe(false);
    },
  );

  it('reject a badge count that is not a whole number', () => {
    expect(isToBackgroundMessage({ type: 'content:findings-count', count: '7' })).toBe(false);
    expect(isToBackgroundMessage({ type: 'content:findings-count', count: 1.5 })).toBe(false);
  });
});
