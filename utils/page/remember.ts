import { browser } from 'wxt/browser';
import { CONTROL_ATTRIBUTE } from '../engine/blocks';
import { t } from '../i18n';
import { MEMORY_KEY } from '../memory/key';
import type { ContentKnownUrls, ContentRememberStory } from '../memory/messages';
import type { PageSession } from './session';

// The content script's part in the story memory: after the page's run, an article's story
// (text, title, agency, republisher) goes to the background, which keeps a fingerprint of
// it and drops the text; then the collapsed "Read also" inserts whose linked article the
// reader has already read say so. Nothing here when the memory is off.

/** Set on a collapsed insert's control whose linked article is in the memory (the stylesheet shows its value). */
export const READ_ATTRIBUTE = 'data-sourceline-read';
const MAX_LINKS = 100;

export async function memoryEnabled(): Promise<boolean> {
  try {
    return (await browser.storage.local.get(MEMORY_KEY))[MEMORY_KEY] !== false;
  } catch {
    return false;
  }
}

export async function rememberPage(session: PageSession, doc: Document): Promise<void> {
  if (!(await memoryEnabled())) return;
  const note = await session.storyNote();
  if (!note) return;
  const message: ContentRememberStory = { type: 'content:remember-story', note };
  await browser.runtime.sendMessage(message);
  await markReadInserts(doc, async (urls) => {
    const ask: ContentKnownUrls = { type: 'content:known-urls', urls };
    const known: unknown = await browser.runtime.sendMessage(ask);
    return Array.isArray(known) ? known.filter((u): u is string => typeof u === 'string') : [];
  });
}

/** Marks the controls of collapsed "Read also" inserts whose links point to stories in the memory; resolves to how many. */
export async function markReadInserts(doc: Document, known: (urls: string[]) => Promise<string[]>): Promise<number> {
  const links = new Map<Element, string[]>();
  for (const control of Array.from(doc.querySelectorAll(`button[${CONTROL_ATTRIBUTE}="related"]`))) {
    const insert = control.nextElementSibling;
    if (!insert) continue;
    const hrefs = Array.from(insert.querySelectorAll('a[href]'), (a) => (a as HTMLAnchorElement).href).filter((href) => /^https?:/.test(href));
    if (hrefs.length) links.set(control, hrefs);
  }
  const urls = [...new Set([...links.values()].flat())].slice(0, MAX_LINKS);
  if (urls.length === 0) return 0;
  const read = new Set(await known(urls));
  let marked = 0;
  for (const [control, hrefs] of links) {
    if (!hrefs.some((href) => read.has(href))) continue;
    const note = t('control_read_before');
    control.setAttribute(READ_ATTRIBUTE, note);
    // In words where it moves nothing: the tooltip, and what a screen reader says of the control.
    control.setAttribute('title', `${control.getAttribute('title') ?? ''} · ${note}`);
    control.setAttribute('aria-description', note);
    marked++;
  }
  return marked;
}
