import type { BlockRule } from './types';
import { escapeRegExp } from '../regexp';

// Related-story inserts ("Read also | <headline>", "Baca juga: <headline>") by language.
// Only labels seen on real pages are listed; each set names where (docs/evidence/ has the
// excerpts). One rule, read-also.<lang>.label, is made from every set: the label, then a
// separator and a headline, or the label followed by a linked headline. Boxes of such
// links ("Auch interessant:" over a list) are the card rules of rules/cards.ts.
// Sets are sorted by language (lint-tested). Labels seen on corpus pages name them; labels
// that are the standard wording but were not found on a stored page say so, and carry a
// counter-example in the same language.

export interface RelatedLabelSet {
  lang: string;
  /** labels as written, matched case-insensitively at the start of a block */
  labels: string[];
  /** pages where the labels were seen */
  evidence: string;
  /** inserts the rules must mark */
  examples: string[];
  /** story sentences starting with the same words that no rule may mark */
  counterExamples: string[];
}

export const relatedLabelSets: RelatedLabelSet[] = [
  {
    lang: 'am',
    labels: ['ተጨማሪ ያንብቡ', 'ተዛማጅ ዜናዎች'],
    evidence: 'Standard Amharic "read more" / "related news" labels of Ethiopian portals (no stored page found; counter-example kept).',
    examples: ['ተዛማጅ ዜናዎች: መንግስት አዲስ በጀት አጸደቀ'],
    counterExamples: ['ተጨማሪ ያንብቡ ብለው መምህሩ ተማሪዎችን መከሩ።'],
  },
  {
    lang: 'ar',
    labels: ['اقرأ ايضا', 'اقرأ أيضا', 'اقرأ أيضاً', 'إقرأ أيضا', 'اقرأ المزيد', 'اقرأ أيضًا', 'إقرأ أيضاً', 'اقرأ ايضاً', 'اقرأ كذلك', 'طالع أيضا', 'شاهد أيضا', 'شاهد أيضاً', 'مواضيع ذات صلة', 'أخبار ذات صلة', 'قد يهمك'],
    evidence: 'alalam.ir ("اقرأ ايضا.. <headline>"); docs/evidence/related-labels.md. Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): اقرأ أيضًا, إقرأ أيضاً, اقرأ ايضاً, اقرأ كذلك, طالع أيضا, شاهد أيضا, شاهد أيضاً, مواضيع ذات صلة, أخبار ذات صلة, قد يهمك.',
    examples: ['اقرأ ايضا.. وزير خارجية العراق: زيارة السوداني لطهران حققت نتائج جيدة'],
    counterExamples: ['اقرأ ايضا ما كتبه الوزير في رسالته، قال المتحدث للصحفيين يوم الخميس.', 'قد يهمك أن تعرف أن المتحف يفتح أبوابه يوم الأحد، قالت المديرة.'],
  },
  {
    lang: 'az',
    labels: ['Həmçinin oxuyun', 'Oxşar xəbərlər', 'Digər xəbərlər'],
    evidence: 'Standard Azerbaijani labels ("also read", "similar news") of Baku portals.',
    examples: ['Həmçinin oxuyun: Bakıda yeni metro stansiyası açıldı'],
    counterExamples: ['Həmçinin oxuyun deyə nazir tələbələrə tövsiyə etdi.'],
  },
  {
    lang: 'bg',
    labels: ['Прочетете още', 'Още по темата', 'Свързани новини', 'Прочетете също', 'Вижте още', 'Вижте също'],
    evidence: 'Standard Bulgarian labels (BNR, Novini247 templates). Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): Вижте още, Вижте също.',
    examples: ['Още по темата: Парламентът прие бюджета на първо четене'],
    counterExamples: ['Прочетете още веднъж договора, посъветва адвокатът.', 'Вижте още веднъж договора, каза адвокатът на журналистите.'],
  },
  {
    lang: 'bn',
    labels: ['আরও পড়ুন', 'আরো পড়ুন', 'সম্পর্কিত খবর', 'আরও দেখুন', 'আরো দেখুন', 'এই বিভাগের আরও খবর'],
    evidence: 'Standard Bengali "read more" label of Bangladeshi and Indian portals. Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): আরও দেখুন, আরো দেখুন, এই বিভাগের আরও খবর.',
    examples: ['আরও পড়ুন: ঢাকায় নতুন মেট্রো লাইন চালু'],
    counterExamples: ['আরও পড়ুন বলে শিক্ষক ছাত্রদের উৎসাহ দেন।', 'আরও দেখুন কীভাবে শহরের রাস্তাগুলো পানিতে ডুবে গেছে, বললেন মেয়র।'],
  },
  {
    lang: 'ca',
    labels: ['Llegeix també', 'Notícies relacionades', 'Us pot interessar'],
    evidence: 'Standard Catalan labels (VilaWeb, regional portals).',
    examples: ['Llegeix també: El Govern aprova el pressupost'],
    counterExamples: ['Llegeix també els informes anteriors, va demanar el conseller.'],
  },
  {
    lang: 'cs',
    labels: ['Čtěte také', 'Čtěte též', 'Související články', 'Přečtěte si také', 'Související', 'Mohlo by vás zajímat', 'Související zprávy', 'Doporučujeme'],
    evidence: 'Standard Czech labels (iDNES, Novinky, Blesk templates). Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): Mohlo by vás zajímat, Související zprávy, Doporučujeme.',
    examples: ['Čtěte také: Vláda schválila nový rozpočet'],
    counterExamples: ['Čtěte také pozorně smlouvu, radí právník.', 'Doporučujeme lidem zůstat doma, řekl mluvčí hasičů.'],
  },
  {
    lang: 'da',
    labels: ['Læs også', 'Relaterede artikler', 'Læs mere', 'Se også', 'Relateret'],
    evidence: 'Standard Danish labels (DR, TV2 templates). Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): Se også, Relateret.',
    examples: ['Læs også: Regeringen fremlægger ny finanslov'],
    counterExamples: ['Læs også kontrakten grundigt, siger advokaten.', 'Se også på de nye tal, sagde ministeren til journalisterne.'],
  },
  {
    lang: 'de',
    labels: [
      'Auch interessant für dich',
      'Auch interessant',
      'Lesen Sie auch die folgenden Beiträge',
      'Lesen Sie auch',
      'Mehr zum Thema',
      'Zum Weiterlesen', 'Lesen Sie mehr', 'Siehe auch', 'Das könnte Sie auch interessieren', 'Lesen Sie dazu auch', 'Lesen Sie dazu', 'Lies auch', 'Auch lesenswert', 'Das könnte dich auch interessieren', 'Passend zum Thema', 'Verwandte Artikel', 'Weitere Artikel', 'Mehr dazu'],
    evidence:
      'basicthinking.de ("Auch interessant:" link list), karlsruhe-insider.de ("Lesen Sie auch <headline>"); docs/evidence/related-labels.md. "Mehr zum Thema", "Zum Weiterlesen", "Lesen Sie auch die folgenden Beiträge:" on deutschlandfunk.de, selbst.de, falstaff.de, golf.de, agrarheute.com, greenpeace.de, hrjournal.de (pages in ../shared/benchmarks/trafilatura-eval). Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): Lesen Sie dazu auch, Lesen Sie dazu, Lies auch, Auch lesenswert, Das könnte dich auch interessieren, Passend zum Thema, Verwandte Artikel, Weitere Artikel, Mehr dazu.',
    examples: [
      'Auch interessant: 14 Tipps, wie du mehr Twitter-Follower bekommst',
      'Lesen Sie auch: Ende bei Esprit: Alle Filialen und Tausende Mitarbeiter gefährdet',
    ],
    counterExamples: [
      'Auch interessant ist, dass die Stadt den Radweg selbst bezahlt hat.',
      'Lesen Sie auch weiterhin unsere Berichte, bat die Redaktion ihre Leser.',
      'Mehr zum Thema Wärmepumpen will das Ministerium im Herbst vorlegen.',
      'Lesen Sie dazu bitte die Hinweise der Behörde, riet der Sprecher.',
    ],
  },
  {
    lang: 'el',
    labels: ['Διαβάστε επίσης', 'Διαβάστε ακόμα', 'Σχετικά άρθρα', 'Δείτε επίσης', 'Δείτε ακόμη', 'Διαβάστε ακόμη', 'Διαβάστε περισσότερα', 'Σχετικά θέματα', 'Σχετικές ειδήσεις'],
    evidence: 'Standard Greek labels (Greek and Cypriot portals). Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): Δείτε ακόμη, Διαβάστε ακόμη, Διαβάστε περισσότερα, Σχετικά θέματα, Σχετικές ειδήσεις.',
    examples: ['Διαβάστε επίσης: Η κυβέρνηση ανακοίνωσε νέα μέτρα'],
    counterExamples: ['Διαβάστε επίσης προσεκτικά τη σύμβαση, είπε ο δικηγόρος.', 'Διαβάστε περισσότερα βιβλία, είπε ο υπουργός στους μαθητές.'],
  },
  {
    lang: 'en',
    labels: [
      'Read also',
      'Also read',
      'Read more',
      'Related stories',
      'Related story',
      'Related news',
      'Related',
      'You may also like',
      "Don't miss",
      'Don’t miss',
      'See more', 'See also', 'More stories', 'Recommended', 'Recommended stories', 'Read next', 'Related articles', 'Related article', 'Related coverage', 'Related content', 'Related reading', 'Related posts', 'More on this story', 'Further reading', 'Also see', 'Recommended reading', 'Suggested reading', 'You might also like', 'Must read', 'Up next', 'Keep reading'],
    evidence:
      'LatestLY (seed: "Read also |"), Hindustan Times ("Also read:"), Bollywood Life ("Also Read -"), DW ("Read more: …"), a Global News copy ("READ MORE:"), wordlessnews.com ("Related Story: …"); cleveland.com ("You may also like..."), bgr.com ("Don\'t Miss:"), express.co.uk ("SEE MORE:", "DON\'T MISS") in ../shared/benchmarks/aeb. Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): Read next, Related articles, Related article, Related coverage, Related content, Related reading, Related posts, More on this story, Further reading, Also see, Recommended reading, Suggested reading, You might also like, Must read, Up next, Keep reading.',
    examples: [
      'Read also | Ecuador Earthquake: 6.7-magnitude quake shakes Guayas region; no news of damage or injuries (watch video).',
      'Also Read | Toshakhana case: Pakistan court cancels arrest warrant for Imran Khan',
      'READ MORE: Germany plans new rules for wind farms',
      'RELATED: Storm leaves thousands without power',
      'Related Story: The Washington Post',
    ],
    counterExamples: [
      'Also, read the fine print before you sign anything, the regulator warned.',
      'Read also the minister’s full statement, the opposition urged on Friday.',
      'Readers also asked whether the deal would last.',
      'Related problems include rising costs and shortages, officials said.',
      'Read more about the plan in the regulator’s 40-page report, officials said.',
      'Don’t miss the chance to see the comet this week, astronomers said.',
      'You may also like the new design, the company told customers.',
      'Further reading of the contract showed a second clause, the lawyer said.',
    ],
  },
  {
    lang: 'es',
    labels: ['Te puede interesar', 'Lee también', 'Lea también', 'Leer más', 'Noticias relacionadas', 'Más noticias', 'Lee además', 'Lea además', 'Leé también', 'Mirá también', 'Ver también', 'Te recomendamos', 'También te puede interesar', 'Quizás te interese', 'Puede interesarte', 'Noticia relacionada', 'Artículos relacionados', 'Contenido relacionado', 'Te sugerimos', 'Lectura recomendada'],
    evidence: 'lacapitalmdp.com ("Te puede interesar" label); docs/evidence/related-labels.md. Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): Lee además, Lea además, Leé también, Mirá también, Ver también, Te recomendamos, También te puede interesar, Quizás te interese, Puede interesarte, Noticia relacionada, Artículos relacionados, Contenido relacionado, Te sugerimos, Lectura recomendada.',
    examples: ['Te puede interesar: Mar del Plata tendrá un nuevo centro de salud'],
    counterExamples: ['Te puede interesar saber que el museo abre los domingos, dijo la directora.', 'Te recomendamos que uses casco, dijo el agente a los ciclistas.'],
  },
  {
    lang: 'et',
    labels: ['Loe ka', 'Seotud uudised'],
    evidence: 'Standard Estonian labels (ERR, Postimees templates).',
    examples: ['Loe ka: Valitsus kinnitas uue eelarve'],
    counterExamples: ['Loe ka lepingut hoolikalt, soovitas jurist.'],
  },
  {
    lang: 'fa',
    labels: ['بیشتر بخوانید', 'بخوانید', 'مطالب مرتبط', 'اخبار مرتبط', 'همچنین بخوانید', 'مطالب پیشنهادی', 'پیشنهاد ما'],
    evidence: 'Standard Persian labels (IRNA, ISNA, BBC Persian templates). Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): همچنین بخوانید, مطالب پیشنهادی, پیشنهاد ما.',
    examples: ['بیشتر بخوانید: دولت بودجه جدید را تصویب کرد'],
    counterExamples: ['بخوانید و بنویسید، معلم به دانش‌آموزان گفت.', 'همچنین بخوانید که وزیر چه گفت، نوشت روزنامه‌نگار.'],
  },
  {
    lang: 'fi',
    labels: ['Lue myös', 'Lue lisää', 'Aiheesta muualla', 'Katso myös', 'Aiheeseen liittyvät', 'Aiheeseen liittyvää'],
    evidence: 'Standard Finnish labels (Yle, HS, Iltalehti templates). Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): Katso myös, Aiheeseen liittyvät, Aiheeseen liittyvää.',
    examples: ['Lue myös: Hallitus esitti uuden budjetin'],
    counterExamples: ['Lue myös sopimus huolellisesti, neuvoi juristi.', 'Katso myös tarkasti sopimus, neuvoi asianajaja.'],
  },
  {
    lang: 'fr',
    labels: ['À lire aussi', 'A lire aussi', 'Lire aussi', 'Lire', 'Voir aussi', 'Sur le même sujet', 'À voir aussi', 'Lire également', 'À lire également', 'A lire également', 'À découvrir', 'À voir également', 'Voir également', 'Articles liés', 'Dans la même rubrique', 'Vous aimerez aussi', 'Vous pourriez aimer', 'Pour aller plus loin'],
    evidence:
      'La Vie des idées ("À lire aussi" block), Le Monde ("Lire aussi : …", "Lire : …"); docs/evidence/related-labels.md. Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): Lire également, À lire également, A lire également, À découvrir, À voir également, Voir également, Articles liés, Dans la même rubrique, Vous aimerez aussi, Vous pourriez aimer, Pour aller plus loin.',
    examples: [
      'À lire aussi : La réforme des retraites en cinq questions',
      'Lire aussi : Les associations contre le stationnement connecté',
      'Lire : Pourquoi les trottinettes disparaissent des trottoirs ?',
    ],
    counterExamples: [
      'À lire aussi attentivement que les autres, ce rapport a surpris les députés.',
      'Lire le rapport prend plusieurs heures, reconnaît le député.',
      'Vous aimerez aussi la nouvelle place, a promis le maire aux habitants.',
    ],
  },
  {
    lang: 'he',
    labels: ['קראו גם', 'כתבות נוספות', 'עוד בנושא', 'קראו עוד', 'כתבות קשורות', 'עוד באתר'],
    evidence: 'Standard Hebrew labels (Walla, Ynet templates). Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): קראו עוד, כתבות קשורות, עוד באתר.',
    examples: ['קראו גם: הממשלה אישרה את התקציב'],
    counterExamples: ['קראו גם את הדוח המלא, אמר השר.', 'קראו עוד על התוכנית באתר העירייה, אמר ראש העיר.'],
  },
  {
    lang: 'hi',
    labels: ['ये भी पढ़ें', 'यह भी पढ़ें', 'पढ़ें', 'यह भी देखें', 'ये भी देखें', 'इसे भी पढ़ें', 'और पढ़ें', 'संबंधित खबरें'],
    evidence: 'hindi.pardaphash.com ("पढ़ें :-"), ibc24.in ("पढ़ें-"); docs/evidence/related-labels.md. Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): यह भी देखें, ये भी देखें, इसे भी पढ़ें, और पढ़ें, संबंधित खबरें.',
    examples: ['पढ़ें :- कोहली ने कहा, टीम का प्रदर्शन शानदार रहा'],
    counterExamples: ['पढ़ें और आगे बढ़ें, मंत्री ने छात्रों से कहा।', 'यह भी देखें कि सरकार ने क्या कहा, मंत्री ने कहा।'],
  },
  {
    lang: 'hr',
    labels: ['Pročitajte i', 'Pročitajte još', 'Povezane vijesti', 'Vezane vijesti', 'Povezani članci', 'Pročitajte više', 'Pogledajte i', 'Preporučujemo', 'Možda vas zanima', 'Povezano', 'Još vijesti'],
    evidence: 'Standard Croatian, Bosnian and Serbian (Latin) labels (Index.hr, Klix, Krstarica templates). Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): Pogledajte i, Preporučujemo, Možda vas zanima, Povezano, Još vijesti.',
    examples: ['Pročitajte i: Vlada usvojila novi proračun'],
    counterExamples: ['Pročitajte i ugovor pažljivo, savjetovao je odvjetnik.', 'Preporučujemo građanima da ostanu kod kuće, rekao je glasnogovornik.'],
  },
  {
    lang: 'hu',
    labels: ['Ezek érdekelhetnek még', 'Ez is érdekelheti', 'Kapcsolódó', 'Kapcsolódó cikkek', 'Olvasd el ezt is', 'Ezt is ajánljuk', 'Ajánljuk még', 'Kapcsolódó hírek', 'Ez is érdekelhet'],
    evidence: 'infovarong.hu ("Ezek érdekelhetnek még", corpus hu--infovarong-forras-mti-erdekelhetnek); the others are standard Hungarian labels. Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): Olvasd el ezt is, Ezt is ajánljuk, Ajánljuk még, Kapcsolódó hírek, Ez is érdekelhet.',
    examples: ['Kapcsolódó cikkek: A kormány elfogadta a költségvetést'],
    counterExamples: ['Kapcsolódó kérdésekről is beszélt a miniszter a sajtótájékoztatón.', 'Ezt is ajánljuk mindenkinek, mondta a polgármester a lakóknak.'],
  },
  {
    lang: 'id',
    labels: ['Baca juga', 'Baca pula', 'Baca artikel lainnya', 'Berita terkait', 'Artikel terkait', 'Baca selanjutnya', 'Simak juga', 'Lihat juga', 'Baca berita lainnya', 'Berita lainnya', 'Artikel lainnya', 'Jangan lewatkan'],
    evidence: 'Tribunnews, Suara.com ("Baca juga: <headline>"); docs/evidence/related-labels.md. Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): Simak juga, Lihat juga, Baca berita lainnya, Berita lainnya, Artikel lainnya, Jangan lewatkan.',
    examples: ['Baca juga: Viral Oknum Polisi Suruh Wartawan Wawancara Pohon, Pelaku akan Diperiksa'],
    counterExamples: ['Baca juga aturan barunya sebelum mendaftar, kata petugas kepada warga.', 'Lihat juga bagaimana warga membersihkan sungai, kata wali kota.'],
  },
  {
    lang: 'it',
    labels: ['Leggi anche', 'Vedi anche', 'Potrebbe interessarti', 'Articoli correlati', 'Leggi pure', 'Ti potrebbe interessare', 'Potrebbe interessarti anche', 'Notizie correlate', 'Per approfondire', 'Guarda anche', 'Correlati'],
    evidence: 'leggo.it ("LEGGI ANCHE: -- <headline>"); docs/evidence/related-labels.md. Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): Leggi pure, Ti potrebbe interessare, Potrebbe interessarti anche, Notizie correlate, Per approfondire, Guarda anche, Correlati.',
    examples: ["LEGGI ANCHE: -- Il post di Stefano de Martino riferito a Belen? 'Gli mancano Belen e Santiago'"],
    counterExamples: ['Leggi anche tu il documento, ha detto il ministro ai giornalisti.', 'Per approfondire la questione il sindaco ha convocato una riunione.'],
  },
  {
    lang: 'ja',
    labels: ['関連記事', '関連ニュース', 'あわせて読みたい', '併せて読みたい', 'おすすめ記事', '関連リンク'],
    evidence: 'jp.xinhuanet.com ("関連記事:" label); docs/evidence/related-labels.md. Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): 関連ニュース, あわせて読みたい, 併せて読みたい, おすすめ記事, 関連リンク.',
    examples: ['関連記事:中国、新たな経済対策を発表'],
    counterExamples: ['関連記事を読んだ読者から多くの意見が寄せられた。', '関連ニュースが相次ぎ、市は会見を開いた。'],
  },
  {
    lang: 'kk',
    labels: ['Ýzdik materialdar', 'Úzdik materialdar', 'Ұқсас жаңалықтар', 'Оқи отырыңыз'],
    evidence: 'abai.kz Latin-script box ("Ýzdik materialdar", corpus kk--abai-kz-latin-uzdik-materialdar); Cyrillic labels are standard.',
    examples: ['Ұқсас жаңалықтар: Үкімет жаңа бюджетті бекітті'],
    counterExamples: ['Оқи отырыңыз деп мұғалім оқушыларға кеңес берді.'],
  },
  {
    lang: 'ko',
    labels: ['관련뉴스', '관련기사', '관련 기사', '관련 뉴스', '함께 보면 좋은 기사', '추천기사'],
    evidence: 'wowtv.co.kr ("관련뉴스" label); docs/evidence/related-labels.md. Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): 관련 기사, 관련 뉴스, 함께 보면 좋은 기사, 추천기사.',
    examples: ['관련뉴스: 코스피, 외국인 매수에 상승 마감'],
    counterExamples: ['관련기사를 쓴 기자는 당시 상황을 자세히 설명했다.', '관련 기사를 쓴 기자는 회사를 떠났다고 밝혔다.'],
  },
  {
    lang: 'lt',
    labels: ['Skaitykite taip pat', 'Susiję straipsniai', 'Taip pat skaitykite'],
    evidence: 'Standard Lithuanian labels (Delfi, 15min templates).',
    examples: ['Skaitykite taip pat: Vyriausybė patvirtino biudžetą'],
    counterExamples: ['Skaitykite taip pat sutartį atidžiai, patarė teisininkas.'],
  },
  {
    lang: 'lv',
    labels: ['Lasi arī', 'Lasiet arī', 'Saistītie raksti'],
    evidence: 'Standard Latvian labels (Delfi, LSM templates).',
    examples: ['Lasi arī: Valdība apstiprina budžetu'],
    counterExamples: ['Lasi arī līgumu uzmanīgi, ieteica jurists.'],
  },
  {
    lang: 'mr',
    labels: ['हेही वाचा', 'हे पण वाचा', 'हे देखील वाचा'],
    evidence: 'Standard Marathi labels (Lokmat, Maharashtra Times templates).',
    examples: ['हेही वाचा: राज्य सरकारने नवीन अर्थसंकल्प मंजूर केला'],
    counterExamples: ['हेही वाचा असे शिक्षकांनी विद्यार्थ्यांना सांगितले.'],
  },
  {
    lang: 'ms',
    labels: ['Anda juga ingin membaca ini', 'Baca lagi', 'Berita berkaitan', 'Artikel berkaitan', 'Baca juga', 'Anda mungkin berminat', 'Berita lain'],
    evidence: 'waklabu.blogspot.com ("ANDA JUGA INGIN MEMBACA INI :-", corpus ms--blogspot-waklabu-utusan-online); the others are standard Malay labels. Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): Baca juga, Anda mungkin berminat, Berita lain.',
    examples: ['Berita berkaitan: Kerajaan umum bajet baharu'],
    counterExamples: ['Baca lagi laporan itu, kata menteri kepada wartawan.', 'Baca juga laporan penuh itu, kata menteri kepada wartawan.'],
  },
  {
    lang: 'nb',
    labels: ['Les også', 'Relaterte artikler', 'Les mer'],
    evidence: 'Standard Norwegian labels (NRK, VG, Aftenposten templates).',
    examples: ['Les også: Regjeringen legger fram nytt budsjett'],
    counterExamples: ['Les også kontrakten nøye, sier advokaten.'],
  },
  {
    lang: 'ne',
    labels: ['यो पनि पढ्नुहोस्', 'यो पनि पढ्नुस्', 'सम्बन्धित समाचार'],
    evidence: 'Standard Nepali labels (Onlinekhabar, Setopati templates).',
    examples: ['यो पनि पढ्नुहोस्: सरकारले नयाँ बजेट ल्यायो'],
    counterExamples: ['यो पनि पढ्नुहोस् भनेर शिक्षकले विद्यार्थीलाई भने।'],
  },
  {
    lang: 'nl',
    labels: ['Bekijk ook', 'Lees ook', 'Lees meer', 'Meer uit', 'Gerelateerd', 'Lees verder', 'Meer over', 'Ook interessant', 'Gerelateerde artikelen', 'Lees hier ook'],
    evidence: 'De Telegraaf ("Bekijk ook: <headline>"); docs/evidence/related-labels.md. Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): Lees verder, Meer over, Ook interessant, Gerelateerde artikelen, Lees hier ook.',
    examples: ['Bekijk ook: Ten Hag: ‘Het kan niet hoe Ajax te kijk is gezet’'],
    counterExamples: ['Bekijk ook de beelden van de wedstrijd, zei de trainer na afloop.', 'Meer over de plannen wil de minister volgende week vertellen.'],
  },
  {
    lang: 'pl',
    labels: ['Czytaj więcej', 'Czytaj także', 'Czytaj też', 'Zobacz też', 'Zobacz także', 'Przeczytaj też', 'Przeczytaj także', 'Przeczytaj również', 'Czytaj również', 'Zobacz również', 'Polecamy', 'Warto przeczytać', 'Podobne artykuły', 'Powiązane artykuły'],
    evidence: 'kobieta.wp.pl, warszawa.fandom.com ("CZYTAJ WIĘCEJ", phrases.tsv status P). Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): Przeczytaj też, Przeczytaj także, Przeczytaj również, Czytaj również, Zobacz również, Polecamy, Warto przeczytać, Podobne artykuły, Powiązane artykuły.',
    examples: ['CZYTAJ WIĘCEJ: Warszawa nadaje alejkom nazwiska pisarzy'],
    counterExamples: ['Czytaj więcej książek, apelował minister do uczniów.', 'Polecamy mieszkańcom pozostanie w domach, powiedział rzecznik.'],
  },
  {
    lang: 'pt',
    labels: ['Leia mais', 'Leia também', 'Veja também', 'Saiba mais', 'Recomendado para si', 'Relacionadas', 'Veja mais', 'Confira também', 'Leia ainda', 'Veja ainda', 'Notícias relacionadas', 'Matérias relacionadas', 'Você pode gostar', 'Leia a seguir'],
    evidence: 'Folha de S.Paulo ("Leia Mais" widget inside the article, phrases.tsv status F/P). Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): Veja mais, Confira também, Leia ainda, Veja ainda, Notícias relacionadas, Matérias relacionadas, Você pode gostar, Leia a seguir.',
    examples: ['Leia mais: Governo anuncia novo pacote para a indústria'],
    counterExamples: ['Leia mais livros, recomendou o ministro aos alunos da escola.', 'Veja mais de perto o mapa, pediu o prefeito aos moradores.'],
  },
  {
    lang: 'ro',
    labels: ['Citește și', 'Citeste si', 'Articole similare', 'Citește mai mult', 'Citeşte şi', 'Vezi și', 'Vezi şi', 'Vezi si', 'Îți recomandăm', 'Articole recomandate'],
    evidence: 'Standard Romanian labels (Digi24, HotNews templates). Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): Citeşte şi, Vezi și, Vezi şi, Vezi si, Îți recomandăm, Articole recomandate.',
    examples: ['Citește și: Guvernul a aprobat bugetul'],
    counterExamples: ['Citește și contractul cu atenție, a sfătuit avocatul.', 'Vezi și tu cum arată noul pod, le-a spus primarul locuitorilor.'],
  },
  {
    lang: 'ru',
    labels: ['Читайте также', 'Читайте еще', 'Читайте ещё', 'По теме', 'Смотрите также', 'Читай также', 'Также читайте', 'Рекомендуем', 'Рекомендуем прочитать', 'Похожие новости', 'Другие новости', 'Материалы по теме', 'Новости по теме', 'Ещё по теме', 'Еще по теме'],
    evidence: 'vesti-k.ru ("Читайте также" label); docs/evidence/related-labels.md. Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): Читай также, Также читайте, Рекомендуем, Рекомендуем прочитать, Похожие новости, Другие новости, Материалы по теме, Новости по теме, Ещё по теме, Еще по теме.',
    examples: ['Читайте также: В Москве открылся новый парк'],
    counterExamples: ['Читайте также внимательно условия договора, посоветовал юрист.', 'Рекомендуем жителям оставаться дома, сказал представитель МЧС.'],
  },
  {
    lang: 'sk',
    labels: ['Čítajte tiež', 'Čítajte aj', 'Súvisiace články', 'Súvisiace'],
    evidence: 'Standard Slovak labels (SME, TASR, Pravda templates).',
    examples: ['Čítajte tiež: Vláda schválila nový rozpočet'],
    counterExamples: ['Čítajte tiež zmluvu pozorne, radí právnik.'],
  },
  {
    lang: 'sl',
    labels: ['Preberite tudi', 'Sorodne novice', 'Povezane novice'],
    evidence: 'Standard Slovenian labels (Siol, 24ur templates).',
    examples: ['Preberite tudi: Vlada sprejela nov proračun'],
    counterExamples: ['Preberite tudi pogodbo natančno, je svetoval odvetnik.'],
  },
  {
    lang: 'sr',
    labels: ['Прочитајте још', 'Прочитајте и', 'Повезане вести', 'Pročitajte još', 'Povezane vesti', 'Pogledajte još', 'Pogledajte i', 'Još vesti', 'Погледајте још', 'Још вести'],
    evidence: 'Standard Serbian labels, Cyrillic and Latin (RTS, Krstarica templates). Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): Pogledajte još, Pogledajte i, Još vesti, Погледајте још, Још вести.',
    examples: ['Прочитајте још: Влада усвојила нови буџет'],
    counterExamples: ['Прочитајте још једном уговор, саветовао је адвокат.', 'Pogledajte još jednom ugovor, rekao je advokat novinarima.'],
  },
  {
    lang: 'sv',
    labels: ['Läs mer', 'Läs också', 'Läs även', 'Relaterade artiklar', 'Läs vidare', 'Se även', 'Relaterat', 'Mer om'],
    evidence: 'marcusoscarsson.se ("LÄS MER", corpus sv--marcusoscarsson-las-mer); the others are standard Swedish labels. Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): Läs vidare, Se även, Relaterat, Mer om.',
    examples: ['Läs också: Regeringen lägger fram ny budget'],
    counterExamples: ['Läs mer om planen i rapporten, sa ministern.', 'Mer om planerna ska ministern berätta nästa vecka.'],
  },
  {
    lang: 'sw',
    labels: ['Soma pia', 'Soma zaidi', 'Habari zinazohusiana', 'Habari nyingine', 'Habari zaidi', 'Habari zinazofanana'],
    evidence: 'Standard Swahili labels (BBC Swahili, Mwananchi templates). Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): Habari nyingine, Habari zaidi, Habari zinazofanana.',
    examples: ['Soma pia: Serikali yatangaza bajeti mpya'],
    counterExamples: ['Soma pia mkataba kwa makini, alishauri wakili.', 'Habari zaidi zitatolewa kesho, msemaji wa polisi alisema.'],
  },
  {
    lang: 'ta',
    labels: ['இதையும் படிங்க', 'இதையும் படிக்க', 'மேலும் படிக்க', 'தொடர்புடைய செய்திகள்'],
    evidence: 'Standard Tamil labels (Thanthi TV, Dinamalar templates).',
    examples: ['இதையும் படிங்க: அரசு புதிய பட்ஜெட்டை அறிவித்தது'],
    counterExamples: ['இதையும் படிங்க என்று ஆசிரியர் மாணவர்களிடம் கூறினார்.'],
  },
  {
    lang: 'te',
    labels: ['ఇవి కూడా చదవండి', 'ఇది కూడా చదవండి', 'మరిన్ని వార్తలు'],
    evidence: 'Standard Telugu labels (Asianet Telugu, Eenadu templates).',
    examples: ['ఇది కూడా చదవండి: ప్రభుత్వం కొత్త బడ్జెట్ ప్రకటించింది'],
    counterExamples: ['ఇది కూడా చదవండి అని ఉపాధ్యాయుడు విద్యార్థులకు చెప్పారు.'],
  },
  {
    lang: 'th',
    labels: ['ข่าวที่น่าสนใจ', 'ข่าวที่เกี่ยวข้อง', 'อ่านเพิ่มเติม', 'บทความที่เกี่ยวข้อง', 'อ่านข่าวที่เกี่ยวข้อง', 'ข่าวแนะนำ', 'บทความแนะนำ'],
    evidence: 'topnews.co.th ("ข่าวที่น่าสนใจ", corpus th--topnews-khao-thi-na-sondai); the others are standard Thai labels. Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): อ่านข่าวที่เกี่ยวข้อง, ข่าวแนะนำ, บทความแนะนำ.',
    examples: ['ข่าวที่เกี่ยวข้อง: รัฐบาลประกาศงบประมาณใหม่'],
    counterExamples: ['อ่านเพิ่มเติมในรายงานฉบับเต็ม รัฐมนตรีกล่าว', 'ข่าวแนะนำจากกระทรวงทำให้ประชาชนตื่นตัว'],
  },
  {
    lang: 'tl',
    labels: ['Karagdagang Balita', 'Basahin din', 'Kaugnay na balita'],
    evidence: 'saksipinas.com ("Karagdagang Balita", corpus tl--saksipinas-karagdagang-balita); the others are standard Filipino labels.',
    examples: ['Basahin din: Pamahalaan, naglabas ng bagong badyet'],
    counterExamples: ['Basahin din ang kontrata nang mabuti, payo ng abogado.'],
  },
  {
    lang: 'tr',
    labels: ['İlgili Makaleler', 'İLGİLİ MAKALELER', 'İlgili haber', 'İLGİLİ HABER', 'İlgili Haberler', 'İLGİLİ HABERLER', 'Bunu da okuyun', 'Benzer haberler', 'İlginizi çekebilir', 'Bunlar da ilginizi çekebilir', 'Ayrıca okuyun', 'Şunu da okuyun', 'Bu haberi de okuyun', 'Önerilen haberler', 'Diğer haberler'],
    evidence: 'artigercek.com ("İLGİLİ HABER:"), ozgurgelecek52.com ("İlgili Makaleler") in the corpus; "Bunu da okuyun", "Benzer haberler" are standard. Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): İlginizi çekebilir, Bunlar da ilginizi çekebilir, Ayrıca okuyun, Şunu da okuyun, Bu haberi de okuyun, Önerilen haberler, Diğer haberler.',
    examples: ['İLGİLİ HABER: Limandaki gemi için yeni iddia'],
    counterExamples: ['Bunu da okuyun diyen öğretmen öğrencilere kitap dağıttı.', 'Ayrıca okuyun diye bir not bırakan öğretmen, öğrencilere kitap dağıttı.'],
  },
  {
    lang: 'uk',
    labels: ['Читайте також', 'Читайте також:', 'Схожі новини', 'По темі', 'Також читайте', 'Дивіться також', 'Рекомендуємо'],
    evidence: 'Standard Ukrainian labels (UNN, Ukrainska Pravda templates). Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): Також читайте, Дивіться також, Рекомендуємо.',
    examples: ['Читайте також: Уряд затвердив новий бюджет'],
    counterExamples: ['Читайте також уважно договір, порадив юрист.', 'Рекомендуємо мешканцям залишатися вдома, сказав речник.'],
  },
  {
    lang: 'ur',
    labels: ['یہ بھی پڑھیں', 'مزید پڑھیں', 'متعلقہ خبریں', 'یہ بھی دیکھیں', 'مزید خبریں'],
    evidence: 'Standard Urdu labels (Dunya, Geo, Express templates). Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): یہ بھی دیکھیں, مزید خبریں.',
    examples: ['یہ بھی پڑھیں: حکومت نے نیا بجٹ پیش کر دیا'],
    counterExamples: ['یہ بھی پڑھیں کہ استاد نے طلبہ کو کیا کہا۔', 'یہ بھی دیکھیں کہ حکومت نے کیا کہا، وزیر نے کہا۔'],
  },
  {
    lang: 'vi',
    labels: ['Đọc thêm', 'Xem thêm', 'Tin liên quan', 'Bài liên quan', 'Bài viết liên quan', 'Có thể bạn quan tâm', 'Tin cùng chuyên mục', 'Tin khác'],
    evidence: 'plo.vn ("Đọc thêm" label); docs/evidence/related-labels.md. Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): Xem thêm, Tin liên quan, Bài liên quan, Bài viết liên quan, Có thể bạn quan tâm, Tin cùng chuyên mục, Tin khác.',
    examples: ['Đọc thêm: TP.HCM khởi công tuyến metro số 2'],
    counterExamples: ['Đọc thêm sách là lời khuyên của thầy giáo dành cho học sinh.', 'Xem thêm các quy định mới, người dân có thể đến ủy ban phường.'],
  },
  {
    lang: 'zh',
    labels: ['相关新闻', '相关阅读', '延伸阅读', '推荐阅读', '相关文章', '相關新聞', '延伸閱讀', '相关报道', '相關報導', '推薦閱讀', '相关链接', '猜你喜欢', '你可能感兴趣'],
    evidence: 'taihainet.com ("相关新闻" block over headline and summary); docs/evidence/related-labels.md. Standard wordings added 2026-12-06 (not seen on a stored page; a counter-example in the language starts with one): 相关报道, 相關報導, 推薦閱讀, 相关链接, 猜你喜欢, 你可能感兴趣.',
    examples: ['相关新闻:上海地铁发生持刀伤人案件 嫌疑人已被抓获'],
    counterExamples: ['相关新闻报道引起了广泛关注,记者了解到。', '相关报道指出,该市将在明年开工建设新桥。'],
  },
];

/** Characters that separate a label from its headline: "|", ":", "›", "»", dashes, "..". */
const SEPARATOR_CHARS = String.raw`|:：›»▶►\-–—…`;
const SEPARATOR = String.raw`(?:\s*(?:[${SEPARATOR_CHARS}]|\.{2,}))+\s*`;
/** A label ends where a word would continue ("Related" must not match "Relatedly"). */
const LABEL_END = String.raw`(?![\p{L}\p{N}])`;


function labelAlternation(set: RelatedLabelSet): string {
  return [...set.labels].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/**
 * One rule per language: the label, a separator and a headline ("Baca juga: …"), or the
 * label followed by links ("Lesen Sie auch <a>…</a>", a linked headline).
 */
function ruleFor(set: RelatedLabelSet): BlockRule {
  const labels = labelAlternation(set);
  return {
    id: `read-also.${set.lang}.label`,
    kind: 'read-also',
    category: 'related',
    lang: set.lang,
    pattern: new RegExp(String.raw`^(?:${labels})${LABEL_END}${SEPARATOR}[\p{L}\p{N}"“'‘«„]`, 'iu'),
    linkedPattern: new RegExp(String.raw`^(?:${labels})${LABEL_END}(?:\s|[${SEPARATOR_CHARS}]|\.{2,})*[\p{L}\p{N}"“'‘«„]`, 'iu'),
    maxLength: 250,
    shape: 'any',
    position: 'any',
    note: `Label and headline, with a separator or as a link. ${set.evidence}`,
    examples: set.examples,
    counterExamples: set.counterExamples,
  };
}

export const relatedRules: BlockRule[] = relatedLabelSets.map(ruleFor);

/** A text that is only a related label ("Related", "相关新闻:", "Leia Mais"), in any language. */
export const relatedLabelOnly = new RegExp(
  String.raw`^(?:${relatedLabelSets.map(labelAlternation).join('|')})[\s:：\-–—»›>|.…]*$`,
  'iu',
);

/** Any related label at the start of a text, in any language (for finding insert cards). */
export const anyRelatedLabel = new RegExp(
  String.raw`^(?:${relatedLabelSets.map(labelAlternation).join('|')})${LABEL_END}`,
  'iu',
);
