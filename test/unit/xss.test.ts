// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true,"disableJavaScriptFileLoading":true,"disableCSSFileLoading":true,"disableIframePageLoading":true,"navigation":{"disableMainFrameNavigation":true,"disableChildFrameNavigation":true,"disableChildPageNavigation":true,"disableFallbackToSetURL":true}}}
//
// Hostile input to the popup. Everything the popup shows comes from the page (titles,
// paragraphs, names, evidence, addresses), so every field of an Analysis is filled, one at
// a time, with each payload of test/fixtures/xss-payloads.json, and the popup's components
// are rendered into a happy-dom container. JavaScript evaluation is switched on for this
// file (the docblock above; loading and navigation stay off), so a payload that became
// markup or a handler would really run and set window.__xss — a control below proves it.
import { h, render, type ComponentChild } from 'preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ChainView } from '../../components/ChainView';
import { FindingsSummary } from '../../components/FindingsSummary';
import { PopupBody } from '../../components/PopupApp';
import { SiteSwitch } from '../../components/SiteSwitch';
import { StoryView } from '../../components/StoryView';
import { analyze } from '../../utils/engine/analyze';
import type { Analysis, ChainLink, Finding } from '../../utils/engine/types';
import { parseHtml } from '../../tools/parse-html';
import { fixtureText } from '../helpers';

interface Payload {
  id: string;
  payload: string;
}

const PAYLOADS = (JSON.parse(fixtureText('xss-payloads.json')) as { payloads: Payload[] }).payloads;

type Flagged = typeof globalThis & { __xss?: unknown };
const flag = () => (window as unknown as Flagged).__xss ?? (globalThis as Flagged).__xss;
const clearFlag = () => {
  delete (window as unknown as Flagged).__xss;
  delete (globalThis as Flagged).__xss;
};

/** The only elements the popup's components make. Anything else came from a payload. */
const POPUP_TAGS = new Set(['SECTION', 'H2', 'H3', 'OL', 'UL', 'LI', 'SPAN', 'A', 'Q', 'BUTTON', 'P', 'DIV', 'STRONG']);
const ACTIVE_TAGS = 'script, img, svg, iframe, object, embed, math, style, link, meta, base, details, template, noscript, body, textarea, title';

function baseAnalysis(): Analysis {
  const paragraph = 'The minister said on Tuesday that the budget would be published in May.';
  return {
    url: 'https://news.example/story',
    title: 'Budget to be published in May',
    lang: 'en',
    isArticle: true,
    story: { text: `${paragraph}\n\nA second paragraph.`, paragraphs: [paragraph, 'A second paragraph.'] },
    findings: [
      { kind: 'read-also', category: 'related', text: 'Read also | Other news', rule: 'read-also.en.label' },
      { kind: 'boilerplate', category: 'source-link', text: 'Source link', rule: 'boilerplate.source-link' },
    ],
    chain: [
      { role: 'site', name: 'news.example', url: 'https://news.example/', evidence: 'page address news.example', evidences: ['page address news.example'], confidence: 'high' },
      { role: 'agency', name: 'Reuters', evidence: 'LONDON (Reuters) -', evidences: ['LONDON (Reuters) -'], confidence: 'medium' },
      {
        role: 'cited',
        name: 'CNN',
        url: 'https://cnn.example/',
        evidence: 'According to CNN, x. · CNN reported y.',
        evidences: ['According to CNN, x.', 'CNN reported y.'],
        confidence: 'low',
      },
    ],
  };
}

interface Shown {
  analysis: Analysis;
  /** the page's host name, shown by the site switch */
  host: string;
}

/** Every place a page-supplied string reaches the popup: [field, how to put the payload there]. */
const FIELDS: Array<[string, (a: Analysis, p: string, shown: Shown) => void]> = [
  ['host', (_a, p, shown) => (shown.host = p)],
  ['title', (a, p) => (a.title = p)],
  ['story.text', (a, p) => (a.story.text = p)],
  ['story.paragraphs', (a, p) => (a.story.paragraphs = [p, `${p} ${p}`, 'plain'])],
  ['finding.text', (a, p) => a.findings.forEach((f) => (f.text = p))],
  ['finding.category', (a, p) => (a.findings[0]!.category = p)],
  ['finding.rule', (a, p) => a.findings.forEach((f) => (f.rule = p))],
  ['finding.kind', (a, p) => (a.findings[0]!.kind = p as Finding['kind'])],
  ['chain.name', (a, p) => a.chain.forEach((l) => (l.name = p))],
  ['chain.evidence', (a, p) => a.chain.forEach((l) => (l.evidence = p))],
  ['chain.evidences', (a, p) => a.chain.forEach((l) => (l.evidences = [p, p.repeat(3)]))],
  ['chain.evidences[0] only', (a, p) => (a.chain[1]!.evidences = [p])],
  ['chain.url', (a, p) => a.chain.forEach((l) => (l.url = p))],
  ['chain.role', (a, p) => (a.chain[2]!.role = p as ChainLink['role'])],
  ['chain.confidence', (a, p) => (a.chain[1]!.confidence = p as ChainLink['confidence'])],
  ['url', (a, p) => (a.url = p)],
  ['lang', (a, p) => (a.lang = p)],
  ['byline', (a, p) => (a.byline = p)],
  ['published', (a, p) => (a.published = p)],
];

/** The views the popup renders for an Analysis, each on its own and as the popup body. */
function views({ analysis: a, host }: Shown, payload: string): Array<[string, ComponentChild]> {
  const onReveal = async () => false;
  const onChange = async () => {};
  return [
    ['SiteSwitch on', h(SiteSwitch, { host, enabled: true, onChange })],
    ['SiteSwitch off', h(SiteSwitch, { host, enabled: false, onChange })],
    ['PopupBody disabled', h(PopupBody, { state: { status: 'disabled', host } })],
    ['ChainView', h(ChainView, { chain: a.chain, onReveal })],
    ['StoryView', h(StoryView, { title: a.title, story: a.story, byline: a.byline, published: a.published })],
    ['FindingsSummary', h(FindingsSummary, { findings: a.findings })],
    ['PopupBody ok', h(PopupBody, { state: { status: 'ok', analysis: a, tabId: 1, host } })],
    ['PopupBody not an article', h(PopupBody, { state: { status: 'ok', analysis: { ...a, isArticle: false }, tabId: 1, host } })],
    ['PopupBody failed', h(PopupBody, { state: { status: 'failed', error: payload } })],
  ];
}

/** What a payload would need to do harm; empty when the container is clean. */
function problems(container: Element): string[] {
  const out: string[] = [];
  for (const el of Array.from(container.querySelectorAll('*'))) {
    if (!POPUP_TAGS.has(el.tagName.toUpperCase())) out.push(`<${el.tagName.toLowerCase()}> element`);
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) out.push(`${attr.name} attribute on <${el.tagName.toLowerCase()}>`);
      if (/^(?:src|srcdoc|formaction|action|xlink:href|data)$/i.test(attr.name)) out.push(`${attr.name} attribute`);
    }
  }
  if (container.querySelector(ACTIVE_TAGS)) out.push(`active element ${container.querySelector(ACTIVE_TAGS)!.tagName}`);
  for (const a of Array.from(container.querySelectorAll('[href]'))) {
    const href = a.getAttribute('href') ?? '';
    if (!/^https?:\/\//.test(href)) out.push(`href ${JSON.stringify(href)}`);
  }
  return out;
}

/** Pokes every element the way a reader would, so a handler that slipped in would run. */
function poke(container: Element): void {
  for (const el of Array.from(container.querySelectorAll('*'))) {
    for (const type of ['mouseover', 'focus', 'error', 'load', 'toggle', 'animationstart']) el.dispatchEvent(new Event(type));
    // Links are not clicked (that would navigate); their hrefs are checked above instead.
    if (el.tagName !== 'A') (el as HTMLElement).click?.();
  }
}

let container: HTMLElement;
beforeAll(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
});
afterEach(() => {
  render(null, container);
  clearFlag();
});

describe('the test harness', () => {
  it('has at least 30 payloads with unique ids', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(PAYLOADS.map((p) => p.id)).size).toBe(PAYLOADS.length);
  });

  it('would notice a payload that became markup (control: raw HTML does run here)', async () => {
    const probe = document.createElement('div');
    document.body.appendChild(probe);
    probe.innerHTML = '<div onclick="window.__xss=1">x</div>';
    expect(problems(probe)).toContain('onclick attribute on <div>');
    poke(probe);
    expect(flag()).toBe(1);
    clearFlag();
    probe.innerHTML = PAYLOADS.find((p) => p.id === 'img-onerror')!.payload;
    expect(problems(probe).length).toBeGreaterThan(0);
    probe.innerHTML = '<a href="javascript:void 0">x</a>';
    expect(problems(probe)).toContain('href "javascript:void 0"');
    probe.remove();
  });
});

describe('hostile input to the popup', () => {
  const combos = PAYLOADS.length * FIELDS.length;
  // eslint-disable-next-line no-console
  console.log(`xss: ${PAYLOADS.length} payloads × ${FIELDS.length} fields = ${combos} analyses, each rendered in 9 views`);

  it.each(FIELDS.map(([name]) => name))(
    `${PAYLOADS.length} payloads × ${FIELDS.length} fields (${combos} combinations): field %s stays text`,
    async (field) => {
      const put = FIELDS.find(([name]) => name === field)![1];
      for (const { id, payload } of PAYLOADS) {
        const shown: Shown = { analysis: baseAnalysis(), host: 'news.example' };
        put(shown.analysis, payload, shown);
        const { analysis } = shown;
        for (const [view, vnode] of views(shown, payload)) {
          render(vnode, container);
          poke(container);
          await Promise.resolve();
          expect(problems(container), `${id} in ${field}, ${view}`).toEqual([]);
          expect(flag(), `${id} in ${field}, ${view}: window.__xss`).toBeUndefined();
          render(null, container);
        }
        // Text fields are shown as the very characters the page had.
        if (field === 'host' && payload.trim()) {
          render(h(SiteSwitch, { host: payload, enabled: true, onChange: async () => {} }), container);
          expect(container.textContent, `${id} in ${field}`).toContain(payload);
          render(null, container);
        }
        if (field === 'title' || field === 'story.paragraphs' || field === 'chain.name' || field === 'byline') {
          render(h(PopupBody, { state: { status: 'ok', analysis, tabId: 1, host: shown.host } }), container);
          expect(container.textContent, `${id} in ${field}`).toContain(payload);
          render(null, container);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(flag()).toBeUndefined();
    },
  );
});

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An article whose every address-carrying place holds `raw` (already escaped, or not). */
function hostilePage(attr: string, text: string): string {
  const story = Array.from(
    { length: 4 },
    (_, i) => `<p>Paragraph ${i + 1}: the minister said on Tuesday that the budget would be published in May, officials told reporters in the capital.</p>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head>
<meta property="og:type" content="article">
<meta property="og:url" content="${attr}">
<meta property="og:site_name" content="${attr}">
<meta property="article:publisher" content="${attr}">
<link rel="syndication-source" href="${attr}">
<link rel="original-source" href="${attr}">
<link rel="canonical" href="${attr}">
<script type="application/ld+json">{"@type":"NewsArticle","isBasedOn":${JSON.stringify(text).replace(/</g, '\\u003c')},"author":{"name":"x","url":${JSON.stringify(text).replace(/</g, '\\u003c')}}}</script>
</head><body><article><h1>${text}</h1>
${story}
<p>Read also | <a href="${attr}">${text}</a></p>
<p><a href="${attr}">Source link</a></p>
<p><a href="${attr}">${text}</a></p>
<p>Source: <a href="${attr}">${text}</a></p>
</article></body></html>`;
}

describe('the engine on a page that carries the payloads', () => {
  function checkChain(analysis: Analysis, label: string): void {
    expect(analysis.url === null || /^https?:\/\//.test(analysis.url), `${label}: analysis.url ${analysis.url}`).toBe(true);
    for (const link of analysis.chain) {
      if (link.url !== undefined) expect(link.url, `${label}: ${link.role} ${link.name}`).toMatch(/^https?:\/\//);
    }
  }

  it(`${PAYLOADS.length} payloads in og:url, og:site_name, syndication-source, canonical and "Source link" href and text: chain urls are http(s) or absent`, () => {
    let pages = 0;
    for (const { id, payload } of PAYLOADS) {
      const variants: Array<[string, Document]> = [
        // the payload as the attribute's value (escaped), and raw (entities decoded by the parser, markup may break the page)
        ['escaped', parseHtml(hostilePage(escapeAttr(payload), escapeAttr(payload)))],
        ['raw', parseHtml(hostilePage(payload, payload))],
      ];
      // …and set through the DOM, character for character.
      const built = parseHtml(hostilePage('https://placeholder.example/x', 'placeholder'));
      for (const el of Array.from(built.querySelectorAll('meta[content], link[href], a[href]'))) {
        el.setAttribute(el.hasAttribute('href') ? 'href' : 'content', payload);
      }
      for (const a of Array.from(built.querySelectorAll('a'))) if (a.textContent === 'placeholder') a.textContent = payload;
      variants.push(['dom', built]);
      for (const [how, doc] of variants) {
        for (const url of [undefined, 'https://news.example/world/story-1']) {
          checkChain(analyze(doc, url), `${id} (${how}, url ${url ?? 'from og:url'})`);
          checkChain(analyze(doc, url, { story: 'always' }), `${id} (${how}, story always)`);
          pages++;
        }
      }
      expect(flag()).toBeUndefined();
    }
    // eslint-disable-next-line no-console
    console.log(`xss: engine run on ${pages} hostile pages (${PAYLOADS.length} payloads × 3 ways × 2 addresses)`);
  });

  it('control: the same page with real addresses does put them in the chain', () => {
    const page = hostilePage('https://origin.example/world/2024/story-1', 'Origin Daily');
    const analysis = analyze(parseHtml(page));
    expect(analysis.url).toBe('https://origin.example/world/2024/story-1');
    expect(analysis.chain.some((l) => l.url?.startsWith('https://origin.example/'))).toBe(true);
    const elsewhere = analyze(parseHtml(page), 'https://copy.example/a/b');
    expect(elsewhere.chain.filter((l) => l.role === 'republisher').map((l) => l.url)).toContain('https://origin.example/world/2024/story-1');
  });
});
