#!/bin/sh
# Runs a test in a network and mount namespace of its own (unshare -n -m, as root): only a
# loopback interface (127.0.0.1 and ::1), and /etc/hosts replaced by HOSTS_FILE, so host
# names can point wherever the test wants without touching the machine.
#   in-private-network.sh HOSTS_FILE COMMAND [ARGUMENT...]
# Where no namespace can be made: exit 77 (ctest: skipped), unless CI=true, where a missing
# requirement fails.
set -eu
hosts=$1
shift
if ! unshare -n -m true 2>/dev/null; then
    echo "needs a private network namespace (unshare -n -m: root with CAP_SYS_ADMIN); CI runs as root" >&2
    [ "${CI:-}" = true ] && exit 1
    exit 77
fi
exec unshare -n -m sh -c '
    set -eu
    ip link set lo up 2>/dev/null || ifconfig lo up
    mount --bind "$0" /etc/hosts
    exec "$@"
' "$hosts" "$@"
