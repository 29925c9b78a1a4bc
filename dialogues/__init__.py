"""What the bot says and asks: flows, content, validation and routing.

Pure: no I/O and no channel or storage library. Channels feed events to
:func:`dialogues.engine.step` and carry out the effects it returns.
"""
