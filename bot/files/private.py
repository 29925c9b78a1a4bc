"""Files and folders the tool writes: readable by their owner only, whatever the umask.

Exports and returns hold what the store holds (or counts of it), so each file is
created 0600 and each folder the tool creates 0700. The mode is set again after
creation because a umask can only take bits away, and a file that already
existed keeps its old mode otherwise.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path
from typing import IO, Any

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def private_folder(path: Path) -> Path:
    """Make ``path`` (and any missing parents) as private folders; an existing one is kept."""
    missing = []
    here = path
    while not here.exists():
        missing.append(here)
        here = here.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made by another process meanwhile
            folder.mkdir(mode=FOLDER_MODE)
        os.chmod(folder, FOLDER_MODE)
    return path


def open_private(path: Path, mode: str = "w", **options: Any) -> IO[Any]:
    """Open ``path`` for writing (created or emptied), readable by its owner only."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    descriptor = os.open(path, flags, FILE_MODE)
    try:
        # Only a file of the tool's own: --out /dev/null (or a terminal, a pipe) is written
        # to as it is, never made private, or nobody else on the machine could use it.
        if stat.S_ISREG(os.fstat(descriptor).st_mode):
            os.fchmod(descriptor, FILE_MODE)
        return os.fdopen(descriptor, mode, **options)
    except BaseException:
        os.close(descriptor)
        raise


def write_private(path: Path, text: str) -> None:
    with open_private(path, "w", encoding="utf-8") as handle:
        handle.write(text)
