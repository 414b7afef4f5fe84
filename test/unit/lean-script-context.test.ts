import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { UNUSED_CONTEXT_METHODS, withoutMethods } from '../../tools/build/lean-script-context';

// The content script's build drops four unused methods of WXT's ContentScriptContext: checked on the
// installed WXT's own source, so a WXT update that moves them fails here as it fails the build.
const require = createRequire(import.meta.url);
const source = readFileSync(require.resolve('wxt/utils/content-script-context'), 'utf8');

/** The method names of the module's class, as parsed. */
function methodNames(code: string): string[] {
  const program = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  const names: string[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; key?: { name?: string } };
    if (n.type === 'MethodDefinition' && n.key?.name) names.push(n.key.name);
    for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
  };
  visit(program);
  return names;
}

describe('lean-script-context build plugin', () => {
  it('takes out exactly the unused methods, and the module still parses', () => {
    const before = methodNames(source);
    const after = methodNames(withoutMethods(source, UNUSED_CONTEXT_METHODS));
    for (const name of UNUSED_CONTEXT_METHODS) expect(before).toContain(name);
    expect(after).toEqual(before.filter((name) => !(UNUSED_CONTEXT_METHODS as readonly string[]).includes(name)));
    // What the content script and WXT's runtime call stays.
    for (const kept of ['addEventListener', 'onInvalidated', 'setInterval', 'notifyInvalidated', 'stopOldScripts', 'listenForNewerScripts']) expect(after).toContain(kept);
  });

  it('fails loudly on a method WXT no longer has', () => {
    expect(() => withoutMethods(source, ['noSuchMethod'])).toThrow(/no method noSuchMethod/);
  });

  it('names no method the content script calls on ctx', () => {
    const content = readFileSync(join(import.meta.dirname, '..', '..', 'entrypoints', 'content.ts'), 'utf8');
    const called = [...content.matchAll(/\bctx\.(\w+)/g)].map((m) => m[1]);
    expect(called.length).toBeGreaterThan(0);
    for (const name of called) expect(UNUSED_CONTEXT_METHODS).not.toContain(name);
  });
});
