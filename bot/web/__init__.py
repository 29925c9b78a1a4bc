"""The web channel: pages served over the same store and engine as every other channel."""
