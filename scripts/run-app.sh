#!/usr/bin/env bash
# Runs the packaged application with its class-data archive (start-up in about 3 s instead of 8 s).
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
# Memory: fixed sizes so the process stays under 350 MB resident after `make bench` (README, "Performance").
# HANDREIKING_JAVA_MEMORY replaces them, e.g. HANDREIKING_JAVA_MEMORY="-Xmx512m" for an import of a large file.
# The same sizes are in the Dockerfile and docker-compose.yml.
memory_options="-Xms32m -Xmx160m -XX:+UseSerialGC -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m"
memory_options+=" -XX:MaxDirectMemorySize=64m -Xss512k -XX:TrimNativeHeapInterval=5000"
read -r -a memory <<<"${HANDREIKING_JAVA_MEMORY-$memory_options}"
exec java "${cds[@]}" "${memory[@]}" "$@" -jar quarkus-run.jar
