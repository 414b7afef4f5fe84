#!/usr/bin/env bash
# Submits the analysis of a crawl on Slurm: one array task per WARC shard, then the merge.
#   tools/slurm/submit.sh out/ /data/crawl/*.warc.gz      (run from the project folder)
# Prints the two job ids; out/summary.txt is the summary, out/shard-*.ndjson the pages.
set -euo pipefail
out=$1
shift
[ "$#" -gt 0 ] || { echo "usage: tools/slurm/submit.sh OUT_DIR SHARD.warc.gz..." >&2; exit 2; }
mkdir -p "$out"
printf '%s\n' "$@" > "$out/shards.txt"
array=$(sbatch --parsable --array=1-$# --output="$out/slurm-%A_%a.log" tools/slurm/analyze-array.sbatch "$out/shards.txt" "$out")
merge=$(sbatch --parsable --dependency=afterok:"$array" --output="$out/slurm-merge-%j.log" tools/slurm/merge.sbatch "$out")
echo "$array $merge"
