#!/usr/bin/env python3
"""Prints 'N passed, N failed[, N skipped]' from a meson testlog.json.

A TAP test counts each of its result lines; a test without TAP output
counts once. A TAP test that crashed after its last result line counts one
more failure.
"""
import json
import re
import sys

TAP_LINE = re.compile(r"^(not ok|ok)\b(.*)$")


def main(path):
    passed = failed = skipped = 0
    with open(path, encoding="utf-8") as log:
        for line in log:
            line = line.strip()
            if not line:
                continue
            test = json.loads(line)
            result = test.get("result")
            tap = [TAP_LINE.match(l.strip()) for l in (test.get("stdout") or "").splitlines()]
            tap = [m for m in tap if m]
            if tap:
                saw_failure = False
                for match in tap:
                    rest = match.group(2)
                    if "# SKIP" in rest.upper():
                        skipped += 1
                    elif match.group(1) == "ok" or "# TODO" in rest.upper():
                        passed += 1
                    else:
                        failed += 1
                        saw_failure = True
                if result not in ("OK", "SKIP", "EXPECTEDFAIL") and not saw_failure:
                    failed += 1
            elif result in ("OK", "EXPECTEDFAIL"):
                passed += 1
            elif result == "SKIP":
                skipped += 1
            else:
                failed += 1
    summary = f"{passed} passed, {failed} failed"
    if skipped:
        summary += f", {skipped} skipped"
    print(summary)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "build/meson-logs/testlog.json")
