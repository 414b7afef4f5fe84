// The Analysis contract (DESIGN.md). Fields may be added; none may be renamed or removed
// without a version bump. Everything here is plain data: it crosses the message boundary
// to the popup and is printed by the CLI.

export type FindingKind = 'boilerplate' | 'read-also';

export interface Finding {
  kind: FindingKind;
  /** e.g. feed-disclaimer, ad-shortcode, source-link, share-prompt, related */
  category: string;
  /** the block's visible text */
  text: string;
  /** id of the rule that fired */
  rule: string;
}

export type ChainRole = 'site' | 'republisher' | 'agency' | 'cited';

/** high: a dateline, a tag or a line made for it; medium: a strong hint; low: a weak hint. */
export type Confidence = 'high' | 'medium' | 'low';

export interface ChainLink {
  role: ChainRole;
  name: string;
  /** http(s) only */
  url?: string;
  /** the sentence, dateline or tag that proves it (all of them, joined by " · ") */
  evidence: string;
  /** each piece of evidence on its own */
  evidences: string[];
  confidence: Confidence;
  /** not stated by this page: inferred from an earlier page with the same story (the reader's own memory) */
  inferred?: true;
  /** the name was recognised as an outlet by its shape ("… News", a web host), not stated as one nor known */
  recognised?: true;
  /** how sure that recognition is, 0–1 (with `recognised`) */
  score?: number;
}

export interface Story {
  text: string;
  paragraphs: string[];
}

export interface Analysis {
  url: string | null;
  title: string;
  /** who signed the story, from the page's metadata or its marked byline */
  byline?: string;
  /** when it was published (ISO 8601, as the page gives it) */
  published?: string;
  /** BCP 47, from <html lang> */
  lang?: string;
  /** false when the article gate judged the page not to be a news article (then nothing is found) */
  isArticle: boolean;
  story: Story;
  /** in document order */
  findings: Finding[];
  /** from the page you read toward the origin */
  chain: ChainLink[];
}
