import { useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import { copyToClipboard } from '../utils/popup/clipboard';
import { storyAsMarkdown, storyAsText, type StoryExport } from '../utils/popup/story-export';

type Status = { kind: 'idle' } | { kind: 'copied'; markdown: boolean } | { kind: 'failed'; error: string };

/** "Copy story" and "Copy as Markdown", with a visible answer: copied, or why the browser refused. */
export function CopyActions({ story }: { story: StoryExport }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const copy = async (markdown: boolean) => {
    let text: string;
    try {
      text = markdown ? storyAsMarkdown(story) : storyAsText(story);
    } catch (error) {
      setStatus({ kind: 'failed', error: String(error) });
      return;
    }
    const result = await copyToClipboard(text);
    setStatus(result.ok ? { kind: 'copied', markdown } : { kind: 'failed', error: result.error });
  };
  const message =
    status.kind === 'copied'
      ? t(status.markdown ? 'popup_copied_markdown' : 'popup_copied')
      : status.kind === 'failed'
        ? t('popup_copy_failed', status.error)
        : '';
  return (
    <div class="copy-actions">
      <button type="button" class="copy-text" onClick={() => copy(false)}>
        {t('popup_copy_text')}
      </button>
      <button type="button" class="copy-markdown" onClick={() => copy(true)}>
        {t('popup_copy_markdown')}
      </button>
      {/* Always in the document, so screen readers announce what appears in it. */}
      <p class={`copy-status copy-${status.kind}`} role="status">
        {message}
      </p>
    </div>
  );
}
