#!/usr/bin/env bash
# Starts the packaged application on a free port with a fresh embedded database, waits until it is ready,
# runs the given command with HANDREIKING_URL set, and stops the application again, whatever happens.
#   scripts/with-app.sh npm --prefix frontend run e2e
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port=${HANDREIKING_PORT:-$(free_port)}
management=${HANDREIKING_MANAGEMENT_PORT:-$(free_port)} # health lives on the management interface
data=${HANDREIKING_DATA_DIR:-$(mktemp -d)}
log=$(mktemp)
HANDREIKING_DATA_DIR="$data" HANDREIKING_MAIL_DIR="$data/mail" "$root/scripts/run-app.sh" -Dquarkus.http.port="$port" -Dquarkus.management.port="$management" >"$log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; [ -n "${HANDREIKING_KEEP_DATA:-}" ] || rm -rf "$data"; }
trap cleanup EXIT
for _ in $(seq 1 120); do
  if curl -fsS "http://localhost:$management/q/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then echo "with-app: the application did not start:" >&2; cat "$log" >&2; exit 1; fi
  sleep 0.5
done
curl -fsS "http://localhost:$management/q/health/ready" >/dev/null || { echo "with-app: not ready after 60 s" >&2; tail -50 "$log" >&2; exit 1; }
HANDREIKING_URL="http://localhost:$port" "$@"
