import { compile as compileSelector } from 'css-select';
import { DOMParser, EventTarget as LinkedomEventTarget, Node as LinkedomNode, NodeList as LinkedomNodeList } from 'linkedom';
import { html as parse5Html, parse, type Token, type TreeAdapter, type TreeAdapterTypeMap } from 'parse5';

// Parses saved HTML into a standard DOM Document for the engine, the way a browser does.
// parse5 (the HTML standard's tree construction in JavaScript) decides the tree: implied
// <html>/<head>/<body>, <p> closed by a block, a <p> inside a <span>, tags inside comments,
// repeated <html> tags merged into the first, tables' foster parenting, the adoption
// agency. The tree adapter below builds linkedom nodes directly as parse5 constructs
// them, so there is no second parse and no text rewriting: linkedom only stores the tree
// (a plain DOM without a browser: no scripts run, nothing is fetched, and each document is
// freed when dropped, so a batch of thousands of pages stays in bounded memory).

// linkedom's EventTarget constructor gives every node (every element, text node and
// attribute) an entry in a WeakMap holding a Map of its listeners, whether or not a listener
// is ever added. On a news page that is tens of thousands of WeakMap entries per document:
// self time in the constructor and, above all, ephemerons the garbage collector has to
// trace. Nothing in the engine listens to events on a parsed page, so the nodes get a base
// class of their own that keeps listeners the same way, created on the first
// addEventListener. Its dispatch is linkedom's (event-target.js, simplified capture and
// bubbling as there).
const LISTENERS = Symbol('listeners');
type Listener = EventListenerOrEventListenerObject;
interface LinkedomEvent {
  type: string;
  bubbles: boolean;
  eventPhase: number;
  currentTarget?: unknown;
  target?: unknown;
  cancelBubble: boolean;
  defaultPrevented: boolean;
  _stopImmediatePropagationFlag: boolean;
  _path: { currentTarget: LazyTarget; target: LazyTarget }[];
  readonly CAPTURING_PHASE: number;
  readonly AT_TARGET: number;
  readonly BUBBLING_PHASE: number;
  readonly NONE: number;
}
type LazyTarget = { [LISTENERS]?: Map<string, Map<Listener, unknown>>; dispatchEvent?: unknown; _getParent?: () => LazyTarget | null };

function invokeListeners(this: LinkedomEvent, { currentTarget, target }: { currentTarget: LazyTarget; target: LazyTarget }): boolean | undefined {
  const listeners = currentTarget[LISTENERS]?.get(this.type);
  if (!listeners) return undefined;
  this.eventPhase = currentTarget === target ? this.AT_TARGET : this.BUBBLING_PHASE;
  this.currentTarget = currentTarget;
  this.target = target;
  for (const [listener, options] of listeners) {
    if (options && (options as { once?: boolean }).once) listeners.delete(listener);
    if (typeof listener === 'function') listener.call(target, this as unknown as Event);
    else listener.handleEvent(this as unknown as Event);
    if (this._stopImmediatePropagationFlag) break;
  }
  delete this.currentTarget;
  delete this.target;
  return this.cancelBubble;
}

class LazyEventTarget {
  [LISTENERS]: Map<string, Map<Listener, unknown>> | undefined;
  constructor() {
    this[LISTENERS] = undefined;
  }
  _getParent(): LazyTarget | null {
    return null;
  }
  addEventListener(type: string, listener: Listener, options?: unknown): void {
    const map = (this[LISTENERS] ??= new Map());
    if (!map.has(type)) map.set(type, new Map());
    map.get(type)!.set(listener, options);
  }
  removeEventListener(type: string, listener: Listener): void {
    const listeners = this[LISTENERS]?.get(type);
    if (listeners && listeners.delete(listener) && !listeners.size) this[LISTENERS]!.delete(type);
  }
  dispatchEvent(event: LinkedomEvent): boolean {
    let node: LazyTarget | null | false | undefined = this as LazyTarget;
    event.eventPhase = event.CAPTURING_PHASE;
    while (node) {
      if (node.dispatchEvent) event._path.push({ currentTarget: node, target: this as LazyTarget });
      node = event.bubbles && node._getParent && node._getParent();
    }
    event._path.some(invokeListeners, event);
    event._path = [];
    event.eventPhase = event.NONE;
    return !event.defaultPrevented;
  }
}

/** Once per process: linkedom's Node (the base of every node class) derives from LazyEventTarget instead. */
function installLazyEventTarget(): void {
  const node = Object.getPrototypeOf(LinkedomNode) as { prototype: object };
  if (Object.getPrototypeOf(node) !== LinkedomEventTarget) return;
  Object.setPrototypeOf(node, LazyEventTarget);
  Object.setPrototypeOf(node.prototype, LazyEventTarget.prototype);
}
installLazyEventTarget();

// linkedom compiles a selector (css-what's parse, then css-select's closures) on every
// querySelector, querySelectorAll, matches and closest call: about 340 calls per news page
// for under 40 distinct selectors, and V8 optimises the fresh closures again and again.
// On the documents parseHtml builds (HTML, so css-select's HTML mode) these four methods
// keep one compiled matcher per selector string. The matching itself is linkedom's: the same
// css-select adapter (shared/matches.js), the same walk (mixin/parent-node.js: document
// order, a <template>'s content skipped), the same closest. Selectors with :scope depend on
// the element they are called on and go to linkedom's own methods.
const PARSED = Symbol('parsed-by-parseHtml');

interface SelNode {
  nodeType: number;
  localName: string;
  parentNode: SelNode | null;
  parentElement: SelNode | null;
  childNodes: SelNode[];
  data?: string;
  ownerDocument: { [PARSED]?: true } | null;
  getAttribute(name: string): string | null;
  getAttributeNode(name: string): { value: string } | null;
  hasAttribute(name: string): boolean;
  [key: symbol]: unknown;
}

// linkedom's adapter (shared/matches.js) for a document in HTML mode (ignoreCase true).
const selectorAdapter = (() => {
  const isTag = (node: SelNode) => node.nodeType === 1;
  const getChildren = (node: SelNode) => node.childNodes;
  const existsOne = (test: (e: SelNode) => boolean, elements: SelNode[]): boolean =>
    elements.some((element) => isTag(element) && (test(element) || existsOne(test, getChildren(element))));
  const getText = (node: SelNode | SelNode[]): string => {
    if (Array.isArray(node)) return node.map(getText).join('');
    if (isTag(node)) return getText(getChildren(node));
    if (node.nodeType === 3) return node.data ?? '';
    return '';
  };
  const findAll = (test: (e: SelNode) => boolean, nodes: SelNode[]): SelNode[] => {
    const found: SelNode[] = [];
    for (const node of nodes) {
      if (isTag(node)) {
        if (test(node)) found.push(node);
        found.push(...findAll(test, getChildren(node)));
      }
    }
    return found;
  };
  const findOne = (test: (e: SelNode) => boolean, nodes: SelNode[]): SelNode | null => {
    for (let node of nodes) if (test(node) || (node = findOne(test, getChildren(node)) as SelNode)) return node;
    return null;
  };
  return {
    isTag,
    existsOne,
    getAttributeValue: (element: SelNode, name: string) => (name === 'class' ? (element.getAttributeNode('class')?.value ?? null) : element.getAttribute(name)),
    getChildren,
    getName: (element: SelNode) => element.localName.toLowerCase(),
    getParent: (node: SelNode) => node.parentNode,
    getSiblings: (element: SelNode) => (element.parentNode ? getChildren(element.parentNode) : element),
    getText,
    hasAttrib: (element: SelNode, name: string) => element.hasAttribute(name),
    removeSubsets: (nodes: SelNode[]) => {
      let { length } = nodes;
      while (length--) {
        const node = nodes[length]!;
        if (length && nodes.lastIndexOf(node, length - 1) > -1) {
          nodes.splice(length, 1);
          continue;
        }
        for (let { parentNode } = node; parentNode; parentNode = parentNode.parentNode) {
          if (nodes.includes(parentNode)) {
            nodes.splice(length, 1);
            break;
          }
        }
      }
      return nodes;
    },
    findAll,
    findOne,
  };
})();

const compiledSelectors = new Map<string, (element: SelNode) => boolean>();
function matcher(selectors: string): (element: SelNode) => boolean {
  let match = compiledSelectors.get(selectors);
  if (!match) {
    // The engine's selectors are a fixed few dozen; a bound all the same.
    if (compiledSelectors.size >= 2000) compiledSelectors.clear();
    match = compileSelector(selectors, { xmlMode: false, adapter: selectorAdapter } as never) as unknown as (element: SelNode) => boolean;
    compiledSelectors.set(selectors, match);
  }
  return match;
}

/** Once per process: the four selector methods of linkedom's nodes use matcher() on parseHtml's documents. */
function installSelectorCache(): void {
  const probe = new DOMParser().parseFromString('<p></p>', 'text/html') as unknown as Document;
  const element = probe.createElement('p') as unknown as SelNode;
  const owner = (name: string) => {
    let proto: object | null = element;
    while (proto && !Object.hasOwn(proto, name)) proto = Object.getPrototypeOf(proto) as object | null;
    return proto as Record<string, (this: SelNode, selectors: string) => unknown> | null;
  };
  const symbol = (description: string) => Object.getOwnPropertySymbols(element).find((s) => s.description === description);
  const NEXT = symbol('next');
  const END = symbol('end');
  const parent = owner('querySelectorAll');
  const elementProto = owner('closest');
  if (!NEXT || !END || !parent || !elementProto || owner('querySelector') !== parent || owner('matches') !== elementProto) return;
  const cacheable = (node: SelNode, selectors: unknown): selectors is string =>
    typeof selectors === 'string' && node.ownerDocument?.[PARSED] === true && !selectors.includes(':scope');
  const { querySelector, querySelectorAll } = parent;
  const { matches, closest } = elementProto;
  const skip = (node: SelNode) => (node.nodeType === 1 && node.localName === 'template' ? (node[END] as SelNode) : (node[NEXT] as SelNode));
  parent.querySelector = function (this: SelNode, selectors: string) {
    if (!cacheable(this, selectors)) return querySelector!.call(this, selectors);
    const match = matcher(selectors);
    const end = this[END];
    for (let next = this[NEXT] as SelNode; next !== end; next = skip(next)) if (next.nodeType === 1 && match(next)) return next;
    return null;
  };
  parent.querySelectorAll = function (this: SelNode, selectors: string) {
    if (!cacheable(this, selectors)) return querySelectorAll!.call(this, selectors);
    const match = matcher(selectors);
    const elements = new LinkedomNodeList() as unknown as SelNode[];
    const end = this[END];
    for (let next = this[NEXT] as SelNode; next !== end; next = skip(next)) if (next.nodeType === 1 && match(next)) elements.push(next);
    return elements;
  };
  elementProto.matches = function (this: SelNode, selectors: string) {
    if (!cacheable(this, selectors)) return matches!.call(this, selectors);
    return matcher(selectors)(this);
  };
  elementProto.closest = function (this: SelNode, selectors: string) {
    if (!cacheable(this, selectors)) return closest!.call(this, selectors);
    const match = matcher(selectors);
    let element: SelNode | null = this;
    while (element && !match(element)) element = element.parentElement;
    return element;
  };
}
installSelectorCache();

type LNode = Node & { [TAG]?: string; [NS]?: parse5Html.NS };
type LParent = LNode & ParentNode;
type LDocument = Document & LNode;

const TAG = Symbol('parse5-tag');
const NS = Symbol('parse5-ns');
const MODE = Symbol('parse5-mode');

interface LinkedomTypes extends TreeAdapterTypeMap {
  node: LNode;
  parentNode: LParent;
  childNode: LNode;
  document: LDocument;
  documentFragment: DocumentFragment & LNode;
  element: Element & LNode;
  commentNode: Comment & LNode;
  textNode: Text & LNode;
  template: HTMLTemplateElement & LNode;
  documentType: DocumentType & LNode;
}

/** A tree adapter for one document: parse5 calls createDocument once, then builds into it. */
function linkedomAdapter(): TreeAdapter<LinkedomTypes> {
  let doc: LDocument | null = null;
  const owner = (): LDocument => {
    if (!doc) {
      doc = new DOMParser().parseFromString('', 'text/html') as unknown as LDocument;
      (doc as unknown as Record<symbol, unknown>)[PARSED] = true;
    }
    return doc;
  };
  const appendText = (parent: LParent, text: string, before: LNode | null) => {
    const previous = before ? before.previousSibling : parent.lastChild;
    if (previous && previous.nodeType === 3) (previous as Text).data += text;
    else parent.insertBefore(owner().createTextNode(text), before);
  };
  return {
    createDocument: () => owner(),
    createDocumentFragment: () => owner().createDocumentFragment() as DocumentFragment & LNode,
    createElement(tagName: string, namespaceURI: parse5Html.NS, attrs: Token.Attribute[]) {
      const document = owner();
      const element = (namespaceURI === parse5Html.NS.HTML ? document.createElement(tagName) : document.createElementNS(namespaceURI, tagName)) as Element & LNode;
      element[TAG] = tagName;
      element[NS] = namespaceURI;
      for (const attr of attrs) {
        try {
          element.setAttribute(attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name, attr.value);
        } catch {
          // a name the DOM refuses (a browser keeps it; nothing in the engine reads such names)
        }
      }
      return element;
    },
    createCommentNode: (data: string) => owner().createComment(data) as Comment & LNode,
    createTextNode: (value: string) => owner().createTextNode(value) as Text & LNode,
    appendChild(parent: LParent, node: LNode) {
      parent.appendChild(node);
    },
    insertBefore(parent: LParent, node: LNode, reference: LNode) {
      parent.insertBefore(node, reference);
    },
    setTemplateContent() {
      // linkedom's <template> owns its content fragment already; parse5 builds into it.
    },
    getTemplateContent: (template) => template.content as DocumentFragment & LNode,
    setDocumentType(document: LDocument, name: string) {
      // The engine never reads the doctype; keep its name as a browser would.
      if (/^[a-z][\w:-]*$/i.test(name)) (document as unknown as { doctype: string }).doctype = name;
    },
    setDocumentMode(document: LDocument, mode: parse5Html.DOCUMENT_MODE) {
      (document as unknown as Record<symbol, unknown>)[MODE] = mode;
    },
    getDocumentMode: (document: LDocument) => ((document as unknown as Record<symbol, unknown>)[MODE] as parse5Html.DOCUMENT_MODE) ?? parse5Html.DOCUMENT_MODE.NO_QUIRKS,
    detachNode(node: LNode) {
      node.parentNode?.removeChild(node);
    },
    insertText(parent: LParent, text: string) {
      appendText(parent, text, null);
    },
    insertTextBefore(parent: LParent, text: string, reference: LNode) {
      appendText(parent, text, reference);
    },
    adoptAttributes(recipient, attrs: Token.Attribute[]) {
      for (const attr of attrs) {
        const name = attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name;
        if (!recipient.hasAttribute(name)) recipient.setAttribute(name, attr.value);
      }
    },
    getFirstChild: (node: LParent) => node.firstChild as LNode | null,
    getChildNodes: (node: LParent) => Array.from(node.childNodes) as LNode[],
    getParentNode: (node: LNode) => node.parentNode as LParent | null,
    getAttrList: (element) => Array.from(element.attributes, (a) => ({ name: a.name, value: a.value })),
    getTagName: (element) => element[TAG] ?? element.localName,
    getNamespaceURI: (element) => element[NS] ?? parse5Html.NS.HTML,
    getTextNodeContent: (node) => node.data,
    getCommentNodeContent: (node) => node.data,
    getDocumentTypeNodeName: (node) => node.name,
    getDocumentTypeNodePublicId: (node) => node.publicId,
    getDocumentTypeNodeSystemId: (node) => node.systemId,
    isTextNode: (node: LNode): node is Text & LNode => node.nodeType === 3,
    isCommentNode: (node: LNode): node is Comment & LNode => node.nodeType === 8,
    isDocumentTypeNode: (node: LNode): node is DocumentType & LNode => node.nodeType === 10,
    isElementNode: (node: LNode): node is Element & LNode => node.nodeType === 1,
    setNodeSourceCodeLocation() {},
    getNodeSourceCodeLocation: () => undefined,
    updateNodeSourceCodeLocation() {},
  };
}

export function parseHtml(html: string): Document {
  return parse<LinkedomTypes>(html, { treeAdapter: linkedomAdapter() }) as Document;
}
