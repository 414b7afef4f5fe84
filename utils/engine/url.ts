// Only http(s) addresses ever leave the engine: everything else a page can put in an
// href (javascript:, data:, vbscript:, look-alikes with spaces or entities) is dropped.

/** What an absolute address starts with (a scheme), before the URL parser drops tabs, newlines and leading controls. */
const SCHEME = /^[\x00-\x20]*[a-z][a-z\d+.\-\t\n\r]*:/i;

/** The absolute http(s) form of `href` resolved against `base`, or undefined. */
export function safeHttpUrl(href: string | null | undefined, base?: string | null): string | undefined {
  if (!href) return undefined;
  // A name ("Reuters") is no address: skip the parser's exception, which costs far more.
  if (!base && !SCHEME.test(href.trim())) return undefined;
  let parsed: URL;
  try {
    parsed = base ? new URL(href.trim(), base) : new URL(href.trim());
  } catch {
    return undefined;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
}

/** "www.latestly.com" for "https://www.latestly.com/x", or undefined. */
export function hostOf(url: string | null | undefined): string | undefined {
  const safe = safeHttpUrl(url);
  return safe ? new URL(safe).hostname : undefined;
}

/** The host without "www.", as a display name: "latestly.com". */
export function displayHost(host: string): string {
  return host.replace(/^www\d?\./i, '');
}
