import { parse, type Node } from 'acorn';
import MagicString from 'magic-string';
import { minify } from 'terser';
import type { Plugin } from 'vite';
import { walk } from './strip-rule-docs';

// The content script loads on every page, so its bytes are paid on every page: after the
// bundler's own minifier, terser's second compression pass (two passes, ES2020 output)
// takes another ~600 B gzip off it (26,571 -> 25,969 B on the merged build of 2026-12-06).
// Only that one script: the popup and options pages load once, when opened.
//
// And it is written in ASCII only. V8 keeps a script's source for as long as the tab lives
// (functions are compiled lazily from it), and one character beyond Latin-1 (a "：" in a
// pattern) makes the whole source a two-byte string: 149 KB in every tab's heap instead of
// 74 KB (a heap snapshot of an AEB page, 2026-12-07: ExternalStringData +150 KB with the
// extension). The escapes also compress a little better (-5 B gzip).

const CONTENT_SCRIPT = /(?:^|\/)content-scripts\/content\.js$/;
const NON_ASCII = /[^\x00-\x7f]/;
/** A UTF-16 unit as `\uXXXX` after the backslashes before it; one escaped already (`\—`) would turn into a backslash and text. */
const escaped = (_match: string, backslashes: string, unit: string) => {
  if (backslashes.length % 2) throw new Error(`content script: an escaped character beyond ASCII in a template (\\${unit}): write it unescaped`);
  return `${backslashes}\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
};

type TemplateLiteral = Node & { quasis: Node[] };
type Call = Node & { callee: Node & { name?: string }; arguments: Node[] };
type Tagged = Node & { tag: Node; quasi: TemplateLiteral };

/** Whether `node` is `String.raw` as written in the minified script. */
const isStringRaw = (node: Node, code: string) => code.slice(node.start, node.end) === 'String.raw';

/**
 * `code` with every character beyond ASCII escaped. terser's `ascii_only` escapes strings and
 * regular expressions, not the text of template literals: those are escaped here, each UTF-16
 * unit as `\uXXXX`. An untagged template cooks the escape back to the same character; a
 * `String.raw` template keeps it as text, which is the same character to the regular
 * expression it is the pattern of (`new RegExp(String.raw\`…\`)`, the only tagged
 * templates escaped). Throws if anything else is left.
 */
export function asciiTemplates(code: string): string {
  if (!NON_ASCII.test(code)) return code;
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'script' });
  const patterns = new Set<Node>();
  const tagged = new Set<Node>();
  for (const node of walk(ast)) {
    if (node.type === 'TaggedTemplateExpression') tagged.add((node as Tagged).quasi);
    if (node.type !== 'NewExpression' || (node as Call).callee.name !== 'RegExp') continue;
    const first = (node as Call).arguments[0];
    if (first?.type === 'TaggedTemplateExpression' && isStringRaw((first as Tagged).tag, code)) patterns.add((first as Tagged).quasi);
  }
  const out = new MagicString(code);
  for (const node of walk(ast)) {
    if (node.type !== 'TemplateLiteral' || (tagged.has(node) && !patterns.has(node))) continue;
    for (const quasi of (node as TemplateLiteral).quasis) {
      const text = code.slice(quasi.start, quasi.end);
      if (NON_ASCII.test(text)) out.overwrite(quasi.start, quasi.end, text.replace(/(\\*)([^\x00-\x7f])/g, escaped));
    }
  }
  const ascii = out.toString();
  const left = ascii.search(NON_ASCII);
  if (left >= 0) throw new Error(`content script: a character beyond ASCII is left at ${left}: …${ascii.slice(left - 40, left + 10)}…`);
  return ascii;
}

export function terseContentScriptPlugin(): Plugin {
  return {
    name: 'sourceline:terse-content-script',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !CONTENT_SCRIPT.test(chunk.fileName)) continue;
        const result = await minify(chunk.code, {
          ecma: 2020,
          compress: { passes: 2 },
          mangle: true,
          format: { ecma: 2020, ascii_only: true },
        });
        if (result.code) chunk.code = asciiTemplates(result.code);
      }
    },
  };
}
