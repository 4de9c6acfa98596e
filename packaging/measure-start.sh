#!/usr/bin/env bash
# Times how long the app takes from starting to showing its window, under Xvfb.
#
#   packaging/measure-start.sh path/to/stepping-stones [RUNS]
#
# Each run starts with a fresh data folder (no preferences, no recovery copies) and, when
# allowed (as root), an emptied file cache, so it is a cold start. It prints each run and
# the median. Needs xvfb and xdotool.
set -euo pipefail
binary=$(realpath "$1")
runs=${2:-5}
display=95
while [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
export DISPLAY=":$display"
Xvfb "$DISPLAY" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb_pid=$!
work=$(mktemp -d)
trap 'kill "$xvfb_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1
times=()
for run in $(seq "$runs"); do
    rm -rf "$work/data" && mkdir -p "$work/data"
    sync
    cold="warm cache"
    if echo 3 2>/dev/null >/proc/sys/vm/drop_caches; then cold="cold cache"; fi
    start=$(date +%s%N)
    XDG_DATA_HOME="$work/data" STEPPING_STONES_DATA_DIR="$work/data/ss" "$binary" >/dev/null 2>&1 &
    app=$!
    timeout 60 xdotool search --sync --onlyvisible --name "Stepping Stones" >/dev/null
    end=$(date +%s%N)
    ms=$(((end - start) / 1000000))
    times+=("$ms")
    echo "run $run: window after $ms ms ($cold)"
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median: $median ms over $runs runs"
