#!/usr/bin/env bash
# Replaces the class-data archive that `mvn package` made (Quarkus's: only the classes up to its static init) by
# one recorded over a whole start: the packaged application starts once on a throwaway embedded database with
# -XX:ArchiveClassesAtExit, answers a call, and stops. So Flyway, Hibernate's session factory, the JDBC driver,
# Jackson and the REST layer load from the archive as well (README, "Start-up"). Run by the Makefile after
# `mvn package`; scripts/run-app.sh uses backend/target/quarkus-app/app-cds.jsa when it is there.
# When the recording fails, Quarkus's archive stays and this script says so (the application starts either way).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
app="$root/backend/target/quarkus-app"
[ -f "$app/quarkus-run.jar" ] || { echo "app-cds: $app/quarkus-run.jar is missing" >&2; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port=$(free_port)
management=$(free_port)
work=$(mktemp -d)
pid=
cleanup() { [ -z "$pid" ] || kill "$pid" 2>/dev/null || true; [ -z "$pid" ] || wait "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
cd "$app"
# the options of run-app.sh, so that the recorded start is the one the archive is for
source "$root/scripts/jvm-options.sh"
HANDREIKING_DATA_DIR="$work/postgres" HANDREIKING_MAIL_DIR="$work/mail" \
  java -XX:ArchiveClassesAtExit="$work/app-cds.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off "${memory[@]}" \
  -Dquarkus.http.port="$port" -Dquarkus.management.port="$management" -jar quarkus-run.jar >"$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  curl -fsS "http://localhost:$management/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { echo "app-cds: the application did not start; Quarkus's archive stays" >&2; tail -30 "$work/app.log" >&2; exit 0; }
  sleep 0.5
done
# one public call, so that the classes of a request are in the archive too
curl -fsS -o /dev/null "http://localhost:$port/api/v1/regions?type=province" || true
kill "$pid"
wait "$pid" 2>/dev/null || true # the JVM writes the archive on its way out
pid=
if [ -s "$work/app-cds.jsa" ]; then
  mv -f "$work/app-cds.jsa" app-cds.jsa
  echo "app-cds: recorded app-cds.jsa over a whole start ($(( $(stat -c %s app-cds.jsa) / 1048576 )) MB)"
else
  echo "app-cds: no archive was written; Quarkus's archive stays" >&2
  tail -30 "$work/app.log" >&2
fi
