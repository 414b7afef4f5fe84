import '../../utils/rules/install-full-book';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis, Finding } from '../../utils/engine/types';

// The labelled fixture corpus (test/fixtures/README.md) and how an Analysis is scored
// against its labels. Shared by `npm run eval` and the unit tests, so both judge alike.

export interface CollapseLabel {
  category: string;
  text: string;
}

export interface Labels {
  source: string[];
  from: string;
  lang: string;
  kind?: string;
  collapse: CollapseLabel[];
  story: string[];
  chain?: { agency?: string | null; republishers?: string[]; cited?: string[] };
}

export interface LabelledFixture {
  /** path relative to the fixtures folder */
  name: string;
  html: string;
  labels: Labels;
}

/** Every `*.html` with a `*.labels.json` beside it, in the given folders (sorted). */
export function loadLabelledFixtures(root: string, folders: string[]): LabelledFixture[] {
  const out: LabelledFixture[] = [];
  for (const folder of folders) {
    let names: string[];
    try {
      names = readdirSync(join(root, folder)).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      if (!name.endsWith('.html')) continue;
      const labelsPath = join(root, folder, name.replace(/\.html$/, '.labels.json'));
      let labels: Labels;
      try {
        labels = JSON.parse(readFileSync(labelsPath, 'utf8')) as Labels;
      } catch {
        continue;
      }
      out.push({ name: `${folder}/${name}`, html: readFileSync(join(root, folder, name), 'utf8'), labels });
    }
  }
  return out;
}

export function normalize(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** A finding shorter than this inside a story sentence is noise, not a hidden story. */
const MIN_OVERLAP = 8;

export interface FixtureScore {
  name: string;
  lang: string;
  /** collapse labels, each with the findings that cover it (empty: missed) */
  labels: Array<{ label: CollapseLabel; coveredBy: Finding[]; categoryOk: boolean }>;
  /** findings that match no collapse label */
  falsePositives: Finding[];
  truePositives: Finding[];
  /** story texts that a finding hides */
  hiddenStory: string[];
  storyCount: number;
}

function contains(outer: string, inner: string): boolean {
  return inner.length > 0 && outer.includes(inner);
}

export function scoreFixture(fixture: LabelledFixture, analysis: Analysis): FixtureScore {
  const findings = analysis.findings.map((f) => ({ finding: f, text: normalize(f.text) }));
  const labels = fixture.labels.collapse.map((label) => ({ label, text: normalize(label.text) }));

  const labelScores = labels.map(({ label, text }) => {
    const whole = findings.filter((f) => contains(f.text, text));
    const parts = findings.filter((f) => contains(text, f.text));
    const partChars = parts.reduce((sum, f) => sum + f.text.length, 0);
    const coveredBy = whole.length > 0 ? whole.slice(0, 1) : partChars >= text.length * 0.9 ? parts : [];
    return {
      label,
      coveredBy: coveredBy.map((f) => f.finding),
      categoryOk: coveredBy.length > 0 && coveredBy.every((f) => f.finding.category === label.category),
    };
  });

  const truePositives: Finding[] = [];
  const falsePositives: Finding[] = [];
  for (const f of findings) {
    const matches = labels.some((l) => contains(l.text, f.text) || contains(f.text, l.text));
    (matches ? truePositives : falsePositives).push(f.finding);
  }

  const hiddenStory = fixture.labels.story.filter((story) => {
    const s = normalize(story);
    return findings.some((f) => contains(f.text, s) || (f.text.length >= MIN_OVERLAP && contains(s, f.text)));
  });

  return {
    name: fixture.name,
    lang: fixture.labels.lang,
    labels: labelScores,
    falsePositives,
    truePositives,
    hiddenStory,
    storyCount: fixture.labels.story.length,
  };
}
