import type { Analysis } from '../../utils/engine/types';
import type { Options } from './args';
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
  return aggregators;
}
