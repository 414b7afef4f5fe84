import { chainOfInput } from '../engine/chain';
import type { ChainInput } from '../engine/chain-input';
import type { ChainLink } from '../engine/types';
import { readyRuleBook } from '../page/rule-book';

// The popup builds the page's source chain itself, from what the content script read of the
// page (AnalysisReply.chainInput), with the rule book read from the extension's storage as
// the content script reads it (utils/page/rule-book.ts; the background's, when storage has
// none yet). The content script, which runs on every page, carries no chain code nor lexicon.

export async function sourceChain(input: ChainInput): Promise<ChainLink[]> {
  await readyRuleBook(true);
  return chainOfInput(input);
}
