import type { Story } from '../utils/engine/types';
import { wordCount } from '../utils/engine/text';

export function StoryView({ title, story }: { title: string; story: Story }) {
  const words = wordCount(story.text);
  return (
    <section class="story" aria-labelledby="story-heading">
      <h2 id="story-heading">The story</h2>
      <h3 class="story-title">{title || 'Untitled page'}</h3>
      <p class="word-count">
        {words} {words === 1 ? 'word' : 'words'} · {story.paragraphs.length}{' '}
        {story.paragraphs.length === 1 ? 'paragraph' : 'paragraphs'}
      </p>
      <div class="story-text">
        {story.paragraphs.map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
    </section>
  );
}
