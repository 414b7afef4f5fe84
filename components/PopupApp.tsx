import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../utils/i18n';
import type { SeenElsewhere as Seen } from '../utils/memory/messages';
import { withInferredAgency } from '../utils/memory/provenance';
import { loadPageState, onPageStateChange, revealEvidence, setSiteEnabled, type PageState } from '../utils/popup/page-analysis';
import { INFER_WORDS, loadSeenElsewhere } from '../utils/popup/seen-elsewhere';
import { ChainView } from './ChainView';
import { CopyActions } from './CopyActions';
import { FindingsSummary } from './FindingsSummary';
import { Notice } from './Notice';
import { SeenElsewhere } from './SeenElsewhere';
import { SiteSwitch } from './SiteSwitch';
import { StoryView } from './StoryView';

export function PopupApp() {
  const [state, setState] = useState<PageState>({ status: 'loading' });
  const load = () =>
    loadPageState().then(setState, (error: unknown) =>
      setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) }),
    );
  useEffect(() => {
    void load();
  }, []);
  // The story memory's earlier pages with this story (null until the background answers).
  const [seen, setSeen] = useState<Seen[] | null>(null);
  useEffect(() => {
    setSeen(null);
    if (state.status === 'ok') void loadSeenElsewhere(state.analysis).then(setSeen);
  }, [state]);
  // The page says when its state changed (a switch, a setting, late content): the popup asks again then.
  const tabId = 'tabId' in state ? state.tabId : undefined;
  useEffect(() => (tabId === undefined ? undefined : onPageStateChange(tabId, () => void load())), [tabId]);
  const switchSite = (host: string, enabled: boolean) => setSiteEnabled(host, enabled);

  return (
    // Busy until the memory has answered too: its answer adds links and may add an inferred agency to the chain.
    <main class="popup" aria-busy={state.status === 'loading' || (state.status === 'ok' && seen === null)}>
      <header class="brand">
        <span class="logo" aria-hidden="true" />
        <h1>Sourceline</h1>
        <button type="button" class="options-link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('options_open_from_popup')}
        </button>
      </header>
      {(state.status === 'ok' || state.status === 'disabled') && (
        <SiteSwitch host={state.host} enabled={state.status === 'ok'} onChange={(enabled) => switchSite(state.host, enabled)} />
      )}
      <PopupBody state={state} seen={seen} />
    </main>
  );
}

export function PopupBody({ state, seen = null }: { state: PageState; seen?: Seen[] | null }) {
  switch (state.status) {
    case 'loading':
      return <Notice kind="empty" title={t('popup_loading')} />;
    case 'unavailable':
      return (
        <Notice kind="empty" title={t('popup_unavailable_title')}>
          {t('popup_unavailable_body')}
        </Notice>
      );
    case 'disabled':
      return (
        <Notice kind="empty" title={t('popup_disabled_title')}>
          {t('popup_disabled_body')}
        </Notice>
      );
    case 'failed':
      return (
        <Notice kind="error" title={t('popup_failed_title')}>
          {t('popup_failed_body', state.error)}
        </Notice>
      );
    case 'ok': {
      const { tabId } = state;
      // A page that credits no agency may get one inferred from an earlier page with the same story.
      const analysis = seen ? { ...state.analysis, chain: withInferredAgency(state.analysis.chain, seen, INFER_WORDS) } : state.analysis;
      if (!analysis.isArticle) {
        return (
          <>
            <Notice kind="empty" title={t('popup_not_article_title')}>
              {t('popup_not_article_body')}
            </Notice>
            <ChainView chain={analysis.chain} />
          </>
        );
      }
      const nothingFound = analysis.findings.length === 0 && analysis.chain.length <= 1;
      return (
        <>
          {nothingFound && <Notice kind="empty" title={t('popup_nothing_found')} />}
          <ChainView chain={analysis.chain} onReveal={(evidence) => revealEvidence(tabId, evidence)} />
          {seen && <SeenElsewhere seen={seen} />}
          <FindingsSummary findings={analysis.findings} />
          {analysis.story.paragraphs.length > 0 ? (
            <StoryView title={analysis.title} story={analysis.story} byline={analysis.byline} published={analysis.published}>
              <CopyActions
                story={{
                  title: analysis.title,
                  paragraphs: analysis.story.paragraphs,
                  chain: analysis.chain,
                  ...(analysis.byline && { byline: analysis.byline }),
                  ...(analysis.published && { published: analysis.published }),
                }}
              />
            </StoryView>
          ) : (
            <Notice kind="empty" title={t('popup_no_story')} />
          )}
        </>
      );
    }
  }
}
