import * as esbuild from 'esbuild'; import fs from 'node:fs'; import zlib from 'node:zlib';
import { stripRuleDocs } from '/tmp/trial/tools/build/strip-rule-docs';
const stubs: Record<string, string> = {
  'lexicons.ts': 'export const PLATFORMS=[]; export const lexiconEntries=[]; export const lexiconRules=[];',
  'boilerplate.ts': 'export const boilerplateRules=[];',
  'related.ts': 'export const relatedLabelSets=[]; export const relatedRules=[]; export const relatedLabelOnly=/$^/; export const anyRelatedLabel=/$^/;',
};
const which = process.argv.slice(2);
const r = await esbuild.build({ entryPoints: ['entrypoints/content.ts'], bundle: true, minify: true, format: 'esm', write: false,
  external: ['wxt/*'], loader: { '.css': 'empty' }, define: { __SOURCELINE_EXTENSION__: 'true' },
  plugins: [{ name: 'strip', setup(b) { b.onLoad({ filter: /utils[\\/]rules[\\/][^\\/]+\.ts$/ }, async (a) => {
    const base = a.path.split('/').pop()!;
    if (which.includes(base)) return { contents: stubs[base], loader: 'js' };
    const ts = await esbuild.transform(fs.readFileSync(a.path, 'utf8'), { loader: 'ts', format: 'esm' });
    return { contents: stripRuleDocs(ts.code), loader: 'js', resolveDir: a.path.replace(/[\\/][^\\/]+$/, '') };
  }); } }] });
console.log(which.join(','), 'gz', zlib.gzipSync(r.outputFiles[0].contents, { level: 9 }).length);
