"""Channels: Telegram, the terminal chat and the command line, over one engine and store."""
