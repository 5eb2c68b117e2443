#!/usr/bin/env bash
# Prints the folder of PostgreSQL 17's client programs (pg_dump, pg_restore, psql), installing them first
# when they are missing. pg_dump refuses to dump a server of a newer major version, and the database is
# PostgreSQL 17.6 (the embedded one, io.zonky.test embedded-postgres-binaries 17.6.0, whose bundle holds only
# initdb, pg_ctl and postgres), so Debian 12's own client (15) cannot be used. In this order:
#   1. HANDREIKING_PG_BIN, when it holds a pg_dump of major version 17;
#   2. /usr/lib/postgresql/17/bin (Debian 13, or PGDG's postgresql-client-17);
#   3. .tools/postgresql-17/bin, installed earlier by this script;
#   4. apt-get install postgresql-client-17, when the machine's package sources offer it;
#   5. otherwise (Debian 12) Debian 13's postgresql-client-17 and the libraries it runs on, fetched with
#      apt-get into a private apt state (the machine's package sources stay as they are), unpacked into
#      .tools/postgresql-17 and started through Debian 13's own dynamic loader, since Debian 12's C library
#      is older than those programs need. See docs/decisions/0012-backups-with-pg-dump-17.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tools="$root/.tools/postgresql-17"
sudo=$([ "$(id -u)" = 0 ] || echo sudo)

major17() { [ -x "$1/pg_dump" ] && "$1/pg_dump" --version 2>/dev/null | grep -q ' 17\.'; }

for dir in "${HANDREIKING_PG_BIN:-}" /usr/lib/postgresql/17/bin "$tools/bin"; do
  if [ -n "$dir" ] && major17 "$dir"; then
    echo "$dir"
    exit 0
  fi
done

if apt-cache policy postgresql-client-17 2>/dev/null | grep -q 'Candidate: [0-9]'; then
  echo "pg-client: installing postgresql-client-17 with apt-get" >&2
  $sudo apt-get install -y -qq postgresql-client-17 >&2
  echo /usr/lib/postgresql/17/bin
  exit 0
fi

# Debian 13 (trixie): the client, libpq and every library they load that Debian 12 lacks or has too old.
packages=(postgresql-client-17 libpq5 libc6 libssl3t64 libzstd1 liblz4-1 zlib1g libgssapi-krb5-2 libkrb5-3
  libk5crypto3 libkrb5support0 libcom-err2 libkeyutils1 libldap2 libsasl2-2 libxxhash0 libreadline8t64 libtinfo6)
echo "pg-client: fetching Debian 13's postgresql-client-17 into $tools (once)" >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/debs" "$work/root"
echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main" \
  >"$work/sources.list"
apt_private=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/nonexistent
  -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o Dir::State::status=/dev/null
  -o APT::Sandbox::User=root)
apt-get "${apt_private[@]}" update -qq >&2
(cd "$work/debs" && apt-get "${apt_private[@]}" download -qq "${packages[@]}" >&2)
for deb in "$work"/debs/*.deb; do dpkg-deb -x "$deb" "$work/root"; done
rm -rf "$tools" && mkdir -p "$tools/bin" && mv "$work/root" "$tools/root"
for program in pg_dump pg_restore psql; do
  cat >"$tools/bin/$program" <<EOF
#!/bin/sh
# Debian 13's $program on its own C library (written by scripts/pg-client.sh)
root="$tools/root"
LC_ALL=C.UTF-8 exec "\$root/usr/lib64/ld-linux-x86-64.so.2" --library-path "\$root/usr/lib/x86_64-linux-gnu" \\
  --argv0 "\$0" "\$root/usr/lib/postgresql/17/bin/$program" "\$@"
EOF
  chmod +x "$tools/bin/$program"
done
major17 "$tools/bin" || { echo "pg-client: the installed pg_dump does not run" >&2; exit 1; }
echo "$tools/bin"
