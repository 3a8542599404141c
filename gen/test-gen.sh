#!/bin/sh
# Generator self-test (run by gen/check-generated.sh): unordered lists of
# mixed Dk:Dv pairs must generate, the registry must list them in (Dk, Dv)
# order, and the output must not depend on the order of the command line.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
cd "$root"
gen() { lua5.4 gen/attnforge-gen.lua --quiet --dtypes f32 --isa scalar --head-dims "$1" --out "$2"; }
want="64:256 128:64 128:128 192:128 256:64"
i=0
for dims in 64:256,128:64,256:64,192:128,128,128:128 256:64,192:128,128,128:64,64:256,128:128 \
            128:64,64:256,256:64,128,192:128; do
    i=$((i + 1))
    gen "$dims" "$tmp/$i"
    got=$(sed -n 's/^ATTNFORGE_KERNEL(.*\.dk = \([0-9]*\), \.dv = \([0-9]*\),.*/\1:\2/p' \
          "$tmp/$i/registry.inc" | tr '\n' ' ' | sed 's/ $//')
    if [ "$got" != "$want" ]; then
        echo "test-gen: --head-dims $dims: registry lists '$got', want '$want'" >&2
        exit 1
    fi
    [ "$i" -eq 1 ] || diff -r "$tmp/1" "$tmp/$i" >/dev/null ||
        { echo "test-gen: output depends on the order of --head-dims ($dims)" >&2; exit 1; }
done
echo "test-gen: unordered mixed Dk:Dv lists generate in (Dk, Dv) order"
