// The edits republishers make to a wire story, as functions of its text: used by
// `npm run eval:reuse` to derive copies from real stories, and by the unit tests. Each
// edit is one seen on real republished pages (see test/fixtures/reuse/README.md).

export type Edit = (text: string, other: string) => string;

const paragraphsOf = (text: string) => text.split(/\n+/).map((p) => p.trim()).filter(Boolean);
const sentencesOf = (text: string) => text.match(/[^.!?।。！？]+[.!?।。！？]*["”’']?\s*/gu)?.map((s) => s.trim()).filter(Boolean) ?? [text];

/** The first sentence of another story, as the headline of an insert. */
function headline(other: string): string {
  const first = sentencesOf(paragraphsOf(other)[0] ?? other)[0] ?? other;
  return first.length > 110 ? `${first.slice(0, 110).trimEnd()}…` : first;
}

export const EDITS: Record<string, Edit> = {
  /** The last third of the paragraphs cut (republishers often stop early). */
  'cut-tail': (text) => {
    const ps = paragraphsOf(text);
    if (ps.length < 3) return sentencesOf(text).slice(0, Math.max(1, Math.ceil(sentencesOf(text).length * 0.67))).join(' ');
    return ps.slice(0, Math.max(1, Math.ceil(ps.length * 0.67))).join('\n');
  },
  /** Every other paragraph after the lead dropped (a summary copy). */
  'cut-middle': (text) => {
    const ps = paragraphsOf(text);
    if (ps.length < 4) return text;
    return ps.filter((_, i) => i === 0 || i % 2 === 1 || i === ps.length - 1).join('\n');
  },
  /** Only the first two paragraphs: a teaser that links to the full story. */
  teaser: (text) => {
    const ps = paragraphsOf(text);
    return ps.length >= 3 ? ps.slice(0, 2).join('\n') : sentencesOf(text).slice(0, 2).join(' ');
  },
  /** A dateline and agency credit in front, a credit line and a feed disclaimer at the end. */
  'dateline-credit': (text) =>
    `NEW DELHI, March 19 (IANS) — ${text.trim()}\n(With inputs from agencies)\n(This story has not been edited by our staff and is auto-generated from a syndicated feed.)`,
  /** "Read also" inserts between paragraphs, with other stories' headlines. */
  inserts: (text, other) => {
    const ps = paragraphsOf(text);
    const insert = `Read also | ${headline(other)}`;
    const out: string[] = [];
    ps.forEach((p, i) => {
      out.push(p);
      if (i % 2 === 0 && i < ps.length - 1) out.push(insert);
    });
    if (ps.length === 1) out.push(insert);
    return out.join('\n');
  },
  /** The lead rewritten: its first paragraph replaced by a new sentence in other words. */
  'rewritten-lead': (text) => {
    let ps = paragraphsOf(text);
    // A story in one paragraph: its first sentence is the lead.
    if (ps.length < 2) ps = sentencesOf(text);
    const lead = ps[0] ?? '';
    const words = lead.split(/\s+/);
    if (words.length < 4) {
      // Unspaced scripts: the lead's characters in another order.
      return [`据报道,${[...lead].filter((_, i) => i % 3 !== 1).reverse().join('')}`, ...ps.slice(1)].join('\n');
    }
    // The same facts, reordered and reworded: no four-word run of the old lead survives.
    const rewritten = `In a development reported on Thursday, ${words.filter((_, i) => i % 3 !== 1).reverse().slice(0, 14).join(' ').toLowerCase()}, sources said.`;
    return [rewritten, ...ps.slice(1)].join('\n');
  },
  /** All paragraphs merged into one block (a scraper that lost the markup). */
  'merged-paragraphs': (text) => paragraphsOf(text).join(' '),
  /** Typography changed: curly quotes straightened (or the reverse), dashes, spaces, digits, case of the first words. */
  typography: (text) =>
    text
      .replace(/[“”]/g, '"')
      .replace(/[‘’]/g, "'")
      .replace(/"([^"\n]{1,200})"/g, '“$1”')
      .replace(/ - /g, ' – ')
      .replace(/(\d),(\d{3})/g, '$1\u202f$2')
      .replace(/ {1}/g, (space, offset: number) => (offset % 7 === 0 ? '\u00a0' : space))
      .replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))
      .replace(/^(\S+\s+\S+)/, (m) => m.toUpperCase()),
  /** What a scraper does all at once: dateline, inserts, a cut tail, changed typography. */
  'scraper-copy': (text, other) => EDITS.typography!(EDITS.inserts!(EDITS['dateline-credit']!(EDITS['cut-tail']!(text, other), other), other), other),
};
