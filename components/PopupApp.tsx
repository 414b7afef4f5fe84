import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../utils/i18n';
import { loadPageState, revealEvidence, setSiteEnabled, type PageState } from '../utils/popup/page-analysis';
import { ChainView } from './ChainView';
import { FindingsSummary } from './FindingsSummary';
import { Notice } from './Notice';
import { SiteSwitch } from './SiteSwitch';
import { StoryView } from './StoryView';

/** The content script applies a settings change before it is asked again. */
const SETTLE_MS = 150;

export function PopupApp() {
  const [state, setState] = useState<PageState>({ status: 'loading' });
  const load = () =>
    loadPageState().then(setState, (error: unknown) =>
      setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) }),
    );
  useEffect(() => {
    void load();
  }, []);
  const switchSite = async (host: string, enabled: boolean) => {
    await setSiteEnabled(host, enabled);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    await load();
  };

  return (
    <main class="popup" aria-busy={state.status === 'loading'}>
      <header class="brand">
        <span class="logo" aria-hidden="true" />
        <span>Sourceline</span>
        <button type="button" class="options-link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('options_open_from_popup')}
        </button>
      </header>
      {(state.status === 'ok' || state.status === 'disabled') && (
        <SiteSwitch host={state.host} enabled={state.status === 'ok'} onChange={(enabled) => switchSite(state.host, enabled)} />
      )}
      <PopupBody state={state} />
    </main>
  );
}

export function PopupBody({ state }: { state: PageState }) {
  switch (state.status) {
    case 'loading':
      return <Notice kind="empty" title="Reading this page…" />;
    case 'unavailable':
      return (
        <Notice kind="empty" title="Sourceline can’t read this page.">
          It works on web pages (http and https); browser pages and extension stores are off limits. If this page was
          open before Sourceline was installed, reload it.
        </Notice>
      );
    case 'disabled':
      return (
        <Notice kind="empty" title="Sourceline is off on this site.">
          The page is exactly as the site sent it. Turn Sourceline on for this site to collapse its boilerplate again.
        </Notice>
      );
    case 'failed':
      return (
        <Notice kind="error" title="The analysis failed on this page.">
          The page was left exactly as it was. ({state.error})
        </Notice>
      );
    case 'ok': {
      const { analysis, tabId } = state;
      if (!analysis.isArticle) {
        return (
          <>
            <Notice kind="empty" title="This page doesn’t look like a news article.">
              Sourceline left it exactly as it is.
            </Notice>
            <ChainView chain={analysis.chain} />
          </>
        );
      }
      const nothingFound = analysis.findings.length === 0 && analysis.chain.length <= 1;
      return (
        <>
          {nothingFound && <Notice kind="empty" title="No syndication found on this page." />}
          <ChainView chain={analysis.chain} onReveal={(evidence) => revealEvidence(tabId, evidence)} />
          <FindingsSummary findings={analysis.findings} />
          {analysis.story.paragraphs.length > 0 ? (
            <StoryView title={analysis.title} story={analysis.story} />
          ) : (
            <Notice kind="empty" title="No article text found on this page." />
          )}
        </>
      );
    }
  }
}
