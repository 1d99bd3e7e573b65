#!/usr/bin/env bash
# Builds the YAML reader Helm reads values files with (sigs.k8s.io/yaml over go-yaml v2), from the
# copies Debian's `kubernetes` source package vendors, once, into a cache outside the repository.
# Tests read Easel's files with it, so "Helm reads it the same" is checked by Helm's own code.
# Usage: build.sh <cache-dir>   -> <cache-dir>/helm-yaml-reader
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "$0")" && pwd)"
CACHE_DIR="${1:?usage: build.sh <cache-dir>}"
BINARY="$CACHE_DIR/helm-yaml-reader"

[[ -x "$BINARY" ]] && exit 0
mkdir -p "$CACHE_DIR"
exec 9>"$CACHE_DIR.lock"
flock 9
[[ -x "$BINARY" ]] && exit 0
if [[ "$(id -u)" != 0 ]]; then
  echo "The Helm YAML reader needs Debian's golang-go and the kubernetes source package." >&2
  echo "Run this once as root (it uses apt-get), or build $BINARY yourself." >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
bash "$SCRIPT_DIR/../test-hub/enable-debian-sources.sh"
apt-get install -y -qq golang-go >/dev/null

WORK_DIR="$CACHE_DIR/build"
rm -rf "$WORK_DIR"
mkdir -p "$WORK_DIR"
cd "$WORK_DIR"
apt-get source --download-only -qq kubernetes >/dev/null 2>&1
tar -xzf kubernetes_*.orig.tar.gz --wildcards \
  'kubernetes-*/vendor/sigs.k8s.io/yaml/*' 'kubernetes-*/vendor/gopkg.in/yaml.v2/*'
mkdir -p module/vendor
cp -r kubernetes-*/vendor/sigs.k8s.io kubernetes-*/vendor/gopkg.in module/vendor/
cp "$SCRIPT_DIR/main.go" module/
cd module
# The versions Kubernetes 1.20 vendors, as its own go.mod names them.
cat >go.mod <<'MOD'
module easel/helm-yaml-reader

go 1.19

require (
	gopkg.in/yaml.v2 v2.2.8
	sigs.k8s.io/yaml v1.2.0
)
MOD
cat >vendor/modules.txt <<'MOD'
# gopkg.in/yaml.v2 v2.2.8
## explicit
gopkg.in/yaml.v2
# sigs.k8s.io/yaml v1.2.0
## explicit
sigs.k8s.io/yaml
MOD
GOFLAGS=-mod=vendor GOCACHE="$WORK_DIR/go-build" CGO_ENABLED=0 go build -o "$BINARY" .
cd "$CACHE_DIR"
rm -rf "$WORK_DIR"
echo "Built $BINARY"
