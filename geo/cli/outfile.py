"""Writing an output file the way a user expects of ``> file``, without half-written files.

- a regular file (or a new one) is written beside its target and renamed over it, so a
  failed export never leaves half a file; the result has the old file's permissions, or
  for a new file 0666 minus the umask (mkstemp's 0600 ignored the umask);
- a symlink is followed: its target is replaced and the link stays a link;
- anything else (``/dev/null``, ``/dev/full``, a FIFO, a terminal) is written in place:
  renaming over a device would replace it with a regular file.
"""
from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO


def current_umask() -> int:
    """The process umask (read by setting and restoring it: there is no getter)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def open_output(target: str | os.PathLike, *, newline: str = "") -> Iterator[TextIO]:
    """A UTF-8 text stream that ends up at ``target`` when the block succeeds."""
    real = Path(os.path.realpath(target))
    try:
        existing = os.stat(real)
    except FileNotFoundError:
        existing = None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        with open(real, "w", encoding="utf-8", newline=newline) as fp:  # a device or FIFO: in place
            yield fp
        return
    real.parent.mkdir(parents=True, exist_ok=True)
    mode = stat.S_IMODE(existing.st_mode) if existing else 0o666 & ~current_umask()
    fd, tmp = tempfile.mkstemp(dir=real.parent, prefix=f".{real.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as fp:
            yield fp
        os.chmod(tmp, mode)
        os.replace(tmp, real)
    except BaseException:
        os.unlink(tmp)
        raise
