#!/usr/bin/env bash
# Times `newssearch mentions PERSON` as a user runs it, in the CLI's own timing (the "(N s)" after the counts:
# finding, resolving and grouping the mentions, index opening and process start excluded), ROUNDS times each,
# and writes bench/mentions/timing.json and timing.md. Usage (from the repository root):
#   dotnet build src/NewsSearch.Cli -c Release
#   bench/mentions/time-mentions.sh INDEX [ROUNDS] [PERSON...]      e.g. bench/mentions/time-mentions.sh /work/sns-index 7 kerry
set -euo pipefail
index=${1:?index folder}; rounds=${2:-7}; shift $(( $# >= 2 ? 2 : 1 )); people=("${@:-kerry}")
cli="dotnet src/NewsSearch.Cli/bin/Release/net10.0/newssearch.dll"
out=bench/mentions; json="$out/timing.json"; md="$out/timing.md"
load=$(cut -d' ' -f1 /proc/loadavg); cores=$(nproc); when=$(date -u +%Y-%m-%dT%H:%MZ); commit=$(git rev-parse --short HEAD)
echo "{ \"when\": \"$when\", \"commit\": \"$commit\", \"index\": \"$index\", \"cores\": $cores, \"load_average_at_start\": $load, \"people\": [" > "$json"
{ echo "# mentions timing ($when, commit $commit, $cores cores, load average $load at start)"; echo;
  echo "| person | counted mentions | rounds | median s | min s | max s |"; echo "|---|---|---|---|---|---|"; } > "$md"
first=1
for person in "${people[@]}"; do
  times=(); counted=""
  for _ in $(seq "$rounds"); do
    line=$($cli mentions "$person" --index "$index" 2>&1 | sed -n 2p) || true
    [[ $line == *" s)" ]] || { echo "no timing: $line" >&2; continue; }
    counted=${line%% mention*}
    times+=("$(sed -E 's/.*\(([0-9.]+) s\)$/\1/' <<<"$line")")
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  median=$(awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}' <<<"$sorted")
  min=$(head -1 <<<"$sorted"); max=$(tail -1 <<<"$sorted")
  [ $first = 1 ] || echo "," >> "$json"; first=0
  echo "  { \"person\": \"$person\", \"counted\": $counted, \"seconds\": [$(IFS=,; echo "${times[*]}")], \"median\": $median }" >> "$json"
  echo "| $person | $counted | $rounds | $median | $min | $max |" >> "$md"
done
echo "] }" >> "$json"
echo >> "$md"; echo "Target: under 1 s for \`mentions kerry\` on the saudinewsnet index. Reproduce: \`bench/mentions/time-mentions.sh $index $rounds ${people[*]}\`." >> "$md"
cat "$md"
