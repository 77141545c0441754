#!/bin/sh
# Measures the pre-session brief's response time (see bench/README.md).
# Usage: bench/run.sh            H2 and PostgreSQL
#        bench/run.sh h2         H2 only
#        bench/run.sh postgres   PostgreSQL only
set -e
cd "$(dirname "$0")/.."
case "${1:-all}" in
  h2) tests='BriefBenchmark' ;;
  postgres) tests='BriefBenchmarkOnPostgres' ;;
  *) tests='BriefBenchmark,BriefBenchmarkOnPostgres' ;;
esac
./mvnw -B test -Dtest="$tests" -DexcludedGroups= -Dgroups=bench -Dsurefire.failIfNoSpecifiedTests=false \
  | tee target/bench.log | grep -E 'BENCH|Tests run:|FAIL|ERROR' || true
