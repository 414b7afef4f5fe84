import { DOMParser, EventTarget as LinkedomEventTarget, Node as LinkedomNode } from 'linkedom';
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
    if (!doc) doc = new DOMParser().parseFromString('', 'text/html') as unknown as LDocument;
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
