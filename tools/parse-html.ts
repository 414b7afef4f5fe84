import { parseHTML } from 'linkedom';

// Parses saved HTML into a standard DOM Document for the engine. linkedom builds a plain
// DOM without a browser around it: no scripts run, nothing is fetched, and each document
// is freed when dropped (a batch of thousands of pages stays in bounded memory).

/**
 * Old pages open <html> once per Internet Explorer conditional comment; a browser keeps
 * the first and ignores the rest, linkedom would start over at each. Keep the first.
 */
function dropRepeatedHtmlTags(html: string): string {
  // Inside a comment (`<!--[if lt IE 7]> <html class="ie6"> <![endif]-->`) a tag is only text
  // to a browser; linkedom would take it for the document's first <html>.
  const uncommented = html.replace(/<!--[\s\S]*?-->/g, (comment) => (/<html[\s>]/i.test(comment) ? '<!---->' : comment));
  let seen = false;
  return uncommented.replace(/<html(?=[\s>])[^>]*>/gi, (tag) => {
    if (seen) return '';
    seen = true;
    return tag;
  });
}

/** A page without a <body> tag: a browser starts the body at the first element that cannot be in <head>. */
function openMissingBody(html: string): string {
  // Scripts between </head> and <body> make linkedom start an empty body of its own.
  if (/<body[\s>]/i.test(html)) return html.replace(/<\/head>((?:\s|<script\b[^>]*>[\s\S]*?<\/script>|<!--[\s\S]*?-->)*)(<body)/i, '</head>$2');
  return html.replace(/<(?:header|div|main|article|section|p|h[1-6]|nav|table|ul|ol|form|span|a|img)[\s>]/i, (tag) => `</head><body>${tag}`);
}

export function parseHtml(html: string): Document {
  const trimmed = html.trimStart();
  // linkedom wants a document; a fragment or bare text is wrapped so it still parses.
  const source = /<html[\s>]/i.test(trimmed)
    ? openMissingBody(dropRepeatedHtmlTags(trimmed))
    : `<!doctype html><html><head></head><body>${trimmed}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}
