import '../../utils/rules/install-full-book';
import { analyze } from '../../utils/engine/analyze';
import { decodeHtml } from '../decode-html';
import { parseHtml } from '../parse-html';
import { describe, notHtmlReason, type PageInput, type PageResult } from './page';

// One page: bytes in, Analysis (or the reason it was refused) out. Runs in the main thread
// (--jobs 1) or in a worker; it depends only on its input.

export function analyzePage(page: PageInput): PageResult {
  try {
    const reason = notHtmlReason(page.bytes);
    if (reason) return { ok: false, message: reason };
    const text = decodeHtml(page.bytes, page.charset).text;
    return { ok: true, analysis: analyze(parseHtml(text), page.url, { story: 'always' }) };
  } catch (error) {
    return { ok: false, message: describe(error) };
  }
}
