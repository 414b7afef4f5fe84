// Class and id words of the parts of a page that are not the article (comments, sidebars,
// menus, promotions): their text does not vote for where the article is, and the story
// skips them. From the article finders' common knowledge (Readability's unlikely-candidate
// words) and the corpus' own markup. Read by utils/engine/article.ts through the rule book.

/** A class or id naming a page part that is not the article… */
export const NOT_ARTICLE_PART =
  /comment|disqus|repl(?:y|ies)|respond|discuss|forum|sidebar|widget|menu|breadcrumb|footer|masthead|related|recommend|promo|sponsor|share|social|newsletter|subscribe|popup|modal|cookie|banner|pagination|pager|skyscraper|outbrain|taboola|byline|author|timestamp|popular|trending|most-read|gallery|slideshow|carousel|lightbox/i;

/** …unless the same name also says it is the content. */
export const ARTICLE_PART = /\barticle\b|\bcontent\b|\bmain\b|\bstory\b|entry-content|post-content|article-?body|story-?body|post-body/i;

/**
 * Selectors of page parts the engine looks for: stored in the rule book, not in the script every page loads.
 * - cmsContainers: content containers of common CMSes (WordPress themes, news CMSes);
 * - bylineSlot: where a page prints who wrote the story: an agency there is the author ("By AFP", a link to
 *   /authors/reuters/); the class names of byline slots in the CMSs of many languages ("byline",
 *   "article__author", "c-byline", "autor", "yazar", "penulis", "firma");
 * - notByline: a slot inside a photo's, a gallery's or a comment's markup credits the photo or names a commenter.
 */
export const PAGE_SELECTORS = {
  cmsContainers: '.entry-content,.post-content,.article-content,.article-body,.articleBody,.story-body,.story_details,.td-post-content,#article-body,.content-body',
  bylineSlot:
    '[rel~=author],[itemprop~=author],a[href*="/author/"],a[href*="/authors/"],[class*=author],[class*=byline],[class*=autor],[class*=auteur],[class*=yazar],[class*=penulis],[class*=reporter],[class*=writer],[class*=firma]',
  notByline: 'footer,aside,nav,figure,figcaption,[class*=photo],[class*=foto],[class*=image],[class*=caption],[class*=gallery],[class*=comment]',
};
