#!/usr/bin/env bash
# Fails when a Java source line is longer than MAX characters (default 150) and lists each offender.
# palantir-java-format wraps code at 120 but leaves long string literals and comments as they are: this catches those.
set -euo pipefail
cd "$(dirname "$0")/.."
max=${1:-150}
export LC_ALL=C.UTF-8 # count characters, not bytes
offenders=$(grep -rnE --include='*.java' "^.{$((max + 1)),}" backend/src/main/java backend/src/test/java || true)
if [[ -z $offenders ]]; then
  echo "Java lines: none longer than $max characters"
  exit 0
fi
while IFS= read -r hit; do
  location=${hit%%:*}:$(cut -d: -f2 <<<"$hit")
  line=${hit#*:*:}
  echo "$location: ${#line} characters"
done <<<"$offenders"
echo "$(wc -l <<<"$offenders") Java lines are longer than $max characters: wrap the string or comment (text blocks, shorter wording)"
exit 1
