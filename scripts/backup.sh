#!/usr/bin/env bash
# make backup: one consistent dump of the whole database (schema, data, sequences and the signal counter;
# signal attachments are rows of signal_attachment, so they are in it too) in pg_dump's custom format, as
# BACKUP_DIR/handreiking-<UTC time>.dump (default folder: backups/). Prints the file's path on the last line.
# Which database: see scripts/pg-target.sh (the running `make run` one, PG* variables or the JDBC URL).
set -euo pipefail
# shellcheck source=scripts/pg-target.sh
source "$(dirname "$0")/pg-target.sh"
bin=$("$root/scripts/pg-client.sh")
folder=$(realpath -m "${BACKUP_DIR:-$root/backups}")
mkdir -p "$folder"
file="$folder/handreiking-$(date -u +%Y%m%dT%H%M%SZ).dump"
[ ! -e "$file" ] || file="${file%.dump}-$$.dump"

resolve_target
if [ "$embedded" = 1 ] && ! embedded_running; then
  [ -f "$embedded_dir/PG_VERSION" ] || { log "no database in $embedded_dir: nothing to back up"; exit 1; }
  log "the application is not running: starting the embedded PostgreSQL in $embedded_dir for the backup"
  trap stop_temporary EXIT
  start_temporary
fi

log "dumping $target"
# A dump is one snapshot (one repeatable-read transaction): what was committed when it started, all of it.
# Written under a temporary name and renamed when complete, so a file with the final name is whole.
"$bin/pg_dump" --format=custom --compress=6 --file="$file.partial" --no-password
mv "$file.partial" "$file"
tables=$("$bin/pg_restore" --list "$file" | grep -c ' TABLE DATA ' || true)
log "wrote $(du -h "$file" | cut -f1) with $tables tables; restore it with: make restore BACKUP=$file"
echo "$file"
