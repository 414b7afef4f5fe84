import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ruleBookFor, storeRuleBook } from '../../utils/background/rule-book';
import { isRuleBookRequest } from '../../utils/messaging';
import { analyzeDocument, analyzePageSteps } from '../../utils/engine/analyze';
import type { ChainInput } from '../../utils/engine/chain-input';
import { runMemoized } from '../../utils/engine/run-memo';
import { drain } from '../../utils/engine/steps';
import { releaseRuleBook } from '../../utils/page/rule-book';
import { sourceChain } from '../../utils/popup/chain';
import { hasRuleBook } from '../../utils/rules/book';
import { installFullRuleBook } from '../../utils/rules/full-book';
import { loadFixture } from '../helpers';
import { servePackagedRuleBook } from '../packaged-rule-book';

// The popup builds the page's source chain from what the content script read of the page
// (its reply's chainInput), with the rule book read from storage as the content script reads
// it, or asked of the background when storage holds none yet. The chain is the CLI's.

const URL_OF_PAGE = 'https://news.example/2024/05/story-of-the-day';

/** The content script's reading of a fixture page, after the message's JSON round trip. */
const replyInput = (name: string): ChainInput =>
  JSON.parse(JSON.stringify(runMemoized(() => drain(analyzePageSteps(loadFixture(name), URL_OF_PAGE)).chainInput()))) as ChainInput;

describe('the popup’s source chain', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    servePackagedRuleBook();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    installFullRuleBook();
  });

  it.each(['seed--wordpress-autoblog.html', 'seed--indian-news-cms.html', 'counter--story-lookalikes.html'])(
    'is built with the stored rule book, the same as the CLI’s: %s',
    async (name) => {
      const input = replyInput(name);
      const expected = analyzeDocument(loadFixture(name), URL_OF_PAGE).analysis.chain;
      await storeRuleBook();
      // A fresh popup: no book installed.
      releaseRuleBook();
      const chain = await sourceChain(input);
      expect(hasRuleBook()).toBe(true);
      expect(chain).toEqual(expected);
      expect(chain.length).toBeGreaterThan(0);
    },
  );

  it('asks the background for the rule book when storage holds none yet', async () => {
    let asked = 0;
    fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
      isRuleBookRequest(message) && message.parts === 'whole' ? (asked++, ruleBookFor(message)) : undefined,
    );
    const input = replyInput('seed--wordpress-autoblog.html');
    releaseRuleBook();
    const chain = await sourceChain(input);
    expect(asked).toBe(1);
    expect(chain.map((link) => link.name)).toEqual(['World Newsline 24', 'LatestLY', 'ANI', 'Yonhap News Agency', 'The Japan Times', 'CNN']);
  });

  it('fails, and says so, when no rule book can be read', async () => {
    // Storage holds none, and the background's answer is no book.
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve(null));
    const input = replyInput('seed--wordpress-autoblog.html');
    releaseRuleBook();
    await expect(sourceChain(input)).rejects.toThrow(/rule book/);
  });
});
