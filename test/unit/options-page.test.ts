import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import { PhrasesSection } from '../../components/options/PhrasesSection';
import { SitesSection } from '../../components/options/SitesSection';
import { CATEGORIES } from '../../utils/labels';
import { DEFAULT_SETTINGS } from '../../utils/settings/schema';
import { loadSettings, saveSettings } from '../../utils/settings/store';
import { fixtureText } from '../helpers';

// The options page rendered in happy-dom over WXT's in-memory storage: every control has a
// label, each change is stored, a change made elsewhere (the popup's site switch) shows at
// once, and text from the user or a file is shown as text only.

let container: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.appendChild(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

/** Lets storage promises and Preact's re-render settle. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));
const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector)!;

async function renderOptions() {
  await act(() => render(h(OptionsApp, null), container));
  await settle();
  expect($('main').getAttribute('aria-busy')).toBe('false');
}

describe('the options page', () => {
  it('labels every control', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['news.example'], userPhrases: ['Partner content:'] });
    await renderOptions();
    const inputs = Array.from(container.querySelectorAll('input'));
    // mode (3), categories, phrase and import (2), story memory on/off (1)
    expect(inputs).toHaveLength(3 + CATEGORIES.length + 2 + 1);
    for (const input of inputs) expect(container.querySelector(`label[for="${input.id}"]`)?.textContent?.trim(), input.id).toBeTruthy();
    for (const button of Array.from(container.querySelectorAll('button'))) {
      expect((button.getAttribute('aria-label') ?? button.textContent)?.trim(), button.outerHTML).toBeTruthy();
    }
  });

  it('stores the mode, a category kept visible and a phrase as they change', async () => {
    await renderOptions();
    await act(() => $('#mode-highlight').click());
    await act(() => $('#category-share-prompt').click());
    const input = $<HTMLInputElement>('#phrase-input');
    input.value = '  Partner   content: ';
    await act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
    await act(() => $('#phrase-add').click());
    await settle();
    expect(await loadSettings()).toEqual({ mode: 'highlight', keepVisible: ['share-prompt'], disabledSites: [], userPhrases: ['Partner content:'] });
    expect($('.save-status').textContent).toBe('Saved.');
    expect($<HTMLInputElement>('#category-share-prompt').checked).toBe(false);
  });

  it('says why a phrase is refused, next to the field, and stores nothing', async () => {
    await renderOptions();
    const input = $<HTMLInputElement>('#phrase-input');
    for (const [typed, words] of [
      ['', 'Type a phrase first.'],
      ['ab', 'Too short: a phrase needs at least 3 letters or digits.'],
      ['1234', 'A phrase needs at least one letter.'],
      ['In the', 'Too common: story sentences start with words like these, so the story itself would be collapsed. Add a more specific word.'],
    ] as const) {
      input.value = typed;
      await act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
      await act(() => $('#phrase-add').click());
      expect($('#phrase-error').textContent, typed).toBe(words);
      expect(input.getAttribute('aria-invalid')).toBe('true');
    }
    await settle();
    expect((await loadSettings()).userPhrases).toEqual([]);
  });

  it('follows a change made elsewhere while it is open', async () => {
    await renderOptions();
    await act(() => saveSettings({ ...DEFAULT_SETTINGS, mode: 'hide', disabledSites: ['news.example'] }));
    await settle();
    expect($<HTMLInputElement>('#mode-hide').checked).toBe(true);
    expect($('[data-host]').getAttribute('data-host')).toBe('news.example');
  });
});

describe('the lists on the options page', () => {
  const payloads = (JSON.parse(fixtureText('xss-payloads.json')) as { payloads: Array<{ payload: string }> }).payloads.map((p) => p.payload);
  const OWN_TAGS = new Set(['SECTION', 'H2', 'P', 'FORM', 'LABEL', 'DIV', 'INPUT', 'BUTTON', 'UL', 'LI', 'SPAN']);

  it('show hostile phrases and hosts as text, never as markup', async () => {
    const unique = [...new Set(payloads)];
    await act(() =>
      render(
        h('div', null, h(PhrasesSection, { phrases: unique, onAdd: async () => true, onRemove: () => {} }), h(SitesSection, { sites: unique, onRemove: () => {} })),
        container,
      ),
    );
    const tags = new Set(Array.from(container.querySelectorAll('*')).map((el) => el.tagName));
    expect([...tags].filter((tag) => !OWN_TAGS.has(tag))).toEqual([]);
    const shown = Array.from(container.querySelectorAll('.item-text')).map((el) => el.textContent);
    expect(shown).toEqual([...unique, ...unique]);
  });
});
