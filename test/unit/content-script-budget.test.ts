import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The content script runs on every page: it must never read layout (each read can force
// the browser to lay the page out again). Checked over every source file it is built from.

const ROOT = join(import.meta.dirname, '..', '..');
const CONTENT_SCRIPT_SOURCES = ['entrypoints/content.ts', 'utils/engine', 'utils/page', 'utils/rules', 'utils/messaging.ts', 'utils/labels.ts', 'utils/regexp.ts'];
const LAYOUT_READS =
  /\b(?:getBoundingClientRect|getClientRects|getComputedStyle|innerText|outerText|offset(?:Top|Left|Width|Height|Parent)|client(?:Top|Left|Width|Height)|scroll(?:Top|Left|Width|Height)|elementFromPoint|checkVisibility)\b/;

function files(path: string): string[] {
  const full = join(ROOT, path);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full).flatMap((name) => files(join(path, name)));
}

describe('the content script', () => {
  const sources = CONTENT_SCRIPT_SOURCES.flatMap(files).filter((f) => /\.tsx?$/.test(f));

  it('is built from the files checked here', () => {
    expect(sources.length).toBeGreaterThan(15);
  });

  it.each(sources.map((f) => [relative(ROOT, f), f]))('%s reads no layout', (_name, file) => {
    const code = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(?:\/\/|\*|\/\*)/.test(line));
    const offending = code.filter((line) => LAYOUT_READS.test(line));
    expect(offending).toEqual([]);
  });

  it('would catch a layout read', () => {
    expect(LAYOUT_READS.test('const h = el.offsetHeight;')).toBe(true);
    expect(LAYOUT_READS.test('el.getBoundingClientRect()')).toBe(true);
    expect(LAYOUT_READS.test('target.scrollIntoView({ block: "center" })')).toBe(false);
  });
});
