// Class and id words of the parts of a page that are not the article (comments, sidebars,
// menus, promotions): their text does not vote for where the article is, and the story
// skips them. From the article finders' common knowledge (Readability's unlikely-candidate
// words) and the corpus' own markup. Read by utils/engine/article.ts through the rule book.

/** A class or id naming a page part that is not the article… */
export const NOT_ARTICLE_PART =
  /comment|disqus|repl(?:y|ies)|respond|discuss|forum|sidebar|widget|menu|breadcrumb|footer|masthead|related|recommend|promo|sponsor|share|social|newsletter|subscribe|popup|modal|cookie|banner|pagination|pager|skyscraper|outbrain|taboola|byline|author|timestamp|popular|trending|most-read|gallery|slideshow|carousel|lightbox/i;

/** …unless the same name also says it is the content. */
export const ARTICLE_PART = /\barticle\b|\bcontent\b|\bmain\b|\bstory\b|entry-content|post-content|article-?body|story-?body|post-body/i;
