#!/usr/bin/env bash
# A throwaway PostgreSQL server for the store tests: its own cluster in a temporary folder,
# listening on 127.0.0.1 only, trust authentication. Idempotent: a second call finds the
# server running and prints the same URL. Prints the URL to give DYADS_TEST_PG, or nothing
# (exit 0) when PostgreSQL is not installed, so that the tests skip that backend.
#   DYADS_PG_DIR  where the cluster lives (default /tmp/dyads-test-pg)
#   DYADS_PG_PORT the first port to try (default 55432; the next free one is taken)
#   .ci/postgres.sh stop   stops the server and removes the folder
set -euo pipefail
dir=${DYADS_PG_DIR:-/tmp/dyads-test-pg}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
  echo "PostgreSQL is not installed (apt-get install postgresql): skipping it" >&2
  exit 0
fi
# initdb and postgres refuse to run as root: run them as the postgres user then.
as=()
[ "$(id -u)" = 0 ] && as=(runuser -u postgres --)

if [ "${1:-}" = stop ]; then
  [ -f "$dir/db/postmaster.pid" ] && "${as[@]}" "$bin/pg_ctl" -D "$dir/db" -m fast -w stop >/dev/null
  rm -rf "$dir"
  exit 0
fi

url() { echo "postgresql://postgres@127.0.0.1:$1/postgres"; }

if [ -f "$dir/port" ] && "${as[@]}" "$bin/pg_ctl" -D "$dir/db" status >/dev/null 2>&1; then
  url "$(cat "$dir/port")"
  exit 0
fi

port=${DYADS_PG_PORT:-55432}
while (: >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
  port=$((port + 1))  # something listens there already: the next one
done
if [ ! -f "$dir/db/PG_VERSION" ]; then
  rm -rf "$dir" && mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  "${as[@]}" "$bin/initdb" -D "$dir/db" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
fi
# fsync off: a test server need not survive a power cut, and it makes the tests faster.
"${as[@]}" "$bin/pg_ctl" -D "$dir/db" -l "$dir/server.log" -w \
  -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null
echo "$port" > "$dir/port"
url "$port"
