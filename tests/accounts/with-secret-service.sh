#!/bin/sh
# Runs a test program against a real Secret Service: gnome-keyring-daemon in a private D-Bus
# session, with a throw-away home so no test touches (or depends on) a user's keyring.
# A machine without the tools fails loudly: a keychain test must never pass by not running.
set -u

if [ $# -lt 1 ]; then
    echo "usage: $0 PROGRAM [ARGS...]" >&2
    exit 2
fi
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "FAIL: $tool not found; install dbus and gnome-keyring" \
            "(packaging/debian-build-deps.txt)" >&2
        exit 1
    fi
done

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT INT TERM
mkdir -p "$home/data" "$home/config" "$home/cache" "$home/run"
chmod 700 "$home/run"
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
    XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/run"

dbus-run-session -- sh -c '
    # The login keyring is created on first use, unlocked with this password.
    printf "hongyan-test" | gnome-keyring-daemon --foreground --unlock --components=secrets \
        >"$HOME/keyring.log" 2>&1 &
    daemon=$!
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
            grep -q "boolean true"; do
        tries=$((tries + 1))
        if [ $tries -gt 100 ] || ! kill -0 $daemon 2>/dev/null; then
            echo "FAIL: gnome-keyring-daemon did not provide the Secret Service:" >&2
            cat "$HOME/keyring.log" >&2
            kill $daemon 2>/dev/null
            exit 1
        fi
        sleep 0.1
    done
    "$@"
    status=$?
    kill $daemon 2>/dev/null
    wait $daemon 2>/dev/null
    exit $status
' sh "$@"
