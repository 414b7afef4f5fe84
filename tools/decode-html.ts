// Turns a saved page's bytes into text the way a browser would: a byte-order mark first,
// then the charset the HTTP response declared (pages from a WARC), then the charset the
// page declares in its first bytes (<meta charset>, or the http-equiv Content-Type), then UTF-8.

const SNIFF_BYTES = 4096;

function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const meta = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i);
  return meta?.[1]?.toLowerCase() ?? null;
}

/** The charset parameter of a Content-Type header (`text/html; charset="koi8-r"` → koi8-r). */
export function headerCharset(contentType: string | null | undefined): string | null {
  const match = contentType?.match(/;\s*charset\s*=\s*"?([\w.:-]+)/i);
  return match?.[1]?.toLowerCase() ?? null;
}

function decodeAs(bytes: Uint8Array, declared: string): { text: string; encoding: string } | null {
  try {
    // A page that says UTF-16 in its bytes is not UTF-16 (it could not say so in ASCII).
    const label = /^utf-?16/.test(declared) ? 'utf-8' : declared;
    return { text: new TextDecoder(label).decode(bytes), encoding: label };
  } catch {
    return null; // an unknown label
  }
}

export function decodeHtml(bytes: Uint8Array, httpCharset?: string | null): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (httpCharset) {
    // From HTTP, UTF-16 is possible: the header is not in the bytes.
    try {
      return { text: new TextDecoder(httpCharset).decode(bytes), encoding: httpCharset };
    } catch {
      // an unknown label: on to the page's own declaration
    }
  }
  const declared = declaredCharset(bytes);
  const decoded = declared ? decodeAs(bytes, declared) : null;
  if (decoded) return decoded;
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
}
