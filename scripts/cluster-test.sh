#!/usr/bin/env bash
# make cluster-test / make cluster-smoke: starts a fresh cluster (scripts/cluster.sh) in a folder of its own,
# beside any `make cluster` that runs, checks it with scripts/cluster/test.py and stops it again, whatever happens.
#   scripts/cluster-test.sh           the full test and the throughput figures
#   scripts/cluster-test.sh --smoke   fewer requests, no figures (make test)
# CLUSTER_KEEP=1 keeps the folder (logs, mail) and prints where it is.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
CLUSTER_DIR=$(mktemp -d)
CLUSTER_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
export CLUSTER_DIR CLUSTER_PORT
# public catalogue reads kept for 10 s instead of a minute, so that "a change appears within max-age" is quick to see
export HANDREIKING_CACHING_CATALOGUE_MAX_AGE=${HANDREIKING_CACHING_CATALOGUE_MAX_AGE:-PT10S}
cleanup() {
  "$root/scripts/cluster.sh" stop >/dev/null 2>&1 || true
  if [ -n "${CLUSTER_KEEP:-}" ]; then echo "cluster-test: kept $CLUSTER_DIR"; else rm -rf "$CLUSTER_DIR"; fi
}
trap cleanup EXIT
"$root/scripts/cluster.sh" start
python3 "$root/scripts/cluster/test.py" "$CLUSTER_DIR" "$@"
