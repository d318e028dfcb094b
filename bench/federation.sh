#!/usr/bin/env bash
# Federation benchmark: one post delivered to FOLLOWERS followers on INBOXES remote inboxes (a loopback
# fake) while the thread is read and comments are posted. Usage: bench/federation.sh [FOLLOWERS] [INBOXES]
# Run it alone: flock /tmp/colophon-heavy.lock bench/federation.sh
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/colophon" --version >/dev/null   # builds the jar when it is missing
java -Xmx1g -cp "$here/generator/target/colophon.jar" "$here/bench/FederationBench.java" "${1:-10000}" "${2:-1000}"
