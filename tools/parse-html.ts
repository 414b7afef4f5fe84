import { parseHTML } from 'linkedom';

// Parses saved HTML into a standard DOM Document for the engine. linkedom builds a plain
// DOM without a browser around it: no scripts run, nothing is fetched, and each document
// is freed when dropped (a batch of thousands of pages stays in bounded memory).

export function parseHtml(html: string): Document {
  // linkedom wants a document; a fragment or bare text is wrapped so it still parses.
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}
