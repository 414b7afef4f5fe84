import { safeHttpUrl } from '../engine/url';
import type { ChainLink } from '../engine/types';
import { t } from '../i18n';
import { ROLE_LABEL_KEYS, roleLabel } from '../labels';

// The story as the reader takes it away: plain text, or Markdown with the source chain as
// a footer. Everything here comes from the page, so Markdown syntax in it is escaped and
// only http(s) addresses ever become links.

export interface StoryExport {
  title: string;
  paragraphs: readonly string[];
  chain: readonly ChainLink[];
  /** when the page names its author */
  byline?: string;
  /** when the page names its publication date, as the page wrote it */
  published?: string;
}

/** Characters that mean something to Markdown anywhere in a line. */
const INLINE_SPECIAL = /[\\`*_[\]<>|~]/g;
/** Characters that start a block (heading, quote, list item, rule) at the start of a line. */
const LINE_START_SPECIAL = /^(\s*)([-+=>#]|\d+(?=[.)]))/;

/** `text` with every Markdown special character escaped, so it shows as the very characters the page had. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(INLINE_SPECIAL, (c) => `\\${c}`)
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(LINE_START_SPECIAL, (_, space: string, mark: string) =>
      /^\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`,
    );
}

/** An http(s) address safe inside Markdown's (…): parentheses and spaces percent-encoded; undefined for anything else. */
export function markdownUrl(url: string | undefined): string | undefined {
  const safe = safeHttpUrl(url);
  return safe?.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** "Republished from" for republisher; a role this version does not know is written as it came. */
function roleWords(role: string): string {
  return Object.hasOwn(ROLE_LABEL_KEYS, role) ? roleLabel(role as keyof typeof ROLE_LABEL_KEYS) : String(role);
}

function metaLine(story: StoryExport): string {
  const byline = story.byline?.trim();
  const published = story.published?.trim();
  return [byline && t('popup_export_byline', byline), published && t('popup_export_published', published)].filter(Boolean).join(' · ');
}

function title(story: StoryExport): string {
  return story.title.trim() || t('popup_untitled');
}

/** Title, byline, paragraphs, then the source chain: one blank line between blocks. */
export function storyAsText(story: StoryExport): string {
  const chain = story.chain.map((link) => {
    const url = safeHttpUrl(link.url);
    return `${roleWords(link.role)}: ${link.name}${url ? ` <${url}>` : ''}`;
  });
  const blocks = [title(story), metaLine(story), ...story.paragraphs.map((p) => p.trim())];
  if (chain.length > 0) blocks.push(`${t('popup_chain_heading')}:\n${chain.map((line) => `- ${line}`).join('\n')}`);
  return `${blocks.filter(Boolean).join('\n\n')}\n`;
}

/** `# Title`, the byline line, the paragraphs, then a footer with the source chain as a list. */
export function storyAsMarkdown(story: StoryExport): string {
  const blocks = [`# ${escapeMarkdown(title(story))}`];
  const meta = metaLine(story);
  if (meta) blocks.push(`*${escapeMarkdown(meta)}*`);
  blocks.push(...story.paragraphs.map(escapeMarkdown).filter(Boolean));
  if (story.chain.length > 0) {
    const items = story.chain.map((link) => {
      const name = escapeMarkdown(link.name);
      const url = markdownUrl(link.url);
      return `- ${escapeMarkdown(roleWords(link.role))}: ${url ? `[${name}](${url})` : name}`;
    });
    blocks.push('---', `${escapeMarkdown(t('popup_chain_heading'))}:\n\n${items.join('\n')}`);
  }
  return `${blocks.join('\n\n')}\n`;
}
