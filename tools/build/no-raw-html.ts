import type { Plugin } from 'vite';

// Sourceline renders page-supplied text only as text (a unit test forbids raw-HTML APIs in
// our code). Preact still carries one raw-HTML path, for `dangerouslySetInnerHTML`, which
// nothing here uses; this build step turns it into an error, so no code path in the
// extension can assign page data to innerHTML (and addons.mozilla.org's linter agrees).

const RAW_HTML_ASSIGNMENT = /\(([A-Za-z_$][\w$]*)\.innerHTML=([A-Za-z_$][\w$]*)\.__html\)/g;

export function forbidRawHtml(code: string): { code: string; count: number } {
  let count = 0;
  const out = code.replace(RAW_HTML_ASSIGNMENT, () => {
    count++;
    return '(()=>{throw new Error("Sourceline never renders raw HTML")})()';
  });
  return { code: out, count };
}

export function noRawHtmlPlugin(): Plugin {
  return {
    name: 'sourceline:no-raw-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]/.test(id) || !code.includes('innerHTML')) return null;
      const { code: out, count } = forbidRawHtml(code);
      if (count === 0) this.error(`preact changed: no raw-HTML assignment found to forbid in ${id}`);
      return { code: out, map: null };
    },
  };
}
