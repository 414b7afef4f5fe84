import { parse, type Node } from 'acorn';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

// The rule files carry their documentation as data (examples, counter-examples, notes,
// evidence): the lint tests read it, the extension never does. This build step drops
// those properties from the rule modules, so the content script that runs on every page
// does not ship them.

const DOC_PROPERTIES = new Set(['examples', 'counterExamples', 'note', 'evidence']);
const RULE_FILES = /[\\/]utils[\\/]rules[\\/][^\\/]+\.ts$/;

interface PropertyNode extends Node {
  type: 'Property';
  key: Node & { type: string; name?: string; value?: unknown };
}

/** Every node of an acorn tree, depth first. */
export function* walk(node: unknown): Generator<Node> {
  if (!node || typeof node !== 'object') return;
  if ('type' in node && typeof (node as Node).type === 'string') yield node as Node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const item of value) yield* walk(item);
    else if (value && typeof value === 'object' && 'type' in value) yield* walk(value);
  }
}

function keyName(property: PropertyNode): string | undefined {
  const { key } = property;
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  return undefined;
}

/** Removes the documentation properties from the object literals of `code`. */
export function stripRuleDocs(code: string): string {
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  const out = new MagicString(code);
  for (const node of walk(ast)) {
    if (node.type !== 'ObjectExpression') continue;
    const properties = (node as Node & { properties: Node[] }).properties;
    properties.forEach((property, i) => {
      if (property.type !== 'Property' || !DOC_PROPERTIES.has(keyName(property as PropertyNode) ?? '')) return;
      // Up to the next property (or the end of the object), so the comma goes too.
      const end = properties[i + 1]?.start ?? property.end;
      out.remove(property.start, end);
    });
  }
  return out.toString();
}

export function stripRuleDocsPlugin(): Plugin {
  return {
    name: 'sourceline:strip-rule-docs',
    enforce: 'post',
    transform(code, id) {
      if (!RULE_FILES.test(id)) return null;
      return { code: stripRuleDocs(code), map: null };
    },
  };
}
