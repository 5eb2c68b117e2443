#!/usr/bin/env bash
# Runs the packaged application with its class-data archive (scripts/app-cds.sh records it over a whole start).
# Without a database URL it starts the embedded PostgreSQL with its data in HANDREIKING_DATA_DIR
# (default: .data/postgres in the repository) and its e-mail in .data/mail; the token signing keys are in the database. Extra arguments are JVM options, e.g. -Dquarkus.http.port=9090.
# Health and metrics answer on the management port (default 9000; -Dquarkus.management.port=9001 to move it).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
app="$root/backend/target/quarkus-app"
[ -f "$app/quarkus-run.jar" ] || { echo "run-app: $app/quarkus-run.jar is missing; run 'make package' first" >&2; exit 1; }
# the launcher resolves relative folders against the working directory, which is the app folder below
export HANDREIKING_DATA_DIR=${HANDREIKING_DATA_DIR:-$root/.data/postgres}
export HANDREIKING_MAIL_DIR=${HANDREIKING_MAIL_DIR:-$root/.data/mail}
cd "$app"
cds=()
[ -f app-cds.jsa ] && cds=(-XX:SharedArchiveFile=app-cds.jsa)
source "$root/scripts/jvm-options.sh"
exec java "${cds[@]}" "${memory[@]}" "$@" -jar quarkus-run.jar
