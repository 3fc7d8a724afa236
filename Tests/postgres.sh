# Starts a throw-away PostgreSQL cluster on 127.0.0.1 for the tests and exports
# REFERRALS_TEST_POSTGRES (an Npgsql connection string). Sourced by Tests/run.sh.
start_test_postgres() {
  local bin; bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PG_TEST_DIR=$(mktemp -d /tmp/referrals-pg.XXXXXX)
  PG_TEST_PORT=${PG_TEST_PORT:-55432}
  # A port still held by an earlier cluster (or anything else) would make pg_ctl fail: take the next free one.
  while (exec 3<>"/dev/tcp/127.0.0.1/$PG_TEST_PORT") 2>/dev/null; do PG_TEST_PORT=$((PG_TEST_PORT + 1)); done
  local run=()
  if [[ $(id -u) -eq 0 ]]; then chown postgres "$PG_TEST_DIR"; run=(runuser -u postgres --); fi
  "${run[@]}" "$bin/initdb" -D "$PG_TEST_DIR/data" -U referrals --auth=trust -E UTF8 >/dev/null
  "${run[@]}" "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/log" -w \
    -o "-h 127.0.0.1 -p $PG_TEST_PORT -k $PG_TEST_DIR -c fsync=off -c max_connections=200" start >/dev/null
  export REFERRALS_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_TEST_PORT;Username=referrals;Database=postgres"
  PG_TEST_RUN=("${run[@]}"); PG_TEST_BIN=$bin
  echo "PostgreSQL test cluster on 127.0.0.1:$PG_TEST_PORT"
}

stop_test_postgres() {
  [[ -n ${PG_TEST_DIR:-} ]] || return 0
  "${PG_TEST_RUN[@]}" "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_TEST_DIR"
}
