#!/usr/bin/env bash
# Prints figures for the packaged application: start-up time to ready with an initialised data folder,
# peak memory of the JVM, and response times of a few API calls. Figures only, no pass/fail.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=$(mktemp -d)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port=$(free_port)
management=$(free_port) # health lives on the management interface
url="http://localhost:$port"
trap 'rm -rf "$data"' EXIT

start_once() {
  local begin end pid
  begin=$(date +%s%N)
  HANDREIKING_DATA_DIR="$data" HANDREIKING_MAIL_DIR="$data/mail" "$root/scripts/run-app.sh" -Dquarkus.http.port="$port" -Dquarkus.management.port="$management" >/dev/null 2>&1 &
  pid=$!
  until curl -fsS "http://localhost:$management/q/health/ready" >/dev/null 2>&1; do sleep 0.05; done
  end=$(date +%s%N)
  echo "$pid $(( (end - begin) / 1000000 ))"
}

read -r pid first < <(start_once)
kill "$pid"; wait "$pid" 2>/dev/null || true
read -r pid ready < <(start_once)
printf 'start-up, new data folder (initdb + migrations): %6d ms\n' "$first"
printf 'start-up, initialised data folder:               %6d ms\n' "$ready"

timed() { # name, path, repetitions
  local total=0 max=0 t
  for _ in $(seq 1 "$3"); do
    t=$(curl -fsS -o /dev/null -w '%{time_total}' "$url$2")
    total=$(python3 -c "print($total + $t)"); max=$(python3 -c "print(max($max, $t))")
  done
  python3 -c "print(f'{\"$1\":<48} mean {($total / $3) * 1000:6.1f} ms   max {$max * 1000:6.1f} ms   ({$3} calls)')"
}
timed "GET /api/v1/regions (first page)" "/api/v1/regions" 50
timed "GET /api/v1/regions?q=fryslan" "/api/v1/regions?q=fryslan" 50
timed "GET /api/v1/regions?type=municipality&pageSize=100" "/api/v1/regions?type=municipality&pageSize=100" 50
timed "GET /api/v1/regions/GM0363" "/api/v1/regions/GM0363" 50

printf 'JVM peak resident memory (VmHWM):                %6d MiB\n' "$(( $(awk '/VmHWM/ {print $2}' /proc/"$pid"/status) / 1024 ))"
python3 "$root/scripts/catalogue-bench.py" "$url" "${BENCH_MEASURES:-10000}"
printf 'JVM peak resident memory after the catalogue run:  %6d MiB\n' "$(( $(awk '/VmHWM/ {print $2}' /proc/"$pid"/status) / 1024 ))"
python3 "$root/scripts/monitor-bench.py" "$url"
printf 'JVM peak resident memory after the monitor run:    %6d MiB\n' "$(( $(awk '/VmHWM/ {print $2}' /proc/"$pid"/status) / 1024 ))"
kill "$pid"; wait "$pid" 2>/dev/null || true
