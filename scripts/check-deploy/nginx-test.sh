#!/usr/bin/env bash
# make lint-deploy: `nginx -t` on deploy/compose/nginx.conf, the load balancer of docker-compose.yml. Uses the
# nginx on the PATH, else Debian's package unpacked into .tools/nginx (downloaded, never installed or
# started). nginx -t resolves the upstream hosts, so the compose service names are replaced by local
# addresses first; everything else is tested as written.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
sudo=$([ "$(id -u)" = 0 ] || echo sudo)
nginx=$(command -v nginx || true)
if [ -z "$nginx" ]; then
  tools="$root/.tools/nginx"
  if [ ! -x "$tools/usr/sbin/nginx" ]; then
    mkdir -p "$tools"
    download() { (cd "$tools" && apt-get download -qq nginx 2>/dev/null); }
    download || { $sudo apt-get update -qq && download; }
    dpkg-deb -x "$tools"/nginx_*.deb "$tools" && rm -f "$tools"/nginx_*.deb
  fi
  nginx="$tools/usr/sbin/nginx"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The unpacked nginx's compiled-in temporary folders (/var/lib/nginx/...) exist only where the package is installed:
# the copy puts them in $work.
sed -e 's/server app1:8080/server 127.0.0.1:8081/' -e 's/server app2:8080/server 127.0.0.1:8082/' \
  -e "s|/var/cache/nginx/handreiking|$work/cache|" "$root/deploy/compose/nginx.conf" \
  | awk -v work="$work" '{ print } /^http \{/ { split("client_body proxy fastcgi uwsgi scgi", t, " ");
      for (i in t) printf "  %s_temp_path %s/%s;\n", t[i], work, t[i] }' >"$work/nginx.conf"
"$nginx" -t -q -e stderr -p "$work" -c "$work/nginx.conf" -g "pid $work/nginx.pid;"
echo "nginx -t: deploy/compose/nginx.conf is valid ($("$nginx" -v 2>&1 | sed 's/.*: //'))"
