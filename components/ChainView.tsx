import { useState } from 'preact/hooks';
import { safeHttpUrl } from '../utils/engine/url';
import type { ChainLink } from '../utils/engine/types';
import { t } from '../utils/i18n';
import { roleLabel } from '../utils/labels';

const QUOTE_CHARS = 180;

/** Only uncertain links say how sure they are. */
const CONFIDENCE_KEYS = { medium: 'popup_confidence_medium', low: 'popup_confidence_low' } as const;

function shortQuote(text: string): string {
  return text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS - 1).trimEnd()}…` : text;
}

interface Props {
  chain: ChainLink[];
  /** scrolls the page to the evidence; resolves false when it is not in the page's text */
  onReveal?: (evidence: string) => Promise<boolean>;
}

function ChainItem({ link, onReveal }: { link: ChainLink; onReveal?: Props['onReveal'] }) {
  const [missing, setMissing] = useState(false);
  // Page-supplied addresses are checked again here: only http(s) ever becomes a link.
  const url = safeHttpUrl(link.url);
  const firstEvidence = link.evidences[0] ?? link.evidence;
  return (
    <li class={`chain-link role-${link.role}${link.inferred ? ' inferred-link' : ''}`}>
      <span class="role">{roleLabel(link.role)}</span>
      <span class="name">
        {url ? (
          <a href={url} target="_blank" rel="noopener noreferrer" title={url}>
            {link.name}
          </a>
        ) : (
          link.name
        )}
      </span>
      {link.inferred && <span class="inferred">{t('popup_inferred')}</span>}
      <q class="evidence" title={link.evidence}>
        {shortQuote(link.evidences[0] ?? link.evidence)}
      </q>
      {link.recognised && <span class="inferred">{t('popup_recognised')}</span>}
      {(link.evidences.length > 1 || link.confidence !== 'high') && (
        <span class="evidence-meta">
          {link.evidences.length > 1 && t('popup_evidence_count', String(link.evidences.length))}
          {link.evidences.length > 1 && link.confidence !== 'high' && ' · '}
          {link.confidence !== 'high' && t(CONFIDENCE_KEYS[link.confidence])}
        </span>
      )}
      {onReveal && link.role !== 'site' && !link.inferred && (
        <button
          type="button"
          class="reveal"
          onClick={async () => setMissing(!(await onReveal(firstEvidence)))}
        >
          {missing ? t('popup_not_in_page') : t('popup_show_in_page')}
        </button>
      )}
    </li>
  );
}

export function ChainView({ chain, onReveal }: Props) {
  return (
    <section class="chain" aria-labelledby="chain-heading">
      <h2 id="chain-heading">{t('popup_chain_heading')}</h2>
      <ol>
        {chain.map((link) => (
          <ChainItem key={`${link.role}:${link.name}`} link={link} onReveal={onReveal} />
        ))}
      </ol>
    </section>
  );
}
