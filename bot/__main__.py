"""``python -m bot`` is ``rjbot``."""

from bot.cli import main

main()
