import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../tools/parse-html';

// The CLI's parser (linkedom) must put the body where a browser puts it: these are the
// markup faults of real saved pages where linkedom alone diverges.

const story = '<p id="story">The council approved the budget on Monday after a long debate.</p>';

describe('parseHtml', () => {
  it('ignores <html> tags inside IE conditional comments (trafilatura-eval: aclu.org, der-farang.com)', () => {
    const html =
      '<!DOCTYPE html>\n<!--[if IE 7]> <html class="iem7" lang="en"> <![endif]-->\n' +
      '<!--[if lt IE 9]> <html class="lt-ie9" lang="en"> <![endif]-->\n' +
      '<!--[if gt IE 8]><!--> <html class="modern" lang="en"> <!--<![endif]-->\n' +
      `<head><title>t</title><meta charset="utf-8"></head><body class="page">${story}</body></html>`;
    const doc = parseHtml(html);
    expect(doc.documentElement.getAttribute('class')).toBe('modern');
    expect(doc.body.parentElement).toBe(doc.documentElement);
    expect(doc.body.getAttribute('class')).toBe('page');
    expect(doc.querySelector('#story')?.closest('body')).toBe(doc.body);
    expect(doc.head.contains(doc.querySelector('#story'))).toBe(false);
  });

  it('keeps the first of repeated <html> tags outside comments', () => {
    const doc = parseHtml(`<html lang="de"><html lang="en"><head></head><body>${story}</body></html>`);
    expect(doc.documentElement.getAttribute('lang')).toBe('de');
    expect(doc.querySelector('#story')?.closest('body')).toBe(doc.body);
  });

  it('opens a missing <body> at the first element that cannot be in <head>', () => {
    const doc = parseHtml(`<html><head><title>t</title></head><div class="wrap">${story}</div></html>`);
    expect(doc.body.querySelector('#story')).not.toBeNull();
    expect(doc.head.querySelector('#story')).toBeNull();
  });

  it('keeps the body when scripts stand between </head> and <body>', () => {
    const doc = parseHtml(`<html><head></head><script>var a = 1;</script><body class="real">${story}</body></html>`);
    expect(doc.body.getAttribute('class')).toBe('real');
    expect(doc.body.querySelector('#story')).not.toBeNull();
  });

  it('wraps a fragment into a document', () => {
    const doc = parseHtml(story);
    expect(doc.body.querySelector('#story')?.textContent).toContain('council');
  });
});
