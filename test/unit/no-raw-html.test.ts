import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Page text reaches the popup and the page controls; it must only ever become text.
// No source file may use an HTML sink: the popup renders with Preact (which escapes), the
// page effect builds nodes with createElement/textContent.

const ROOT = join(import.meta.dirname, '..', '..');
const SOURCE_DIRS = ['components', 'entrypoints', 'utils'];
const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|html|vue|svelte)$/;

/** Each sink, as it would be written in code. */
const SINKS: Array<[string, RegExp]> = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML =', /\bouterHTML\s*(?:\+|\?\?|\|\||&&)?=(?!=)/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(?:ln)?\b/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && SOURCE_FILE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Comments out (line and block), so a note about a sink is not flagged; line numbers are kept. */
function stripComments(code: string): string {
  return code
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** "file:line: sink" for each use of a sink in `code`. */
function sinkUses(code: string, file = '<code>'): string[] {
  const out: string[] = [];
  stripComments(code)
    .split('\n')
    .forEach((line, i) => {
      for (const [name, pattern] of SINKS) if (pattern.test(line)) out.push(`${file}:${i + 1}: ${name}`);
    });
  return out;
}

describe('no raw HTML sinks in the extension source', () => {
  const files = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)));

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.map((f) => relative(ROOT, f))).toEqual(
      expect.arrayContaining(['components/ChainView.tsx', 'entrypoints/content.ts', 'utils/page/collapse.ts', 'entrypoints/popup/main.tsx']),
    );
  });

  it.each(SINKS.map(([name]) => name))('the check recognises %s', (name) => {
    const samples: Record<string, string> = {
      innerHTML: 'el.innerHTML = text;',
      'outerHTML =': 'node.outerHTML = `<b>${x}</b>`;',
      insertAdjacentHTML: "el.insertAdjacentHTML('beforeend', html);",
      'document.write': 'document.write(html);',
      dangerouslySetInnerHTML: 'return <div dangerouslySetInnerHTML={{ __html: html }} />;',
    };
    expect(sinkUses(samples[name]!)).toEqual([`<code>:1: ${name}`]);
  });

  it('reading outerHTML (not assigning it) and comments are fine', () => {
    expect(sinkUses('const before = doc.documentElement.outerHTML;\nif (a.outerHTML === b) {}\n// never use innerHTML here\n/* insertAdjacentHTML */')).toEqual([]);
  });

  it('no file in components/, entrypoints/ or utils/ uses one', () => {
    const uses = files.flatMap((file) => sinkUses(readFileSync(file, 'utf8'), relative(ROOT, file)));
    expect(uses).toEqual([]);
  });
});
