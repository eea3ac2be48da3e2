#!/usr/bin/env bash
# Throwaway servers for the tests, on loopback only.
#
#   bash scripts/services.sh start    # install PostgreSQL (Debian) if missing, start a cluster
#   bash scripts/services.sh pg-url   # postgresql://postgres@127.0.0.1:PORT/bilateral_test
#   bash scripts/services.sh stop     # stop it and delete its folder
#
# The cluster lives in a temp folder owned by the `postgres` user (or by the caller when not
# root), trusts loopback connections without a password, and holds one database,
# bilateral_test. Every subcommand is idempotent. Dask needs no service: the tests start a
# LocalCluster in-process on 127.0.0.1.
set -euo pipefail

PG_DIR="${BILATERAL_PG_DIR:-${TMPDIR:-/tmp}/bilateral-pg-$(id -u)}"
PG_PORT_WANTED="${BILATERAL_PG_PORT:-55432}"
PG_DB="bilateral_test"
PG_USER="postgres"

log() { echo "services: $*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

pg_bindir() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; fi
}

install_postgres() {
    if [ -n "$(pg_bindir)" ]; then return; fi
    if ! command -v apt-get >/dev/null 2>&1; then
        log "no PostgreSQL and no apt-get to install it (not Debian)"
        exit 1
    fi
    if [ "$(id -u)" -ne 0 ] && ! sudo -n true 2>/dev/null; then
        log "no PostgreSQL, and installing it needs root or passwordless sudo"
        exit 1
    fi
    log "installing PostgreSQL from Debian"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -qq
    as_root apt-get install -y -qq postgresql >/dev/null
    # Debian's package starts its own cluster on 5432; ours is separate, so leave it be.
}

# Run a PostgreSQL binary as the cluster's owner: `postgres` when we are root
# (the server refuses to run as root), the caller otherwise.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

pick_port() {
    local port="$PG_PORT_WANTED"
    while ! port_free "$port"; do port=$((port + 1)); done
    echo "$port"
}

running() {
    local bin
    bin="$(pg_bindir)"
    [ -n "$bin" ] && [ -f "$PG_DIR/data/PG_VERSION" ] && as_owner "$bin/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1
}

port() { cat "$PG_DIR/port"; }

start() {
    install_postgres
    local bin
    bin="$(pg_bindir)"
    if running; then
        log "PostgreSQL already running on port $(port)"
        return
    fi
    rm -rf "$PG_DIR"
    mkdir -p "$PG_DIR/data" "$PG_DIR/socket"
    if [ "$(id -u)" -eq 0 ]; then chown -R postgres: "$PG_DIR"; fi
    pick_port > "$PG_DIR/port"
    as_owner "$bin/initdb" -D "$PG_DIR/data" -U "$PG_USER" --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 >/dev/null
    as_owner "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 start \
        -o "-c listen_addresses=127.0.0.1 -p $(port) -k $PG_DIR/socket -c fsync=off" >/dev/null
    as_owner "$bin/psql" -h 127.0.0.1 -p "$(port)" -U "$PG_USER" -d postgres -qAt \
        -c "CREATE DATABASE $PG_DB" >/dev/null
    log "PostgreSQL running: $(pg_url)"
}

pg_url() { echo "postgresql://$PG_USER@127.0.0.1:$(port)/$PG_DB"; }

stop() {
    if running; then
        as_owner "$(pg_bindir)/pg_ctl" -D "$PG_DIR/data" -w -m fast stop >/dev/null
        log "PostgreSQL stopped"
    fi
    rm -rf "$PG_DIR"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    pg-url)
        running || { log "PostgreSQL is not running; run: bash scripts/services.sh start"; exit 1; }
        pg_url
        ;;
    *) echo "usage: bash scripts/services.sh start|stop|pg-url" >&2; exit 2 ;;
esac
