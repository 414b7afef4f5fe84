import type { ComponentChildren } from 'preact';
import type { Story } from '../utils/engine/types';
import { wordCount } from '../utils/engine/text';
import { t } from '../utils/i18n';

interface StoryViewProps {
  title: string;
  story: Story;
  byline?: string | undefined;
  published?: string | undefined;
  children?: ComponentChildren;
}

/** The story's title, byline, size and paragraphs; `children` (the copy actions) stand between the size and the text. */
export function StoryView({ title, story, byline, published, children }: StoryViewProps) {
  const words = wordCount(story.text);
  const signed = [byline && t('popup_export_byline', byline), published && t('popup_export_published', readableDate(published))].filter(Boolean).join(' · ');
  return (
    <section class="story" aria-labelledby="story-heading">
      <h2 id="story-heading">{t('popup_story_heading')}</h2>
      <h3 class="story-title">{title || t('popup_untitled')}</h3>
      {signed && <p class="byline">{signed}</p>}
      <p class="word-count">
        {t(words === 1 ? 'popup_words_one' : 'popup_words_other', String(words))} ·{' '}
        {t(story.paragraphs.length === 1 ? 'popup_paragraphs_one' : 'popup_paragraphs_other', String(story.paragraphs.length))}
      </p>
      {children}
      <div class="story-text">
        {story.paragraphs.map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
    </section>
  );
}

/** "19 Mar 2023, 09:12" in the reader's language; the page's own text when it is no date. */
function readableDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const hasTime = /T\d{2}:\d{2}/.test(iso);
  return date.toLocaleString(undefined, hasTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium', timeZone: 'UTC' });
}
