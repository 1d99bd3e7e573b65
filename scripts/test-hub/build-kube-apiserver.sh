#!/usr/bin/env bash
# Builds a real kube-apiserver from Debian's own `kubernetes` source package, once, into a cache
# outside the repository (no registry we can reach ships the binary). Installs etcd beside it.
# Usage: build-kube-apiserver.sh <cache-dir>   -> <cache-dir>/kube-apiserver
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "$0")" && pwd)"

UPSTREAM_VERSION="1.20.5+really1.20.2"
CACHE_DIR="${1:?usage: build-kube-apiserver.sh <cache-dir>}"
BINARY="$CACHE_DIR/kube-apiserver"

if [[ -x "$BINARY" ]] && command -v etcd >/dev/null; then
  exit 0
fi
# One build at a time: test runners that start together wait for the first to finish.
mkdir -p "$CACHE_DIR"
exec 9>"$CACHE_DIR.lock"
flock 9
if [[ -x "$BINARY" ]] && command -v etcd >/dev/null; then
  exit 0
fi
if [[ "$(id -u)" != 0 ]]; then
  echo "The test hub needs Debian's golang-go, etcd-server, rsync, jq and patch and the kubernetes source package." >&2
  echo "Run this once as root (it uses apt-get), or install them and build $BINARY yourself." >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
bash "$SCRIPT_DIR/enable-debian-sources.sh"
apt-get install -y -qq golang-go etcd-server rsync jq patch >/dev/null

[[ -x "$BINARY" ]] && exit 0
WORK_DIR="$CACHE_DIR/build"
rm -rf "$WORK_DIR"
mkdir -p "$WORK_DIR"
cd "$WORK_DIR"
apt-get source -qq kubernetes >/dev/null
cd "kubernetes-$UPSTREAM_VERSION"
patch -p1 --quiet <"$SCRIPT_DIR/reflect2-go1.18.patch"
export GOPATH="$PWD/.go" GOCACHE="$CACHE_DIR/go-build" CGO_ENABLED=0
mkdir -p .go/src/k8s.io
ln -sfn ../../.. .go/src/k8s.io/kubernetes
echo "Building kube-apiserver from Debian's kubernetes $UPSTREAM_VERSION (about 4 minutes, once)…"
make WHAT=cmd/kube-apiserver >"$CACHE_DIR/build.log" 2>&1 || {
  tail -n 30 "$CACHE_DIR/build.log" >&2
  exit 1
}
mv _output/bin/kube-apiserver "$BINARY"
cd "$CACHE_DIR"
rm -rf "$WORK_DIR" "$GOCACHE"
echo "Built $BINARY"
