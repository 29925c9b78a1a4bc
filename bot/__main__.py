"""``python -m bot`` is ``rjbot``."""

from bot.cli.main import main

main()
