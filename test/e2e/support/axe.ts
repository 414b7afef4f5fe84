import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PageHandle } from './browsers';

// axe-core in a page of the real browser: its source is run in the page (not through the
// page's own <script>, so extension pages' CSP does not stop it), then axe.run() checks the
// document or the part of it `include` selects. Reusable on any page the tests open.

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** the selectors of the elements that fail, with axe's summary of why */
  nodes: Array<{ target: string; summary: string }>;
}

/** The violations axe finds in `page` (or inside the elements `include` matches); [] when it is clean. */
export async function axeViolations(page: PageHandle, include?: string): Promise<AxeViolation[]> {
  // `;0` keeps the big axe object from being sent back to the test.
  await page.evaluateSource(`${AXE_SOURCE}\n;0`);
  return page.evaluate(async (selector) => {
    interface AxeResult {
      violations: Array<{
        id: string;
        impact: string | null;
        help: string;
        nodes: Array<{ target: unknown[]; failureSummary?: string }>;
      }>;
    }
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe;
    const context = selector ? { include: Array.from(document.querySelectorAll(selector)) } : document;
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), summary: n.failureSummary ?? '' })),
    }));
  }, include ?? null);
}
