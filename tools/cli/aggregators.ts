import '../../utils/rules/install-full-book';
import type { Analysis } from '../../utils/engine/types';
import type { Options } from './args';
import { groupPages, type PageRecord as GroupRecord } from './group';
import { SummaryAggregator } from './summary';

// Tables computed over all pages of a run. Each aggregator sees every page's record (the
// same object as its NDJSON line), in input order, and renders one text block at the end.
// They depend only on the records, so a merge of shard NDJSON files (--merge) renders the
// same table as one run over all inputs. A new table is one class and one line below.

export type PageRecord = Analysis & { file: string };

export interface Aggregator {
  add(record: PageRecord): void;
  render(): string;
}

export function createAggregators(options: Options): Aggregator[] {
  const aggregators: Aggregator[] = [];
  if (options.summary) aggregators.push(new SummaryAggregator());
  if (options.group) aggregators.push(new GroupAggregator());
  return aggregators;
}

/** `--group`: one NDJSON line per group of two or more pages carrying the same story. */
class GroupAggregator implements Aggregator {
  private readonly records: GroupRecord[] = [];
  add(record: PageRecord): void {
    const { fingerprint } = record as PageRecord & { fingerprint?: GroupRecord['fingerprint'] };
    this.records.push({ file: record.file, fingerprint });
  }
  render(): string {
    return groupPages(this.records).map((group) => `${JSON.stringify(group)}\n`).join('');
  }
}
