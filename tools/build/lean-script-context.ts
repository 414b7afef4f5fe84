import type { Plugin } from 'vite';
import { isContentScriptBuild } from './content-script-build';

// WXT hands every content script a ContentScriptContext (ctx): a class, so the bundler keeps
// all of its methods whether called or not. Ours calls ctx.addEventListener and
// ctx.onInvalidated (entrypoints/content.ts), and WXT's own runtime the rest of what stays.
// Four timer wrappers nothing calls (block, setTimeout, requestAnimationFrame,
// requestIdleCallback) are taken out of the content script's build only, where every page
// pays for its bytes. A method missing from WXT's source (a WXT update renamed or moved
// it) fails the build, so this never silently drops something else.

const CONTEXT_MODULE = /[\\/]wxt[\\/]dist[\\/]utils[\\/]content-script-context\.mjs$/;
export const UNUSED_CONTEXT_METHODS = ['block', 'setTimeout', 'requestAnimationFrame', 'requestIdleCallback'] as const;

/** `source` without the named class methods (each from its doc comment, if any, to its closing brace at the method's indent). */
export function withoutMethods(source: string, names: readonly string[]): string {
  let out = source;
  for (const name of names) {
    const method = new RegExp(String.raw`(?:\n(\t)/\*\*(?:(?!\*/)[\s\S])*\*/)?\n(\t)${name}\([^)]*\) \{\n[\s\S]*?\n\2\}(?=\n)`);
    const match = method.exec(out);
    if (!match) throw new Error(`sourceline:lean-script-context: WXT's ContentScriptContext has no method ${name}() as expected; review tools/build/lean-script-context.ts`);
    out = out.slice(0, match.index) + out.slice(match.index + match[0].length);
  }
  return out;
}

export function leanScriptContextPlugin(): Plugin {
  let isContentScript = false;
  return {
    name: 'sourceline:lean-script-context',
    enforce: 'pre',
    configResolved(config) {
      isContentScript = isContentScriptBuild(config);
    },
    transform(code, id) {
      if (!isContentScript || !CONTEXT_MODULE.test(id)) return null;
      return { code: withoutMethods(code, UNUSED_CONTEXT_METHODS), map: null };
    },
  };
}
