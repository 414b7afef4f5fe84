import type { InsertFeature } from '../rules/insert-anatomy';
import { fromBook, rules } from '../rules/book';
import type { Block } from './blocks';
import { byClassAndId, type NameMemo } from './name-memo';
import { within } from './within';
import { isRelatedLabelOnly } from './story';
import { firstOwnChild, isElement, normalizeSpace, onlyOwnChild, ownTextContent, rawText, textWithin } from './text';

// The insert scorer: structure and position features of a block, weighed as the data in
// rules/insert-anatomy.ts says, with a story-safety guard that wins every tie. It needs no
// label in any language: a short block between story paragraphs that is mostly one link
// to another article of the same site is a related-story insert.

/** The scorer's weights and sizes (rules/insert-anatomy.ts, through the book). */
const anatomy = () => rules().insertAnatomy;

/** The book's insert tokens: short ones as whole words, long ones inside squeezed names. */
const insertTokens = fromBook((book) => {
  const short = new Set<string>();
  const long: string[] = [];
  for (const set of book.insertClassTokens) {
    for (const token of set.tokens) {
      if (token.length >= 7) long.push(token);
      else short.add(token);
    }
  }
  return { short, long };
});

/**
 * Answers by name, kept while the book stays: a page repeats a few hundred class names over
 * thousands of elements, and each answer (split, squeeze, a scan per token) depends on the
 * name and the book alone, never on the document. Emptied when full, so a page of endless
 * generated names cannot grow it without bound.
 */
const NAME_MEMO_SIZE = 4000;

function byName<T>(memo: Map<string, T>, name: string, answer: (name: string) => T): T {
  let known = memo.get(name);
  if (known === undefined && !memo.has(name)) {
    if (memo.size >= NAME_MEMO_SIZE) memo.clear();
    memo.set(name, (known = answer(name)));
  }
  return known as T;
}

const insertTokenMemo = fromBook(() => new Map<string, boolean>());

/** Does a class or id attribute value name an insert box ("ArticleBody_related__x", "baca-juga")? */
export function hasInsertToken(name: string): boolean {
  if (!name) return false;
  return byName(insertTokenMemo(), name, namesInsert);
}

function namesInsert(name: string): boolean {
  const { short, long } = insertTokens();
  const lower = name.toLowerCase();
  for (const word of lower.split(/[\s_-]+/)) if (short.has(word)) return true;
  const squeezed = lower.replace(/[\s_\-\d]+/g, '');
  return long.some((token) => squeezed.includes(token));
}

/** "İLGİLİ HABER:", "Leia também »", "SOMA PIA -": a short label, then a separator (a hyphen or en dash inside a word, "Tveggja-ára", "1990–2000", is none). */
const labelPattern = fromBook((book) => new RegExp(String.raw`^([^:：៖|»›–—\-.]{1,${book.insertAnatomy.scorer.maxLabelChars}}?)\s*(?::|：|៖|\||»|›|—|(?<![\p{L}\p{M}\p{N}])[–-]|[–-](?![\p{L}\p{M}\p{N}])|\.{2,}|>>)\s*`, 'u'));

/** Ends like a sentence. */
const SENTENCE_END = /[.!?。！？…।॥۔။።។]["'”’»)]?$/u;

/** Scripts written without spaces between words: their sizes count characters. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;

/** Long enough to be a sentence (INSERT_SCORER.sentenceWords words, or sentenceChars characters where words are not spaced). */
function sentenceLength(text: string): boolean {
  const { sentenceWords, sentenceChars } = anatomy().scorer;
  return UNSPACED.test(text) ? text.replace(/\s+/g, '').length >= sentenceChars : text.split(/\s+/).length >= sentenceWords;
}

export interface InsertContext {
  /** the page's address (for "same site") */
  pageUrl: string | null;
  /** the article's scope: class tokens are looked for up to it */
  scope: Element;
  /** is there a story paragraph before this block, and after it? */
  storyBefore: boolean;
  storyAfter: boolean;
  previous: Block | undefined;
  next: Block | undefined;
}

export interface InsertScore {
  score: number;
  features: InsertFeature[];
  /** why the block cannot be an insert whatever its score (the story-safety guard), or null */
  guard: string | null;
}

/**
 * The site a host belongs to: its registrable domain (the last two labels, three under a
 * country's second level such as co.uk or com.br), so that sport.example.com and
 * www.example.com are one site; on a platform that hosts many sites (a blogspot.com blog)
 * the host itself.
 */
function siteDomain(host: string): string {
  const name = siteOf(host);
  const labels = name.split('.');
  if (labels.length <= 2) return name;
  const { sharedHosts, secondLevels } = anatomy().siteDomain;
  const two = labels.slice(-2).join('.');
  if ((sharedHosts as readonly string[]).includes(two)) return labels.slice(-3).join('.');
  const three = labels[labels.length - 1]!.length === 2 && (secondLevels as readonly string[]).includes(labels[labels.length - 2]!);
  if (!three) return two;
  return (sharedHosts as readonly string[]).includes(labels.slice(-3).join('.')) ? labels.slice(-4).join('.') : labels.slice(-3).join('.');
}

/** A path that names an article: a run of four digits (an id, a date) or a last part of three words or more. */
function articleLikePath(path: string): boolean {
  if (/\d{4,}/.test(path)) return true;
  const last = path.split('/').filter(Boolean).pop() ?? '';
  return last.replace(/\.[a-z]+$/i, '').split(/[-_+]/).filter(Boolean).length >= 3;
}

/** Is `href` an article of the page's own site by its address (articleLikePath, or an item's number in the query)? */
function articleAddress(href: string | null, pageUrl: string | null): boolean {
  if (!href || !sameSiteArticle(href, pageUrl)) return false;
  try {
    const target = new URL(href, (pageUrl && parsedPage(pageUrl)) || 'https://relative.invalid/');
    return articleLikePath(target.pathname) || anatomy().scorer.idQuery.test(target.search);
  } catch {
    return false;
  }
}

function siteOf(host: string): string {
  return host.toLowerCase().replace(/^(?:www\d?|m|amp|mobile)\./, '');
}

/** The page's address parsed (null: not a URL), kept for the last address asked: every block of a page asks with the same one. Read only, never changed. */
let lastPage: { url: string; parsed: URL | null } | null = null;

function parsedPage(pageUrl: string): URL | null {
  if (lastPage?.url !== pageUrl) {
    let parsed: URL | null;
    try {
      parsed = new URL(pageUrl);
    } catch {
      parsed = null;
    }
    lastPage = { url: pageUrl, parsed };
  }
  return lastPage.parsed;
}

/** Does `text` spell out the page's own domain ("Radiosarajevo.ba" on radiosarajevo.ba)? */
function namesOwnDomain(text: string, pageUrl: string | null): boolean {
  if (!pageUrl) return false;
  const page = parsedPage(pageUrl);
  if (!page) return false;
  const host = siteOf(page.hostname);
  return host.includes('.') && text.toLowerCase().includes(host);
}

/** Is `href` another article of the page's own site? */
export function sameSiteArticle(href: string | null, pageUrl: string | null): boolean {
  if (!href || href.startsWith('#')) return false;
  let target: URL;
  let page: URL | null = null;
  try {
    page = pageUrl ? parsedPage(pageUrl) : null;
    if (pageUrl && !page) return false;
    target = new URL(href, page ?? 'https://relative.invalid/');
  } catch {
    return false;
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return false;
  const relative = !/^[a-z][a-z\d+.-]*:|^\/\//i.test(href.trim());
  if (!relative && (!page || siteDomain(target.hostname) !== siteDomain(page.hostname))) return false;
  // Another host of the site is a service (syndication, comments, subscriptions) unless the path names an article: a slug of words or a number.
  if (!relative && page && siteOf(target.hostname) !== siteOf(page.hostname) && !articleLikePath(target.pathname)) return false;
  // A query that names an item by its number (WordPress "?p=4100") makes the site's root an article's address.
  const byId = anatomy().scorer.idQuery.test(target.search);
  if (page && target.pathname === page.pathname && (!byId || target.search === page.search)) return false;
  return (byId && /^\/?$/.test(target.pathname)) || !anatomy().notArticlePath.test(target.pathname);
}

function letters(text: string): { upper: number; lower: number } {
  let upper = 0;
  let lower = 0;
  for (const ch of text) {
    if (ch !== ch.toLowerCase()) upper++;
    else if (ch !== ch.toUpperCase()) lower++;
  }
  return { upper, lower };
}

/** The first element child holds the label in bold: <strong>İLGİLİ HABER:</strong>. */
function boldLabel(block: Block, label: string): boolean {
  const first = firstOwnChild(block.element);
  if (!first || !/^(?:STRONG|B|SPAN|EM)$/i.test(first.tagName)) return false;
  const text = normalizeSpace(rawText(first));
  return text.length > 0 && label.startsWith(text.replace(/[:：៖|»›–—\-.\s]+$/u, ''));
}

/** A box of its own among paragraphs: a div/aside where its neighbours are <p>. */
function ownBox(block: Block, context: InsertContext): boolean {
  if (block.nodes) return false;
  const tag = block.tag;
  const neighbours = [context.previous, context.next].filter((b): b is Block => b !== undefined);
  return neighbours.length > 0 && neighbours.every((b) => b.tag !== tag) && /^(?:DIV|ASIDE|SECTION|FIGURE|TABLE)$/.test(tag);
}

function classed(block: Block, scope: Element): boolean {
  const start: Element | null = block.nodes ? block.nodes.find(isElement) ?? null : block.element;
  for (let el: Element | null = start; el && el !== scope; el = el.parentElement) {
    if (hasInsertToken(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}

/** A link text with a headline's words (characters where words are not spaced), as the insert scorer counts them. */
export function isHeadline(text: string): boolean {
  const { minHeadlineWords, minHeadlineChars } = anatomy().scorer;
  if (UNSPACED.test(text)) return text.length >= minHeadlineChars;
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= minHeadlineWords;
}

/** Loose words (not inside an element) before the block's first link, unless they are a label in capitals or a plain label before a headline. */
function leadsIntoLink(block: Block, link: Element | null, pageUrl: string | null): boolean {
  const nodes = block.nodes ?? Array.from(block.element.childNodes);
  if (!block.nodes && block.element.closest('a')) return false;
  let lead = '';
  for (const node of nodes) {
    if (isElement(node)) {
      if (node.matches('a') || node.querySelector('a')) break;
      continue;
    }
    lead += node.textContent ?? '';
  }
  if (!/\p{L}/u.test(lead)) return false;
  // A label in capitals is set apart as bold is ("FUNDA FUTHI <a>…</a>").
  const { upper, lower } = letters(lead);
  const words = lead.trim().split(/\s+/);
  return !(upper >= 4 && lower === 0 && words.length <= anatomy().scorer.maxLabelWords) && !plainLabel(words, block, link, pageUrl);
}

/** Starts as a title does: its first letter or digit is no lower-case letter (a capital, a digit, a script without case). */
function titleStart(text: string): boolean {
  const first = /[\p{L}\p{N}]/u.exec(text)?.[0];
  return first !== undefined && first === first.toUpperCase();
}

/**
 * A label with no separator and no markup, in any language (INSERT_SCORER.plainLabelWords): a
 * few loose words, no clause, before a headline link that ends the block and goes to an
 * article's address of the site, both starting as a title does.
 */
function plainLabel(words: string[], block: Block, link: Element | null, pageUrl: string | null): boolean {
  const { plainLabelWords, plainHeadlineWords, minHeadlineChars } = anatomy().scorer;
  // (Words before a link in a caption credit the picture.)
  if (!link || words.length > plainLabelWords || /[,;.!?،、，]/u.test(words.join(' ')) || within(block.element, 'figure, figcaption')) return false;
  const headline = normalizeSpace(rawText(link));
  if (!titleStart(words.join(' ')) || !titleStart(headline) || /[.。।۔]["'”’»)]?$/u.test(headline)) return false;
  if (UNSPACED.test(headline) ? headline.length < minHeadlineChars : headline.split(/\s+/).length < plainHeadlineWords) return false;
  if (!block.text.replace(/[\s"'”’»)\]]+$/u, '').endsWith(headline.replace(/[\s"'”’»)\]]+$/u, ''))) return false;
  return articleAddress(link.getAttribute('href'), pageUrl);
}

/** The block (an li) is an item of a list most of whose other items hold no link. */
function inStoryList(block: Block): boolean {
  const item = block.element;
  const list = item.parentElement;
  if (!list) return false;
  let plain = 0;
  let others = 0;
  for (const sibling of Array.from(list.children)) {
    if (sibling === item || sibling.tagName.toUpperCase() !== 'LI') continue;
    if (!/[\p{L}\p{N}]/u.test(sibling.textContent ?? '')) continue;
    others++;
    if (!sibling.querySelector('a[href]')) plain++;
  }
  return others > 0 && plain * 2 >= others;
}

/**
 * The link that carries the block's headline: the link around it, or its first link with
 * words (a card's first link is often its picture: <a><img></a><a>headline</a>).
 */
function headlineLink(block: Block): Element | null {
  const around = (block.nodes ? block.nodes.find(isElement) : block.element)?.closest('a');
  if (around) return around;
  const links = block.nodes ? block.nodes.filter(isElement).flatMap((el) => (el.matches('a') ? [el] : Array.from(el.querySelectorAll('a')))) : Array.from(block.element.querySelectorAll('a'));
  return links.find((a) => /[\p{L}\p{N}]/u.test(rawText(a))) ?? links[0] ?? null;
}

/**
 * A headline in a card of its own among the story's paragraphs, in any language (<div><span>label</span><h3><a>headline</a></h3></div>,
 * <aside><a><img></a><h4><a>headline</a></h4></aside>): a heading (not the page's h1) that is all link, in a small box (not a header)
 * whose neighbour is a story paragraph. A post's title in an archive sits in its post's header, over the post's text, not among paragraphs.
 */
function isBoxedHeadline(block: Block): boolean {
  const { maxChars, storyChars } = anatomy().scorer;
  // (A card that is all one link, <div><a><img><h4>headline</h4></a></div>: its box is around the link.)
  let box = block.element.parentElement;
  if (box?.tagName.toUpperCase() === 'A') box = box.parentElement;
  if (block.nodes || block.tag === 'H1' || !box || block.linkTextLength < block.text.length * 0.9 || /^(?:HEADER|HGROUP|A|ARTICLE)$/i.test(box.tagName)) return false;
  if (textWithin(box, maxChars) === null) return false;
  return [box.previousElementSibling, box.nextElementSibling].some((el) => el?.tagName.toUpperCase() === 'P' && normalizeSpace(rawText(el)).length >= storyChars);
}

/**
 * The label of an insert card, in any language: a few words with no link and no sentence's end, in the same small box as the
 * insert that follows it (<div><span>label</span><h3><a>headline</a></h3></div>).
 */
export function isCardLabel(label: Block, insert: Block): boolean {
  const { maxChars, maxLabelChars, maxLabelWords } = anatomy().scorer;
  const box = insert.element.parentElement;
  if (label.nodes || insert.nodes || !box || label.element.parentElement !== box || label.linkTextLength || !/\p{L}/u.test(label.text)) return false;
  return label.text.length <= maxLabelChars && label.text.split(/\s+/).length <= maxLabelWords && !SENTENCE_END.test(label.text) && textWithin(box, maxChars) !== null;
}

/** The features of `block` and their weighed sum. */
export function scoreInsert(block: Block, context: InsertContext): InsertScore {
  const none = (guard: string): InsertScore => ({ score: 0, features: [], guard });
  const text = block.text;
  if (text.length > anatomy().scorer.maxChars) return none('long');
  if (block.linkTextLength < (UNSPACED.test(text) ? anatomy().scorer.minHeadlineChars : anatomy().scorer.minLinkChars)) return none('no headline link');
  if (within(block.element, 'blockquote, q')) return none('quoted');
  // The site's navigation (a previous/next post link, "« Older news"), not an insert; a title in guillemets ("« Le pont rouvre »") is no arrow.
  if (block.element.closest('nav, [role="navigation"]') || (/^[«‹←]/u.test(block.text) && !/[»›]$/u.test(block.text))) return none('navigation');
  // A headline of the page's own posts (an archive of several), a category or author link; unless it is a card's headline in a small box among the story's paragraphs,
  // or a label and its separator lead it ("<h3>Label: <a>headline</a></h3>" between rules): a title is no label.
  const heading = /^H[1-6]$/.test(block.tag) && !isBoxedHeadline(block);
  if (heading && (block.tag === 'H1' || !labelPattern().test(text))) return none('heading');
  const link = headlineLink(block);
  if (link && /\b(?:tag|category|author|bookmark)\b/i.test(link.getAttribute('rel') ?? '')) return none('taxonomy link');
  const linkText = link ? normalizeSpace(rawText(link)) : '';
  // Scripts written without spaces between words count characters; the others count words.
  const spaced = !UNSPACED.test(linkText);
  if (spaced ? linkText.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length < anatomy().scorer.minHeadlineWords : linkText.length < anatomy().scorer.minHeadlineChars) return none('no headline');
  // A link whose text prints the page's own domain ("Saopćenje za javnost portala Radiosarajevo.ba")
  // points to the site speaking for itself in the story (its statement, its notice): a related
  // headline does not spell out the domain it is published on.
  if (namesOwnDomain(linkText, context.pageUrl)) return none('names its own domain');
  const label = labelPattern().exec(text);
  // A label of a few words; a couple more when its markup sets it apart in bold ("<b>You may also be interested in:</b>").
  const labelWords = label ? label[1]!.trim().split(/\s+/).length : 0;
  const labelText = label && (labelWords <= anatomy().scorer.maxLabelWords || (labelWords <= anatomy().scorer.maxLabelWords + 2 && boldLabel(block, label[1]!.trim()))) ? label[1]!.trim() : null;
  // (The label is words before the headline's link: a colon inside a headline is the headline's.)
  if (heading && !(labelText && text.indexOf(linkText) >= label![0].length)) return none('heading');
  const rest = labelText ? text.slice(label![0].length) : text;
  // The guard: a sentence of the story that holds (or is) a link stays, whatever else.
  if (!labelText && sentenceLength(rest) && SENTENCE_END.test(rest)) return none('story sentence');
  const features: InsertFeature[] = [];
  if (block.linkTextLength >= rest.length * anatomy().scorer.linkShare) features.push('mostlyLink');
  else return none('little link');
  // Words before the link that are neither a label with its separator nor set apart by markup
  // lead into it as a sentence does ("Provided by <a>European Space Agency</a>", "Your <a>email
  // list will grow</a>"): a credit or a phrase of the story, not an insert.
  // An item of a list whose other items are plain text is a point of the story's list (a list
  // of links may link part of each headline: "The strange life and <a>mysterious death…</a>").
  if (block.tag === 'LI' ? inStoryList(block) : !labelText && leadsIntoLink(block, link, context.pageUrl)) return none(block.tag === 'LI' ? 'story list item' : 'lead-in words');
  if (sameSiteArticle(link?.getAttribute('href') ?? block.href, context.pageUrl)) features.push('sameSite');
  if (labelText) features.push('labelSeparator');
  if ((labelText && boldLabel(block, labelText)) || ownBox(block, context)) features.push('markupDiffers');
  if (classed(block, context.scope)) features.push('classToken');
  const { upper, lower } = letters(text);
  if (upper >= 6 && upper > lower * 3) features.push('allCaps');
  if (context.storyBefore && context.storyAfter) features.push('betweenStory');
  else if (context.storyBefore) features.push('afterStory');
  // Above the story only a box that names itself an insert ("field--name-field-related").
  else if (!(context.storyAfter && features.includes('classToken'))) return none('before the story');
  // An insert points to the site's own stories (a link elsewhere is a source trailer or a citation), unless its box says what it is.
  if (!features.includes('sameSite') && !features.includes('classToken')) return none('not a same-site article');
  const score = features.reduce((n, f) => n + anatomy().scorer.weights[f], 0);
  return { score, features, guard: null };
}

/**
 * An insert its own markup names, in any language: a short block whose own class or id is an
 * insert token ("related-story", "amp-related-inline"), led by a short label and a separator,
 * with a few words after it that are no sentence: a related story's label and its headline or
 * its outlet, linked or not ("Related Story: <a>Time.com</a>", "BACA ARTIKEL LAINNYA...
 * <headline>"), after the story has begun or after another element of its own box (the picture
 * of a picture post). A heading and a quotation are the story's.
 */
export function isNamedInsert(block: Block, storyBefore: boolean): boolean {
  const { maxChars, maxLabelWords } = anatomy().scorer;
  if (block.nodes || block.text.length > maxChars || /^H[1-6]$/.test(block.tag)) return false;
  const el = block.element;
  // After the story has begun, or after something else of its own container (a picture post's picture): never the first thing of it.
  if (!storyBefore && !el.previousElementSibling) return false;
  if (!hasInsertToken(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`) || within(el, 'blockquote, q')) return false;
  const label = labelPattern().exec(block.text);
  if (!label || label[1]!.trim().split(/\s+/).length > maxLabelWords) return false;
  const rest = block.text.slice(label[0].length);
  return /[\p{L}\p{N}]/u.test(rest) && !(sentenceLength(rest) && SENTENCE_END.test(rest));
}

/**
 * A promotion by where it points, in any language: a short block whose links are most of its
 * text and go to an app store, a messenger channel or a news aggregator's follow page
 * (APP_LINKS: "Přidejte si PL do svých oblíbených zdrojů na Google Zprávy" linking to
 * news.google.com). A story sentence that mentions a channel links a few words of a longer
 * sentence, and a quotation is the story's.
 */
export function isAppLink(block: Block): boolean {
  const { maxChars, linkShare, hosts } = anatomy().appLinks;
  if (!block.href || block.text.length > maxChars || block.linkTextLength < block.text.length * linkShare) return false;
  // The block's first link is one of those that must all go to an app host: most blocks' first link is ruled out by its text alone, with no address parsed.
  if (!mayBeAppAddress(block.href)) return false;
  if (within(block.element, 'blockquote, q, figure')) return false;
  const links = linksOf(block);
  if (links.length === 0) return false;
  return links.every((a) => {
    let url: URL;
    try {
      url = new URL(a.getAttribute('href') ?? '');
    } catch {
      return false;
    }
    const host = url.hostname.toLowerCase().replace(/^www\./, '');
    return hosts.some((h) => (h.includes('/') ? `${host}${url.pathname}`.startsWith(h) : host === h));
  });
}

/** The block's links (a[href]). */
const linksOf = (block: Block): Element[] =>
  block.nodes ? block.nodes.flatMap((n) => (isElement(n) ? [...(n.matches('a[href]') ? [n] : []), ...n.querySelectorAll('a[href]')] : [])) : [...block.element.querySelectorAll('a[href]')];

/**
 * A share button or an interface leftover by where its links point, in any language
 * (LINK_TARGETS: a platform's share dialog, "mailto:?subject=…", "javascript:print()", the
 * comment form "#respond"): a few words, no sentence, all link. The category of the first
 * link's target, or null. A quotation is the story's.
 */
export function linkTargetCategory(block: Block): string | null {
  const { maxChars, maxWords, linkShare, targets } = anatomy().linkTargets;
  const text = block.text;
  if (!block.href || text.length > maxChars || block.linkTextLength < text.length * linkShare || text.split(/\s+/).length > maxWords || SENTENCE_END.test(text)) return null;
  if (within(block.element, 'blockquote, q, figure')) return null;
  let category: string | null = null;
  for (const a of linksOf(block)) {
    const href = (a.getAttribute('href') ?? '').trim().toLowerCase().replace(/^(?:https?:)?\/\/(?:www\.|m\.)?/, '');
    const target = targets.find((t) => t.starts.some((start) => href.startsWith(start)));
    if (!target) return null;
    category ??= target.category;
  }
  return category;
}

/** The app hosts' host names (APP_LINKS.hosts up to their path), kept while the book stays. */
const appHostNames = fromBook((book) => [...new Set(book.insertAnatomy.appLinks.hosts.map((h) => h.split('/')[0]!))]);

/** Printable ASCII, no '%': the host the URL parser reads from such an address is some of its characters, lower-cased (no decoding, no mapping, no tab or newline removed). */
const PLAIN_ADDRESS = /^[\x20-\x7e]*$/;

/** false when `href` cannot parse to an address on an app host (isAppLink's test of each link): its text holds none of their names. */
function mayBeAppAddress(href: string): boolean {
  if (!PLAIN_ADDRESS.test(href) || href.includes('%')) return true;
  const lower = href.toLowerCase();
  return appHostNames().some((name) => lower.includes(name));
}

/**
 * An invitation to write to the site, in any language: after the story's last paragraph, a
 * short block that gives an e-mail address at the page's own domain ("… Rig jou brief aan die
 * redakteur by nuus@nuusflits.com" on nuusflits.com). A police appeal in the story gives the
 * police's address, not the site's; a quotation is the story's.
 */
export function isOwnAddressInvitation(block: Block, pageUrl: string | null, storyEnded: boolean): boolean {
  if (!storyEnded || !pageUrl || block.text.length > anatomy().ownAddress.maxChars || !block.text.includes('@')) return false;
  const page = parsedPage(pageUrl);
  if (!page || within(block.element, 'blockquote, q')) return false;
  const site = siteOf(page.hostname);
  for (const match of block.text.matchAll(/[\p{L}\p{N}._%+-]+@((?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,})/gu)) {
    const domain = siteOf(match[1]!);
    if (domain === site || site.endsWith(`.${domain}`) || domain.endsWith(`.${site}`)) return true;
  }
  return false;
}

/**
 * A box whose markup differs from the story's paragraphs, at an edge of the story, in any
 * language (ODD_BOX): before the first story paragraph (`storyAhead`) or after the last
 * (`storyEnded`), a block of another tag than the story's paragraphs (`proseTag`), shorter than
 * a story paragraph and no sentence. The guards (story metadata by markup, dates, the site's own
 * links, a kicker's few words) win every tie.
 */
export function isOddEdgeBox(block: Block, storyEnded: boolean, storyAhead: boolean, proseTag: string | null, pageUrl: string | null, scope: Element): boolean {
  if (!(storyEnded || storyAhead) || !proseTag || block.nodes || block.tag === proseTag) return false;
  const { tags, minWords, minUnspacedChars, sentenceWords, dateLike, metaNames } = anatomy().oddBox;
  if (!(tags as readonly string[]).includes(block.tag)) return false;
  const text = block.text;
  if (text.length >= anatomy().scorer.storyChars || !/\p{L}/u.test(text) || dateLike.test(text)) return false;
  if (UNSPACED.test(text) ? text.replace(/\s+/g, '').length < minUnspacedChars : text.split(/\s+/).length < minWords || !/\p{L}{4}/u.test(text)) return false;
  // The guard: a sentence of the story's shape (a pull quote in its box) stays.
  if (SENTENCE_END.test(text) && (UNSPACED.test(text) ? sentenceLength(text) : text.split(/\s+/).length >= sentenceWords)) return false;
  if (block.element.closest('blockquote, q, figure, figcaption, time, address')) return false;
  if (block.element.parentElement?.querySelector('form, input, textarea, select')) return false;
  if (linksOwnSite(block, pageUrl)) return false;
  const named = (el: Element) => metaNames.test(`${typeof el.className === 'string' ? el.className : ''} ${el.id}`.toLowerCase());
  for (let el: Element | null = block.element; el && el !== scope; el = el.parentElement) if (named(el)) return false;
  return !Array.from(block.element.querySelectorAll('[class], [id]')).some(named);
}

/** Does the block link to the page's own site (a label or category of the blog: "Labels: Semasa"), or a taxonomy page? A source is elsewhere. */
function linksOwnSite(block: Block, pageUrl: string | null): boolean {
  const page = pageUrl ? parsedPage(pageUrl) : null;
  const links = block.nodes ? block.nodes.filter(isElement).flatMap((el) => (el.matches('a') ? [el] : Array.from(el.querySelectorAll('a')))) : Array.from(block.element.querySelectorAll('a'));
  return links.some((a) => {
    if (/\b(?:tag|category)\b/i.test(a.getAttribute('rel') ?? '')) return true;
    const href = a.getAttribute('href')?.trim() ?? '';
    if (!href || href.startsWith('#') || /^(?:javascript|mailto):/i.test(href)) return false;
    if (!/^[a-z][a-z\d+.-]*:|^\/\//i.test(href)) return true;
    try {
      return page !== null && siteDomain(new URL(href).hostname) === siteDomain(page.hostname);
    } catch {
      return false;
    }
  });
}

/** A block is an insert when its score reaches the threshold and the guard let it be. */
export function isInsert(score: InsertScore): boolean {
  return score.guard === null && score.score >= anatomy().scorer.threshold;
}

/**
 * Is the block a paragraph of story prose (for "between story paragraphs")? A long one, or a
 * sentence of INSERT_SCORER.proseWords words or more (a story written a sentence a paragraph),
 * with little link in it; a heading or a list's point is no paragraph.
 */
export function isProseBlock(block: Block): boolean {
  const { storyChars, storyUnspacedChars, proseWords } = anatomy().scorer;
  const text = block.text;
  if (block.linkTextLength >= text.length * 0.3) return false;
  if (UNSPACED.test(text)) return text.length >= storyUnspacedChars;
  return text.length >= storyChars || (SENTENCE_END.test(text) && text.split(/\s+/).length >= proseWords && !/^(?:H\d|LI)$/.test(block.tag));
}

/**
 * A related-story label standing alone where its teasers were ("Related Story" in a
 * "td-related-inline" box, "LÄS MER" as a link): the remnant of an insert. A label line in
 * plain prose markup stays (it may head a list the labelled-links rule takes).
 */
export function isLoneInsertLabel(block: Block, scope: Element, storyEnded = false): boolean {
  const text = block.text;
  if (isRelatedLabelOnly(text)) return (block.linkTextLength >= text.length * anatomy().scorer.linkShare || classed(block, scope)) && !overSectionLinks(block, scope);
  // A label that introduces nothing, in any language: after the story's last paragraph, a
  // few words ending in a colon ("ANDA JUGA INGIN MEMBACA INI :-") whose teasers load later
  // or were cut. A story does not end on a colon.
  if (storyEnded && isDanglingLabel(block)) return true;
  // A label in any language: the title of a box its own class names an insert box
  // ("td-related-title" over teasers that load later, "Articles récents du même sujet"):
  // a few words, no link, no heading (a section's "Most read"), no sentence.
  return (
    !block.linkTextLength &&
    !/^H\d/.test(block.tag) &&
    text.length <= anatomy().scorer.maxLabelChars &&
    !SENTENCE_END.test(text) &&
    text.split(/\s+/).length <= anatomy().scorer.maxLabelWords &&
    classed(block, scope)
  );
}

/**
 * A label line in any language: a few words (INSERT_SCORER.maxLabelChars, maxLabelWords + 1)
 * ending in a colon, no link, not quoted ("Auch interessant:", "Ka eleyi naa:"). What it
 * introduces decides whether it labels an insert (analyze.ts labelThenLinks).
 */
export function isColonLabel(block: Block): boolean {
  const { maxLabelChars, maxLabelWords } = anatomy().scorer;
  const text = block.text;
  return (
    !block.linkTextLength &&
    text.length <= maxLabelChars &&
    /\p{L}/u.test(text) &&
    /[:：៖]\s*$/u.test(text) &&
    text.split(/\s+/).length <= maxLabelWords + 1 &&
    !within(block.element, 'blockquote, q')
  );
}

/**
 * The label heads a box whose other links are no headlines ("Related News" over a lone
 * "World news" section link): a category box, not the remnant of an insert (as a titled card
 * needs one headline among its links, engine/cards.ts).
 */
function overSectionLinks(block: Block, scope: Element): boolean {
  if (block.nodes) return false;
  // The box that names itself an insert, above the label (the label's own name says nothing of what follows it).
  let box: Element | null = block.element.parentElement;
  while (box && box !== scope && !hasInsertToken(`${box.getAttribute('class') ?? ''} ${box.getAttribute('id') ?? ''}`)) box = box.parentElement;
  if (!box || box === scope) return false;
  const links = Array.from(box.querySelectorAll('a'))
    .filter((a) => !block.element.contains(a))
    .map((a) => normalizeSpace(rawText(a)))
    .filter((text) => /\p{L}/u.test(text));
  return links.length > 0 && !links.some(isHeadline);
}

/** A few words ending in a colon (or ":-"), no link: a label with nothing after it. */
function isDanglingLabel(block: Block): boolean {
  const { maxLabelChars, maxLabelWords } = anatomy().scorer;
  return (
    !block.linkTextLength &&
    block.text.length <= maxLabelChars &&
    block.text.split(/\s+/).length <= maxLabelWords + 1 &&
    /\p{L}/u.test(block.text) &&
    /[:：]\s*[-–—]?$/u.test(block.text) &&
    setApart(block)
  );
}

/**
 * A prompt that points onward and leads nowhere, in any language ("LA SOCOTO WIXII KA SOO
 * KORDHA..", "ਪੜ੍ਹੋ ਪੂਰੀ ਖਬਰ...": follow for updates, read the full story): a few words
 * ending in an ellipsis or an arrow (DANGLING_PROMPT), no link or all link, set apart as a
 * label is, at an edge of the story: after its last paragraph, or before its first (not a
 * heading there: a headline may end in "..."). A crosshead between story paragraphs, a
 * quotation in guillemets and a sentence stay.
 */
export function isDanglingPrompt(block: Block, storyEnded: boolean, storyAhead: boolean): boolean {
  const { maxChars, maxWords, end } = rules().insertAnatomy.danglingPrompt;
  const text = block.text;
  if (text.length > maxChars || !end.test(text) || /[«‹"“„]/u.test(text) || !/\p{L}/u.test(text)) return false;
  if (text.split(/\s+/).length > maxWords) return false;
  if (block.linkTextLength && block.linkTextLength < text.length * 0.9) return false;
  if (within(block.element, 'blockquote, q, figure, figcaption')) return false;
  if (storyEnded) return block.tag !== 'H1' && setApart(block);
  return storyAhead && !/^H\d$/.test(block.tag) && setApart(block);
}

/**
 * Set apart as a label is: a heading, bold all through, capitals, or a box of its own (not
 * a paragraph). A plain paragraph ending in a colon is the story's ("He wrote on X:" over an
 * embed that is not text).
 */
function setApart(block: Block): boolean {
  if (/^H[2-6]$/.test(block.tag) || (!block.nodes && !/^(?:P|LI|SPAN|A|EM|I)$/.test(block.tag))) return true;
  const { upper, lower } = letters(block.text);
  if (upper >= 4 && upper > lower * 3) return true;
  const only = block.nodes ? null : onlyOwnChild(block.element);
  return only !== null && /^(?:STRONG|B)$/.test(only.tagName.toUpperCase()) && normalizeSpace(rawText(only)) === block.text;
}

interface TokenSet {
  short: Set<string>;
  long: string[];
}

function tokenSet(tokens: readonly string[]): TokenSet {
  return { short: new Set(tokens.filter((t) => t.length < 7)), long: tokens.filter((t) => t.length >= 7) };
}

const TABLE_PARTS = new Set(['TR', 'TD', 'TH']);

/** `name` without its parts that are slugs of words (FURNITURE.slugWords hyphenated words or more: a heading's anchor, not a widget's name). */
function withoutSlugs(name: string): string {
  const words = anatomy().furniture.slugWords;
  return name
    .split(/\s+/)
    .filter((part) => part.split('-').length < words || !/^[a-z\d]+(?:-[a-z\d]+)+$/i.test(part))
    .join(' ');
}

function nameHas(name: string, set: TokenSet): boolean {
  if (!name.trim()) return false;
  const lower = withoutSlugs(name).toLowerCase();
  for (const word of lower.split(/[\s_-]+/)) if (set.short.has(word)) return true;
  const squeezed = lower.replace(/[\s_\-\d]+/g, '');
  return set.long.some((token) => squeezed.includes(token));
}

const furnitureSets = fromBook((book) =>
  book.furnitureClassTokens.map((f) => ({ category: f.category, set: tokenSet([...f.tokens, ...(f.strong ?? [])]), strong: tokenSet(f.strong ?? []) })),
);

/**
 * The category of a short non-sentence block inside page furniture named by its class or id
 * (a share bar, an ad slot, a print tool), or null. The guard: a sentence of the story (at
 * least FURNITURE.sentenceWords words ending like a sentence) or a longer block is never
 * furniture, unless a strong token names its box (a newsletter box, a paywall strip, a
 * comment form: what they hold is never story, in sentences or not).
 */
export function furnitureCategory(block: Block, scope: Element, storyRoot: Element | null): string | null {
  const { maxChars, sentenceWords, strongMaxChars, strongBoxChars } = anatomy().furniture;
  if (block.text.length > strongMaxChars) return null;
  // A line of no word (a number, a date, a score) says nothing of a widget and may be the story's data (a chart's axis, a table's figure): left.
  if (!/\p{L}/u.test(block.text)) return null;
  // A heading is the page's or the story's, unless a strong token names its box as a pitch (FURNITURE.headingCategories): the title of a newsletter box is the pitch's.
  const heading = /^H[1-6]$/.test(block.tag);
  const strongOnly = heading || block.text.length > maxChars || (block.text.split(/\s+/).length >= sentenceWords && SENTENCE_END.test(block.text));
  if (within(block.element, 'blockquote, q, figure, figcaption') || isQuoteAttribution(block)) return null;
  // From the innermost element that is all of the block (its first element child when that holds all of its text, and so on, three levels down): its class names the block too (<p><span class="reading-time">1 min read</span></p>).
  let start: Element = block.nodes?.find(isElement) ?? block.element;
  // (Each level's text read once: the child that holds it all becomes the next level. Sourceline's controls are not the page's.)
  let startText: string | undefined;
  for (let depth = 3; depth--; ) {
    const child = firstOwnChild(start);
    if (!child) break;
    const childText = ownTextContent(child).trim();
    if (childText !== (startText ??= ownTextContent(start).trim())) break;
    start = child;
    startText = childText;
  }
  for (let el: Element | null = start; el && el !== scope && el !== storyRoot; el = el.parentElement) {
    // A row or cell of a table names its record ("player-2020-580" on a standings row), not a widget: the table is the story's data.
    if (TABLE_PARTS.has(el.tagName.toUpperCase())) continue;
    const category = furnitureOfElement(el, strongOnly);
    if (!category) continue;
    if (heading && !(anatomy().furniture.headingCategories as readonly string[]).includes(category)) return inHeadingBox(el, scope) ? category : null;
    // A strong name on a big box is a wrapper (a "paywall" container around the story's second half), not a promotion.
    if (strongOnly) return normalizeSpace(el.textContent ?? '').length > strongBoxChars ? null : category;
    // So is a weak name on a box that holds more than furniture does (a share plugin's id on the story's container).
    return textWithin(el, anatomy().furniture.weakBoxChars) === null && !furnitureOfElement(el, true) ? null : category;
  }
  return null;
}

/** The line after a quotation that names who said it ("<blockquote>…</blockquote><p class="source">- Name, Title</p>", a Tumblr quote post): the quote's, as the quotation is. */
function isQuoteAttribution(block: Block): boolean {
  return !block.nodes && block.element.previousElementSibling?.tagName.toUpperCase() === 'BLOCKQUOTE' && /^[-–—―]\s*\p{L}/u.test(block.text);
}

const headingBoxes = fromBook((book) => tokenSet(book.insertAnatomy.furniture.headingBoxes));

/** Is `el` inside (or) a small box named as one whose heading is furniture (FURNITURE.headingBoxes: a comment form, an author box)? */
function inHeadingBox(el: Element, scope: Element): boolean {
  for (let box: Element | null = el; box && box !== scope; box = box.parentElement) {
    if (nameHas(`${box.getAttribute('class') ?? ''} ${box.id}`, headingBoxes())) return textWithin(box, anatomy().furniture.strongBoxChars) !== null;
  }
  return false;
}

const furnitureNameMemo = fromBook(() => new Map<string, string | null>());
const strongFurnitureNameMemo = fromBook(() => new Map<string, string | null>());
/** The same answers by class, then id, as the element gives them (name-memo.ts): no joined name to build and hash for each ancestor of each block. */
const furnitureClassMemo = fromBook((): NameMemo<string | null> => new Map());

/** `strongOnly`: only a strong token counts (for a block that reads as a sentence). */
function furnitureOfElement(el: Element, strongOnly: boolean): string | null {
  const cls = el.className;
  // The two questions kept apart under one class.
  const id = strongOnly ? `\u0001${el.id}` : el.id;
  // An SVG element's className is an object: the joined name, as it always was.
  if (typeof cls !== 'string') return furnitureOfName(`${cls} ${el.id}`, strongOnly);
  return byClassAndId(furnitureClassMemo(), cls, id, () => furnitureOfName(`${cls} ${el.id}`, strongOnly));
}

/** The furniture category a class-and-id name says, or null (by name: see byName). */
function furnitureOfName(name: string, strongOnly: boolean): string | null {
  if (!strongOnly) return byName(furnitureNameMemo(), name, (n) => furnitureSets().find(({ set }) => nameHas(n, set))?.category ?? null);
  return byName(strongFurnitureNameMemo(), name, (n) => {
    // A name that only looks strong ("follow-up": the story's next part, not a follow-us box) names nothing.
    const { strongUnless } = anatomy().furniture;
    if (strongUnless.some((word) => n.toLowerCase().replace(/[\s_\-\d]+/g, '').includes(word))) return null;
    return furnitureSets().find(({ strong }) => nameHas(n, strong))?.category ?? null;
  });
}


/** Does the block read as one headline link (a teaser card), not a sentence with a link in it? */
function teaserLike(block: Block): boolean {
  if (block.text.length > anatomy().teaserRun.maxChars || block.linkTextLength < block.text.length * anatomy().teaserRun.linkShare) return false;
  if (within(block.element, 'blockquote, q')) return false;
  const words = block.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(block.text);
  return unspaced ? block.text.length >= anatomy().scorer.minHeadlineChars : words >= anatomy().scorer.minHeadlineWords;
}

/**
 * Indexes of the blocks in runs of teasers after the story (TEASER_RUN): at least
 * `minBlocks` consecutive teaser-like blocks, story prose before the run and none after it.
 * `prose[i]`: block i is a story paragraph.
 */
export function teaserRuns(blocks: readonly Block[], prose: readonly boolean[]): Set<number> {
  const out = new Set<number>();
  let proseBefore = false;
  let proseLater = prose.map(() => false);
  for (let i = prose.length - 2; i >= 0; i--) proseLater[i] = proseLater[i + 1]! || prose[i + 1]!;
  for (let i = 0; i < blocks.length; ) {
    if (!teaserLike(blocks[i]!)) {
      if (prose[i]) proseBefore = true;
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < blocks.length && teaserLike(blocks[end + 1]!)) end++;
    if (proseBefore && !proseLater[end] && end - i + 1 >= anatomy().teaserRun.minBlocks) for (let j = i; j <= end; j++) out.add(j);
    i = end + 1;
  }
  proseLater = [];
  return out;
}
