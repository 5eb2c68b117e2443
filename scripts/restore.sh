#!/usr/bin/env bash
# make restore BACKUP=file: puts a dump of `make backup` into a fresh database, in one transaction (a restore
# that fails leaves the database as it was). It refuses a database that already holds tables unless
# FORCE=1, which first drops every schema of that database, in the same transaction.
# Which database: see scripts/pg-target.sh. For the embedded one of `make run` the application must be
# stopped: the restore makes a new data folder (FORCE=1 moves an existing one aside, it deletes nothing),
# restores into it with the embedded database's own server, and `make run` then starts on it.
set -euo pipefail
# shellcheck source=scripts/pg-target.sh
source "$(dirname "$0")/pg-target.sh"
file=${1:-${BACKUP:-}}
force=${FORCE:-0}
[ -n "$file" ] || { log "which backup? make restore BACKUP=backups/handreiking-....dump"; exit 2; }
[ -f "$file" ] || { log "no such file: $file"; exit 2; }
file=$(realpath "$file")
bin=$("$root/scripts/pg-client.sh")
header=$("$bin/pg_restore" --list "$file" 2>&1) || { log "$file is no pg_dump archive: $header"; exit 2; }
made=$(sed -n 's/^; Archive created at //p' <<<"$header")
from=$(sed -n 's/^;     dbname: //p' <<<"$header")

sql() { PGOPTIONS="-c client_min_messages=warning" "$bin/psql" -X -q -A -t -v ON_ERROR_STOP=1 --no-password "$@"; }
count_tables() { # tables, sequences and views of the database; "only" counts tables alone
  local kinds="'r', 'p', 'S', 'v', 'm', 'f'"
  [ "${1:-}" != only ] || kinds="'r', 'p'"
  sql -c "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ($kinds) AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\_%'"
}

resolve_target
if [ "$embedded" = 1 ]; then
  if embedded_running; then
    log "the application (or another server) is running on $embedded_dir: stop it first, then run make restore again"
    exit 1
  fi
  if [ -e "$embedded_dir/PG_VERSION" ]; then
    if [ "$force" != 1 ]; then
      log "$embedded_dir already holds a database: not touched. FORCE=1 moves it aside and restores into a new one"
      exit 1
    fi
    aside="$embedded_dir.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
    mv "$embedded_dir" "$aside"
    log "FORCE=1: moved the existing data folder to $aside (delete it yourself once the restore is checked)"
  fi
  log "making a new data folder $embedded_dir"
  mkdir -p "$(dirname "$embedded_dir")"
  as_postgres "$(server_bin)/initdb" -A trust -U postgres -E UTF-8 -D "$embedded_dir" >/dev/null
  trap stop_temporary EXIT
  start_temporary
else
  wanted=${PGDATABASE:-${PGUSER:-$(id -un)}}
  exists=$(PGDATABASE=postgres sql -c "SELECT count(*) FROM pg_database WHERE datname = '${wanted//\'/\'\'}'")
  if [ "$exists" = 0 ]; then
    log "creating database $wanted"
    PGDATABASE=postgres sql -c "CREATE DATABASE \"${wanted//\"/\"\"}\""
  fi
fi

drop=""
tables=$(count_tables)
if [ "$tables" != 0 ]; then
  if [ "$force" != 1 ]; then
    log "$target already holds $tables tables, sequences or views: not touched. Restore into a fresh database," \
      "or FORCE=1 to drop everything in it first"
    exit 1
  fi
  log "FORCE=1: dropping the $tables tables, sequences and views of $target (in the restore's transaction)"
  drop=$(sql -c "SELECT string_agg(format('DROP SCHEMA %I CASCADE;', nspname), ' ') FROM pg_namespace
                 WHERE nspname <> 'information_schema' AND nspname NOT LIKE 'pg\_%'")
  drop+=" CREATE SCHEMA public;"
fi

log "restoring $file (made ${made:-at an unknown time} from database ${from:-?}) into $target"
# pg_restore writes the dump as SQL; psql runs it between BEGIN and a COMMIT that is only sent when pg_restore
# read the whole archive: any error, or a dump cut short, ends the session without COMMIT, so nothing is kept.
if ! {
  echo "BEGIN;"
  echo "$drop"
  "$bin/pg_restore" --no-owner --no-privileges --file=- "$file" && echo "COMMIT;"
} | sql -f - >/dev/null; then
  log "the restore failed and was rolled back: $target is as it was before it"
  exit 1
fi
sql -c "ANALYZE" # planner statistics are not in a dump
# what came back, in the words of this application (a dump of another database says only its tables)
summary="$(count_tables only) tables"
if [ "$(sql -c "SELECT to_regclass('signal_attachment') IS NOT NULL AND to_regclass('flyway_schema_history') IS NOT NULL")" = t ]; then
  summary+=$(sql -c "SELECT format(': %s signals (last %s), %s attachments, schema version %s',
    (SELECT count(*) FROM signal), coalesce((SELECT max(reference) FROM signal), 'none'),
    (SELECT count(*) FROM signal_attachment),
    (SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC LIMIT 1))")
fi
log "restored $summary"
