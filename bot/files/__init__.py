"""File formats the tool reads and writes, every one private to its owner."""
