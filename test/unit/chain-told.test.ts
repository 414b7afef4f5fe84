import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/engine/analyze';
import type { Analysis } from '../../utils/engine/types';
import { recipientCues } from '../../utils/rules/citations';
import { parseHtml } from '../../tools/parse-html';

// The outlet a speaker told, or that interviewed them, is cited (rules/citations.ts recipientCues): the convention of the labelled
// corpus in de, da/no/sv, eu, fa, id/ms and ro. An agency told stays the copy's likely author, the site's own newsroom is no citation,
// and English "told X" is left as it was (no dev label says how it is read). Our own sentences, written for these tests.

const FILLER =
  'Officials said the measures would take effect next month after a review by the ministry, which has been under pressure to act for several weeks.';

function page(paragraph: string, lang: string, siteName = 'Daily Example', url = 'https://daily.example/news/1'): Analysis {
  const html = `<!doctype html><html lang="${lang}"><head><meta property="og:type" content="article"><meta property="og:site_name" content="${siteName}"></head>
<body><main><article><h1>Headline</h1><div class="article-body"><p>${FILLER}</p><p>${paragraph}</p><p>${FILLER}</p></div></article></main></body></html>`;
  return analyze(parseHtml(html), url);
}

const cited = (analysis: Analysis) => analysis.chain.filter((l) => l.role === 'cited').map((l) => l.name);
const agency = (analysis: Analysis) => analysis.chain.find((l) => l.role === 'agency')?.name;

describe('recipientCues (data)', () => {
  it('has unique ids, sorted, each with an example, a counter-example and evidence', () => {
    const ids = recipientCues.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    for (const cue of recipientCues) {
      expect(cue.examples.length, cue.id).toBeGreaterThan(0);
      expect(cue.counterExamples.length, cue.id).toBeGreaterThan(0);
      expect(cue.evidence.length, cue.id).toBeGreaterThan(20);
    }
  });

  // "…" stands where the outlet's name is: a before-cue reads what precedes it, an after-cue what follows.
  const side = (cue: (typeof recipientCues)[number], text: string) => {
    const [before = '', after = ''] = text.split('…');
    return cue.side === 'before' ? before : after;
  };
  it.each(recipientCues.flatMap((cue) => cue.examples.map((e) => [cue.id, e] as const)))('%s reads %j as the outlet told', (id, example) => {
    const cue = recipientCues.find((c) => c.id === id)!;
    expect(cue.pattern.test(side(cue, example))).toBe(true);
  });
  it.each(recipientCues.flatMap((cue) => cue.counterExamples.map((e) => [cue.id, e] as const)))('%s does not read %j so', (id, example) => {
    const cue = recipientCues.find((c) => c.id === id)!;
    expect(cue.pattern.test(side(cue, example))).toBe(false);
  });
});

describe('an outlet told or that interviewed is cited', () => {
  it.each([
    ['„Wir müssen reden“, sagte die Ministerin am Montag der Riverside Zeitung.', 'de', 'Riverside Zeitung'],
    ['„Wir müssen reden“, sagte Huber am Freitag den Fernsehsendern RTL und ntv.', 'de', 'RTL'],
    ['– Vi jobbar med saken, säger Anna Berg, presstalesperson för polisen, till Aftonbladet.', 'sv', 'Aftonbladet'],
    ['– Det er alvorligt, sier han til Riverside TV.', 'no', 'Riverside TV'],
    ['Menteri itu berkata demikian dalam wawancara khas bersama portal berita Riverside Online.', 'ms', 'Riverside Online'],
    // a place after the name is none of it
    ['Menteri itu berkata demikian dalam wawancara khas bersama portal berita Riverside Online di Jakarta.', 'ms', 'Riverside Online'],
    ['„Nu este o problemă”, a declarat joi, la Riverside FM, ministrul.', 'ro', 'Riverside FM'],
    ['وزیر در گفت‌وگو با روزنامه «الرأی» گفت که مذاکرات ادامه دارد.', 'fa', 'Al-Rai (Kuwait)'],
  ])('cites in %j', (sentence, lang, outlet) => {
    expect(cited(page(sentence, lang))).toContain(outlet);
  });

  it('cites the second outlet of a list the cue shares ("den Fernsehsendern RTL und ntv")', () => {
    expect(cited(page('„Wir müssen reden“, sagte Huber am Freitag den Fernsehsendern RTL und ntv.', 'de'))).toEqual(['RTL', 'n-tv']);
  });

  it.each([
    // an agency told: the copy's likely author, never cited
    ['„Wir müssen reden“, sagte die Ministerin der dpa.', 'de'],
    ['- Det er en alvorlig sag, siger hun til Ritzau.', 'da'],
    // a sentence ends between the verb and the name
    ['„Wir müssen reden“, sagte sie. Der Riverside Zeitung gehört ein Haus am Markt.', 'de'],
    // "that", not "to": the name is what was said
    ['Ministrul a spus că la Riverside FM nu se vorbește despre asta.', 'ro'],
    // no outlet: a person or an authority told
    ['– Vi jobbar med saken, säger Anna Berg till polisen.', 'sv'],
    // English "told X" is left as it was: no dev label says how it reads
    ['The minister told the Riverside Herald that the talks would go on.', 'en'],
  ])('cites nothing in %j', (sentence, lang) => {
    expect(cited(page(sentence, lang))).toEqual([]);
  });

  it('keeps an agency told as the likely author ("siger hun til Ritzau")', () => {
    expect(agency(page('- Det er en alvorlig sag, siger hun til Ritzau.', 'da'))).toBe('Ritzau');
    expect(cited(page('- Det er en alvorlig sag, siger hun til Ritzau.', 'da'))).toEqual([]);
  });

  it("does not cite the site's own newsroom told (\"told KCLR News\" on KCLR 96FM)", () => {
    expect(cited(page('„Wir müssen reden“, sagte die Ministerin dem Riverside Radio.', 'de', 'Riverside 96FM', 'https://riverside96fm.example/news/1'))).toEqual([]);
    expect(cited(page('„Wir müssen reden“, sagte die Ministerin dem Riverside Radio.', 'de'))).toEqual(['Riverside Radio']);
  });
});
