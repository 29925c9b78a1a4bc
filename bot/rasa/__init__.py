"""The Rasa channel: a rasa-sdk action server over the same dialogues and store."""

from bot.rasa.actions import TokenError, actions_token, build_app

__all__ = ["TokenError", "actions_token", "build_app"]
