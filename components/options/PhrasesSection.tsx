import { useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../utils/i18n';
import { checkUserPhrase, MAX_PHRASE_LENGTH, type PhraseProblem } from '../../utils/options/phrases';
import { RemovableList } from './RemovableList';

const PROBLEM_KEYS: Record<PhraseProblem, MessageKey> = {
  empty: 'options_phrase_error_empty',
  'too-short': 'options_phrase_error_too_short',
  'too-long': 'options_phrase_error_too_long',
  'control-characters': 'options_phrase_error_control_characters',
  'no-letters': 'options_phrase_error_no_letters',
  'too-common': 'options_phrase_error_too_common',
  duplicate: 'options_phrase_error_duplicate',
  'too-many': 'options_phrase_error_too_many',
};

/** The user's own phrases: added after the checks in utils/options/phrases.ts, each removable. */
export function PhrasesSection({
  phrases,
  onAdd,
  onRemove,
}: {
  phrases: readonly string[];
  onAdd: (phrase: string) => Promise<boolean>;
  onRemove: (phrase: string) => void;
}) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<PhraseProblem | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const add = async (event: Event) => {
    event.preventDefault();
    const check = checkUserPhrase(draft, phrases);
    if (!check.ok) {
      setProblem(check.problem);
      input.current?.focus();
      return;
    }
    setProblem(null);
    if (await onAdd(check.phrase)) setDraft('');
    input.current?.focus();
  };

  return (
    <section class="card" aria-labelledby="phrases-heading">
      <h2 id="phrases-heading">{t('options_phrases_heading')}</h2>
      <p class="help" id="phrases-help">
        {t('options_phrases_help')}
      </p>
      <form class="phrase-form" onSubmit={add} noValidate>
        <label for="phrase-input">{t('options_phrases_input_label')}</label>
        <div class="field-row">
          <input
            type="text"
            id="phrase-input"
            ref={input}
            value={draft}
            // A little room over the limit so a too-long paste gets its message instead of being cut.
            maxLength={MAX_PHRASE_LENGTH * 2}
            autoComplete="off"
            spellcheck={false}
            aria-invalid={problem !== null}
            aria-describedby={problem ? 'phrase-error phrases-help' : 'phrases-help'}
            onInput={(event) => {
              setDraft(event.currentTarget.value);
              setProblem(null);
            }}
          />
          <button type="submit" id="phrase-add">
            {t('options_phrases_add')}
          </button>
        </div>
        <p class="field-error" id="phrase-error" role="alert">
          {problem ? t(PROBLEM_KEYS[problem]) : ''}
        </p>
      </form>
      <RemovableList
        items={phrases}
        empty={t('options_phrases_empty')}
        removeLabel={(phrase) => t('options_phrases_remove_label', phrase)}
        dataName="data-phrase"
        onRemove={onRemove}
        fallbackFocus={input}
      />
    </section>
  );
}
