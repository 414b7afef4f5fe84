import { describe, expect, it } from 'vitest';
import { forbidRawHtml } from '../../tools/build/no-raw-html';

describe('forbidRawHtml (build step for the popup)', () => {
  it('turns Preact’s raw-HTML assignment into an error and leaves the rest alone', () => {
    const preactLike = 'if(h)(h.__html==p.__html||h.__html==u.innerHTML)||(u.innerHTML=h.__html),t.__k=[];';
    const { code, count } = forbidRawHtml(preactLike);
    expect(count).toBe(1);
    expect(code).not.toMatch(/innerHTML=/);
    expect(code).toContain('h.__html==u.innerHTML');
    expect(() => new Function('h', 'p', 'u', 't', code)({ __html: '<img onerror=x>' }, {}, { innerHTML: '' }, {})).toThrow(
      'Sourceline never renders raw HTML',
    );
  });
});
