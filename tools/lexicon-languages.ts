// How many languages each boilerplate family's lexicon holds (utils/rules/lexicons.ts):
// `npx tsx tools/lexicon-languages.ts`. A language counts when one of the family's entries
// lists phrases under it (a 'mul' entry's phrases by language, or an entry of one language).
import { familyLanguages, LEXICON_FAMILIES } from '../utils/rules/lexicons';

for (const [family, langs] of Object.entries(familyLanguages())) {
  console.log(`${family.padEnd(16)} ${String(langs.length).padStart(3)} languages (${LEXICON_FAMILIES[family]!.join(', ')}): ${langs.join(' ')}`);
}
