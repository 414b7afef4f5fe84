import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip } from './support/zip';

// `npm run zip`: the Chrome Web Store package, the addons.mozilla.org package, and the
// sources zip AMO rebuilds from. The Firefox package passes web-ext lint, and the sources
// rebuild it file for file.

const ROOT = join(import.meta.dirname, '..', '..');
const OUTPUT = join(ROOT, '.output');
const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const ZIPS = {
  chrome: join(OUTPUT, `${name}-${version}-chrome.zip`),
  firefox: join(OUTPUT, `${name}-${version}-firefox.zip`),
  sources: join(OUTPUT, `${name}-${version}-sources.zip`),
};
const LANGUAGES = ['de', 'en', 'es', 'fr', 'hi'];

/** The environment of a shell, not of the test runner: vitest sets NODE_ENV=test, which changes what Vite builds. */
function shellEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST') && key !== 'TEST'));
}

/** Every file under `dir`, by its path relative to `dir`. */
function filesUnder(dir: string): Map<string, Buffer> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(entries.map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name))]));
}

describe('npm run zip', () => {
  let archives: Record<keyof typeof ZIPS, Map<string, Buffer>>;

  beforeAll(() => {
    for (const zip of Object.values(ZIPS)) rmSync(zip, { force: true });
    const run = spawnSync('npm', ['run', 'zip'], { cwd: ROOT, env: shellEnv(), encoding: 'utf8', timeout: 240_000 });
    if (run.status !== 0) throw new Error(`npm run zip failed:\n${run.stdout}\n${run.stderr}`);
    archives = { chrome: readZip(ZIPS.chrome), firefox: readZip(ZIPS.firefox), sources: readZip(ZIPS.sources) };
  }, 300_000);

  it.each(['chrome', 'firefox'] as const)('packs the %s extension: manifest, scripts, pages, icons and every language', (browser) => {
    const files = archives[browser];
    for (const path of ['manifest.json', 'background.js', 'content-scripts/content.js', 'content-scripts/content.css', 'popup.html', 'options.html', 'icon/128.png']) {
      expect(files.has(path), path).toBe(true);
    }
    for (const lang of LANGUAGES) expect(files.has(`_locales/${lang}/messages.json`), lang).toBe(true);
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as Record<string, any>;
    expect(manifest).toMatchObject({ manifest_version: 3, version, default_locale: 'en', options_ui: { page: 'options.html', open_in_tab: true } });
    expect(Boolean(manifest.browser_specific_settings?.gecko?.id)).toBe(browser === 'firefox');
    expect([...files.keys()].filter((path) => path.endsWith('.map'))).toEqual([]);
  });

  it('packs the sources addons.mozilla.org rebuilds from, and nothing the build or the tests leave behind', () => {
    const paths = [...archives.sources.keys()];
    for (const path of [
      'package.json',
      'package-lock.json',
      'README.md',
      'wxt.config.ts',
      'tsconfig.json',
      'entrypoints/content.ts',
      'entrypoints/options/index.html',
      'components/options/OptionsApp.tsx',
      'utils/engine/analyze.ts',
      'public/_locales/en/messages.json',
      'public/icon/128.png',
      'tools/build/strip-rule-docs.ts',
      'tools/build/no-raw-html.ts',
    ]) {
      expect(paths, path).toContain(path);
    }
    expect(paths.filter((path) => /^(node_modules|\.output|\.wxt|\.git|test-results|test)\//.test(path) || /(^|\/)node_modules\//.test(path))).toEqual([]);
    const readme = archives.sources.get('README.md')!.toString('utf8');
    expect(readme).toMatch(/npm ci/);
    expect(readme).toMatch(/npm run zip/);
  });

  it('gives a Firefox package that web-ext lint passes with 0 errors and 0 warnings', () => {
    const result = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'web-ext', 'bin', 'web-ext.js'), 'lint', '--source-dir', ZIPS.firefox, '--output', 'json', '--no-config-discovery'],
      { encoding: 'utf8', cwd: ROOT },
    );
    const report = JSON.parse(result.stdout) as { summary: { errors: number; warnings: number }; errors: unknown[]; warnings: unknown[]; metadata: { totalScannedFileSize: number } };
    console.log(`web-ext lint on ${relative(ROOT, ZIPS.firefox)}: ${JSON.stringify(report.summary)}`);
    expect(report.metadata.totalScannedFileSize).toBeGreaterThan(50_000);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  describe('rebuilt from the sources zip', () => {
    let dir: string;
    afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

    it('gives the Firefox package file for file', () => {
      dir = mkdtempSync(join(tmpdir(), 'sourceline-sources-'));
      for (const [path, content] of archives.sources) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), content);
      }
      // The reviewer runs `npm ci`; the packages are the locked ones this checkout has.
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
      const build = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build', '-b', 'firefox', '--mv3'], {
        cwd: dir,
        env: shellEnv(),
        encoding: 'utf8',
        timeout: 180_000,
      });
      if (build.status !== 0) throw new Error(`rebuild failed:\n${build.stdout}\n${build.stderr}`);
      const rebuilt = filesUnder(join(dir, '.output', 'firefox-mv3'));
      expect([...rebuilt.keys()].sort()).toEqual([...archives.firefox.keys()].sort());
      for (const [path, content] of archives.firefox) expect(rebuilt.get(path)?.equals(content), path).toBe(true);
    }, 200_000);
  });
});
