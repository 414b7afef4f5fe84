import { chainOfInput } from '../engine/chain';
import type { ChainInput } from '../engine/chain-input';
import type { ChainLink } from '../engine/types';

// What the memory keeps of a page's source chain: the wire agency it credits and who it says
// it republished from. The chain is built here, in the background, from what the content
// script read of the page (StoryNote.chainInput), with the installed rule book's lexicon
// (compileLexicon keeps it while the book is installed).

export interface StoryCredits {
  agency?: string;
  republisher?: string;
}

/** The first link of each role the page itself states (none inferred from the memory). */
export function creditsOf(chain: readonly ChainLink[]): StoryCredits {
  const named = (role: ChainLink['role']) => chain.find((link) => link.role === role && !link.inferred)?.name;
  const agency = named('agency');
  const republisher = named('republisher');
  return { ...(agency && { agency }), ...(republisher && { republisher }) };
}

/** The credits of the chain built from `input` (needs an installed rule book). */
export function storyCredits(input: ChainInput): StoryCredits {
  return creditsOf(chainOfInput(input));
}
