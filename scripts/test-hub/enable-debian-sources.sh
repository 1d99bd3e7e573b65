#!/usr/bin/env bash
# Lets apt-get fetch Debian's source packages, from the same mirror and suites the machine already
# uses, then refreshes the package lists. Needs root.
set -euo pipefail

SOURCES_LIST=/etc/apt/sources.list.d/easel-debian-src.sources
if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ && [[ ! -f "$SOURCES_LIST" ]]; then
  awk 'BEGIN { RS = ""; ORS = "\n\n" } /bookworm bookworm-updates/' /etc/apt/sources.list.d/debian.sources \
    | sed 's/^Types: deb$/Types: deb-src/' >"$SOURCES_LIST"
fi
apt-get update -qq
