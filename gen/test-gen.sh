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

# --narrow filters the manifest: narrowed to two ISAs, the kernel files are
# exactly the committed ones of those ISAs, byte for byte (the product of
# the same flags without --narrow makes more: every format at every head dim)
lua5.4 gen/attnforge-gen.lua --quiet --narrow --isa scalar,avx2 --out "$tmp/narrow"
(cd "$tmp/narrow" && ls ./*/*__scalar.c ./*/*__avx2.c) >"$tmp/narrow.list"
(cd generated && ls ./*/*__scalar.c ./*/*__avx2.c) >"$tmp/committed.list"
if ! diff "$tmp/committed.list" "$tmp/narrow.list" >/dev/null; then
    echo "test-gen: --narrow --isa scalar,avx2 does not make the committed scalar and avx2 files" >&2
    diff "$tmp/committed.list" "$tmp/narrow.list" >&2 || true
    exit 1
fi
while read -r f; do
    cmp -s "generated/$f" "$tmp/narrow/$f" || { echo "test-gen: --narrow: $f differs from generated/" >&2; exit 1; }
done <"$tmp/narrow.list"
n_narrow=$(wc -l <"$tmp/narrow.list")
lua5.4 gen/attnforge-gen.lua --quiet --isa scalar,avx2 --out "$tmp/product"
n_product=$(cd "$tmp/product" && ls ./*/*.c | wc -l)
if [ "$n_product" -le "$n_narrow" ]; then
    echo "test-gen: the product of --isa scalar,avx2 ($n_product files) is not larger than its --narrow ($n_narrow)" >&2
    exit 1
fi
echo "test-gen: --narrow --isa scalar,avx2 makes the committed $n_narrow scalar/avx2 files ($n_product without --narrow)"
