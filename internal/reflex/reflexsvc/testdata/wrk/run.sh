#!/usr/bin/env bash
# Load test of the reflex service under `octollm serve --roles reflex`, with
# wrk on the same machine (loopback). Reproduces docs/bench/reflex-service.md:
#
#   go build -o /tmp/octollm ./cmd/octollm
#   internal/reflex/reflexsvc/testdata/wrk/run.sh /tmp/octollm
#
# Environment: DURATION (default 15s), CONNS (default 8), THREADS (wrk
# threads, default 1), ROLES (default reflex), REDIS (a redis:// URL to run
# cache and limits on Redis; default in-process), PORT (default 18080),
# PRELOAD (a duration: fill the cache with a miss run before measuring),
# SERVE_LOG (keep the server's output there, e.g. with GODEBUG=gctrace=1),
# WARM (a JSONL file of {"text": …} lines, e.g. ../shared/eval/dev/injection.jsonl:
# each text is sent once before the preload, so that the injection rules it
# triggers are compiled and the RSS measured is that of a warmed engine;
# needs python3).
# wrk is closed-loop: with CONNS connections it keeps the server saturated,
# so its percentiles are those of a server running flat out. (vegeta, an
# open-loop generator, was tried: its Go client needs more CPU than this
# 2-core machine can spare and could not hold 5 000 req/s.)
set -euo pipefail
bin=${1:?usage: run.sh path/to/octollm}
here=$(cd "$(dirname "$0")" && pwd)
duration=${DURATION:-15s}
conns=${CONNS:-8}
threads=${THREADS:-1}
roles=${ROLES:-reflex}
port=${PORT:-18080}
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

export OCTOLLM_DATA_DIR=$data OCTOLLM_LOG_LEVEL=warn
if [[ -n "${REDIS:-}" ]]; then export OCTOLLM_REDIS_URL=$REDIS; fi
log=${SERVE_LOG:-$data/serve.log}
"$bin" serve --roles "$roles" --addr 127.0.0.1:$port >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 100); do
  curl -fsS http://127.0.0.1:$port/health >/dev/null 2>&1 && break
  sleep 0.2
done

# An internal-scope key (created with the admin key serve bootstrapped):
# exempt from the per-key and per-IP limits, since the Free tier would
# answer 429 after 10 requests. The limiter's own cost is measured by
# BenchmarkRateLimitCheck.
key=$("$bin" keys create --server http://127.0.0.1:$port --name wrk --scopes reflex:process,internal --json |
  tr -d '\n' | sed -n 's/.*"key": *"\([^"]*\)".*/\1/p')
[[ -n "$key" ]] || { echo "could not create an API key" >&2; cat "$log" >&2; exit 2; }

# CPU seconds (user+system) the server has used so far.
cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14+$15)/hz}' /proc/$pid/stat; }
rss() { awk '/VmRSS/ {print $2/1024 " MB"}' /proc/$pid/status; }
peak() { awk '/VmHWM/ {print $2/1024 " MB"}' /proc/$pid/status; }

echo "== server: octollm serve --roles $roles (pid $pid), cache: ${REDIS:-in-process}; RSS idle $(rss)"
if [[ -n "${WARM:-}" ]]; then
  python3 - "$WARM" "http://127.0.0.1:$port/api/v1/reflex/process" "$key" <<'PY'
import json, sys, urllib.request
path, url, key = sys.argv[1:4]
n = 0
for line in open(path, encoding="utf-8"):
    text = json.loads(line).get("text", "")
    if not text or len(text.encode()) > 100_000:
        continue
    req = urllib.request.Request(url, json.dumps({"text": text, "use_cache": False}).encode(),
                                 {"Content-Type": "application/json", "X-API-Key": key})
    urllib.request.urlopen(req).read()
    n += 1
print(f"== warmed with {n} texts")
PY
  echo "== RSS after warming: $(rss)"
fi
if [[ -n "${PRELOAD:-}" ]]; then
  # Fill the response cache first (at ~6 000 misses/s, 20 s exceed the
  # in-process cache's 100 000 entries), so both measured runs meet a full
  # cache; the entries live 60 s (the prompt holds an email address).
  wrk -t1 -c2 -d"$PRELOAD" -s "$here/miss.lua" http://127.0.0.1:$port -- "$key" >/dev/null
  echo "== preloaded for $PRELOAD: $(curl -fsS -H "X-API-Key: $key" http://127.0.0.1:$port/api/v1/reflex/cache/stats)"
fi
for script in miss hit; do
  echo "== $script: wrk -t$threads -c$conns -d$duration --latency -s $script.lua"
  before=$(cpu); load=$(cut -d' ' -f1-3 /proc/loadavg)
  out=$(/usr/bin/time -f "wrk CPU: %U s user, %S s system" \
    wrk -t"$threads" -c"$conns" -d"$duration" --latency -s "$here/$script.lua" http://127.0.0.1:$port -- "$key" 2>&1)
  echo "$out"
  after=$(cpu)
  reqs=$(echo "$out" | awk '/requests in/ {print $1}')
  echo "server CPU: $(awk -v a="$before" -v b="$after" -v n="$reqs" 'BEGIN{printf "%.2f s for %d requests = %.1f µs/request", b-a, n, (b-a)/n*1e6}')"
  echo "load average before the run: $load"
  echo "RSS after $script: $(rss) (peak $(peak))"
done
curl -fsS -H "X-API-Key: $key" http://127.0.0.1:$port/api/v1/reflex/cache/stats; echo
