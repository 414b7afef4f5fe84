import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ruleBookAsset } from '../tools/build/rule-book-asset';

// The background reads the rule book from the extension's package (rule-book.json, written by
// the build from tools/build/rule-book-asset.ts). In the unit tier there is no package: `fetch`
// answers the file's address with what the build writes there, and anything else with a 404.

/** Serves the packaged rule book to `fetch`; returns the addresses asked for. */
export function servePackagedRuleBook(): string[] {
  const asked: string[] = [];
  const asset = ruleBookAsset();
  const address = fakeBrowser.runtime.getURL(`/${asset.relativeDest}` as '/');
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    asked.push(url);
    return url === address ? new Response(asset.contents, { headers: { 'content-type': 'application/json' } }) : new Response('', { status: 404 });
  });
  return asked;
}
