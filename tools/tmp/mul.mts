import { blockRules } from '../../utils/rules/block-rules';
import { lexiconRules } from '../../utils/rules/lexicons';
console.log('lexicon rules', lexiconRules.length, 'block rules', blockRules.length);
for (const r of blockRules.filter((r) => r.lang === 'mul' || r.lang==='en').sort((a,b)=>b.pattern.source.length-a.pattern.source.length).slice(0,14)) console.log(r.lang, r.id, r.pattern.source.length, (r.linkedPattern?.source.length ?? 0));
const langs = new Set(lexiconRules.map(r=>r.lang)); console.log([...langs].join(' '));
