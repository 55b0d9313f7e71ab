#!/usr/bin/env bash
# Peak memory of `newssearch index` on a generated JSON Lines file (default 1024 MB), by hand, outside the unit suite.
# Usage: bench/large-input/measure.sh [SIZE_MB] [WORK_DIR]
set -euo pipefail
size_mb=${1:-1024}
work=${2:-$(mktemp -d)}
here=$(cd "$(dirname "$0")" && pwd)
dotnet build "$here/../../src/NewsSearch.Cli" -c Release -o "$work/cli" -v quiet -nologo > /dev/null
[ -f "$work/corpus.jsonl" ] || python3 "$here/generate.py" "$work/corpus.jsonl" "$size_mb"
ls -l "$work/corpus.jsonl"
rm -rf "$work/index"
/usr/bin/time -v dotnet "$work/cli/newssearch.dll" --index "$work/index" index "$work/corpus.jsonl" 2> "$work/time.txt" || true
grep -E "skipped|Maximum resident|Elapsed \(wall|Exit status" "$work/time.txt" || cat "$work/time.txt"
du -sh "$work/index"
