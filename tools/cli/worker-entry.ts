import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// How a worker thread starts. The CLI runs under tsx, but a worker that registers tsx
// itself compiles the engine's TypeScript again in every thread through tsx's loader (about
// a second of CPU per worker, and again for each recycled worker), while the pages wait. So
// the worker (worker.ts + the engine) is bundled once into plain JavaScript with esbuild
// (tsx's own compiler) and cached; each run checks the cache against the sources' sizes and
// modification times (a few stat calls) and rebuilds only when a source changed. The npm
// packages the worker uses (parse5, linkedom and theirs) are in the bundle too: loaded as
// packages, linkedom's hundred-odd ES modules were resolved and linked again in every new
// worker (a worker's start: 300-550 ms to its first answer, 160-330 ms with them bundled,
// measured on a loaded machine).
// Without esbuild (or if the build fails) the worker falls back to registering tsx.
// Each bundle is named by its content (worker-<hash>.mjs) and never rewritten: a long run
// starts a fresh worker every few hundred pages, and each of them loads the bundle the run
// started with, even if a later run (after an edit or a pull) built a new one meanwhile.

const ROOT = resolve(import.meta.dirname, '..', '..');
const SOURCE = join(import.meta.dirname, 'worker.ts');

interface Manifest {
  /** source path (relative to ROOT) → "size:mtimeMs" when the bundle was built */
  inputs: Record<string, string>;
  /** the bundle's file name in the cache folder */
  bundle: string;
}

/** Bundles other than the current one are deleted once this old (no run still starts workers from them). */
const STALE_BUNDLE_MS = 7 * 24 * 3600 * 1000;

export type WorkerEntry = { kind: 'file'; url: URL } | { kind: 'eval'; code: string };

async function stamp(path: string): Promise<string> {
  const info = await stat(path);
  return `${info.size}:${info.mtimeMs}`;
}

/** The current bundle's file name, or null when a source changed since it was built. */
async function fresh(dir: string): Promise<string | null> {
  try {
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    const entries = Object.entries(manifest.inputs);
    if (entries.length === 0 || typeof manifest.bundle !== 'string') return null;
    const stamps = await Promise.all(entries.map(([path]) => stamp(join(ROOT, path)).catch(() => '')));
    return entries.every(([, want], i) => stamps[i] === want) && (await stat(join(dir, manifest.bundle))).isFile() ? manifest.bundle : null;
  } catch {
    return null;
  }
}

async function pruneStale(dir: string, keep: string): Promise<void> {
  for (const name of await readdir(dir)) {
    if (name === keep || !/^worker(-[0-9a-f]+)?\.mjs$/.test(name)) continue;
    const path = join(dir, name);
    if (Date.now() - (await stat(path)).mtimeMs > STALE_BUNDLE_MS) await unlink(path).catch(() => {});
  }
}

async function build(dir: string): Promise<string> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [SOURCE],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  // This file too: a change in how the bundle is built makes a new one.
  const inputs: Record<string, string> = { [relative(ROOT, import.meta.filename)]: await stamp(import.meta.filename) };
  for (const input of Object.keys(result.metafile.inputs)) {
    const path = relative(ROOT, resolve(process.cwd(), input));
    inputs[path] = await stamp(join(ROOT, path));
  }
  await mkdir(dir, { recursive: true });
  const contents = result.outputFiles[0]!.contents;
  const bundle = `worker-${createHash('sha256').update(contents).digest('hex').slice(0, 16)}.mjs`;
  // Written under a unique name and renamed: runs started together (a Slurm array) never
  // see half a file.
  const unique = `${process.pid}-${Date.now()}`;
  await writeFile(join(dir, `${bundle}.${unique}`), contents);
  await writeFile(join(dir, `manifest.json.${unique}`), JSON.stringify({ inputs, bundle } satisfies Manifest));
  await rename(join(dir, `${bundle}.${unique}`), join(dir, bundle));
  await rename(join(dir, `manifest.json.${unique}`), join(dir, 'manifest.json'));
  await pruneStale(dir, bundle).catch(() => {});
  return bundle;
}

/** Registers tsx in the thread, then loads worker.ts (slow: compiles the engine in the thread). */
function tsxEntry(): WorkerEntry {
  const code = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(SOURCE).href)}); })`;
  return { kind: 'eval', code };
}

let entry: Promise<WorkerEntry> | null = null;

/** The worker's entry: the cached bundle (built if a source changed), else tsx. */
export function workerEntry(): Promise<WorkerEntry> {
  entry ??= (async () => {
    // Under node_modules/.cache, so the bundle's package imports resolve; where that
    // cannot be written (a read-only checkout), the workers use tsx.
    const dir = join(ROOT, 'node_modules', '.cache', 'sourceline-cli');
    try {
      const bundle = (await fresh(dir)) ?? (await build(dir));
      return { kind: 'file', url: pathToFileURL(join(dir, bundle)) };
    } catch {
      return tsxEntry();
    }
  })();
  return entry;
}
