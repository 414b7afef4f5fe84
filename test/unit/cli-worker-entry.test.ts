import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workerEntry } from '../../tools/cli/worker-entry';

// The workers' bundle is named by its content and the manifest points at it: a long run's
// recycled workers load the bundle the run started with, never one a later build wrote.

describe('workerEntry', () => {
  it('hands out a bundle named by the hash of its content, the one the manifest names', async () => {
    const entry = await workerEntry();
    expect(entry.kind).toBe('file');
    if (entry.kind !== 'file') return;
    const path = fileURLToPath(entry.url);
    const name = basename(path);
    expect(name).toMatch(/^worker-[0-9a-f]{16}\.mjs$/);
    const hash = createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
    expect(name).toBe(`worker-${hash}.mjs`);
    const manifest = JSON.parse(readFileSync(join(dirname(path), 'manifest.json'), 'utf8')) as { bundle: string };
    expect(manifest.bundle).toBe(name);
  }, 60_000);
});
