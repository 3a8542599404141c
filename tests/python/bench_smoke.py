"""What the attnforge-bench smoke tests (test_bench_*.py) share: running the
bench and reading its JSON Lines, the per-row check that a call succeeded and
met the f64 reference, and the failure report. Standard library only; the
tests import it from their own directory."""

import json
import subprocess


def run_bench_output(cmd):
    """Runs the bench command line cmd, printing it and its output (stdout and
    stderr together); returns the subprocess.CompletedProcess."""
    print("running:", " ".join(cmd), flush=True)
    run = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    print(run.stdout)
    return run


def run_bench(cmd):
    """Runs the bench command line cmd as run_bench_output does; True when it
    exited with status 0 (else prints a FAIL line)."""
    run = run_bench_output(cmd)
    if run.returncode != 0:
        print(f"FAIL: the bench exited with {run.returncode}")
    return run.returncode == 0


def json_lines(path):
    """The objects of a --json file, in order (the roofline object first)."""
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def check_call(r, where, failures):
    """Appends to failures when row r's call failed or missed the reference
    check (max_rel_err within err_bound over at least one checked row);
    returns whether the call succeeded at all."""
    if not r["ok"]:
        failures.append(f"{where}: the call failed: {r['kernel']}")
        return False
    if not r["rows_checked"] or r["max_rel_err"] is None or not r["max_rel_err"] <= r["err_bound"]:
        failures.append(f"{where}: accuracy check: max_rel_err {r['max_rel_err']} "
                        f"(bound {r['err_bound']}, rows {r['rows_checked']})")
    return True


def report(failures, summary):
    """Prints every failure and the summary line; the test's exit status."""
    for f in failures:
        print("FAIL:", f)
    print(summary)
    return 1 if failures else 0
