import * as esbuild from 'esbuild'; import fs from 'node:fs'; import zlib from 'node:zlib';
import { stripRuleDocs } from '/tmp/trial/tools/build/strip-rule-docs';
const entry = process.argv[2] ?? 'entrypoints/content.ts';
const r = await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, metafile: true,
  external: ['wxt/*'], loader: { '.css': 'empty' }, define: { __SOURCELINE_EXTENSION__: 'true' },
  plugins: [{ name: 'strip', setup(b) { b.onLoad({ filter: /utils[\\/]rules[\\/][^\\/]+\.ts$/ }, async (a) => {
    const ts = await esbuild.transform(fs.readFileSync(a.path, 'utf8'), { loader: 'ts', format: 'esm' });
    return { contents: stripRuleDocs(ts.code), loader: 'js', resolveDir: a.path.replace(/[\\/][^\\/]+$/, '') };
  }); } }] });
const out = r.outputFiles[0].contents; console.log('total gz', zlib.gzipSync(out, { level: 9 }).length);
const o = Object.values(r.metafile.outputs)[0]; const rows = Object.entries(o.inputs).map(([k, v]) => [v.bytesInOutput, k]).sort((a, b) => b[0] - a[0]);
for (const x of rows) console.log(x[0], x[1]);
