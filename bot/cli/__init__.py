"""The command line: ``rjbot``, a typer app per command group, assembled in ``main``."""
