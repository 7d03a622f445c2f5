# Starts and stops the real Redis and PostgreSQL servers the tests use, on loopback ports, in a throw-away folder.
# Source this file, then: start_test_services; ...; stop_test_services
# Exports CONCIERGE_TEST_REDIS_URL and CONCIERGE_TEST_DATABASE_URL (and the ports and folder, for restart_test_pg).

TEST_REDIS_PORT=${TEST_REDIS_PORT:-56379}
TEST_PG_PORT=${TEST_PG_PORT:-55432}
TEST_SERVICES_DIR=${TEST_SERVICES_DIR:-/tmp/concierge-test-services}

pg_options() {
    echo "-p $TEST_PG_PORT -k $TEST_SERVICES_DIR/pg -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

# Runs a command as the postgres system user (initdb refuses to run as root).
as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_test_services() {
    stop_test_services >/dev/null 2>&1 || true
    rm -rf "$TEST_SERVICES_DIR"
    mkdir -p "$TEST_SERVICES_DIR"
    redis-server --port "$TEST_REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
        --pidfile "$TEST_SERVICES_DIR/redis.pid" --logfile "$TEST_SERVICES_DIR/redis.log" || return 1

    local bin; bin=$(pg_bin)
    mkdir -p "$TEST_SERVICES_DIR/pg"
    [ "$(id -u)" = 0 ] && chown postgres "$TEST_SERVICES_DIR/pg"
    as_pg "$bin/initdb" -D "$TEST_SERVICES_DIR/pg/data" -U concierge --auth=trust -E UTF8 >"$TEST_SERVICES_DIR/initdb.log" 2>&1 \
        || { cat "$TEST_SERVICES_DIR/initdb.log"; return 1; }
    as_pg "$bin/pg_ctl" -D "$TEST_SERVICES_DIR/pg/data" -l "$TEST_SERVICES_DIR/pg/server.log" -w \
        -o "$(pg_options)" start >/dev/null || { cat "$TEST_SERVICES_DIR/pg/server.log"; return 1; }
    as_pg "$bin/createdb" -h 127.0.0.1 -p "$TEST_PG_PORT" -U concierge concierge_test || return 1

    for _ in $(seq 1 50); do
        redis-cli -p "$TEST_REDIS_PORT" ping >/dev/null 2>&1 && break
        sleep 0.1
    done
    export CONCIERGE_TEST_REDIS_URL="redis://127.0.0.1:$TEST_REDIS_PORT/0"
    export CONCIERGE_TEST_DATABASE_URL="postgresql://concierge@127.0.0.1:$TEST_PG_PORT/concierge_test"
    export CONCIERGE_TEST_REDIS_PORT=$TEST_REDIS_PORT
    export CONCIERGE_TEST_PG_PORT=$TEST_PG_PORT
    export CONCIERGE_TEST_SERVICES_DIR=$TEST_SERVICES_DIR
}

# Restarts the test PostgreSQL (fast mode: open connections are cut), as an operator's restart would. Only the
# instance of TEST_SERVICES_DIR, started by start_test_services (tests that call it run alone: RUN_SERIAL).
restart_test_pg() {
    local bin; bin=$(pg_bin)
    [ -d "$TEST_SERVICES_DIR/pg/data" ] || { echo "no test PostgreSQL in $TEST_SERVICES_DIR" >&2; return 1; }
    as_pg "$bin/pg_ctl" -D "$TEST_SERVICES_DIR/pg/data" -l "$TEST_SERVICES_DIR/pg/server.log" -w -m fast \
        -o "$(pg_options)" restart >/dev/null || { tail -n 20 "$TEST_SERVICES_DIR/pg/server.log"; return 1; }
}

stop_test_services() {
    redis-cli -p "$TEST_REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
    local bin; bin=$(pg_bin)
    if [ -d "$TEST_SERVICES_DIR/pg/data" ]; then
        as_pg "$bin/pg_ctl" -D "$TEST_SERVICES_DIR/pg/data" -m immediate stop >/dev/null 2>&1 || true
    fi
}
