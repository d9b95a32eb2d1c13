#!/usr/bin/env bash
# Builds the same generated corpus with StaticCrisis and Hugo, side by side in one run, and prints
# median wall time, CPU time and peak memory of each, and their ratio.
#
#   bench/run.sh [SIZE...]      sizes in updates (default: 30 1000 10000)
#   RUNS=5 bench/run.sh         measured runs per tool and size (default 5), after one warm-up run each
#   LANGUAGES=3 bench/run.sh 1000   every update also in English and Finnish, in both tools (about 3x the pages)
#
# Each run is a fresh process writing into a deleted (cold) output folder. StaticCrisis keeps its compiled
# templates in its cache folder between runs, as it does for a writer rebuilding a site; the warm-up run fills it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
work=${BENCH_WORK:-$here/.work}
runs=${RUNS:-5}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(30 1000 10000)

if ! command -v hugo >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo
fi
[ -x /usr/bin/time ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time; }

mkdir -p "$work"
echo "Publishing staticcrisis (Release, ReadyToRun) ..." >&2
dotnet publish "$root/src/StaticCrisis.Cli" -c Release -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true -o "$work/tool" >"$work/publish.log" 2>&1 || { cat "$work/publish.log"; exit 1; }
staticcrisis="$work/tool/staticcrisis"
export STATICCRISIS_CACHE="$work/cache"

results="$work/results.tsv"
printf 'size\ttool\trun\twall_s\tcpu_s\tpeak_kb\n' >"$results"
measure() { # size tool run command...
  local size=$1 tool=$2 run=$3; shift 3
  /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt"; exit 1; }
  read -r wall user sys peak <"$work/time.txt"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$tool" "$run" "$wall" "$(echo "$user + $sys" | bc)" "$peak" >>"$results"
}

for size in "${sizes[@]}"; do
  corpus="$work/corpus-$size-${LANGUAGES:-1}"
  python3 "$here/generate-corpus.py" "$size" "$corpus" "${LANGUAGES:-1}" >&2
  for run in $(seq 0 "$runs"); do   # run 0 is the warm-up, left out of the medians
    rm -rf "$corpus/sc-out" "$corpus/hugo-out"
    measure "$size" staticcrisis "$run" "$staticcrisis" build "$corpus/staticcrisis" --output "$corpus/sc-out"
    measure "$size" hugo "$run" hugo --quiet --source "$corpus/hugo" --destination "$corpus/hugo-out"
  done
done

python3 - "$results" <<'PY'
import csv, statistics, sys
rows = [r for r in csv.DictReader(open(sys.argv[1]), delimiter="\t") if r["run"] != "0"]
sizes = sorted({int(r["size"]) for r in rows})
print(f"{'updates':>8} {'tool':<13} {'wall s':>8} {'cpu s':>8} {'peak MB':>8}")
for size in sizes:
    med = {}
    for tool in ("staticcrisis", "hugo"):
        sel = [r for r in rows if int(r["size"]) == size and r["tool"] == tool]
        med[tool] = {k: statistics.median(float(r[k]) for r in sel) for k in ("wall_s", "cpu_s", "peak_kb")}
        m = med[tool]
        print(f"{size:>8} {tool:<13} {m['wall_s']:>8.2f} {m['cpu_s']:>8.2f} {m['peak_kb'] / 1024:>8.0f}")
    s, h = med["staticcrisis"], med["hugo"]
    print(f"{size:>8} {'ratio sc/hugo':<13} {s['wall_s'] / h['wall_s']:>8.2f} {s['cpu_s'] / h['cpu_s']:>8.2f} {s['peak_kb'] / h['peak_kb']:>8.2f}")
PY
