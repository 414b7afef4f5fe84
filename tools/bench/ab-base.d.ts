// The base revision's engine of `bench:ab` (tools/bench/ab.ts), bundled from a copy of its
// utils/ under node_modules/.cache by an esbuild alias: typed as this tree's would be, loosely.
declare module 'sourceline-base/*';
