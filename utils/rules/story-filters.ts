// Lines of page furniture that are not the story's prose (and not boilerplate to collapse
// either): photo credits, tag lines, a domain or an address printed alone, field labels,
// "read more" pointers, newsletter pitches, agency trailers. Each is data with an id, a
// note, examples it must match and counter-examples (story sentences) it must leave, so
// isStoryBlock (engine/story.ts) can say which filter turned a block away. Sorted by id
// (lint-tested in test/unit/story-rules.test.ts).

export interface StoryFilter {
  id: string;
  /** tested on the block's whitespace-normalised text */
  pattern: RegExp;
  /** a second pattern that must also match (both = the filter holds) */
  also?: RegExp;
  /** only blocks up to this long */
  maxLength?: number;
  note: string;
  examples: string[];
  counterExamples: string[];
}

export const storyFilters: StoryFilter[] = [
  {
    id: 'story.agency-trailer',
    pattern: /^our standards:\s*the thomson reuters trust principles\.?$/i,
    note: 'Standing trailers of agency copy that carry no news (Reuters).',
    examples: ['Our Standards: The Thomson Reuters Trust Principles.'],
    counterExamples: ['Our standards have slipped, the editor admitted in a letter to readers.'],
  },
  {
    id: 'story.domain-line',
    pattern: /^(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,6}\/?$/iu,
    note: 'A source credit printed as a line of its own: "BVINEWS.COM", "www.example.org".',
    examples: ['BVINEWS.COM', 'www.example.org'],
    counterExamples: ['The site example.org went offline on Monday.'],
  },
  {
    id: 'story.field-label',
    pattern: /^\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,2}\s?:$/u,
    maxLength: 25,
    note: 'A field label standing alone: "Release Date:", "Fotos:".',
    examples: ['Release Date:', 'Fotos:'],
    counterExamples: ['He said: the talks will resume on Monday.'],
  },
  {
    id: 'story.label-line',
    pattern: /^(?:more on|more about|mehr zu(?:m)?|mehr über)\s[^:]{1,40}:?$/i,
    note: '"More on coronavirus:", "Mehr zum Thema Klima" as a line of its own (MSN copy of a Guardian story).',
    examples: ['More on coronavirus:', 'Mehr zum Klimaschutz'],
    counterExamples: ['More on the plan will be announced next week, the minister said.'],
  },
  {
    id: 'story.labelled-url',
    pattern: /^[\p{L} ]{2,20}:?\s+https?:\/\/\S+$/u,
    note: 'A label and an address: "Permalink https://p.dw.com/p/RPYx", "Source: https://…".',
    examples: ['Permalink https://p.dw.com/p/RPYx'],
    counterExamples: ['The full report is at the ministry website, officials said.'],
  },
  {
    id: 'story.newsletter-pitch',
    pattern: /newsletter/i,
    also: /sign up|subscribe|melde dich|meld dich|abonnier|inscri|suscr[ií]b|iscriviti|assine/i,
    maxLength: 300,
    note: 'A pitch for the site\'s newsletter ("Melde dich hier für unseren Newsletter an!").',
    examples: ['Melde dich hier für unseren Newsletter an!'],
    counterExamples: ['The newsletter industry grew fast last year, analysts said.'],
  },
  {
    id: 'story.not-prose-line',
    pattern:
      /^(?:(?:photo|image|picture|foto|bild|credit|titelbild)s?\s*:|tags?\s*:?\s)|\((?:AP|AFP|Reuters|EPA|Getty Images)? ?Photo\/[^)]{2,60}\)$|^[\p{L}.\s-]{2,40}\s?\/\s?(?:Getty Images|AFP|dpa|Reuters|AP|EPA|picture alliance|imago)\b[^.]{0,40}$|^(?:AFP|dpa|Reuters|AP|EPA|Keystone)\s*\/\s*[\p{Lu}\s.-]{2,40}$|\((?:image|photo|picture|credit)s?:\s*[^)]{2,40}\)$/iu,
    note: 'Photo, credit and tag lines that are not prose: "Photo: Hau Dinh, AP", "AFP / MARCO BERTORELLO", "Tags: …".',
    examples: ['Photo: Hau Dinh, AP', 'AFP / MARCO BERTORELLO', 'Tags: election, budget'],
    counterExamples: ['Photographers gathered outside the court on Monday.'],
  },
  {
    id: 'story.photo-credit-end',
    pattern: /\s[|·]\s?©\s?[^.©|]{2,60}$/u,
    note: 'A caption that ends on its photo credit: "… gesegnet. | © Augusta National/Getty Images".',
    examples: ['Der Platz wurde gesegnet. | © Augusta National/Getty Images'],
    counterExamples: ['The club holds the rights to the course, a spokesman said.'],
  },
  {
    id: 'story.read-more-line',
    pattern: /^(?:read more|weiterlesen|lire la suite|leer más|leggi anche|continue reading)\s*[:.…]?$/i,
    note: '"Read more:" and its kin as a line of its own: a pointer away from the story.',
    examples: ['Read more:', 'Weiterlesen …', 'Lire la suite'],
    counterExamples: ['Read more carefully, the teacher told the class.'],
  },
];

/** The first filter that holds for `text`, or null. */
export function storyFilterFor(text: string): StoryFilter | null {
  for (const filter of storyFilters) {
    if (filter.maxLength !== undefined && text.length > filter.maxLength) continue;
    if (filter.pattern.test(text) && (!filter.also || filter.also.test(text))) return filter;
  }
  return null;
}
