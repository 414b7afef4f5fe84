import { fingerprint, fingerprintToJson } from '../../utils/memory/fingerprint';

// `--group`: a page line gains the "fingerprint" of its story (null when the page is not an
// article or its story is too short), so the grouping — here, or in a later --merge of shard
// files — needs the lines alone.
export function withFingerprint(line: string): string {
  const record = JSON.parse(line) as { isArticle?: boolean; story?: { text?: string } };
  const found = record.isArticle && record.story?.text ? fingerprint(record.story.text) : null;
  return JSON.stringify({ ...record, fingerprint: found && fingerprintToJson(found) });
}
