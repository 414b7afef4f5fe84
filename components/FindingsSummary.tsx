import type { Finding } from '../utils/engine/types';
import { categoryLabel } from '../utils/labels';

export function FindingsSummary({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) {
    return <p class="findings empty">No syndication boilerplate or “Read also” inserts found on this page.</p>;
  }
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.category, (counts.get(finding.category) ?? 0) + 1);
  return (
    <section class="findings" aria-labelledby="findings-heading">
      <h2 id="findings-heading">
        Collapsed on this page: {findings.length} {findings.length === 1 ? 'block' : 'blocks'}
      </h2>
      <ul>
        {[...counts].map(([category, count]) => (
          <li key={category}>
            <span class="count">{count}</span> {categoryLabel(category)}
          </li>
        ))}
      </ul>
    </section>
  );
}
