#!/usr/bin/env bash
# Installs, from Debian's archive, what building, testing and benchmarking
# attnforge needs, skipping what is already present. Run as root (CI, fresh
# containers); otherwise it prints the apt-get line to run.
set -euo pipefail
pkgs=(cmake make gcc clang libclang-rt-dev lua5.4 libcriterion-dev libopenblas-dev gnuplot-nox pkg-config
      gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user)
missing=()
for p in "${pkgs[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "attnforge needs: sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
echo "installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
