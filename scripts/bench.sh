#!/usr/bin/env bash
# make bench: the figures of the performance section of the README, measured side by side in one run.
# Starts the packaged application on free ports with a fresh data folder, loads scripts/bench/data/*.sql in
# file-name order (1,000,000 signals, 10,000 measures, 352 x 20 quota rows), restarts it three times and takes
# the median start-up, then for every row of scripts/bench/rows.tsv runs the API call with wrk and the statements of
# that call with pgbench back to back, at the same concurrency and duration. Prints one table.
#   BENCH_QUICK=1       shorter runs (3 s instead of 10 s), for trying the harness
#   BENCH_ONLY=regex    only the rows whose name matches
#   BENCH_LIGHTHOUSE=0  skip the Lighthouse rows (three runs per page, about three minutes)
#   BENCH_FIRST_WARMUP=s  extra warm-up of the API on a path's first row (20 s; 5 s quick)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bench="$root/scripts/bench"
quick=${BENCH_QUICK:-}
duration=${BENCH_DURATION:-$([ -n "$quick" ] && echo 3 || echo 10)}
warmup=$([ -n "$quick" ] && echo 1 || echo 3)
first_warmup=${BENCH_FIRST_WARMUP:-$([ -n "$quick" ] && echo 5 || echo 20)} # extra, on a path's first row
connections=${BENCH_CONNECTIONS:-4}
threads=2

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port=$(free_port)
management=$(free_port) # health lives on the management interface
url="http://localhost:$port"
work=$(mktemp -d)
data="$work/postgres"
results="$work/results.tsv"
: >"$results"
pid=
stop_app() { [ -z "$pid" ] || { kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; pid=; }; }
trap 'stop_app; rm -rf "$work"' EXIT

# start_app: starts the application in the background, waits until it is ready, and sets $pid and $ready_ms
start_app() {
  local begin
  begin=$(date +%s%N)
  HANDREIKING_DATA_DIR="$data" HANDREIKING_MAIL_DIR="$work/mail" \
    "$root/scripts/run-app.sh" -Dquarkus.http.port="$port" -Dquarkus.management.port="$management" >>"$work/app.log" 2>&1 &
  pid=$!
  until curl -fsS "http://localhost:$management/q/health/ready" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "bench: the application did not start:" >&2; tail -40 "$work/app.log" >&2; exit 1; }
    sleep 0.02
  done
  ready_ms=$(( ($(date +%s%N) - begin) / 1000000 ))
}

# the embedded PostgreSQL writes its port on the fourth line of postmaster.pid
psql_args() { echo "-h localhost -p $(sed -n 4p "$data/postmaster.pid") -U postgres -d postgres"; }

jvm_cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$pid/stat"; }
result() { printf '%s\n' "$(IFS=$'\t'; echo "$*")" >>"$results"; } # name api sql ratio target value note

echo "bench: starting the application with a fresh data folder" >&2
start_app
first_ms=$ready_ms
# shellcheck disable=SC2046
for file in "$bench"/data/*.sql; do
  [ -e "$file" ] || continue
  echo "bench: loading $(basename "$file")" >&2
  begin=$(date +%s)
  psql $(psql_args) -q -v ON_ERROR_STOP=1 -f "$file" >/dev/null
  echo "bench:   $(( $(date +%s) - begin )) s" >&2
done
# shellcheck disable=SC2046
psql $(psql_args) -q -c 'ANALYZE' >/dev/null
# three starts on the initialised data folder and their median: one start moves by half a second on this machine;
# the last one stays up for the rows
starts=()
for start in 1 2 3; do
  stop_app
  echo "bench: starting it again on the initialised data folder ($start of 3)" >&2
  start_app
  starts+=("$ready_ms")
done
start_ms=$(printf '%s\n' "${starts[@]}" | sort -n | sed -n 2p)
result "start-up to ready, initialised data folder" "${start_ms} ms" "" "" "<3000ms" "$start_ms" \
  "median of $(IFS=/; echo "${starts[*]}") ms; fresh folder: ${first_ms} ms"

declare -A tokens=()
sign_in() { # role -> bearer token of that role's demo account
  local email
  case "$1" in
    support) email=team@coa.handreiking.test ;;
    municipality) email=gemeente.amsterdam@handreiking.test ;;
    province) email=provincie.gelderland@handreiking.test ;;
    editor) email=redacteur@bzk.handreiking.test ;;
    admin) email=admin@handreiking.test ;;
    *) echo "bench: unknown auth '$1'" >&2; exit 1 ;;
  esac
  curl -fsS -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"demo-wachtwoord\"}" \
    "$url/api/v1/sessions" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])'
}

declare -A warmed=()
# measure one row: wrk against the API, then pgbench on the SQL file, same concurrency and duration
while IFS=$'\t' read -r name kind auth path sql target; do
  [ -n "$name" ] && [ "${name:0:1}" != "#" ] || continue
  [ -z "${BENCH_ONLY:-}" ] || [[ $name =~ $BENCH_ONLY ]] || continue
  echo "bench: $name" >&2
  header=()
  script="$bench/sql/$sql"
  caller=()
  if [ "$auth" != none ]; then
    token=$(sign_in "$auth") # a fresh token: it outlives one row
    header=(-H "Authorization: Bearer $token")
    # the SQL side does the caller check of every signed-in call too, for this token's account and session
    script="$work/signed-in.sql"
    cat "$bench/sql/caller.sql" "$bench/sql/$sql" >"$script"
    read -r account session < <(python3 -c 'import base64, json, sys
payload = sys.argv[1].split(".")[1]
claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
print(claims["sub"], claims["sid"])' "$token")
    caller=(-D "account=$account" -D "session=$session")
  fi
  wrk_run() { wrk -t"$threads" -c"$connections" -d"$1"s --timeout 10s -s "$bench/report.lua" "${header[@]}" "$url/api/v1$path"; }
  # a path's first row warms the JIT compiler longer: C2 is still compiling its code after a few seconds, and a
  # service that runs for days is measured warm (the later rows on the same path showed a third of the JVM CPU)
  if [ -z "${warmed[$path]:-}" ]; then wrk_run "$first_warmup" >/dev/null; warmed[$path]=1; fi
  wrk_run "$warmup" >/dev/null
  cpu_before=$(jvm_cpu_ms)
  wrk_out=$(wrk_run "$duration")
  wrk_out+=$'\n'"JVMCPU $(( $(jvm_cpu_ms) - cpu_before ))"
  log="$work/pgbench"
  rm -rf "$log" && mkdir -p "$log"
  # shellcheck disable=SC2046
  pgbench $(psql_args) -n -c "$connections" -j "$threads" -T "$warmup" "${caller[@]}" -f "$script" >/dev/null 2>&1
  # shellcheck disable=SC2046
  pg_out=$(cd "$log" && pgbench $(psql_args) -n -c "$connections" -j "$threads" -T "$duration" -l "${caller[@]}" -f "$script" 2>&1) \
    || { echo "$pg_out" >&2; echo "bench: pgbench failed on $sql" >&2; exit 1; }
  python3 "$bench/row.py" "$name" "$kind" "$target" "$log" <<<"$wrk_out"$'\n'"$pg_out" >>"$results"
done < <(cat "$bench/rows.tsv"; echo)

# resident memory of the JVM after all of the load above
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
hwm_kb=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
result "JVM resident memory after the bench" "$(( rss_kb / 1024 )) MB" "" "" "<350MB" "$(( rss_kb / 1024 ))" "peak $(( hwm_kb / 1024 )) MB"

# the JavaScript the browser loads before the home page renders: the first bundle, the page texts and the page's own chunks
# measured as make test's size check measures it (it exits non-zero when over its budgets: the figure still counts)
sizes=$(node "$root/frontend/scripts/check-size.mjs" 2>&1 || true)
home_kb=$(sed -n 's/^home page: \([0-9.]*\) kB.*/\1/p' <<<"$sizes")
first_kb=$(sed -n 's/^first bundle: \([0-9.]*\) kB.*/\1/p' <<<"$sizes")
[ -n "$home_kb" ] || { echo "$sizes" >&2; echo "bench: the size check printed no home page figure" >&2; exit 1; }
result "SPA JavaScript before the home page renders (gzip)" "$home_kb kB (first bundle $first_kb kB + page texts + its own chunks)" "" "" "<150kB" "$home_kb"

if [ "${BENCH_LIGHTHOUSE:-1}" != 0 ] && [ -z "$quick" ] && [ -x "$root/frontend/node_modules/.bin/lighthouse" ]; then
  # three runs per page and their median score: one run moves by 5-10 points on this machine
  for page in / /zoeken /taakstelling; do
    echo "bench: Lighthouse mobile $page (3 runs)" >&2
    reports=()
    for run in 1 2 3; do
      "$root/frontend/node_modules/.bin/lighthouse" "$url$page" --quiet --output=json --output-path="$work/lh-$run.json" \
        --only-categories=performance --form-factor=mobile --chrome-path="${CHROME_PATH:-/usr/bin/chromium}" \
        --chrome-flags="--headless=new --no-sandbox" >/dev/null 2>&1 && reports+=("$work/lh-$run.json")
    done
    [ "${#reports[@]}" -gt 0 ] || { result "Lighthouse mobile performance $page" "failed" "" "" ">=95" "failed"; continue; }
    python3 - "$page" "${reports[@]}" >>"$results" <<'EOF'
import json, statistics, sys
reports = [json.load(open(path)) for path in sys.argv[2:]]
scores = sorted(round(r["categories"]["performance"]["score"] * 100) for r in reports)
score = round(statistics.median(scores))
cls = max(r["audits"]["cumulative-layout-shift"]["numericValue"] for r in reports)
runs = "/".join(str(s) for s in scores)
print(f"Lighthouse mobile performance {sys.argv[1]}\t{score}\t\t\t>=95\t{score}\tmedian of {runs}, CLS {cls:.3f} at most")
EOF
  done
else
  result "Lighthouse mobile performance" "not run" "" "" ">=95" "" "BENCH_LIGHTHOUSE=0 or BENCH_QUICK"
fi
stop_app

python3 "$bench/table.py" "$results" "$connections" "$duration" "$(nproc)"
