"""What the checks of bench/run's and bench/scale's output share: failing with a message that
names the check, and checking that a figure is a number."""

import numbers
import os
import sys

NAME = os.path.splitext(os.path.basename(sys.argv[0]))[0]


def fail(message):
    print(f"{NAME}: {message}")
    sys.exit(1)


def number(value, where):
    if not isinstance(value, numbers.Real) or isinstance(value, bool) or value < 0:
        fail(f"{where} is {value!r}, not a non-negative number")
