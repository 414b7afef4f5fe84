import { useId, useState } from 'preact/hooks';
import type { Finding } from '../utils/engine/types';
import { t } from '../utils/i18n';
import { categoryLabel } from '../utils/labels';
import { ruleWords } from '../utils/popup/rule-words';

const EXCERPT_CHARS = 90;

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > EXCERPT_CHARS ? `${line.slice(0, EXCERPT_CHARS - 1).trimEnd()}…` : line;
}

/** One collapsed block: its first words and a "Why collapsed?" disclosure with the category, the rule in words and the text. */
export function FindingItem({ finding }: { finding: Finding }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <li class="finding">
      <q class="finding-text" id={`${id}-text`}>
        {excerpt(finding.text)}
      </q>
      <button
        type="button"
        class="why-button"
        aria-expanded={open}
        aria-controls={`${id}-why`}
        aria-describedby={`${id}-text`}
        onClick={() => setOpen(!open)}
      >
        {t('popup_why')}
      </button>
      <div class="why" id={`${id}-why`} hidden={!open}>
        <p>{t('popup_why_category', categoryLabel(finding.category))}</p>
        <p>
          {t('popup_why_rule', ruleWords(finding))} <span class="rule-id">({finding.rule})</span>
        </p>
        <p class="why-text-label">{t('popup_why_text')}</p>
        <p class="why-text">{finding.text}</p>
      </div>
    </li>
  );
}
