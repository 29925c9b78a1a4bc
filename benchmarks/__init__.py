"""Performance benchmarks: ``python -m benchmarks`` (or ``make bench``).

Each figure is measured in the same run as the thing it is compared with, and the
table is written to docs/performance.md with the machine, date and command.
"""
