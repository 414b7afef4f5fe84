import { describe, expect, it } from 'vitest';
import { displayHost, hostOf, safeHttpUrl } from '../../utils/engine/url';

describe('safeHttpUrl', () => {
  it.each([
    ['https://www.latestly.com/a.html', 'https://www.latestly.com/a.html'],
    ['http://example.org', 'http://example.org/'],
    ['  https://example.org/x  ', 'https://example.org/x'],
  ])('keeps %j', (input, output) => {
    expect(safeHttpUrl(input)).toBe(output);
  });

  it('resolves relative links against the page', () => {
    expect(safeHttpUrl('/story/1', 'https://news.example/world/')).toBe('https://news.example/story/1');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/',
    '',
  ])('drops %j', (input) => {
    expect(safeHttpUrl(input, 'https://news.example/')).toBeUndefined();
  });

  it('drops a relative link when there is no page address to resolve it', () => {
    expect(safeHttpUrl('not a url')).toBeUndefined();
    expect(safeHttpUrl('/story/1', null)).toBeUndefined();
  });
});

describe('hosts', () => {
  it('reads and displays hosts', () => {
    expect(hostOf('https://www.latestly.com/x')).toBe('www.latestly.com');
    expect(hostOf('javascript:void(0)')).toBeUndefined();
    expect(displayHost('www.latestly.com')).toBe('latestly.com');
  });
});
