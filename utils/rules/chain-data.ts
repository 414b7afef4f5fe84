import type { ChainData } from '../engine/lexicon';
import { agencyRows } from './agencies';
import { creditGrammar } from './credits';
import { listedOutlets } from './outlet-gazetteer';
import { outletWords, outlets } from './outlets';

// The chain's data in one plain-JSON object: what the popup hands to the content script
// when it asks for the chain, and what the CLI, the evaluation and the tests build it with.

let data: ChainData | undefined;

export function chainData(): ChainData {
  data ??= { agencies: agencyRows.map((r) => r.row), outlets, outletWords, grammar: creditGrammar, listed: listedOutlets };
  return data;
}
