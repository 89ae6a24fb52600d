"""Long fuzz run (``make fuzz``): random, mutated and pathological inputs against the
readers, the cleaner and the number parser for a fixed time per target, printing
inputs per second and, for any failure, a reproducer file and the command that replays it.

    python scripts/fuzz.py --seconds 120 [--seed N] [--out out/fuzz]

The inputs and checks are those of tests/test_fuzz.py (tests/fuzz_inputs.py).
Exit code 1 when any input failed.
"""

from __future__ import annotations

import argparse
import pickle
import random
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import fuzz_inputs  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=120.0, help="time per target")
    ap.add_argument("--seed", type=int, default=None, help="first seed (random by default)")
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "fuzz", help="where reproducers go")
    ap.add_argument("--replay", type=Path, default=None, help="run one saved reproducer and show its error")
    args = ap.parse_args()
    if args.replay:
        target, seed = pickle.loads(args.replay.read_bytes())
        fuzz_inputs.TARGETS[target](random.Random(seed))
        print(f"{args.replay}: passes now")
        return 0
    first = args.seed if args.seed is not None else random.randrange(2**32)
    print(f"gwr fuzz: {args.seconds:g} s per target, seeds from {first}")
    failed = 0
    for target, run in fuzz_inputs.TARGETS.items():
        count = errors = 0
        seed = first
        start = time.perf_counter()
        while time.perf_counter() - start < args.seconds:
            try:
                run(random.Random(seed))
            except Exception:  # every failure is a finding: save it and go on
                errors += 1
                args.out.mkdir(parents=True, exist_ok=True)
                repro = args.out / f"{target}-{seed}.pickle"
                repro.write_bytes(pickle.dumps((target, seed)))
                print(
                    f"  FAIL {target} seed {seed}: {traceback.format_exc(limit=-3).strip().splitlines()[-1]}"
                )
                print(f"       replay: python scripts/fuzz.py --replay {repro}")
            count += 1
            seed += 1
        elapsed = time.perf_counter() - start
        print(
            f"{target:8} {count:7,} inputs in {elapsed:5.1f} s = {count / elapsed:8.1f} inputs/s, {errors} failed"
        )
        failed += errors
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
