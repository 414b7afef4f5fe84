import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIRS } from './support/browsers';

// addons.mozilla.org's linter on the Firefox build: no errors, no warnings.

const ROOT = join(import.meta.dirname, '..', '..');

describe('web-ext lint', () => {
  it('passes the Firefox build with 0 errors and 0 warnings', () => {
    const result = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'web-ext', 'bin', 'web-ext.js'), 'lint', '--source-dir', EXTENSION_DIRS.firefox, '--output', 'json', '--no-config-discovery'],
      { encoding: 'utf8', cwd: ROOT },
    );
    const report = JSON.parse(result.stdout) as { summary: { errors: number; warnings: number; notices: number }; warnings: unknown[]; errors: unknown[] };
    console.log(`web-ext lint: ${JSON.stringify(report.summary)}`);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  });
});
