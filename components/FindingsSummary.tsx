import type { Finding } from '../utils/engine/types';
import { t } from '../utils/i18n';
import { categoryLabel } from '../utils/labels';
import { FindingItem } from './FindingItem';

/** What was collapsed: a count per category, and under it each block with its "Why collapsed?". */
export function FindingsSummary({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) {
    return <p class="findings empty">{t('popup_findings_none')}</p>;
  }
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.category);
    if (group) group.push(finding);
    else groups.set(finding.category, [finding]);
  }
  const count = String(findings.length);
  return (
    <section class="findings" aria-labelledby="findings-heading">
      <h2 id="findings-heading">
        {t(findings.length === 1 ? 'popup_findings_heading_one' : 'popup_findings_heading_other', count)}
      </h2>
      <ul class="finding-groups">
        {[...groups].map(([category, items]) => (
          <li key={category} class="finding-group">
            <p class="group-title">
              <span class="count">{items.length}</span> {categoryLabel(category)}
            </p>
            <ul class="finding-list">
              {items.map((finding, i) => (
                <FindingItem key={i} finding={finding} />
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
