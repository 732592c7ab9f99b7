#!/bin/sh
# A throwaway PostgreSQL 15 cluster for the tests: `cluster.sh start DIR` makes one in
# DIR/data, listening on 127.0.0.1 only on a free port, with a password role `countercare`
# (in DIR/pgpass, the way a store's PC keeps it) and writes its URI to DIR/server.
# `cluster.sh stop DIR` stops it and removes it. Nothing outlives the test run.
set -eu
action=$1
dir=$2
bin=/usr/lib/postgresql/15/bin

# initdb refuses to run as root: the cluster then belongs to the postgres user.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$action" in
start)
    if [ ! -x "$bin/initdb" ]; then
        echo "cluster.sh: PostgreSQL 15 is not installed (packaging/install-deps.sh)" >&2
        exit 1
    fi
    "$0" stop "$dir" 2>/dev/null || true
    mkdir -p "$dir"
    chmod 755 "$dir"
    data=$(mktemp -d /tmp/countercare-pg.XXXXXX)
    chmod 755 "$data"
    echo "$data" > "$dir/data"
    [ "$(id -u)" -eq 0 ] && chown postgres "$data"
    password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
    printf '%s\n' "$password" > "$data/password"
    [ "$(id -u)" -eq 0 ] && chown postgres "$data/password"
    as_owner "$bin/initdb" -D "$data/cluster" -U countercare --pwfile="$data/password" \
        --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$data/initdb.log" 2>&1 ||
        { cat "$data/initdb.log" >&2; exit 1; }
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bin/pg_ctl" -D "$data/cluster" -l "$data/server.log" -w -t 60 \
        -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null ||
        { cat "$data/server.log" >&2; exit 1; }
    printf '127.0.0.1:%s:*:countercare:%s\n' "$port" "$password" > "$dir/pgpass"
    chmod 600 "$dir/pgpass"
    printf 'postgresql://countercare@127.0.0.1:%s/postgres\n' "$port" > "$dir/server"
    echo "PostgreSQL 15 for the tests on 127.0.0.1:$port"
    ;;
stop)
    [ -f "$dir/data" ] || exit 0
    data=$(cat "$dir/data")
    if [ -d "$data/cluster" ]; then
        as_owner "$bin/pg_ctl" -D "$data/cluster" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$data"
    rm -f "$dir/data" "$dir/server" "$dir/pgpass"
    echo "PostgreSQL for the tests stopped"
    ;;
*)
    echo "usage: cluster.sh start|stop DIR" >&2
    exit 2
    ;;
esac
