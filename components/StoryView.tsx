import type { ComponentChildren } from 'preact';
import type { Story } from '../utils/engine/types';
import { wordCount } from '../utils/engine/text';
import { t } from '../utils/i18n';

/** The story's title, size and paragraphs; `children` (the copy actions) stand between the size and the text. */
export function StoryView({ title, story, children }: { title: string; story: Story; children?: ComponentChildren }) {
  const words = wordCount(story.text);
  return (
    <section class="story" aria-labelledby="story-heading">
      <h2 id="story-heading">{t('popup_story_heading')}</h2>
      <h3 class="story-title">{title || t('popup_untitled')}</h3>
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
