#!/usr/bin/env bash
# Kills the application with SIGKILL while clients are writing check-ins, starts it again
# on the same embedded database and checks that every check-in it had answered 201 for is
# still there. Prints the counts and the write rate. See bench/README.md, "Crash check".
#
# Usage: bench/crash-check.sh [seconds of writing, default 8] [extra JDBC URL options]
#   bench/crash-check.sh 8 ';WRITE_DELAY=500'   shows what H2's default delay would lose
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-8}"
extra="${2:-}"
jar=$(ls target/between-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then
  ./mvnw -B -q -DskipTests package
  jar=$(ls target/between-*.jar | grep -v original | head -1)
fi
work=$(mktemp -d)
port=$(( 20000 + RANDOM % 20000 ))
base="http://127.0.0.1:$port"
url="jdbc:h2:file:$work/between;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;AUTO_SERVER=FALSE"
# The application's own URL (application.yaml) unless options are given to compare.
if [ -z "$extra" ]; then url="$url;WRITE_DELAY=0"; else url="$url$extra"; fi

start() {
  java -jar "$jar" --server.port="$port" --spring.datasource.url="$url" \
    --between.journal.keyset-file="$work/keyset.json" --between.safety.pdf-font-cache="$work/fonts" \
    > "$work/app-$1.log" 2>&1 &
  app=$!
  for _ in $(seq 1 120); do
    curl -sf "$base/actuator/health" > /dev/null 2>&1 && return 0
    sleep 1
  done
  echo "the application did not start; see $work/app-$1.log" >&2
  exit 1
}

start 1
email="crash-$RANDOM@example.org"
curl -sf -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"quiet river stones 42\",\"displayName\":\"Crash\",\"role\":\"CLIENT\",\"timeZone\":\"Europe/Vienna\"}" "$base/api/v1/accounts" > /dev/null
token=$(curl -sf -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"quiet river stones 42\"}" "$base/api/v1/auth/token" | sed 's/.*"token":"\([^"]*\)".*/\1/')

writer() {
  while true; do
    curl -s -o - -w '\n%{http_code}\n' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d '{"mood":5,"distress":4,"note":"crash check"}' "$base/api/v1/checkins" 2>/dev/null \
      | awk 'NR==1{body=$0} NR==2 && $0=="201"{match(body,/"id":"[^"]*"/); print substr(body,RSTART+6,36)}'
  done
}
for i in 1 2 3 4; do writer > "$work/acked-$i" & done
sleep "$seconds"
kill -9 "$app"
wait "$app" 2>/dev/null || true
sleep 0.2
pkill -P $$ -f "curl" 2>/dev/null || true
for job in $(jobs -p); do kill "$job" 2>/dev/null || true; done
cat "$work"/acked-* | grep -E '^[0-9a-f-]{36}$' | sort -u > "$work/acked"
acked=$(wc -l < "$work/acked")

start 2
lost=0
while read -r id; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$base/api/v1/checkins/$id")
  [ "$code" = "200" ] || lost=$((lost + 1))
done < "$work/acked"
kill "$app"; wait "$app" 2>/dev/null || true
echo "CRASH-CHECK url-options='${extra:-;WRITE_DELAY=0}' acknowledged=$acked lost=$lost rate=$(( acked / seconds ))/s"
rm -rf "$work"
[ "$lost" -eq 0 ]
