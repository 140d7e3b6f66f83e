#!/usr/bin/env bash
# A throwaway RabbitMQ node with Web-STOMP on loopback, for
# tests/stomp_rabbitmq.rs: ws://127.0.0.1:15674/ws, guest/guest, host "/".
#
#   .ci/rabbitmq.sh start   install Debian's rabbitmq-server if missing, start
#                           a node under target/rabbitmq/, wait until ready
#   .ci/rabbitmq.sh stop    stop it (a no-op when nothing runs)
#
# Needs root on Debian 12 (apt-get) and no systemd: the node runs as this
# user, from /usr/lib/rabbitmq/bin (the /usr/sbin wrappers switch user).
# Everything (config, data, logs, Erlang cookie in $HOME) lives in one temp
# dir under target/rabbitmq/; target/rabbitmq/current points to it.
set -euo pipefail
cd "$(dirname "$0")/.."

RMQ_BIN=/usr/lib/rabbitmq/bin
BASE="$PWD/target/rabbitmq"
CURRENT="$BASE/current"
WS_HOST=127.0.0.1
WS_PORT=15674
READY_TIMEOUT=${RABBITMQ_READY_TIMEOUT:-90}

# The environment the server and rabbitmqctl share (same HOME: same cookie).
node_env() {
    local dir=$1
    export HOME="$dir/home"
    export RABBITMQ_NODENAME=rabbit@localhost
    export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
    export ERL_EPMD_ADDRESS=127.0.0.1
    export RABBITMQ_CONFIG_FILE="$dir/rabbitmq.conf"
    export RABBITMQ_ADVANCED_CONFIG_FILE="$dir/advanced.config"
    export RABBITMQ_CONF_ENV_FILE="$dir/rabbitmq-env.conf"
    export RABBITMQ_ENABLED_PLUGINS_FILE="$dir/enabled_plugins"
    export RABBITMQ_MNESIA_BASE="$dir/mnesia"
    export RABBITMQ_LOG_BASE="$dir/log"
    export RABBITMQ_PID_FILE="$dir/rabbitmq.pid"
}

port_open() {
    (exec 3<>"/dev/tcp/$WS_HOST/$WS_PORT") 2>/dev/null
}

pid_alive() {
    [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null
}

show_logs() {
    local dir=$1 f
    for f in "$dir/server.out" "$dir"/log/*.log; do
        [ -f "$f" ] || continue
        echo "---- $f"
        tail -n 200 "$f"
    done
}

install() {
    if [ -x "$RMQ_BIN/rabbitmq-server" ]; then
        return
    fi
    echo "installing rabbitmq-server (Debian package)"
    local t0=$SECONDS
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends rabbitmq-server >/dev/null
    # Where services start on install (systemd hosts), the packaged node
    # would hold epmd and the distribution port: stop it.
    if command -v systemctl >/dev/null 2>&1 \
        && systemctl is-active --quiet rabbitmq-server 2>/dev/null; then
        systemctl stop rabbitmq-server || true
    fi
    echo "installed in $((SECONDS - t0)) s"
}

start() {
    install
    mkdir -p "$BASE"
    if [ -L "$CURRENT" ]; then
        local old
        old=$(readlink -f "$CURRENT")
        if pid_alive "$(cat "$old/server.pid" 2>/dev/null || true)"; then
            echo "a node already runs from $old; stop it first (.ci/rabbitmq.sh stop)"
            exit 1
        fi
        rm -rf "$old" "$CURRENT"
    fi
    if port_open; then
        echo "something already listens on $WS_HOST:$WS_PORT"
        exit 1
    fi

    local dir
    dir=$(mktemp -d "$BASE/node.XXXXXX")
    ln -s "$dir" "$CURRENT"
    mkdir -p "$dir/home" "$dir/mnesia" "$dir/log"
    cat >"$dir/rabbitmq.conf" <<EOF
listeners.tcp = none
stomp.listeners.tcp.1 = 127.0.0.1:61613
web_stomp.tcp.ip = $WS_HOST
web_stomp.tcp.port = $WS_PORT
web_stomp.ws_frame = binary
distribution.listener.interface = 127.0.0.1
EOF
    echo '[rabbitmq_stomp,rabbitmq_web_stomp].' >"$dir/enabled_plugins"
    : >"$dir/rabbitmq-env.conf"

    node_env "$dir"
    local t0=$SECONDS
    # setsid: the node outlives this script and ignores the caller's signals.
    setsid "$RMQ_BIN/rabbitmq-server" >"$dir/server.out" 2>&1 </dev/null &
    local pid=$!
    echo "$pid" >"$dir/server.pid"
    echo "rabbitmq-server started (pid $pid), data in $dir"

    local deadline=$((SECONDS + READY_TIMEOUT)) ready=""
    while [ $SECONDS -lt $deadline ]; do
        if ! pid_alive "$pid"; then
            echo "rabbitmq-server exited early"
            break
        fi
        local left=$((deadline - SECONDS))
        if "$RMQ_BIN/rabbitmqctl" -q await_startup --timeout $((left < 10 ? left : 10)) \
            >/dev/null 2>&1; then
            ready=app
            break
        fi
        sleep 1
    done
    if [ "$ready" = app ]; then
        ready=""
        while [ $SECONDS -lt $deadline ]; do
            if port_open; then
                ready=yes
                break
            fi
            sleep 0.2
        done
    fi
    if [ "$ready" != yes ]; then
        echo "RabbitMQ Web-STOMP not ready on $WS_HOST:$WS_PORT after $((SECONDS - t0)) s"
        show_logs "$dir"
        stop || true
        exit 1
    fi
    echo "RabbitMQ Web-STOMP ready at ws://$WS_HOST:$WS_PORT/ws in $((SECONDS - t0)) s"
}

stop() {
    if [ ! -L "$CURRENT" ]; then
        echo "no RabbitMQ node started by this script"
        return 0
    fi
    local dir
    dir=$(readlink -f "$CURRENT")
    node_env "$dir"
    local t0=$SECONDS
    # Read the pids first: the node deletes its pid file when it stops.
    local pid="" launcher=""
    pid=$(cat "$RABBITMQ_PID_FILE" 2>/dev/null || true)
    launcher=$(cat "$dir/server.pid" 2>/dev/null || true)
    "$RMQ_BIN/rabbitmqctl" -q stop >/dev/null 2>&1 || true
    local p i
    for p in $pid $launcher; do
        for i in $(seq 1 150); do
            pid_alive "$p" || break
            sleep 0.2
        done
        if pid_alive "$p"; then
            echo "pid $p still alive after 30 s: SIGTERM"
            kill "$p" 2>/dev/null || true
            sleep 2
        fi
    done
    # epmd refuses to die while a node is still registered: retry.
    if command -v epmd >/dev/null 2>&1; then
        for i in 1 2 3 4 5; do
            if epmd -kill >/dev/null 2>&1 || ! epmd -names >/dev/null 2>&1; then
                break
            fi
            sleep 1
        done
    fi
    rm -rf "$dir" "$CURRENT"
    echo "RabbitMQ stopped in $((SECONDS - t0)) s"
}

case "${1:-}" in
    start) start ;;
    stop) stop || true ;;
    *)
        echo "usage: $0 start|stop" >&2
        exit 2
        ;;
esac
