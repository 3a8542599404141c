#!/bin/sh
# Regenerates the default manifest into a temporary directory and fails on any
# difference from the committed generated/ (CI runs this): generated/ must be
# exactly what `lua5.4 gen/attnforge-gen.lua` produces, and so must the ISA
# enum lines it owns in runtime/attnforge.h. Then the generator's
# own test (gen/test-gen.sh).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
cd "$root"
if ! command -v lua5.4 >/dev/null 2>&1; then
    echo "check-generated: lua5.4 not found (apt-get install lua5.4)" >&2
    exit 2
fi
cp runtime/attnforge.h "$tmp/attnforge.h"
lua5.4 gen/attnforge-gen.lua --quiet --out "$tmp/generated" --public-header "$tmp/attnforge.h"
if ! diff -u runtime/attnforge.h "$tmp/attnforge.h" >"$tmp/diff.txt"; then
    echo "check-generated: the ISA lines of runtime/attnforge.h differ from templates/isa/:" >&2
    cat "$tmp/diff.txt" >&2
    echo "check-generated: run 'lua5.4 gen/attnforge-gen.lua' and commit runtime/attnforge.h" >&2
    exit 1
fi
if ! diff -r -u -x ".*" generated "$tmp/generated" >"$tmp/diff.txt"; then
    echo "check-generated: generated/ differs from what gen/attnforge-gen.lua produces:" >&2
    head -n 200 "$tmp/diff.txt" >&2
    echo "check-generated: run 'lua5.4 gen/attnforge-gen.lua' and commit generated/" >&2
    exit 1
fi
echo "check-generated: generated/ is up to date"
# Every helper carries its scope in its name (gen/names.lua), so no two
# generated files define the same file-scope name: the amalgamation relies on it.
dups=$(grep -rhoE '^(static[^(=]* |typedef [^;]* |} )[*]?[A-Za-z_][A-Za-z0-9_]*( *[(]|;)' \
         --include='*.c' --include='*.h' generated | sed -E 's/ *[(]$//; s/;$//; s/.*[ *]//' | sort | uniq -d)
if [ -n "$dups" ]; then
    echo "check-generated: file-scope names defined by more than one generated file:" $dups >&2
    exit 1
fi
sh gen/test-gen.sh
